// SPDX-License-Identifier: GPL-3.0-or-later
// Evaluators and scores in the database: entry checked against the grid, replacement, clearing, and which
// candidatures the ranking reads.
#include "ScoringTestSupport.h"

#include "scoring/ScoreStore.h"

#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace Palier;
using namespace ScoringTest;

class TestScoreStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void evaluators();
    void scoreEnteredAndReplaced();
    void refused_data();
    void refused();
    void cleared();
    void commentSetAlone();
    void writerJoinsTheCallersTransaction();
    void whatTheRankingReads();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_file = 0;
    qint64 m_evaluator = 0;
    int m_count = 0;
};

void TestScoreStore::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = campaignDatabase(m_dir.filePath(QStringLiteral("scores-%1.palier").arg(++m_count)));
    QVERIFY(m_db);
    m_file = addCandidature(*m_db, 1, QStringLiteral("D2"), QStringLiteral("en_instruction"));
    QVERIFY(m_file > 0);
    const Result<qint64> evaluator = createEvaluator(*m_db, QStringLiteral("  Évaluateur fictif A "));
    QVERIFY(evaluator);
    m_evaluator = evaluator.value();
}

void TestScoreStore::cleanup()
{
    m_db.reset();
}

void TestScoreStore::evaluators()
{
    QCOMPARE(createEvaluator(*m_db, QStringLiteral("Évaluateur fictif A")).error().code,
             QStringLiteral("scoring.evaluator-exists"));
    QCOMPARE(createEvaluator(*m_db, QStringLiteral("   ")).error().code, QStringLiteral("scoring.evaluator-name"));
    QCOMPARE(ensureEvaluator(*m_db, QStringLiteral("Évaluateur fictif A")).value(), m_evaluator);
    const Result<qint64> b = ensureEvaluator(*m_db, QStringLiteral("Évaluateur fictif B"));
    QVERIFY(b && b.value() != m_evaluator);
    const Result<QList<Evaluator>> all = loadEvaluators(*m_db);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).name, QStringLiteral("Évaluateur fictif A"));
}

void TestScoreStore::scoreEnteredAndReplaced()
{
    QVERIFY(setScore(*m_db, m_file, QStringLiteral("AXES"), m_evaluator, 2, QStringLiteral("À revoir")));
    QVERIFY(setScore(*m_db, m_file, QStringLiteral("AXES"), m_evaluator, 4, QStringLiteral("Revu en comité")));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM score")), 1);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT value FROM score")), 4);
    const Result<DomainScores> scores = loadDomainScores(*m_db, QStringLiteral("D2"));
    QVERIFY(scores);
    const Score& score = scores->candidatures.constFirst().scores.constFirst();
    QCOMPARE(score.comment, QStringLiteral("Revu en comité"));
    QCOMPARE(score.evaluatorName, QStringLiteral("Évaluateur fictif A"));
    QVERIFY(setScore(*m_db, m_file, QStringLiteral("AXES"), m_evaluator, 0, QStringLiteral("  ")));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM score WHERE comment IS NULL AND value = 0")), 1);
}

void TestScoreStore::refused_data()
{
    QTest::addColumn<int>("candidature"); // 0: the test's file
    QTest::addColumn<QString>("criterion");
    QTest::addColumn<int>("evaluator"); // 0: the test's evaluator
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("fragment");

    QTest::addRow("above the scale") << 0 << "GHT" << 0 << 5 << "scoring.out-of-scale"
                                     << "5 is outside the scale of criterion GHT";
    QTest::addRow("below the scale") << 0 << "COUT" << 0 << -1 << "scoring.out-of-scale"
                                     << "enter a whole number from 0 to 4";
    QTest::addRow("unknown criterion") << 0 << "BUDGET" << 0 << 2 << "scoring.unknown-criterion"
                                       << "“BUDGET” is not a criterion of the D2 grid (version 1). Its criteria are: "
                                          "AXES, ECART, FAISABILITE, EDITEUR, GHT, COUT.";
    QTest::addRow("criterion code in lower case") << 0 << "axes" << 0 << 2 << "scoring.unknown-criterion"
                                                  << "“axes” is not a criterion";
    QTest::addRow("unknown candidature") << 999 << "AXES" << 0 << 2 << "scoring.unknown-candidature"
                                         << "There is no candidature 999";
    QTest::addRow("unknown evaluator") << 0 << "AXES" << 42 << 2 << "scoring.unknown-evaluator"
                                       << "There is no evaluator 42";
}

void TestScoreStore::refused()
{
    QFETCH(int, candidature);
    QFETCH(QString, criterion);
    QFETCH(int, evaluator);
    QFETCH(int, value);
    QFETCH(QString, code);
    QFETCH(QString, fragment);
    const Result<void> set =
        setScore(*m_db, candidature ? candidature : m_file, criterion, evaluator ? evaluator : m_evaluator, value, {});
    QVERIFY(!set);
    QCOMPARE(set.error().code, code);
    QVERIFY2(set.error().message.contains(fragment), qPrintable(set.error().message));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM score")), 0);
}

void TestScoreStore::cleared()
{
    QVERIFY(setScore(*m_db, m_file, QStringLiteral("ECART"), m_evaluator, 1, {}));
    QVERIFY(clearScore(*m_db, m_file, QStringLiteral("ECART"), m_evaluator));
    QVERIFY(clearScore(*m_db, m_file, QStringLiteral("ECART"), m_evaluator)); // nothing left: not an error
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM score")), 0);
}

void TestScoreStore::commentSetAlone()
{
    // No score yet: nothing to comment, nothing written.
    const Result<void> early = setScoreComment(*m_db, m_file, QStringLiteral("GHT"), m_evaluator, QStringLiteral("x"));
    QVERIFY(!early);
    QCOMPARE(early.error().code, QStringLiteral("scoring.no-score"));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM score")), 0);

    QVERIFY(setScore(*m_db, m_file, QStringLiteral("GHT"), m_evaluator, 3, {}));
    QVERIFY(setScoreComment(*m_db, m_file, QStringLiteral("GHT"), m_evaluator, QStringLiteral(" GHT fictif active ")));
    const Result<DomainScores> scores = loadDomainScores(*m_db, QStringLiteral("D2"));
    QVERIFY(scores);
    const Score& score = scores->candidatures.constFirst().scores.constFirst();
    QCOMPARE(score.value, 3);
    QCOMPARE(score.comment, QStringLiteral("GHT fictif active"));
    QVERIFY(setScoreComment(*m_db, m_file, QStringLiteral("GHT"), m_evaluator, QStringLiteral("   ")));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM score WHERE comment IS NULL AND value = 3")), 1);
}

void TestScoreStore::writerJoinsTheCallersTransaction()
{
    {
        TransactionGuard transaction(*m_db);
        QVERIFY(transaction.started());
        ScoreWriter writer(*m_db);
        QVERIFY(writer.write(m_file, QStringLiteral("AXES"), m_evaluator, 3, {}));
        QVERIFY(writer.write(m_file, QStringLiteral("ECART"), m_evaluator, 2, {}));
        const Result<void> bad = writer.write(m_file, QStringLiteral("ECART"), m_evaluator, 7, {});
        QCOMPARE(bad.error().code, QStringLiteral("scoring.out-of-scale"));
        // The caller gives up on the batch: nothing of it stays.
    }
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM score")), 0);
    {
        TransactionGuard transaction(*m_db);
        ScoreWriter writer(*m_db);
        QVERIFY(writer.write(m_file, QStringLiteral("AXES"), m_evaluator, 3, {},
                             QDateTime(QDate(2019, 7, 1), QTime(10, 0), QTimeZone::utc())));
        QVERIFY(transaction.commit());
    }
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM score WHERE scored_at = '2019-07-01T10:00:00.000Z'")),
             1);
}

void TestScoreStore::whatTheRankingReads()
{
    const qint64 unscored = addCandidature(*m_db, 2, QStringLiteral("D2"), QStringLiteral("instruit"));
    const qint64 received = addCandidature(*m_db, 3, QStringLiteral("D2"), QStringLiteral("recu"));
    const qint64 inadmissible = addCandidature(*m_db, 4, QStringLiteral("D2"), QStringLiteral("instruit"));
    const qint64 scoredEarly = addCandidature(*m_db, 5, QStringLiteral("D2"), QStringLiteral("recevable"), QDate());
    const qint64 otherDomain = addCandidature(*m_db, 6, QStringLiteral("D6"), QStringLiteral("instruit"));
    const qint64 second = ensureEvaluator(*m_db, QStringLiteral("Évaluateur fictif 0")).value();
    for (qint64 file : {m_file, inadmissible, scoredEarly}) {
        QVERIFY(setScore(*m_db, file, QStringLiteral("GHT"), m_evaluator, 2, {}));
    }
    QVERIFY(setScore(*m_db, m_file, QStringLiteral("AXES"), m_evaluator, 1, {}));
    QVERIFY(setScore(*m_db, m_file, QStringLiteral("AXES"), second, 3, {}));
    QVERIFY(setScore(*m_db, otherDomain, QStringLiteral("AXES"), m_evaluator, 4, {}));
    QVERIFY(m_db->exec(QStringLiteral("UPDATE candidature SET state = 'irrecevable' WHERE id = %1").arg(inadmissible)));

    const Result<DomainScores> scores = loadDomainScores(*m_db, QStringLiteral("D2"));
    QVERIFY(scores);
    QCOMPARE(scores->grid.domainCode, QStringLiteral("D2"));
    QCOMPARE(scores->candidatures.size(), 2);
    QCOMPARE(scores->candidatures.at(0).candidatureId, m_file);
    QCOMPARE(scores->candidatures.at(1).candidatureId, scoredEarly);
    QVERIFY(!scores->candidatures.at(1).submittedOn.isValid());
    QCOMPARE(scores->unscored, QList<qint64>{unscored}); // not `received`: not in instruction yet
    Q_UNUSED(received);
    // By evaluator name, then criterion in grid order.
    const QList<Score>& first = scores->candidatures.at(0).scores;
    QCOMPARE(first.size(), 3);
    QCOMPARE(first.at(0).evaluatorName, QStringLiteral("Évaluateur fictif 0"));
    QCOMPARE(first.at(1).criterionCode, QStringLiteral("AXES"));
    QCOMPARE(first.at(2).criterionCode, QStringLiteral("GHT"));
    QCOMPARE(scores->candidatures.at(0).finess, QStringLiteral("130000001"));
    QCOMPARE(scores->candidatures.at(0).establishment, QStringLiteral("CH fictif n° 1"));

    const Result<QList<DomainScores>> all = loadAllDomainScores(*m_db);
    QCOMPARE(all->size(), 7);
    QCOMPARE(all->at(5).candidatures.constFirst().candidatureId, otherDomain);
}

QTEST_GUILESS_MAIN(TestScoreStore)
#include "tst_scorestore.moc"
