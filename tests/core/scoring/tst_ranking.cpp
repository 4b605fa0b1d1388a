// SPDX-License-Identifier: GPL-3.0-or-later
// Consensus, totals, explanations and the ranking with its tie-breaks: pure functions, no database.
#include "scoring/Ranking.h"

#include <QTest>

using namespace Palier;

namespace {

Criterion criterion(const QString& code, double weight, int scaleMin, int scaleMax)
{
    QStringList levels;
    for (int level = scaleMin; level <= scaleMax; ++level) {
        levels.append(QStringLiteral("Niveau %1.").arg(level));
    }
    return {code, QStringLiteral("Critère %1").arg(code), weight, scaleMin, scaleMax, levels};
}

/// A: weight 2 on 0–4; B: weight 1 on 0–4; C: weight 1 on 1–5.
ScoringGrid grid()
{
    ScoringGrid g;
    g.domainCode = QStringLiteral("D2");
    g.version = 1;
    g.criteria = {criterion(QStringLiteral("A"), 2, 0, 4), criterion(QStringLiteral("B"), 1, 0, 4),
                  criterion(QStringLiteral("C"), 1, 1, 5)};
    return g;
}

/// "7 2019-05-01 A=2,4 B=1": id, submission date ("-" for none), then each criterion's scores, the n-th value by
/// evaluator n.
CandidatureScores file(const QString& spec)
{
    const QStringList parts = spec.split(u' ', Qt::SkipEmptyParts);
    CandidatureScores f;
    f.candidatureId = parts.at(0).toLongLong();
    f.finess = QStringLiteral("13%1").arg(f.candidatureId, 7, 10, QLatin1Char('0'));
    f.submittedOn = QDate::fromString(parts.at(1), Qt::ISODate);
    for (qsizetype i = 2; i < parts.size(); ++i) {
        const QStringList criterionValues = parts.at(i).split(u'=');
        const QStringList values = criterionValues.at(1).split(u',');
        for (qsizetype e = 0; e < values.size(); ++e) {
            f.scores.append(
                {criterionValues.at(0), e + 1, QStringLiteral("Évaluateur %1").arg(e + 1), values.at(e).toInt(), {}});
        }
    }
    return f;
}

QList<CandidatureScores> files(const QStringList& specs)
{
    QList<CandidatureScores> all;
    for (const QString& spec : specs) {
        all.append(file(spec));
    }
    return all;
}

} // namespace

class TestRanking : public QObject
{
    Q_OBJECT

private slots:
    void consensus_data();
    void consensus();
    void total_data();
    void total();
    void explanationAddsUp();
    void ranking_data();
    void ranking();
    void zeroWeightsRankByTieBreaks();
    void noFileNoRanking();
};

void TestRanking::consensus_data()
{
    QTest::addColumn<QList<int>>("values");
    QTest::addColumn<bool>("median");
    QTest::addColumn<double>("expected");

    QTest::addRow("one value, mean") << QList<int>{3} << false << 3.0;
    QTest::addRow("one value, median") << QList<int>{3} << true << 3.0;
    QTest::addRow("two values, mean") << QList<int>{1, 4} << false << 2.5;
    QTest::addRow("two values, median is their mean") << QList<int>{4, 1} << true << 2.5;
    QTest::addRow("three values, mean") << QList<int>{0, 3, 4} << false << 7.0 / 3;
    QTest::addRow("three values, median") << QList<int>{4, 0, 3} << true << 3.0;
    QTest::addRow("four values, median") << QList<int>{4, 0, 1, 3} << true << 2.0;
    QTest::addRow("negative scale, mean") << QList<int>{-2, 1} << false << -0.5;
}

void TestRanking::consensus()
{
    QFETCH(QList<int>, values);
    QFETCH(bool, median);
    QFETCH(double, expected);
    QCOMPARE(consensusOf(values, median ? ConsensusMethod::Median : ConsensusMethod::Mean), expected);
}

void TestRanking::total_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("median");
    QTest::addColumn<double>("expected");
    QTest::addColumn<QStringList>("missing");
    QTest::addColumn<bool>("flagged");

    const QStringList none;
    // Total = Σ w (c − min) / (max − min) / Σ w × 100, Σ w = 4.
    QTest::addRow("all at the top") << "1 - A=4 B=4 C=5" << false << 100.0 << none << false;
    QTest::addRow("all at the bottom") << "1 - A=0 B=0 C=1" << false << 0.0 << none << false;
    QTest::addRow("one evaluator") << "1 - A=3 B=2 C=4" << false << 68.75 << none << false;
    QTest::addRow("two evaluators, mean") << "1 - A=2,4 B=1,2 C=3,5" << false << 65.625 << none << false;
    QTest::addRow("three evaluators, mean")
        << "1 - A=0,3,4 B=1,1,4 C=2,2,5" << false << (2 * 7.0 / 12 + 0.5 + 0.5) / 4 * 100 << none << true;
    QTest::addRow("three evaluators, median") << "1 - A=0,3,4 B=1,1,4 C=2,2,5" << true << 50.0 << none << true;
    QTest::addRow("one evaluator equals three who average the same")
        << "1 - A=2,3,4 B=2 C=4,4,4" << false << 68.75 << none << false;
    QTest::addRow("missing criterion counts at its minimum")
        << "1 - A=4 B=4" << false << 75.0 << QStringList{QStringLiteral("C")} << false;
    QTest::addRow("missing heaviest criterion")
        << "1 - B=4 C=5" << false << 50.0 << QStringList{QStringLiteral("A")} << false;
    QTest::addRow("nothing scored") << "1 -" << false << 0.0
                                    << QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}
                                    << false;
    QTest::addRow("spread at the threshold is not flagged") << "1 - A=1,3 B=2 C=3" << false << 50.0 << none << false;
    QTest::addRow("spread above the threshold is flagged") << "1 - A=1,4 B=2 C=3" << false << 56.25 << none << true;
    QTest::addRow("value outside the scale is ignored")
        << "1 - A=9 B=4 C=5" << false << 50.0 << QStringList{QStringLiteral("A")} << false;
    QTest::addRow("criterion not in the grid is ignored") << "1 - A=4 B=4 C=5 Z=0" << false << 100.0 << none << false;
}

void TestRanking::total()
{
    QFETCH(QString, spec);
    QFETCH(bool, median);
    QFETCH(double, expected);
    QFETCH(QStringList, missing);
    QFETCH(bool, flagged);

    ScoringSettings settings;
    settings.consensus = median ? ConsensusMethod::Median : ConsensusMethod::Mean;
    const QList<RankedCandidature> ranked = rankCandidatures(grid(), {file(spec)}, settings);
    QCOMPARE(ranked.size(), 1);
    const RankedCandidature& r = ranked.constFirst();
    QVERIFY2(qAbs(r.total - expected) < 1e-9, qPrintable(QString::number(r.total, 'g', 17)));
    QCOMPARE(r.missing, missing);
    QCOMPARE(r.complete, missing.isEmpty());
    QCOMPARE(r.flagged, flagged);
    QCOMPARE(r.rank, 1);
    QCOMPARE(r.decidedBy, TieBreak::None);
}

void TestRanking::explanationAddsUp()
{
    const QList<RankedCandidature> ranked =
        rankCandidatures(grid(), {file(QStringLiteral("1 2019-05-01 A=0,3,4 B=1 C=5,4"))}, {});
    const RankedCandidature& r = ranked.constFirst();
    QCOMPARE(r.criteria.size(), 3);
    double points = 0;
    double maxPoints = 0;
    for (const CriterionResult& c : r.criteria) {
        points += c.points;
        maxPoints += c.maxPoints;
        QVERIFY(c.points <= c.maxPoints);
    }
    QVERIFY(qAbs(points - r.total) < 1e-9);
    QVERIFY(qAbs(maxPoints - 100) < 1e-9);
    const CriterionResult& a = r.criteria.at(0);
    QCOMPARE(a.code, QStringLiteral("A"));
    QCOMPARE(a.maxPoints, 50.0);
    QCOMPARE(*a.consensus, 7.0 / 3);
    QCOMPARE(a.evaluators, 3);
    QCOMPARE(a.lowest, 0);
    QCOMPARE(a.highest, 4);
    QCOMPARE(a.spread, 1.0);
    QVERIFY(a.spreadFlagged);
    const CriterionResult& c = r.criteria.at(2);
    QCOMPARE(*c.consensus, 4.5);
    QCOMPARE(c.normalised, 0.875);
    QCOMPARE(c.spread, 0.25);
    QCOMPARE(c.points, 21.875);
}

void TestRanking::ranking_data()
{
    QTest::addColumn<QStringList>("specs");
    QTest::addColumn<QList<qint64>>("order");
    QTest::addColumn<QList<TieBreak>>("decidedBy"); // for each rank after the first

    QTest::addRow("higher total first") << QStringList{"1 2019-05-01 A=2 B=2 C=3", "2 2019-06-01 A=3 B=3 C=4"}
                                        << QList<qint64>{2, 1} << QList<TieBreak>{TieBreak::Total};
    QTest::addRow("same total, higher first criterion")
        << QStringList{"1 2019-05-01 A=2 B=4 C=1", "2 2019-06-01 A=4 B=0 C=1"} << QList<qint64>{2, 1}
        << QList<TieBreak>{TieBreak::FirstCriterion};
    QTest::addRow("same total, first criterion not scored ranks below")
        << QStringList{"1 2019-05-01 B=4 C=5", "2 2019-06-01 A=0 B=4 C=5"} << QList<qint64>{2, 1}
        << QList<TieBreak>{TieBreak::FirstCriterion};
    QTest::addRow("same total and first criterion, earlier submission")
        << QStringList{"1 2019-06-02 A=3 B=1 C=2", "2 2019-06-01 A=3 B=1 C=2"} << QList<qint64>{2, 1}
        << QList<TieBreak>{TieBreak::SubmissionDate};
    QTest::addRow("no submission date ranks after a date")
        << QStringList{"1 - A=3 B=1 C=2", "2 2019-06-30 A=3 B=1 C=2"} << QList<qint64>{2, 1}
        << QList<TieBreak>{TieBreak::SubmissionDate};
    QTest::addRow("all equal: lower id") << QStringList{"5 2019-06-01 A=3 B=1 C=2", "4 2019-06-01 A=3 B=1 C=2"}
                                         << QList<qint64>{4, 5} << QList<TieBreak>{TieBreak::Id};
    QTest::addRow("same consensus from one or two evaluators ties")
        << QStringList{"1 2019-06-01 A=3 B=2 C=3", "2 2019-06-01 A=2,4 B=1,3 C=2,4"} << QList<qint64>{1, 2}
        << QList<TieBreak>{TieBreak::Id};
    QTest::addRow("every level at once") << QStringList{"6 2019-06-01 A=3 B=1 C=2", "5 2019-06-01 A=3 B=1 C=2",
                                                        "4 2019-05-15 A=3 B=1 C=2", "3 2019-05-01 A=1 B=4 C=3",
                                                        "2 2019-05-01 A=4 B=4 C=5", "1 2019-05-01 A=0 B=0 C=1"}
                                         << QList<qint64>{2, 4, 5, 6, 3, 1}
                                         << QList<TieBreak>{TieBreak::Total, TieBreak::SubmissionDate, TieBreak::Id,
                                                            TieBreak::FirstCriterion, TieBreak::Total};
    QTest::addRow("incomplete file ranks on its floor") << QStringList{"1 2019-05-01 A=4", "2 2019-05-02 A=3 B=2 C=3"}
                                                        << QList<qint64>{2, 1} << QList<TieBreak>{TieBreak::Total};
}

void TestRanking::ranking()
{
    QFETCH(QStringList, specs);
    QFETCH(QList<qint64>, order);
    QFETCH(QList<TieBreak>, decidedBy);

    const QList<RankedCandidature> ranked = rankCandidatures(grid(), files(specs), {});
    QCOMPARE(ranked.size(), order.size());
    for (qsizetype i = 0; i < ranked.size(); ++i) {
        QCOMPARE(ranked.at(i).rank, int(i + 1));
        QCOMPARE(ranked.at(i).candidatureId, order.at(i));
        QCOMPARE(ranked.at(i).decidedBy, i == 0 ? TieBreak::None : decidedBy.at(i - 1));
        if (i > 0) {
            QVERIFY(ranked.at(i).total <= ranked.at(i - 1).total + 1e-9);
        }
    }
    // The same files in another order give the same ranking.
    QList<CandidatureScores> reversed = files(specs);
    std::reverse(reversed.begin(), reversed.end());
    const QList<RankedCandidature> again = rankCandidatures(grid(), reversed, {});
    for (qsizetype i = 0; i < again.size(); ++i) {
        QCOMPARE(again.at(i).candidatureId, order.at(i));
    }
}

void TestRanking::zeroWeightsRankByTieBreaks()
{
    ScoringGrid g = grid();
    for (Criterion& c : g.criteria) {
        c.weight = 0;
    }
    const QList<RankedCandidature> ranked = rankCandidatures(
        g, files({QStringLiteral("2 2019-05-01 A=1 B=4 C=5"), QStringLiteral("1 2019-05-01 A=3 B=0 C=1")}), {});
    QCOMPARE(ranked.at(0).candidatureId, 1);
    QCOMPARE(ranked.at(0).total, 0.0);
    QCOMPARE(ranked.at(1).total, 0.0);
    QCOMPARE(ranked.at(1).decidedBy, TieBreak::FirstCriterion);
}

void TestRanking::noFileNoRanking()
{
    QVERIFY(rankCandidatures(grid(), {}, {}).isEmpty());
}

QTEST_GUILESS_MAIN(TestRanking)
#include "tst_ranking.moc"
