// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/WhatIf.h"

#include "scoring/Ranking.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Palier {

namespace {

/// Totals are compared in units of 1e-9: sums of the same terms in another order may differ in their last bits,
/// and such a difference must not decide a rank.
constexpr double KeyUnitsPerPoint = 1e9;

/// Where a competitor's line crosses the file's: the competitor is ahead before the crossing (`before`), at it
/// (`at`, decided by the tie-breaks) and after it (`after`).
struct Crossing
{
    double t = 0;
    int before = 0;
    int at = 0;
    int after = 0;
};

bool sameWeight(double a, double b)
{
    return std::abs(a - b) <= 1e-12 * std::max(1.0, std::abs(a));
}

} // namespace

WhatIf::WhatIf(const ScoringGrid& grid, const QList<CandidatureScores>& files, const ScoringSettings& settings)
    : m_criteria(int(grid.criteria.size()))
{
    m_normalised.reserve(std::size_t(files.size()) * m_criteria);
    m_first.reserve(files.size());
    m_day.reserve(files.size());
    m_ids.reserve(files.size());
    for (const CandidatureScores& file : files) {
        const QList<CriterionResult> results = evaluateCriteria(grid, file, settings);
        for (const CriterionResult& r : results) {
            m_normalised.push_back(r.normalised);
        }
        m_first.push_back(!results.isEmpty() && results.constFirst().consensus
                              ? *results.constFirst().consensus
                              : -std::numeric_limits<double>::infinity());
        m_day.push_back(file.submittedOn.isValid() ? file.submittedOn.toJulianDay()
                                                   : std::numeric_limits<qint64>::max());
        m_ids.push_back(file.candidatureId);
    }
}

bool WhatIf::winsTie(int a, int b) const
{
    if (m_first[a] != m_first[b]) {
        return m_first[a] > m_first[b];
    }
    if (m_day[a] != m_day[b]) {
        return m_day[a] < m_day[b];
    }
    return m_ids[a] < m_ids[b];
}

void WhatIf::rank(const QList<double>& weights, WhatIfRanking& out) const
{
    Q_ASSERT(weights.size() == m_criteria);
    const std::size_t n = m_ids.size();
    out.order.resize(n);
    out.rankOf.resize(n);
    out.totals.resize(n);
    out.keys.resize(n);
    double weightSum = 0;
    for (int i = 0; i < m_criteria; ++i) {
        weightSum += std::max(0.0, weights.value(i));
    }
    const double* row = m_normalised.data();
    for (std::size_t j = 0; j < n; ++j, row += m_criteria) {
        double weighted = 0;
        for (int i = 0; i < m_criteria; ++i) {
            weighted += std::max(0.0, weights.value(i)) * row[i];
        }
        const double total = weightSum > 0 ? weighted / weightSum * 100 : 0;
        out.totals[j] = total;
        out.keys[j] = std::llround(total * KeyUnitsPerPoint);
    }
    std::iota(out.order.begin(), out.order.end(), 0);
    std::sort(out.order.begin(), out.order.end(),
              [&](int a, int b) { return out.keys[a] != out.keys[b] ? out.keys[a] > out.keys[b] : winsTie(a, b); });
    for (std::size_t position = 0; position < n; ++position) {
        out.rankOf[out.order[position]] = int(position) + 1;
    }
}

TieBreak WhatIf::tieBreak(int before, int after, const WhatIfRanking& ranking) const
{
    if (ranking.keys[before] != ranking.keys[after]) {
        return TieBreak::Total;
    }
    if (m_first[before] != m_first[after]) {
        return TieBreak::FirstCriterion;
    }
    if (m_day[before] != m_day[after]) {
        return TieBreak::SubmissionDate;
    }
    return TieBreak::Id;
}

TopNChange WhatIf::topNChange(const WhatIfRanking& before, const WhatIfRanking& after, int n)
{
    TopNChange change;
    const int count = int(std::min(before.order.size(), after.order.size()));
    for (int position = 0; position < std::min(n, count); ++position) {
        if (before.rankOf[after.order[position]] > n) {
            change.entering.append(after.order[position]);
        }
        if (after.rankOf[before.order[position]] > n) {
            change.leaving.append(before.order[position]);
        }
    }
    return change;
}

WeightRange WhatIf::weightRange(int file, int criterion, const QList<double>& weights, int topN) const
{
    const int n = fileCount();
    const int k = m_criteria;
    const auto weightOf = [&weights](int i) { return std::max(0.0, weights.value(i)); };
    const double t0 = weightOf(criterion);
    // Numerators without the free criterion: total_j(t) = 100 (A_j + t n_jc) / (B + t).
    double others = 0;
    for (int i = 0; i < k; ++i) {
        others += i == criterion ? 0 : weightOf(i);
    }
    const auto fixedPart = [&](int j) {
        double a = 0;
        for (int i = 0; i < k; ++i) {
            a += i == criterion ? 0 : weightOf(i) * normalised(j, i);
        }
        return a;
    };
    const double aFile = fixedPart(file);
    const double nFile = normalised(file, criterion);
    const double tolerance = 1e-12 * std::max(1.0, others);

    // A competitor g is ahead where d(t) = (A_g − A_f) + t (n_gc − n_fc) is above 0, or at 0 if it wins the tie.
    int base = 0; // competitors whose side never changes for t ≥ 0
    std::vector<Crossing> crossings;
    crossings.reserve(std::size_t(n));
    for (int g = 0; g < n; ++g) {
        if (g == file) {
            continue;
        }
        double a = fixedPart(g) - aFile;
        if (std::abs(a) <= tolerance) {
            a = 0;
        }
        const double b = normalised(g, criterion) - nFile;
        const int tie = winsTie(g, file) ? 1 : 0;
        if (b == 0) {
            base += a > 0 ? 1 : (a < 0 ? 0 : tie);
            continue;
        }
        const double t = -a / b;
        const Crossing c{t, b < 0 ? 1 : 0, tie, b > 0 ? 1 : 0};
        if (t < 0) {
            base += c.after;
        } else {
            crossings.push_back(c);
        }
    }
    std::sort(crossings.begin(), crossings.end(), [](const Crossing& x, const Crossing& y) { return x.t < y.t; });

    // The count of competitors ahead at t0 and on either side of it.
    int atT0 = base;
    int aboveT0 = base;
    int belowT0 = base;
    for (const Crossing& c : crossings) {
        const bool here = sameWeight(c.t, t0);
        atT0 += here ? c.at : (c.t < t0 ? c.after : c.before);
        aboveT0 += (here || c.t < t0) ? c.after : c.before;
        belowT0 += (here || c.t > t0) ? c.before : c.after;
    }
    WeightRange range;
    range.insideTopN = atT0 < topN;
    const auto sameBand = [&](int ahead) { return (ahead < topN) == range.insideTopN; };

    // Upwards: through each group of crossings at the same weight, the count at the crossing, then just after it.
    range.high = std::numeric_limits<double>::infinity();
    range.highIncluded = false;
    if (!sameBand(aboveT0)) {
        range.high = t0;
        range.highIncluded = true;
    } else {
        int count = aboveT0;
        auto it = std::upper_bound(crossings.begin(), crossings.end(), t0,
                                   [](double t, const Crossing& c) { return t < c.t && !sameWeight(t, c.t); });
        while (it != crossings.end()) {
            const double p = it->t;
            int at = count;
            int after = count;
            for (; it != crossings.end() && sameWeight(it->t, p); ++it) {
                at += it->at - it->before;
                after += it->after - it->before;
            }
            if (!sameBand(at)) {
                range.high = p;
                break;
            }
            if (!sameBand(after)) {
                range.high = p;
                range.highIncluded = true;
                break;
            }
            count = after;
        }
    }

    // Downwards, the same way, stopping at 0: a weight is never negative.
    range.low = 0;
    range.lowIncluded = true;
    if (t0 <= 0) {
        return range;
    }
    if (!sameBand(belowT0)) {
        range.low = t0;
        return range;
    }
    int count = belowT0;
    auto it = std::make_reverse_iterator(
        std::lower_bound(crossings.begin(), crossings.end(), t0,
                         [](const Crossing& c, double t) { return c.t < t && !sameWeight(c.t, t); }));
    while (it != crossings.rend()) {
        const double p = it->t;
        int at = count;
        int before = count;
        for (; it != crossings.rend() && sameWeight(it->t, p); ++it) {
            at += it->at - it->after;
            before += it->before - it->after;
        }
        if (!sameBand(at)) {
            range.low = p;
            range.lowIncluded = false;
            return range;
        }
        if (p <= 0) {
            return range;
        }
        if (!sameBand(before)) {
            range.low = p;
            return range;
        }
        count = before;
    }
    return range;
}

} // namespace Palier
