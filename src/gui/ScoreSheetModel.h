// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "scoring/ScoreStore.h"
#include "scoring/ScoringTypes.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Palier {

class Database;

/// The score sheet of one domain for one evaluator: the candidatures as rows (in ranking order when loaded, so
/// that rows never move under the cursor while scores are typed), the criteria of the grid as columns with the
/// evaluator's scores, then the consensus total (0–100) and the rank, updated at each score. A score outside the
/// criterion's scale is refused.
class ScoreSheetModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// Column 0 names the file; the criteria follow; the last two are the total and the rank.
    static constexpr int FirstCriterionColumn = 1;
    /// The comment of the evaluator's score in a criterion cell (a string, empty when none).
    static constexpr int CommentRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    /// Reads the grid and the scores of `domainCode`; the scores entered are `evaluatorId`'s. A null `db`
    /// empties the sheet.
    Result<void> load(const Database* db, const QString& domainCode, qint64 evaluatorId);

    const ScoringGrid& grid() const { return m_grid; }
    bool isCriterionColumn(int column) const;
    int totalColumn() const { return FirstCriterionColumn + int(m_grid.criteria.size()); }
    int rankColumn() const { return totalColumn() + 1; }
    qint64 candidatureId(int row) const { return m_rows.at(row).candidatureId; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// Writes a score (an empty value clears it) on the version of the score read with the sheet; false, with
    /// writeFailed(), when the core refuses it. When someone else changed, entered or removed that score meanwhile,
    /// nothing is written: the cell shows the score as it is now, and the conflict dialog (ConflictDialog) is shown
    /// as soon as the event loop runs, for the user to keep theirs or save their own on the new version.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    /// Writes the comment of the evaluator's score in the criterion cell `index` (blank clears it), checked as
    /// setData(); false, with writeFailed(), when there is no score there yet or the core refuses it.
    bool setComment(const QModelIndex& index, const QString& comment);

Q_SIGNALS:
    void writeFailed(const QString& message);
    /// A refused edit was settled in the conflict dialog: `saved` when the user's choices were written, false when
    /// cancelled (the cell shows the score in the database).
    void conflictResolved(bool saved);

private:
    struct Row
    {
        qint64 candidatureId = 0;
        QString establishment;
        CandidatureScores scores;
        std::optional<RankedCandidature> ranked;
    };
    /// An edit refused because the score changed meanwhile: the score as the user saw it, as they wanted it and as
    /// it is now.
    struct Conflict
    {
        qint64 candidatureId = 0;
        QString criterionCode;
        qint64 evaluatorId = 0;
        ScoreCell base;
        ScoreCell mine;
        ScoreCell theirs;
    };
    const Score* ownScore(const Row& row, const QString& code) const;
    ScoreCell ownCell(const Row& row, const QString& code) const;
    /// Writes `cell` as the evaluator's score in `row`, with its version; true when written.
    bool write(int row, const QString& code, const ScoreCell& cell);
    /// Shows the evaluator's score `cell` in the row of `candidatureId`, when the sheet still shows it.
    void showCell(qint64 candidatureId, const QString& code, qint64 evaluatorId, const ScoreCell& cell);
    void resolveConflict(Conflict conflict);
    void rerank();

    const Database* m_db = nullptr;
    qint64 m_evaluatorId = 0;
    ScoringGrid m_grid;
    ScoringSettings m_settings;
    QList<Row> m_rows;
};

} // namespace Palier
