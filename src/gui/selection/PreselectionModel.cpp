// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreselectionModel.h"

#include "Formats.h"
#include "selection/Candidates.h"
#include "selection/Roadmap.h"
#include "selection/Selection.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace Palier {

Result<void> PreselectionModel::load(const Database& db)
{
    clear();
    Result<QList<SelectionCandidate>> candidates = loadCandidates(db);
    if (!candidates) {
        return candidates.error();
    }
    Result<Roadmap> roadmap = loadRoadmap(db);
    if (!roadmap) {
        return roadmap.error();
    }
    m_roadmapParameters = parametersFromRoadmap(roadmap.value(), SelectionMethod::RankFill);
    m_candidates = candidates.value();
    for (int i = 0; i < m_candidates.size(); ++i) {
        m_index.insert(m_candidates.at(i).id, i);
    }
    // Choices on files that no longer compete are dropped.
    for (auto it = m_forced.begin(); it != m_forced.end();) {
        if (m_index.contains(it.key())) {
            ++it;
        } else {
            m_forceReasons.remove(it.key());
            it = m_forced.erase(it);
        }
    }
    applyChoices();
    setRows(m_candidates);
    return {};
}

void PreselectionModel::applyChoices()
{
    m_parameters = m_roadmapParameters;
    m_parameters.coverDepartments = m_coverDepartments;
    m_parameters.coverGhts = m_coverGhts;
    for (auto it = m_forced.cbegin(); it != m_forced.cend(); ++it) {
        (it.value() ? m_parameters.forcedIn : m_parameters.forcedOut).insert(it.key());
    }
    m_parameters.forceReasons = m_forceReasons;
    m_rankFill = rankFill(m_candidates, m_parameters);
    m_optimal.reset();
}

void PreselectionModel::setForced(qint64 id, std::optional<bool> in, const QString& reason)
{
    if (!m_index.contains(id)) {
        return;
    }
    if (in) {
        m_forced.insert(id, *in);
        m_forceReasons.insert(id, reason.trimmed());
    } else {
        m_forced.remove(id);
        m_forceReasons.remove(id);
    }
    applyChoices();
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, int(Column::Count) - 1));
    }
    Q_EMIT parametersChanged();
}

void PreselectionModel::setCoverage(bool departments, bool ghts)
{
    if (departments == m_coverDepartments && ghts == m_coverGhts) {
        return;
    }
    m_coverDepartments = departments;
    m_coverGhts = ghts;
    applyChoices();
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, int(Column::Count) - 1));
    }
    Q_EMIT parametersChanged();
}

void PreselectionModel::clear()
{
    m_candidates.clear();
    m_index.clear();
    m_rankFill = {};
    m_optimal.reset();
    RowTableModel::clear();
}

QString PreselectionModel::countText(int shown, int total) const
{
    return shown == total ? tr("%Ln file(s) compete", nullptr, total)
                          : tr("%1 of %Ln file(s)", nullptr, total).arg(shown);
}

qint64 PreselectionModel::recordId(int row) const
{
    return row >= 0 && row < rowCount() ? rowAt(row).id : -1;
}

QVariant PreselectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return RowTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Column::File:
        return tr("File");
    case Column::Establishment:
        return tr("Establishment");
    case Column::Domain:
        return tr("Domain");
    case Column::Status:
        return tr("Status");
    case Column::Rank:
        return tr("Rank");
    case Column::Score:
        return tr("Score");
    case Column::Amount:
        return tr("Amount");
    case Column::RankFill:
        return tr("Rank-fill");
    case Column::Optimal:
        return tr("Optimal");
    case Column::Reason:
        return tr("Why left out");
    case Column::Forced:
        return tr("Forced");
    case Column::Count:
        break;
    }
    return {};
}

void PreselectionModel::setOptimal(const SelectionResult& result)
{
    if (result.items.size() != m_candidates.size()) {
        return;
    }
    m_optimal = result;
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, int(Column::Count) - 1));
    }
}

int PreselectionModel::differences() const
{
    if (!m_optimal) {
        return 0;
    }
    int count = 0;
    for (int i = 0; i < m_candidates.size(); ++i) {
        count += m_rankFill.items.at(i).selected != m_optimal->items.at(i).selected ? 1 : 0;
    }
    return count;
}

int PreselectionModel::indexOf(qint64 id) const
{
    return m_index.value(id, -1);
}

QVariant PreselectionModel::rowData(const SelectionCandidate& row, PreselectionColumn column, int role) const
{
    const int i = indexOf(row.id);
    if (i < 0 || i >= m_rankFill.items.size()) {
        return {};
    }
    const SelectionItem& filled = m_rankFill.items.at(i);
    const SelectionItem* best = m_optimal ? &m_optimal->items.at(i) : nullptr;
    const bool differs = best && best->selected != filled.selected;
    if (role == Qt::BackgroundRole) {
        return differs ? QBrush(QColor(255, 243, 205)) : QVariant();
    }
    if (role == Qt::FontRole && differs) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole &&
        (column == Column::Rank || column == Column::Score || column == Column::Amount || column == Column::File)) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    const auto decision = [](const SelectionItem* item) -> QVariant {
        if (!item) {
            return tr("…");
        }
        return item->selected ? tr("Selected") : QStringLiteral("—");
    };
    if (role == SortRole) {
        switch (column) {
        case Column::File:
            return row.id;
        case Column::Rank:
            return row.domainRank;
        case Column::Score:
            return row.score;
        case Column::Amount:
            return row.amountCents;
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != SortRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (column) {
    case Column::File:
        return row.id;
    case Column::Establishment:
        return row.establishment;
    case Column::Domain:
        return row.domainCode;
    case Column::Status:
        return SelectionTexts::statusName(row.status);
    case Column::Rank:
        return row.domainRank;
    case Column::Score:
        return QLocale().toString(row.score, 'f', 2);
    case Column::Amount:
        return Formats::amount(row.amountCents);
    case Column::RankFill:
        return decision(&filled);
    case Column::Optimal:
        return decision(best);
    case Column::Reason: {
        QStringList reasons;
        if (!filled.selected) {
            reasons.append(tr("rank-fill: %1").arg(filled.reason));
        }
        if (best && !best->selected) {
            reasons.append(tr("optimal: %1").arg(best->reason));
        }
        return reasons.join(QStringLiteral(" · "));
    }
    case Column::Forced: {
        const auto forced = m_forced.constFind(row.id);
        if (forced == m_forced.cend()) {
            return QString();
        }
        const QString reason = m_forceReasons.value(row.id);
        const QString way = forced.value() ? tr("in") : tr("out");
        return reason.isEmpty() ? way : tr("%1: %2").arg(way, reason);
    }
    case Column::Count:
        break;
    }
    return {};
}

} // namespace Palier
