// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "scoring/ScoringTypes.h"
#include "scoring/WhatIf.h"

#include <QAbstractTableModel>

#include <memory>

namespace Palier {

class Database;

/// A domain's ranking under trial weights and settings, recomputed live through WhatIf: the files in their trial
/// order with their rank, the move from the stored ranking (↑3, ↓1) and their trial total. Nothing is written until
/// apply(), which saves the trial weights as a new version of the domain's grid.
class WhatIfModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Rank, Move, Establishment, Total, StoredRank, Count };
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
};

} // namespace Palier
