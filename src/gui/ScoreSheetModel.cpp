// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoreSheetModel.h"

#include "scoring/Ranking.h"
#include "scoring/ScoreStore.h"
#include "scoring/Settings.h"
#include "workflow/StateChange.h"

#include <QColor>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPolygon>

#include <algorithm>

namespace Palier {

namespace {

/// The mark of a score that has a comment: a small folded corner, as in spreadsheets.
QPixmap commentMark()
{
    static const QPixmap mark = [] {
        QPixmap pixmap(8, 8);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(QStringLiteral("#E65100")));
        painter.drawPolygon(QPolygon({QPoint(0, 0), QPoint(8, 0), QPoint(8, 8)}));
        return pixmap;
    }();
    return mark;
}

} // namespace

Result<void> ScoreSheetModel::load(const Database* db, const QString& domainCode, qint64 evaluatorId)
{
    beginResetModel();
    m_db = db;
    m_evaluatorId = evaluatorId;
    m_grid = {};
    m_rows.clear();
    m_settings = {};
    if (db) {
        if (Result<ScoringSettings> settings = loadScoringSettings(*db); settings) {
            m_settings = settings.value();
        }
    }
    Result<DomainScores> scores = db ? loadDomainScores(*db, domainCode) : Result<DomainScores>(DomainScores{});
    if (scores) {
        m_grid = scores->grid;
        for (const CandidatureScores& file : std::as_const(scores->candidatures)) {
            m_rows.append({file.candidatureId, file.establishment, file, std::nullopt});
        }
        if (db && !scores->unscored.isEmpty()) {
            if (Result<QList<WorkflowFile>> files = loadWorkflowFiles(*db, scores->unscored); files) {
                for (const WorkflowFile& file : files.value()) {
                    CandidatureScores empty;
                    empty.candidatureId = file.id;
                    empty.establishment = file.establishmentName;
                    m_rows.append({file.id, file.establishmentName, empty, std::nullopt});
                }
            }
        }
        rerank();
        // Ranking order once, at load: the rows then stay where they are while scores are typed.
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) {
            const int left = a.ranked ? a.ranked->rank : std::numeric_limits<int>::max();
            const int right = b.ranked ? b.ranked->rank : std::numeric_limits<int>::max();
            return left < right;
        });
    }
    endResetModel();
    if (!scores) {
        return scores.error();
    }
    return {};
}

void ScoreSheetModel::rerank()
{
    QList<CandidatureScores> files;
    for (const Row& row : std::as_const(m_rows)) {
        if (!row.scores.scores.isEmpty()) {
            files.append(row.scores);
        }
    }
    QHash<qint64, RankedCandidature> ranked;
    for (const RankedCandidature& file : rankCandidatures(m_grid, files, m_settings)) {
        ranked.insert(file.candidatureId, file);
    }
    for (Row& row : m_rows) {
        const auto found = ranked.constFind(row.candidatureId);
        row.ranked = found == ranked.cend() ? std::nullopt : std::optional<RankedCandidature>(*found);
    }
}

bool ScoreSheetModel::isCriterionColumn(int column) const
{
    return column >= FirstCriterionColumn && column < totalColumn();
}

const Score* ScoreSheetModel::ownScore(const Row& row, const QString& code) const
{
    for (const Score& score : row.scores.scores) {
        if (score.evaluatorId == m_evaluatorId && score.criterionCode == code) {
            return &score;
        }
    }
    return nullptr;
}

int ScoreSheetModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScoreSheetModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_grid.criteria.isEmpty() ? 0 : rankColumn() + 1;
}

QVariant ScoreSheetModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    const int column = index.column();
    if (isCriterionColumn(column)) {
        const Criterion& criterion = m_grid.criteria.at(column - FirstCriterionColumn);
        const Score* own = ownScore(row, criterion.code);
        const CriterionResult* result = row.ranked ? &row.ranked->criteria.at(column - FirstCriterionColumn) : nullptr;
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return own ? QVariant(own->value) : QVariant(QString());
        case CommentRole:
            return own ? own->comment : QString();
        case Qt::DecorationRole:
            return own && !own->comment.isEmpty() ? commentMark() : QVariant();
        case Qt::ToolTipRole: {
            QString tip = result && result->consensus ? tr("Consensus of %Ln evaluator(s): %1", "", result->evaluators)
                                                            .arg(QLocale().toString(*result->consensus, 'f', 1))
                                                      : tr("Not scored yet");
            if (own && !own->comment.isEmpty()) {
                tip += u'\n' + tr("Comment: %1").arg(own->comment);
            }
            return tip;
        }
        case Qt::BackgroundRole:
            return result && result->spreadFlagged ? QVariant(QColor(QStringLiteral("#fff3cd"))) : QVariant();
        case Qt::TextAlignmentRole:
            return Qt::AlignCenter;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && column != 0) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    if (column == 0) {
        return row.establishment;
    }
    if (!row.ranked) {
        return QString();
    }
    if (column == totalColumn()) {
        return QLocale().toString(row.ranked->total, 'f', 1);
    }
    return row.ranked->rank;
}

QVariant ScoreSheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    if (section == 0) {
        return tr("Establishment");
    }
    if (isCriterionColumn(section)) {
        const Criterion& criterion = m_grid.criteria.at(section - FirstCriterionColumn);
        if (role == Qt::ToolTipRole) {
            return tr("%1 (weight %2, %3–%4)")
                .arg(criterion.label, QLocale().toString(criterion.weight))
                .arg(criterion.scaleMin)
                .arg(criterion.scaleMax);
        }
        return criterion.code;
    }
    if (section == totalColumn()) {
        return tr("Total");
    }
    return section == rankColumn() ? tr("Rank") : QVariant();
}

Qt::ItemFlags ScoreSheetModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && isCriterionColumn(index.column()) && m_db && m_evaluatorId > 0) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

bool ScoreSheetModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !m_db || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        !isCriterionColumn(index.column())) {
        return false;
    }
    Row& row = m_rows[index.row()];
    const Criterion& criterion = m_grid.criteria.at(index.column() - FirstCriterionColumn);
    const QString text = value.toString().trimmed();
    bool ok = true;
    const int number = text.toInt(&ok);
    if (!text.isEmpty() && (!ok || number < criterion.scaleMin || number > criterion.scaleMax)) {
        Q_EMIT writeFailed(tr("The score of %1 goes from %2 to %3.")
                               .arg(criterion.code)
                               .arg(criterion.scaleMin)
                               .arg(criterion.scaleMax));
        return false;
    }
    const Score* before = ownScore(row, criterion.code);
    const QString comment = before ? before->comment : QString(); // a new value keeps its comment
    const Result<void> written =
        text.isEmpty() ? clearScore(*m_db, row.candidatureId, criterion.code, m_evaluatorId)
                       : setScore(*m_db, row.candidatureId, criterion.code, m_evaluatorId, number, comment);
    if (!written) {
        Q_EMIT writeFailed(written.error().message);
        return false;
    }
    QList<Score>& scores = row.scores.scores;
    scores.erase(std::remove_if(scores.begin(), scores.end(),
                                [&](const Score& score) {
                                    return score.evaluatorId == m_evaluatorId && score.criterionCode == criterion.code;
                                }),
                 scores.end());
    if (!text.isEmpty()) {
        scores.append({criterion.code, m_evaluatorId, QString(), number, comment});
    }
    rerank();
    Q_EMIT dataChanged(this->index(0, FirstCriterionColumn), this->index(rowCount() - 1, rankColumn()));
    return true;
}

bool ScoreSheetModel::setComment(const QModelIndex& index, const QString& comment)
{
    if (!m_db || !checkIndex(index, CheckIndexOption::IndexIsValid) || !isCriterionColumn(index.column())) {
        return false;
    }
    Row& row = m_rows[index.row()];
    const Criterion& criterion = m_grid.criteria.at(index.column() - FirstCriterionColumn);
    const Result<void> written =
        setScoreComment(*m_db, row.candidatureId, criterion.code, m_evaluatorId, comment.trimmed());
    if (!written) {
        Q_EMIT writeFailed(written.error().message);
        return false;
    }
    for (Score& score : row.scores.scores) {
        if (score.evaluatorId == m_evaluatorId && score.criterionCode == criterion.code) {
            score.comment = comment.trimmed();
        }
    }
    Q_EMIT dataChanged(index, index);
    return true;
}

} // namespace Palier
