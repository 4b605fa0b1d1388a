// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The ranking of a domain's candidatures: pure functions over values, no database, so that they are fast and
// testable.
//
// How a total is made (0 to 100):
// - Consensus per criterion: the mean (or the median, a setting) of the scores the evaluators gave; a criterion
//   is flagged for discussion when (highest − lowest) / (scaleMax − scaleMin) is above the spread threshold
//   (a setting, 0.5 by default: half the scale).
// - Each criterion brings weight / Σ weights × 100 × (consensus − scaleMin) / (scaleMax − scaleMin) points; the
//   total is their sum. Σ runs over every criterion of the grid.
// - A criterion nobody scored counts at its scale minimum (0 points) and the candidature is flagged incomplete,
//   with the missing codes. Why: a gap in the scoring is the evaluators' to fill, and it must never lift a file
//   above the files scored in full (averaging over the criteria scored would let a file scored only on its best
//   criterion reach 100). Counted at the minimum, an incomplete total is a floor: completing the scores can only
//   raise it, and the flag says so.
// - A grid whose weights add up to 0 (possible only in a what-if) gives every candidature 0.
//
// Ties, in this order (every rank is distinct): the higher total (totals equal to 1e-9 are equal); the higher
// consensus on the grid's first criterion (not scored ranks below scored); the earlier submission date (no date
// ranks after any date); the lower candidature id, so that the same data always give the same ranking.

#include "scoring/ScoringTypes.h"

#include <QList>
#include <QString>

namespace Palier {

/// The consensus of `values` (at least one) by `method`.
double consensusOf(QList<int> values, ConsensusMethod method);

/// How each criterion of `grid` stands for `file`, in grid order, its points computed with `weights` (one per
/// criterion, in grid order); scores on criteria not in `grid` or outside their scale are ignored.
QList<CriterionResult> evaluateCriteria(const ScoringGrid& grid, const CandidatureScores& file,
                                        const ScoringSettings& settings, const QList<double>& weights);

/// evaluateCriteria() with the grid's own weights.
QList<CriterionResult> evaluateCriteria(const ScoringGrid& grid, const CandidatureScores& file,
                                        const ScoringSettings& settings);

/// The weights of `grid`, in grid order.
QList<double> gridWeights(const ScoringGrid& grid);

/// Ranks `files` by the rules above, best first, each with its explanation.
QList<RankedCandidature> rankCandidatures(const ScoringGrid& grid, const QList<CandidatureScores>& files,
                                          const ScoringSettings& settings);

/// "total", "first_criterion", "submission_date", "id", or empty for the first rank: the words of the JSON output.
QString tieBreakCode(TieBreak tieBreak);

} // namespace Palier
