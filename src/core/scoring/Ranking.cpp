// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/Ranking.h"

#include "scoring/WhatIf.h"

#include <algorithm>

namespace Palier {

double consensusOf(QList<int> values, ConsensusMethod method)
{
    Q_ASSERT(!values.isEmpty());
    if (values.isEmpty()) {
        return 0;
    }
    if (method == ConsensusMethod::Mean) {
        qint64 sum = 0;
        for (int value : values) {
            sum += value;
        }
        // One division of exact integers: equal means always give the same double, so ties stay ties.
        return double(sum) / double(values.size());
    }
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    if (values.size() % 2 == 1) {
        return values.at(middle);
    }
    return (double(values.at(middle - 1)) + double(values.at(middle))) / 2;
}

QList<double> gridWeights(const ScoringGrid& grid)
{
    QList<double> weights;
    weights.reserve(grid.criteria.size());
    for (const Criterion& c : grid.criteria) {
        weights.append(c.weight);
    }
    return weights;
}

QList<CriterionResult> evaluateCriteria(const ScoringGrid& grid, const CandidatureScores& file,
                                        const ScoringSettings& settings, const QList<double>& weights)
{
    double weightSum = 0;
    for (qsizetype i = 0; i < grid.criteria.size(); ++i) {
        weightSum += qMax(0.0, weights.value(i));
    }
    QList<CriterionResult> results;
    results.reserve(grid.criteria.size());
    QList<int> values;
    for (qsizetype i = 0; i < grid.criteria.size(); ++i) {
        const Criterion& c = grid.criteria.at(i);
        CriterionResult r;
        r.code = c.code;
        r.weight = qMax(0.0, weights.value(i));
        values.clear();
        for (const Score& score : file.scores) {
            if (score.criterionCode == c.code && score.value >= c.scaleMin && score.value <= c.scaleMax) {
                values.append(score.value);
            }
        }
        const double span = double(c.scaleMax) - double(c.scaleMin);
        if (!values.isEmpty() && span > 0) {
            r.consensus = consensusOf(values, settings.consensus);
            r.evaluators = int(values.size());
            const auto [lowest, highest] = std::minmax_element(values.cbegin(), values.cend());
            r.lowest = *lowest;
            r.highest = *highest;
            r.spread = (double(r.highest) - double(r.lowest)) / span;
            r.spreadFlagged = r.spread > settings.spreadThreshold;
            r.normalised = (*r.consensus - c.scaleMin) / span;
        }
        r.maxPoints = weightSum > 0 ? r.weight / weightSum * 100 : 0;
        r.points = r.normalised * r.maxPoints;
        results.append(r);
    }
    return results;
}

QList<CriterionResult> evaluateCriteria(const ScoringGrid& grid, const CandidatureScores& file,
                                        const ScoringSettings& settings)
{
    return evaluateCriteria(grid, file, settings, gridWeights(grid));
}

QList<RankedCandidature> rankCandidatures(const ScoringGrid& grid, const QList<CandidatureScores>& files,
                                          const ScoringSettings& settings)
{
    const WhatIf model(grid, files, settings);
    const QList<double> weights = gridWeights(grid);
    WhatIfRanking ranking;
    model.rank(weights, ranking);

    QList<RankedCandidature> ranked;
    ranked.reserve(files.size());
    for (std::size_t position = 0; position < ranking.order.size(); ++position) {
        const int index = ranking.order[position];
        const CandidatureScores& file = files.at(index);
        RankedCandidature r;
        r.rank = int(position) + 1;
        r.candidatureId = file.candidatureId;
        r.finess = file.finess;
        r.establishment = file.establishment;
        r.state = file.state;
        r.submittedOn = file.submittedOn;
        r.total = ranking.totals[index];
        r.criteria = evaluateCriteria(grid, file, settings, weights);
        for (const CriterionResult& c : r.criteria) {
            if (!c.consensus) {
                r.complete = false;
                r.missing.append(c.code);
            }
            r.flagged = r.flagged || c.spreadFlagged;
        }
        r.decidedBy = position == 0 ? TieBreak::None : model.tieBreak(ranking.order[position - 1], index, ranking);
        ranked.append(std::move(r));
    }
    return ranked;
}

QString tieBreakCode(TieBreak tieBreak)
{
    switch (tieBreak) {
    case TieBreak::None:
        return {};
    case TieBreak::Total:
        return QStringLiteral("total");
    case TieBreak::FirstCriterion:
        return QStringLiteral("first_criterion");
    case TieBreak::SubmissionDate:
        return QStringLiteral("submission_date");
    case TieBreak::Id:
        return QStringLiteral("id");
    }
    return {};
}

} // namespace Palier
