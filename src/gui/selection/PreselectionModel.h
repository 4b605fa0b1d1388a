// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseTableModel.h"
#include "selection/SelectionTypes.h"

namespace Palier {

enum class PreselectionColumn {
    File,
    Establishment,
    Domain,
    Status,
    Rank,
    Score,
    Amount,
    RankFill,
    Optimal,
    Reason,
    Count
};

/// The two preselection methods side by side: one row per competing file, what rank-fill and the optimum decide
/// and why a file is left out. Rank-fill runs in load(); the optimum arrives through setOptimal() (the page solves
/// it off the GUI thread). Rows where the methods differ are highlighted.
class PreselectionModel : public RowTableModel<SelectionCandidate, PreselectionColumn>
{
    Q_OBJECT

public:
    using Column = PreselectionColumn;

    using RowTableModel::RowTableModel;

    Result<void> load(const Database& db) override;
    void clear() override;
    QString countText(int shown, int total) const override;
    qint64 recordId(int row) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QList<SelectionCandidate>& candidates() const { return m_candidates; }
    const SelectionParameters& parameters() const { return m_parameters; }
    const SelectionResult& rankFillResult() const { return m_rankFill; }
    const std::optional<SelectionResult>& optimalResult() const { return m_optimal; }
    /// Shows the optimum found with parameters() (ignored when the rows changed since).
    void setOptimal(const SelectionResult& result);
    /// How many files the two methods decide differently (0 until the optimum is known).
    int differences() const;

protected:
    QVariant rowData(const SelectionCandidate& row, PreselectionColumn column, int role) const override;

private:
    int indexOf(qint64 id) const;

    QList<SelectionCandidate> m_candidates;
    QHash<qint64, int> m_index;
    SelectionParameters m_parameters;
    SelectionResult m_rankFill;
    std::optional<SelectionResult> m_optimal;
};

} // namespace Palier
