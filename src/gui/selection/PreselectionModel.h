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
    Forced,
    Count
};

/// The two preselection methods side by side: one row per competing file, what rank-fill and the optimum decide
/// and why a file is left out. Rank-fill runs in load(); the optimum arrives through setOptimal() (the page solves
/// it off the GUI thread). Rows where the methods differ are highlighted. The referent's choices — files forced in or
/// out with a reason, coverage of every department or GHT — are kept over reloads and go into parameters().
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

    /// Forces the file `id` in (true) or out (false) for `reason`, or releases it (nullopt); rank-fill runs again
    /// and the optimum is forgotten until setOptimal().
    void setForced(qint64 id, std::optional<bool> in, const QString& reason = {});
    /// Asks for at least one file per department and/or per GHT; rank-fill runs again, the optimum is forgotten.
    void setCoverage(bool departments, bool ghts);

Q_SIGNALS:
    /// The referent's choices changed the parameters: the optimum is to be solved again.
    void parametersChanged();

protected:
    QVariant rowData(const SelectionCandidate& row, PreselectionColumn column, int role) const override;

private:
    int indexOf(qint64 id) const;
    /// The roadmap's parameters with the referent's choices, and rank-fill under them.
    void applyChoices();

    QList<SelectionCandidate> m_candidates;
    QHash<qint64, int> m_index;
    SelectionParameters m_roadmapParameters;
    SelectionParameters m_parameters;
    QHash<qint64, bool> m_forced; ///< id → in (true) or out
    QHash<qint64, QString> m_forceReasons;
    bool m_coverDepartments = false;
    bool m_coverGhts = false;
    SelectionResult m_rankFill;
    std::optional<SelectionResult> m_optimal;
};

} // namespace Palier
