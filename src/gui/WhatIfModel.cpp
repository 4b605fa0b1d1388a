// SPDX-License-Identifier: GPL-3.0-or-later
#include "WhatIfModel.h"

#include "scoring/GridStore.h"
#include "scoring/Ranking.h"
#include "scoring/ScoreStore.h"
#include "scoring/Settings.h"
#include "workflow/Workflow.h"

#include <QColor>
#include <QLocale>

#include <cmath>

namespace Palier {

Result<void> WhatIfModel::load(const Database* db, const QString& domainCode)
{
    beginResetModel();
    m_db = db;
    m_domain = domainCode;
    m_grid = {};
    m_files.clear();
    m_storedSettings = {};
    Result<void> outcome;
    if (db) {
        if (Result<ScoringSettings> settings = loadScoringSettings(*db); settings) {
            m_storedSettings = settings.value();
        } else {
            outcome = settings.error();
        }
        if (Result<DomainScores> scores = loadDomainScores(*db, domainCode); scores) {
            m_grid = scores->grid;
            m_files = scores->candidatures;
        } else {
            outcome = scores.error();
        }
    }
    m_settings = m_storedSettings;
    m_weights = gridWeights(m_grid);
    rebuild();
    endResetModel();
    return outcome;
}

void WhatIfModel::rebuild()
{
    m_stored = std::make_unique<WhatIf>(m_grid, m_files, m_storedSettings);
    m_stored->rank(gridWeights(m_grid), m_storedRanking);
    m_trial = std::make_unique<WhatIf>(m_grid, m_files, m_settings);
    m_trial->rank(m_weights, m_ranking);
    m_ranges.assign(m_ranking.order.size(), std::nullopt);
    m_focus = qBound(0, m_focus, qMax(0, int(m_weights.size()) - 1));
}

void WhatIfModel::rerank()
{
    // Same rows, another order: a layout change keeps the views' selection on the same files.
    Q_EMIT layoutAboutToBeChanged();
    m_trial->rank(m_weights, m_ranking);
    m_ranges.assign(m_ranking.order.size(), std::nullopt);
    Q_EMIT layoutChanged();
}

void WhatIfModel::setTopN(int topN)
{
    if (topN < 1 || topN == m_topN) {
        return;
    }
    m_topN = topN;
    rerank();
    Q_EMIT headerDataChanged(Qt::Horizontal, int(Column::TopN), int(Column::TopN));
}

void WhatIfModel::setFocusCriterion(int criterion)
{
    if (criterion < 0 || criterion >= m_weights.size() || criterion == m_focus) {
        return;
    }
    m_focus = criterion;
    rerank();
    Q_EMIT headerDataChanged(Qt::Horizontal, int(Column::WeightRange), int(Column::WeightRange));
}

QString WhatIfModel::weightRangeText(int row) const
{
    if (!m_trial || row < 0 || row >= int(m_ranking.order.size()) || m_focus >= m_weights.size()) {
        return {};
    }
    const int file = m_ranking.order[std::size_t(row)];
    std::optional<WeightRange>& range = m_ranges[std::size_t(file)];
    if (!range) {
        range = m_trial->weightRange(file, m_focus, m_weights, m_topN);
    }
    const QLocale locale;
    if (std::isinf(range->high)) {
        return tr("≥ %1").arg(locale.toString(range->low, 'f', 1));
    }
    return tr("%1 – %2").arg(locale.toString(range->low, 'f', 1), locale.toString(range->high, 'f', 1));
}

bool WhatIfModel::weightsChanged() const
{
    return m_weights != gridWeights(m_grid);
}

void WhatIfModel::setWeight(int criterion, double weight)
{
    if (criterion < 0 || criterion >= m_weights.size() || m_weights.at(criterion) == weight) {
        return;
    }
    m_weights[criterion] = qMax(0.0, weight);
    m_focus = criterion;
    rerank();
}

void WhatIfModel::setSettings(const ScoringSettings& settings)
{
    m_settings = settings;
    Q_EMIT layoutAboutToBeChanged();
    m_trial = std::make_unique<WhatIf>(m_grid, m_files, m_settings);
    m_trial->rank(m_weights, m_ranking);
    m_ranges.assign(m_ranking.order.size(), std::nullopt);
    Q_EMIT layoutChanged();
}

void WhatIfModel::reset()
{
    m_weights = gridWeights(m_grid);
    setSettings(m_storedSettings);
}

int WhatIfModel::rankOf(qint64 candidatureId) const
{
    for (int file = 0; file < m_trial->fileCount(); ++file) {
        if (m_trial->candidatureId(file) == candidatureId) {
            return m_ranking.rankOf[std::size_t(file)];
        }
    }
    return 0;
}

int WhatIfModel::moveOf(qint64 candidatureId) const
{
    for (int file = 0; file < m_trial->fileCount(); ++file) {
        if (m_trial->candidatureId(file) == candidatureId) {
            return m_storedRanking.rankOf[std::size_t(file)] - m_ranking.rankOf[std::size_t(file)];
        }
    }
    return 0;
}

QString WhatIfModel::moveText(int move)
{
    if (move == 0) {
        return {};
    }
    return (move > 0 ? QStringLiteral("↑") : QStringLiteral("↓")) + QString::number(qAbs(move));
}

Result<int> WhatIfModel::applyWeights(const QString& note)
{
    if (!m_db) {
        return 0;
    }
    QList<Criterion> criteria = m_grid.criteria;
    for (qsizetype i = 0; i < criteria.size() && i < m_weights.size(); ++i) {
        criteria[i].weight = m_weights.at(i);
    }
    Result<int> version = saveGrid(*m_db, m_domain, criteria, currentAuthor(), note);
    if (version) {
        const ScoringSettings trial = m_settings;
        if (Result<void> loaded = load(m_db, m_domain); !loaded) {
            return loaded.error();
        }
        setSettings(trial);
    }
    return version;
}

Result<void> WhatIfModel::applySettings()
{
    if (!m_db) {
        return {};
    }
    Result<void> saved = saveScoringSettings(*m_db, m_settings);
    if (saved) {
        const QList<double> trial = m_weights;
        if (Result<void> loaded = load(m_db, m_domain); !loaded) {
            return loaded.error();
        }
        m_weights = trial;
        rerank();
    }
    return saved;
}

int WhatIfModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_trial ? 0 : m_trial->fileCount();
}

int WhatIfModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant WhatIfModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const int file = m_ranking.order[std::size_t(index.row())];
    const int move = m_storedRanking.rankOf[std::size_t(file)] - m_ranking.rankOf[std::size_t(file)];
    const auto column = Column(index.column());
    if (role == MoveRole) {
        return move;
    }
    if (role == Qt::ForegroundRole && column == Column::Move && move != 0) {
        return QColor(move > 0 ? QStringLiteral("#1b5e20") : QStringLiteral("#b71c1c"));
    }
    if (role == Qt::TextAlignmentRole) {
        return column == Column::Establishment ? QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter)
                                               : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case Column::Rank:
        return m_ranking.rankOf[std::size_t(file)];
    case Column::Move:
        return moveText(move);
    case Column::Establishment:
        return m_files.at(file).establishment;
    case Column::Total:
        return QLocale().toString(m_ranking.totals[std::size_t(file)], 'f', 1);
    case Column::StoredRank:
        return m_storedRanking.rankOf[std::size_t(file)];
    case Column::TopN: {
        const bool inside = m_ranking.rankOf[std::size_t(file)] <= m_topN;
        const bool was = m_storedRanking.rankOf[std::size_t(file)] <= m_topN;
        if (inside != was) {
            return inside ? tr("enters") : tr("leaves");
        }
        return inside ? tr("in") : tr("out");
    }
    case Column::WeightRange:
        return weightRangeText(index.row());
    case Column::Count:
        break;
    }
    return {};
}

QVariant WhatIfModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(section)) {
    case Column::Rank:
        return tr("Rank");
    case Column::Move:
        return tr("Move");
    case Column::Establishment:
        return tr("Establishment");
    case Column::Total:
        return tr("Trial Total");
    case Column::StoredRank:
        return tr("Stored Rank");
    case Column::TopN:
        return tr("Top %1").arg(m_topN);
    case Column::WeightRange:
        return m_focus < m_grid.criteria.size() ? tr("Stable Weights of %1").arg(m_grid.criteria.at(m_focus).code)
                                                : QString();
    case Column::Count:
        break;
    }
    return {};
}

} // namespace Palier
