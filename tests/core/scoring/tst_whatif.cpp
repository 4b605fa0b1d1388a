// SPDX-License-Identifier: GPL-3.0-or-later
// What-if on the weights: re-ranking, who enters and leaves the top N, and the exact weight ranges checked
// against brute-force re-ranking at weights inside, at and just outside each range.
#include "scoring/Ranking.h"
#include "scoring/WhatIf.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace Palier;

namespace {

ScoringGrid randomGrid(QRandomGenerator& rng, int criteria)
{
    ScoringGrid grid;
    grid.domainCode = QStringLiteral("D2");
    for (int i = 0; i < criteria; ++i) {
        const int scaleMin = i % 3 == 2 ? 1 : 0;
        const int scaleMax = scaleMin + (i % 2 == 0 ? 4 : 3);
        QStringList levels;
        for (int l = scaleMin; l <= scaleMax; ++l) {
            levels.append(QStringLiteral("Niveau %1.").arg(l));
        }
        grid.criteria.append({QStringLiteral("C%1").arg(i + 1), QStringLiteral("Critère %1").arg(i + 1),
                              double(rng.bounded(1, 31)), scaleMin, scaleMax, levels});
    }
    return grid;
}

/// `count` files scored by one to three evaluators, some criteria left unscored, a few exact duplicates (ties).
QList<CandidatureScores> randomFiles(QRandomGenerator& rng, const ScoringGrid& grid, int count)
{
    QList<CandidatureScores> files;
    for (int id = 1; id <= count; ++id) {
        if (id > 3 && rng.bounded(8) == 0) {
            CandidatureScores twin = files.at(rng.bounded(int(files.size())));
            twin.candidatureId = id;
            twin.submittedOn = QDate(2019, 5, 1).addDays(rng.bounded(3));
            files.append(twin);
            continue;
        }
        CandidatureScores file;
        file.candidatureId = id;
        file.submittedOn = rng.bounded(10) == 0 ? QDate() : QDate(2019, 5, 1).addDays(rng.bounded(3));
        const int evaluators = 1 + int(rng.bounded(3));
        for (const Criterion& c : grid.criteria) {
            if (rng.bounded(12) == 0) {
                continue;
            }
            for (int e = 1; e <= evaluators; ++e) {
                file.scores.append({c.code, e, {}, c.scaleMin + int(rng.bounded(c.scaleMax - c.scaleMin + 1)), {}});
            }
        }
        files.append(file);
    }
    return files;
}

bool insideAt(const WhatIf& model, const QList<double>& weights, int criterion, double weight, int file, int topN)
{
    QList<double> changed = weights;
    changed[criterion] = weight;
    WhatIfRanking ranking;
    model.rank(changed, ranking);
    return ranking.rankOf[file] <= topN;
}

} // namespace

class TestWhatIf : public QObject
{
    Q_OBJECT

private slots:
    void rerankMatchesTheRanking_data();
    void rerankMatchesTheRanking();
    void topNChange();
    void weightRanges_data();
    void weightRanges();
    void zeroWeightAndSingleFile();
};

void TestWhatIf::rerankMatchesTheRanking_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<bool>("median");
    QTest::addRow("seed 1, mean") << 1u << false;
    QTest::addRow("seed 2, median") << 2u << true;
    QTest::addRow("seed 3, mean") << 3u << false;
}

void TestWhatIf::rerankMatchesTheRanking()
{
    QFETCH(quint32, seed);
    QFETCH(bool, median);
    QRandomGenerator rng(seed);
    ScoringGrid grid = randomGrid(rng, 6);
    const QList<CandidatureScores> files = randomFiles(rng, grid, 40);
    ScoringSettings settings;
    settings.consensus = median ? ConsensusMethod::Median : ConsensusMethod::Mean;
    const WhatIf model(grid, files, settings);
    WhatIfRanking ranking;
    for (int round = 0; round < 5; ++round) {
        QList<double> weights;
        for (Criterion& c : grid.criteria) {
            c.weight = round == 0 ? c.weight : double(rng.bounded(0, 11)) / 2;
            weights.append(c.weight);
        }
        model.rank(weights, ranking);
        const QList<RankedCandidature> expected = rankCandidatures(grid, files, settings);
        for (int position = 0; position < model.fileCount(); ++position) {
            const int index = ranking.order[std::size_t(position)];
            QCOMPARE(model.candidatureId(index), expected.at(position).candidatureId);
            QCOMPARE(ranking.totals[std::size_t(index)], expected.at(position).total);
            QCOMPARE(ranking.rankOf[std::size_t(index)], position + 1);
        }
    }
}

void TestWhatIf::topNChange()
{
    ScoringGrid grid;
    for (const QString& code : {QStringLiteral("A"), QStringLiteral("B")}) {
        grid.criteria.append({code,
                              code,
                              1,
                              0,
                              4,
                              {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                               QStringLiteral("4")}});
    }
    const auto file = [](qint64 id, int a, int b) {
        return CandidatureScores{id, {}, {}, {}, QDate(2019, 5, 1), {{"A", 1, {}, a, {}}, {"B", 1, {}, b, {}}}};
    };
    // Strong on A: 1 and 2; strong on B: 3 and 4.
    const WhatIf model(grid, {file(1, 4, 0), file(2, 3, 1), file(3, 1, 3), file(4, 0, 4)}, {});
    WhatIfRanking onA;
    WhatIfRanking onB;
    model.rank({3, 1}, onA);
    model.rank({1, 3}, onB);
    QCOMPARE(onA.order, (std::vector<int>{0, 1, 2, 3}));
    QCOMPARE(onB.order, (std::vector<int>{3, 2, 1, 0}));
    const TopNChange change = WhatIf::topNChange(onA, onB, 2);
    QCOMPARE(change.entering, (QList<int>{3, 2}));
    QCOMPARE(change.leaving, (QList<int>{0, 1}));
    QVERIFY(WhatIf::topNChange(onA, onA, 2).entering.isEmpty());
    QVERIFY(WhatIf::topNChange(onA, onB, 4).leaving.isEmpty());
}

void TestWhatIf::weightRanges_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("files");
    QTest::addColumn<int>("topN");
    QTest::addRow("region, top 10") << 11u << 30 << 10;
    QTest::addRow("region, top 3") << 12u << 25 << 3;
    QTest::addRow("small, top 1") << 13u << 8 << 1;
    QTest::addRow("many ties, top 5") << 14u << 40 << 5;
}

void TestWhatIf::weightRanges()
{
    QFETCH(quint32, seed);
    QFETCH(int, files);
    QFETCH(int, topN);
    QRandomGenerator rng(seed);
    const ScoringGrid grid = randomGrid(rng, 5);
    const WhatIf model(grid, randomFiles(rng, grid, files), {});
    QList<double> weights = gridWeights(grid);
    weights[1] = 0; // a criterion switched off: its range starts at 0
    WhatIfRanking current;
    model.rank(weights, current);

    int checkedOutside = 0;
    for (int f = 0; f < model.fileCount(); ++f) {
        for (int c = 0; c < model.criterionCount(); ++c) {
            const WeightRange range = model.weightRange(f, c, weights, topN);
            const QString where = QStringLiteral("file %1, criterion %2: [%3, %4]")
                                      .arg(f)
                                      .arg(c)
                                      .arg(range.low, 0, 'g', 17)
                                      .arg(range.high, 0, 'g', 17);
            QVERIFY2(range.contains(weights[c]), qPrintable(where));
            QVERIFY2(range.insideTopN == (current.rankOf[std::size_t(f)] <= topN), qPrintable(where));
            const auto check = [&](double t, bool expectSame) {
                const bool same = insideAt(model, weights, c, t, f, topN) == range.insideTopN;
                QVERIFY2(same == expectSame, qPrintable(where + QStringLiteral(" at %1").arg(t, 0, 'g', 17)));
            };
            const double delta = 1e-6 * std::max(1.0, range.low);
            // Inside: near each end, in the middle, and at each end when it belongs to the range.
            const double top = std::isinf(range.high) ? std::max(range.low, weights[c]) * 4 + 100 : range.high;
            if (top - range.low > 4 * delta) {
                check(range.low + delta, true);
                check((range.low + top) / 2, true);
                check(top - (std::isinf(range.high) ? 0 : 1e-6 * std::max(1.0, top)), true);
            }
            // Outside: an end left out is where the band changes; beyond an end kept in, it changes at once. (Beyond
            // an end left out it may change back: two competitors crossing there, one up and one down.)
            check(range.low, range.lowIncluded);
            if (range.low > 0 && range.lowIncluded) {
                check(range.low - delta, false);
            }
            if (!std::isinf(range.high)) {
                check(range.high, range.highIncluded);
                if (range.highIncluded) {
                    check(range.high + 1e-6 * std::max(1.0, range.high), false);
                }
            }
            checkedOutside += (range.low > 0 ? 1 : 0) + (std::isinf(range.high) ? 0 : 1);
        }
    }
    QVERIFY2(checkedOutside > 0, "no range had a finite end: the data test nothing");
}

void TestWhatIf::zeroWeightAndSingleFile()
{
    QRandomGenerator rng(5);
    const ScoringGrid grid = randomGrid(rng, 3);
    const QList<CandidatureScores> files = randomFiles(rng, grid, 1);
    const WhatIf one(grid, files, {});
    const WeightRange range = one.weightRange(0, 0, gridWeights(grid), 1);
    QVERIFY(range.insideTopN);
    QCOMPARE(range.low, 0.0);
    QVERIFY(range.lowIncluded);
    QVERIFY(std::isinf(range.high));
}

QTEST_GUILESS_MAIN(TestWhatIf)
#include "tst_whatif.moc"
