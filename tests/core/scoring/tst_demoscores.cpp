// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's scores: reproducible from the seed, complete where they should be, varied, with a few disagreements.
#include "ScoringTestSupport.h"

#include "demo/DemoGenerator.h"
#include "scoring/DemoScores.h"
#include "scoring/Ranking.h"
#include "scoring/ScoreStore.h"

#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace Palier;
using namespace ScoringTest;

class TestDemoScores : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameSeedSameScores();
    void whoIsScored();
    void realisticRanking();
    void laterStatesAreScoredInFull();

private:
    std::unique_ptr<Database> demo(quint32 seed);
    QStringList dump(const Database& db);

    QTemporaryDir m_dir;
    int m_count = 0;
};

void TestDemoScores::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<Database> TestDemoScores::demo(quint32 seed)
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("demo-%1.palier").arg(++m_count)), {.create = true});
    if (!db || !generateDemo(*db.value(), {.seed = seed})) {
        return nullptr;
    }
    TransactionGuard transaction(*db.value());
    const Result<void> added = addDemoScores(*db.value(), seed);
    if (!added || !transaction.commit()) {
        qWarning() << (added ? QStringLiteral("commit failed") : added.error().message);
        return nullptr;
    }
    return std::move(db).value();
}

QStringList TestDemoScores::dump(const Database& db)
{
    QStringList rows;
    QSqlQuery query(db.connection());
    if (query.exec(QStringLiteral("SELECT s.candidature_id, s.criterion_code, v.name, s.value, s.comment, s.scored_at "
                                  "FROM score s JOIN evaluator v ON v.id = s.evaluator_id "
                                  "ORDER BY s.candidature_id, s.criterion_code, v.name"))) {
        while (query.next()) {
            QStringList cells;
            for (int i = 0; i < 6; ++i) {
                cells.append(query.value(i).toString());
            }
            rows.append(cells.join(u'|'));
        }
    }
    return rows;
}

void TestDemoScores::sameSeedSameScores()
{
    const auto first = demo(7);
    const auto second = demo(7);
    const auto other = demo(8);
    QVERIFY(first && second && other);
    const QStringList scores = dump(*first);
    QVERIFY(scores.size() > 500);
    QCOMPARE(dump(*second), scores);
    QVERIFY(dump(*other) != scores);
    // Running it again changes nothing.
    QVERIFY(addDemoScores(*first, 7));
    QCOMPARE(dump(*first), scores);
}

void TestDemoScores::whoIsScored()
{
    const auto db = demo(2019);
    QVERIFY(db);
    const auto count = [&db](const QString& where) {
        return scalar(*db, QStringLiteral("SELECT count(*) FROM candidature c WHERE ") + where);
    };
    const QString scores = QStringLiteral("(SELECT count(*) FROM score s WHERE s.candidature_id = c.id)");
    const QString byA = QStringLiteral("(SELECT count(*) FROM score s JOIN evaluator v ON v.id = s.evaluator_id "
                                       "WHERE s.candidature_id = c.id AND v.name = 'Évaluateur fictif A')");
    // Files instructed, whatever was decided since (the demo goes on to the preselection and the letters), are
    // scored in full; files not instructed yet are not scored, except those in instruction.
    const QString instructed = QStringLiteral(
        "state IN ('instruit', 'preselectionne', 'liste_attente', 'valide_dgos', 'notifie', 'en_cours', 'termine')");
    QVERIFY(count(instructed) > 20);
    QCOMPARE(count(instructed + QStringLiteral(" AND ") + scores + QStringLiteral(" <> 12")), 0);
    QCOMPARE(
        count(QStringLiteral("state IN ('recu', 'recevable', 'irrecevable') AND ") + scores + QStringLiteral(" > 0")),
        0);
    const qint64 inInstruction = count(QStringLiteral("state = 'en_instruction'"));
    const qint64 started = count(QStringLiteral("state = 'en_instruction' AND ") + scores + QStringLiteral(" > 0"));
    QVERIFY2(started > 0 && started < inInstruction,
             qPrintable(QStringLiteral("%1 of %2").arg(started).arg(inInstruction)));
    // Started files: A scored every criterion, B some.
    QCOMPARE(count(QStringLiteral("state = 'en_instruction' AND ") + scores + QStringLiteral(" > 0 AND ") + byA +
                   QStringLiteral(" <> 6")),
             0);
    QVERIFY(count(QStringLiteral("state = 'en_instruction' AND ") + scores + QStringLiteral(" BETWEEN 7 AND 11")) > 0);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM evaluator")), 2);
}

void TestDemoScores::realisticRanking()
{
    const auto db = demo(2019);
    QVERIFY(db);
    const Result<QList<DomainScores>> domains = loadAllDomainScores(*db);
    QVERIFY(domains);
    int ranked = 0;
    int flagged = 0;
    int incomplete = 0;
    QSet<qint64> totals;
    for (const DomainScores& domain : domains.value()) {
        for (const RankedCandidature& r : rankCandidatures(domain.grid, domain.candidatures, {})) {
            ++ranked;
            flagged += r.flagged ? 1 : 0;
            incomplete += r.complete ? 0 : 1;
            totals.insert(qRound64(r.total * 100));
        }
    }
    QVERIFY(ranked > 30);
    QCOMPARE(incomplete, 0); // every scored file has every criterion: totals are never floors
    QVERIFY2(flagged > 0 && flagged * 3 < ranked, qPrintable(QStringLiteral("%1 of %2").arg(flagged).arg(ranked)));
    QVERIFY2(totals.size() * 2 > ranked,
             qPrintable(QStringLiteral("%1 distinct of %2").arg(totals.size()).arg(ranked)));
}

void TestDemoScores::laterStatesAreScoredInFull()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("later.palier")), {.create = true});
    QVERIFY(db);
    QVERIFY(generateDemo(*db.value(), {.seed = 11}));
    // A file decided before the referent scored it (as an older campaign may hold) is scored in full.
    QVERIFY(db.value()->exec(
        QStringLiteral("UPDATE candidature SET state = 'preselectionne' WHERE id = (SELECT min(id) FROM candidature "
                       "WHERE state = 'en_instruction')")));
    QVERIFY(db.value()->exec(QStringLiteral(
        "DELETE FROM score WHERE candidature_id IN (SELECT id FROM candidature WHERE state = 'preselectionne')")));
    QVERIFY(addDemoScores(*db.value(), 11));
    QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM score s JOIN candidature c ON c.id = "
                                                "s.candidature_id WHERE c.state = 'preselectionne'")),
             12);
}

QTEST_GUILESS_MAIN(TestDemoScores)
#include "tst_demoscores.moc"
