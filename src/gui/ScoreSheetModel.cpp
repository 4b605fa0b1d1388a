// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoreSheetModel.h"

#include "ConflictDialog.h"
#include "scoring/Ranking.h"
#include "scoring/ScoreStore.h"
#include "scoring/Settings.h"
#include "workflow/StateChange.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPolygon>
#include <QPushButton>

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

ScoreCell ScoreSheetModel::ownCell(const Row& row, const QString& code) const
{
    const Score* own = ownScore(row, code);
    return own ? ScoreCell{own->value, own->comment, own->rowVersion} : ScoreCell{};
}

bool ScoreSheetModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !m_db || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        !isCriterionColumn(index.column())) {
        return false;
    }
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
    ScoreCell cell = ownCell(m_rows.at(index.row()), criterion.code); // a new value keeps its comment
    cell.value = text.isEmpty() ? std::nullopt : std::optional<int>(number);
    if (!cell.value) {
        cell.comment.clear(); // removed with its score
    }
    return write(index.row(), criterion.code, cell);
}

bool ScoreSheetModel::setComment(const QModelIndex& index, const QString& comment)
{
    if (!m_db || !checkIndex(index, CheckIndexOption::IndexIsValid) || !isCriterionColumn(index.column())) {
        return false;
    }
    const Criterion& criterion = m_grid.criteria.at(index.column() - FirstCriterionColumn);
    ScoreCell cell = ownCell(m_rows.at(index.row()), criterion.code);
    if (!cell.value) {
        Q_EMIT writeFailed(tr("There is no score on %1 to comment yet: enter the score first.").arg(criterion.code));
        return false;
    }
    cell.comment = comment.trimmed();
    return write(index.row(), criterion.code, cell);
}

bool ScoreSheetModel::write(int row, const QString& code, const ScoreCell& cell)
{
    const qint64 candidatureId = m_rows.at(row).candidatureId;
    const ScoreCell base = ownCell(m_rows.at(row), code);
    ScoreCell now;
    const Result<qint64> written =
        writeScore(*m_db, candidatureId, code, m_evaluatorId, cell.value, cell.comment, base.version, &now);
    if (written) {
        showCell(candidatureId, code, m_evaluatorId, {cell.value, cell.comment.trimmed(), written.value()});
        return true;
    }
    if (written.error().code != QLatin1String("db.conflict")) {
        Q_EMIT writeFailed(written.error().message);
        return false;
    }
    // Nothing written: the cell shows the score as someone else left it, and once the editor is closed, the dialog
    // shows both for the user to choose.
    showCell(candidatureId, code, m_evaluatorId, now);
    Conflict conflict{candidatureId, code, m_evaluatorId, base, cell, now};
    QMetaObject::invokeMethod(
        this, [this, conflict] { resolveConflict(conflict); }, Qt::QueuedConnection);
    return false;
}

void ScoreSheetModel::showCell(qint64 candidatureId, const QString& code, qint64 evaluatorId, const ScoreCell& cell)
{
    if (evaluatorId != m_evaluatorId) {
        return; // the sheet shows another evaluator now
    }
    for (int r = 0; r < m_rows.size(); ++r) {
        Row& row = m_rows[r];
        if (row.candidatureId != candidatureId) {
            continue;
        }
        QList<Score>& scores = row.scores.scores;
        scores.erase(std::remove_if(scores.begin(), scores.end(),
                                    [&](const Score& score) {
                                        return score.evaluatorId == m_evaluatorId && score.criterionCode == code;
                                    }),
                     scores.end());
        if (cell.value) {
            scores.append({code, m_evaluatorId, QString(), *cell.value, cell.comment, cell.version});
        }
        rerank();
        Q_EMIT dataChanged(index(0, FirstCriterionColumn), index(rowCount() - 1, rankColumn()));
        return;
    }
}

namespace {

bool sameCell(const ScoreCell& a, const ScoreCell& b)
{
    return a.value == b.value && a.comment.trimmed() == b.comment.trimmed();
}

} // namespace

void ScoreSheetModel::resolveConflict(Conflict conflict)
{
    if (!m_db) {
        return;
    }
    const QString code = conflict.criterionCode;
    QString establishment;
    for (const Row& row : std::as_const(m_rows)) {
        if (row.candidatureId == conflict.candidatureId) {
            establishment = row.establishment;
        }
    }
    const auto scoreText = [](const std::optional<int>& value) {
        return value ? QLocale().toString(*value) : tr("(no score)");
    };
    const auto commentText = [](const QString& comment) {
        return comment.trimmed().isEmpty() ? tr("(no comment)") : comment.trimmed();
    };
    for (;;) {
        if (sameCell(conflict.mine, conflict.theirs)) {
            Q_EMIT conflictResolved(false); // someone else entered just what the user wanted
            return;
        }
        // Each value that differs between theirs and the user's, with who changed it since the sheet was read.
        QList<ConflictDialog::Field> fields;
        const bool scoreByThem = conflict.base.value != conflict.theirs.value;
        const bool scoreByYou = conflict.base.value != conflict.mine.value;
        const bool showScore = conflict.mine.value != conflict.theirs.value;
        if (showScore) {
            fields.append({tr("Score"), conflict.theirs.value ? QVariant(*conflict.theirs.value) : QVariant(),
                           conflict.mine.value ? QVariant(*conflict.mine.value) : QVariant(),
                           scoreText(conflict.theirs.value), scoreText(conflict.mine.value), scoreByThem, scoreByYou});
        }
        const bool commentByThem = conflict.base.comment.trimmed() != conflict.theirs.comment.trimmed();
        const bool commentByYou = conflict.base.comment.trimmed() != conflict.mine.comment.trimmed();
        const bool showComment = conflict.mine.comment.trimmed() != conflict.theirs.comment.trimmed();
        if (showComment) {
            fields.append({tr("Comment"), conflict.theirs.comment.trimmed(), conflict.mine.comment.trimmed(),
                           commentText(conflict.theirs.comment), commentText(conflict.mine.comment), commentByThem,
                           commentByYou});
        }
        const LastChange last = lastScoreChange(*m_db, conflict.candidatureId, code, conflict.evaluatorId);
        ConflictDialog dialog(tr("%1 – score on %2").arg(establishment, code), last.user, last.at, fields,
                              qobject_cast<QWidget*>(QObject::parent()));
        if (auto* buttons = dialog.findChild<QDialogButtonBox*>()) {
            buttons->button(QDialogButtonBox::Cancel)
                ->setToolTip(tr("Save nothing: the sheet shows the score as it is in the database now"));
        }
        if (dialog.run() != QDialog::Accepted || !m_db) {
            Q_EMIT conflictResolved(false); // the sheet shows theirs already
            return;
        }
        ScoreCell chosen = conflict.theirs;
        int field = 0;
        if (showScore) {
            const QVariant value = dialog.chosenValue(field++);
            chosen.value = value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
        }
        if (showComment) {
            chosen.comment = dialog.chosenValue(field++).toString();
        }
        if (!chosen.value) {
            chosen.comment.clear(); // a comment explains a score: none without one
        }
        if (sameCell(chosen, conflict.theirs)) {
            Q_EMIT conflictResolved(true);
            return; // theirs kept: nothing to write
        }
        ScoreCell now;
        const Result<qint64> written = writeScore(*m_db, conflict.candidatureId, code, conflict.evaluatorId,
                                                  chosen.value, chosen.comment, conflict.theirs.version, &now);
        if (written) {
            showCell(conflict.candidatureId, code, conflict.evaluatorId,
                     {chosen.value, chosen.comment.trimmed(), written.value()});
            Q_EMIT conflictResolved(true);
            return;
        }
        if (written.error().code != QLatin1String("db.conflict")) {
            Q_EMIT writeFailed(written.error().message);
            Q_EMIT conflictResolved(false);
            return;
        }
        // Changed once more while the dialog was open: the choices are compared with the newest score.
        showCell(conflict.candidatureId, code, conflict.evaluatorId, now);
        conflict.base = conflict.theirs;
        conflict.mine = chosen;
        conflict.theirs = now;
    }
}

} // namespace Palier
