// SPDX-License-Identifier: GPL-3.0-or-later
// What-if on weights (issue 4): re-ranking a domain when a weight slider moves, and the weight ranges of every
// file of a region, on the demo databases. Google Benchmark; run by bench/run.sh.
#include "db/Database.h"
#include "demo/DemoGenerator.h"
#include "scoring/ScoreStore.h"
#include "scoring/Settings.h"
#include "scoring/WhatIf.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>

using namespace Palier;

namespace {

/// The largest domain of a freshly generated demo database.
struct DemoDomain
{
    DomainScores scores;
    ScoringSettings settings;
};

DemoDomain loadLargestDomain(DemoScale scale)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(scale == DemoScale::National ? QStringLiteral("national.palier")
                                                                   : QStringLiteral("region.palier"));
    auto db = Database::open(path, {.create = true});
    if (!db || !generateDemo(*db.value(), {.scale = scale})) {
        qFatal("cannot generate the demo database");
    }
    Result<QList<DomainScores>> all = loadAllDomainScores(*db.value());
    Result<ScoringSettings> settings = loadScoringSettings(*db.value());
    if (!all || !settings) {
        qFatal("cannot load the scores");
    }
    DemoDomain largest{all->first(), settings.value()};
    for (const DomainScores& d : all.value()) {
        if (d.candidatures.size() > largest.scores.candidatures.size()) {
            largest.scores = d;
        }
    }
    return largest;
}

/// Each demo database is generated once per run, whatever the number of benchmarks reading it.
const DemoDomain& largestDomain(DemoScale scale)
{
    static const DemoDomain region = loadLargestDomain(DemoScale::Region);
    if (scale == DemoScale::Region) {
        return region;
    }
    static const DemoDomain national = loadLargestDomain(DemoScale::National);
    return national;
}

void rerank(benchmark::State& state, DemoScale scale)
{
    const DemoDomain& domain = largestDomain(scale);
    const WhatIf whatIf(domain.scores.grid, domain.scores.candidatures, domain.settings);
    QList<double> weights;
    for (const Criterion& c : domain.scores.grid.criteria) {
        weights.append(c.weight);
    }
    WhatIfRanking ranking;
    int round = 0;
    for (auto _ : state) {
        weights[round % weights.size()] = double(5 + round % 30); // a slider moving
        whatIf.rank(weights, ranking);
        benchmark::DoNotOptimize(ranking);
        ++round;
    }
    state.counters["files"] = whatIf.fileCount();
}

void weightRangesOfRegion(benchmark::State& state)
{
    const DemoDomain& domain = largestDomain(DemoScale::Region);
    const WhatIf whatIf(domain.scores.grid, domain.scores.candidatures, domain.settings);
    QList<double> weights;
    for (const Criterion& c : domain.scores.grid.criteria) {
        weights.append(c.weight);
    }
    for (auto _ : state) {
        for (int f = 0; f < whatIf.fileCount(); ++f) {
            for (int c = 0; c < whatIf.criterionCount(); ++c) {
                benchmark::DoNotOptimize(whatIf.weightRange(f, c, weights, 10));
            }
        }
    }
    state.counters["files"] = whatIf.fileCount();
}

} // namespace

BENCHMARK_CAPTURE(rerank, region, DemoScale::Region)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(rerank, national, DemoScale::National)->Unit(benchmark::kMicrosecond);
BENCHMARK(weightRangesOfRegion)->Unit(benchmark::kMicrosecond);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
