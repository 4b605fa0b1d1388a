// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/ScoringTypes.h"

#include <QCoreApplication>
#include <QString>

namespace Palier {

/// How a candidature's total is made, as rich text for the explanation panel: its total, its rank in its domain,
/// the flags (evaluators disagreeing beyond the threshold, criteria nobody scored), then each criterion with its
/// weight, each evaluator's value and comment, the consensus and the points it brings, and what placed the file
/// after the one ranked just before it.
class ExplanationText
{
    Q_DECLARE_TR_FUNCTIONS(Palier::ExplanationText)

public:
    /// `file` is the candidature's scores, `ranked` its line of the ranking of `rankCount` files.
    static QString html(const ScoringGrid& grid, const CandidatureScores& file, const RankedCandidature& ranked,
                        int rankCount, const ScoringSettings& settings);

    /// "mean" or "median", translated, for the sentence saying how the consensus is taken.
    static QString consensusName(ConsensusMethod method);
    /// What placed a file after the one before it, as a sentence.
    static QString tieBreakSentence(TieBreak tieBreak);
};

} // namespace Palier
