// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "scoring/ScoringTypes.h"
#include "scoring/WhatIf.h"

#include <QAbstractTableModel>

#include <memory>
#include <optional>
#include <vector>

namespace Palier {

class Database;

/// A domain's ranking under trial weights and settings, recomputed live through WhatIf: the files in their trial
/// order with their rank, the move from the stored ranking (↑3, ↓1) and their trial total. Nothing is written until
/// apply(), which saves the trial weights as a new version of the domain's grid.
class WhatIfModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Rank, Move, Establishment, Total, StoredRank, TopN, WeightRange, Count };
    /// The move of a row as a number: positive when the file goes up.
    static constexpr int MoveRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    /// Reads the grid, scores and settings of `domainCode`; a null `db` empties the model.
    Result<void> load(const Database* db, const QString& domainCode);

    const ScoringGrid& grid() const { return m_grid; }
    const QList<double>& weights() const { return m_weights; }
    const ScoringSettings& settings() const { return m_settings; }
    /// True when the trial weights differ from the grid's.
    bool weightsChanged() const;

    /// Re-ranks with `weight` for the criterion `criterion` (grid order).
    void setWeight(int criterion, double weight);
    /// Re-ranks with the consensus method and threshold of `settings` (not stored).
    void setSettings(const ScoringSettings& settings);
    /// Back to the grid's weights and the stored settings.
    void reset();

    /// The size of the top whose entries and exits are shown (the files a budget would fund, say), at least 1.
    void setTopN(int topN);
    int topN() const { return m_topN; }
    /// The criterion whose weight range is shown: over that range, the others fixed, each file stays in (or out
    /// of) the top N. The last criterion whose weight was set, by default.
    void setFocusCriterion(int criterion);
    int focusCriterion() const { return m_focus; }
    /// "1,5 – 4,0", "≥ 1,5" or "0,0 – 3,2": the weight range of the focus criterion for the file of `row`.
    QString weightRangeText(int row) const;

    /// The trial rank of `candidatureId` (1 for the best), or 0 when it is not ranked.
    int rankOf(qint64 candidatureId) const;
    /// The stored rank minus the trial rank of `candidatureId`: positive when it goes up.
    int moveOf(qint64 candidatureId) const;
    /// "↑3", "↓1" or empty.
    static QString moveText(int move);

    /// Saves the trial weights as a new version of the grid (the grid itself otherwise unchanged) and reloads;
    /// returns the version number.
    Result<int> applyWeights(const QString& note);
    /// Stores the trial settings as the campaign's and reloads.
    Result<void> applySettings();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    void rerank();

    const Database* m_db = nullptr;
    QString m_domain;
    ScoringGrid m_grid;
    QList<CandidatureScores> m_files;
    ScoringSettings m_storedSettings;
    ScoringSettings m_settings;
    QList<double> m_weights;
    std::unique_ptr<WhatIf> m_stored; ///< the stored grid and settings: the ranking moves are measured from
    std::unique_ptr<WhatIf> m_trial;
    WhatIfRanking m_storedRanking;
    WhatIfRanking m_ranking;
    int m_topN = 5;
    int m_focus = 0;
    mutable std::vector<std::optional<WeightRange>> m_ranges; ///< file index → range, computed when first shown
};

} // namespace Palier
