// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/ScoringTypes.h"

#include <QList>

#include <limits>
#include <vector>

namespace Palier {

/// One ranking computed by WhatIf::rank(); keep one and pass it again: its buffers are reused.
struct WhatIfRanking
{
    std::vector<int> order;     ///< file indices, best first
    std::vector<int> rankOf;    ///< file index → rank (1 for the best)
    std::vector<double> totals; ///< file index → total, 0 to 100
    std::vector<qint64> keys;   ///< file index → total in units of 1e-9, what ties are decided on
};

/// The files that enter and leave the top N between two rankings of the same files (file indices, in the order
/// of the second ranking for those entering, of the first for those leaving).
struct TopNChange
{
    QList<int> entering;
    QList<int> leaving;
};

/// The range of one criterion's weight, the other weights fixed, over which a file stays inside (or outside)
/// the top N: the widest interval around the current weight. At an end left out the band changes; just beyond
/// it, it may come back (two competitors crossing there, one up, one down). `low` is 0 or more; `high` may be
/// infinite. Exact up to the 1e-9 points at which totals are taken as equal.
struct WeightRange
{
    double low = 0;
    double high = std::numeric_limits<double>::infinity();
    bool lowIncluded = true;   ///< at exactly `low` the file is still in the same band
    bool highIncluded = false; ///< at exactly `high` (when finite) the file is still in the same band
    bool insideTopN = false;   ///< the band at the current weights

    bool contains(double weight) const
    {
        return (weight > low || (lowIncluded && weight == low)) && (weight < high || (highIncluded && weight == high));
    }
};

/// Weight changes on one domain's ranking, without the database. The consensus of every file and criterion is
/// computed once, here; rank() then only weighs and sorts (a few microseconds for a region's 40 files, well under a
/// millisecond for the national demo's 1,600), allocating nothing once its WhatIfRanking has grown.
/// Ranking rules and tie-breaks are those of Ranking.h; rankCandidatures() is built on this class.
class WhatIf
{
public:
    WhatIf(const ScoringGrid& grid, const QList<CandidatureScores>& files, const ScoringSettings& settings);

    int fileCount() const { return int(m_ids.size()); }
    int criterionCount() const { return m_criteria; }
    qint64 candidatureId(int file) const { return m_ids[file]; }
    /// (consensus − scaleMin) / (scaleMax − scaleMin) of `file` on `criterion`; 0 when nobody scored it.
    double normalised(int file, int criterion) const
    {
        return m_normalised[std::size_t(file) * m_criteria + criterion];
    }

    /// Ranks the files with `weights` (one per criterion in grid order; a negative weight counts as 0).
    void rank(const QList<double>& weights, WhatIfRanking& out) const;

    /// What placed `after` just after `before` in a ranking whose keys are `ranking.keys`.
    TieBreak tieBreak(int before, int after, const WhatIfRanking& ranking) const;

    /// The weight range of `criterion` (others fixed at `weights`) over which `file` keeps its band, inside or
    /// outside the top `topN`. Exact: with one weight t free, every total is (A + t·n) / (B + t) with the same
    /// denominator, so `file` and each competitor swap places at most once, where two lines cross; the range runs
    /// from the current weight to the nearest crossing where the count of files ahead goes over (or back under)
    /// topN − 1. O(n log n) per call.
    WeightRange weightRange(int file, int criterion, const QList<double>& weights, int topN) const;

    /// Who enters and leaves the top `n` from `before` to `after`.
    static TopNChange topNChange(const WhatIfRanking& before, const WhatIfRanking& after, int n);

private:
    /// Whether `a` goes before `b` when their totals are equal.
    bool winsTie(int a, int b) const;

    int m_criteria = 0;
    std::vector<double> m_normalised; ///< file-major: files × criteria
    std::vector<double> m_first;      ///< consensus on the first criterion; −∞ when not scored
    std::vector<qint64> m_day;        ///< Julian day of submission; max when unknown
    std::vector<qint64> m_ids;
};

} // namespace Palier
