// SPDX-License-Identifier: GPL-3.0-or-later
// Scores and prerequisite indicator values edited by two referents at once (issue 8): two connections to the same
// database (two Palier windows, or two sessions on the same PostgreSQL server through tst_staleedits_pg). An edit
// names the version it was made on ("no score yet" is one); when the other connection changed, entered or removed the
// value meanwhile, the edit is refused with the value as it is now, and nothing is written.
#include "ScoringTestSupport.h"

#include "db/RowVersion.h"
#include "prerequisites/Prerequisites.h"
#include "scoring/ScoreStore.h"

#include <QMutex>
#include <QStandardPaths>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Palier;
using namespace ScoringTest;

class TestStaleEdits : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void staleScoreRefused();
    void firstScoreRace();
    void staleRemovalRefused();
    void checksStillApply();
    void lastChangeNamesTheCell();
    void staleIndicatorValueRefused();
    void firstIndicatorValueRace();
    void staleIndicatorRemovalRefused();
    void concurrentEditorsLoseNothing();

private:
    ScoreCell stored(const QString& criterion) const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_mine;
    std::unique_ptr<Database> m_theirs;
    qint64 m_file = 0;
    qint64 m_establishment = 0;
    qint64 m_evaluator = 0;
    int m_count = 0;
};

void TestStaleEdits::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_path = m_dir.filePath(QStringLiteral("stale-%1.palier").arg(++m_count));
    m_mine = campaignDatabase(m_path);
    QVERIFY(m_mine);
    m_file = addCandidature(*m_mine, 1, QStringLiteral("D2"), QStringLiteral("en_instruction"));
    QVERIFY(m_file > 0);
    m_establishment = scalar(*m_mine, QStringLiteral("SELECT establishment_id FROM candidature"));
    QVERIFY(m_establishment > 0);
    const Result<qint64> evaluator = createEvaluator(*m_mine, QStringLiteral("Évaluateur fictif A"));
    QVERIFY(evaluator);
    m_evaluator = evaluator.value();
    // The colleague: a second connection to the same database.
    Result<std::unique_ptr<Database>> theirs = Database::open(m_path, {});
    QVERIFY2(theirs, qPrintable(theirs.error().message + u' ' + theirs.error().detail));
    m_theirs = std::move(theirs).value();
}

void TestStaleEdits::cleanup()
{
    m_theirs.reset();
    m_mine.reset();
}

ScoreCell TestStaleEdits::stored(const QString& criterion) const
{
    // Read by the colleague's connection: what is really in the database.
    const Result<ScoreCell> cell = readScore(*m_theirs, m_file, criterion, m_evaluator);
    if (!cell) {
        qFatal("readScore: %s", qPrintable(cell.error().detail));
    }
    return cell.value();
}

void TestStaleEdits::staleScoreRefused()
{
    const QString axes = QStringLiteral("AXES");
    const Result<qint64> first =
        writeScore(*m_mine, m_file, axes, m_evaluator, 2, QStringLiteral("À revoir"), NoScoreYet);
    QVERIFY2(first, qPrintable(first.error().detail));
    QCOMPARE(first.value(), 1);
    // Both read the score at version 1; the colleague saves first.
    const ScoreCell seen = stored(axes);
    QCOMPARE(seen.value, std::optional<int>(2));
    QCOMPARE(seen.version, 1);
    const Result<qint64> theirs =
        writeScore(*m_theirs, m_file, axes, m_evaluator, 3, QStringLiteral("Vu en comité"), seen.version);
    QVERIFY2(theirs, qPrintable(theirs.error().detail));
    QCOMPARE(theirs.value(), 2);

    // Mine, made on version 1: refused, with their score; nothing written.
    ScoreCell now;
    const Result<qint64> mine =
        writeScore(*m_mine, m_file, axes, m_evaluator, 4, QStringLiteral("Mon avis"), seen.version, &now);
    QVERIFY(!mine);
    QCOMPARE(mine.error().code, QStringLiteral("db.conflict"));
    QVERIFY(!mine.error().message.isEmpty());
    QCOMPARE(now.value, std::optional<int>(3));
    QCOMPARE(now.comment, QStringLiteral("Vu en comité"));
    QCOMPARE(now.version, 2);
    QCOMPARE(stored(axes).value, std::optional<int>(3));
    QCOMPARE(stored(axes).version, 2);
    QCOMPARE(scalar(*m_theirs, QStringLiteral("SELECT count(*) FROM score")), 1);

    // Saved again knowingly, on the version now read: written.
    const Result<qint64> again =
        writeScore(*m_mine, m_file, axes, m_evaluator, 4, QStringLiteral("Mon avis"), now.version, &now);
    QVERIFY2(again, qPrintable(again.error().detail));
    QCOMPARE(again.value(), 3);
    QCOMPARE(stored(axes).value, std::optional<int>(4));
    QCOMPARE(stored(axes).comment, QStringLiteral("Mon avis"));
    QCOMPARE(stored(axes).version, 3);

    // An unchecked write (an import, the CLI) moves the version on too: an edit made before it is refused.
    QVERIFY(setScore(*m_theirs, m_file, axes, m_evaluator, 1, {}));
    QCOMPARE(stored(axes).version, 4);
    const Result<qint64> stale = writeScore(*m_mine, m_file, axes, m_evaluator, 0, {}, 3);
    QCOMPARE(stale.error().code, QStringLiteral("db.conflict"));
    QCOMPARE(stored(axes).value, std::optional<int>(1));

    // loadDomainScores() gives the version with the score, for an edit to name it.
    const Result<DomainScores> scores = loadDomainScores(*m_mine, QStringLiteral("D2"));
    QVERIFY(scores);
    QCOMPARE(scores->candidatures.constFirst().scores.constFirst().rowVersion, 4);
}

void TestStaleEdits::firstScoreRace()
{
    // Both see the cell empty and enter the first score: the first one wins, the second is refused.
    const QString ght = QStringLiteral("GHT");
    QCOMPARE(stored(ght).version, NoScoreYet);
    const Result<qint64> theirs = writeScore(*m_theirs, m_file, ght, m_evaluator, 3, {}, NoScoreYet);
    QVERIFY2(theirs, qPrintable(theirs.error().detail));
    QCOMPARE(theirs.value(), 1);
    ScoreCell now;
    const Result<qint64> mine =
        writeScore(*m_mine, m_file, ght, m_evaluator, 1, QStringLiteral("Mon premier avis"), NoScoreYet, &now);
    QVERIFY(!mine);
    QCOMPARE(mine.error().code, QStringLiteral("db.conflict"));
    QCOMPARE(now.value, std::optional<int>(3));
    QCOMPARE(now.version, 1);
    QCOMPARE(stored(ght).value, std::optional<int>(3));
    QCOMPARE(stored(ght).comment, QString());
    QCOMPARE(scalar(*m_theirs, QStringLiteral("SELECT count(*) FROM score")), 1);
}

void TestStaleEdits::staleRemovalRefused()
{
    const QString cout = QStringLiteral("COUT");
    QVERIFY(writeScore(*m_mine, m_file, cout, m_evaluator, 2, {}, NoScoreYet));
    QVERIFY(writeScore(*m_theirs, m_file, cout, m_evaluator, 4, {}, 1));
    // Removing the score seen at version 1 would remove their 4: refused.
    ScoreCell now;
    const Result<qint64> removal = writeScore(*m_mine, m_file, cout, m_evaluator, std::nullopt, {}, 1, &now);
    QCOMPARE(removal.error().code, QStringLiteral("db.conflict"));
    QCOMPARE(now.value, std::optional<int>(4));
    QCOMPARE(stored(cout).value, std::optional<int>(4));
    // On the version now read: removed.
    const Result<qint64> removed = writeScore(*m_mine, m_file, cout, m_evaluator, std::nullopt, {}, now.version);
    QVERIFY2(removed, qPrintable(removed.error().detail));
    QCOMPARE(removed.value(), NoScoreYet);
    QCOMPARE(stored(cout).version, NoScoreYet);
    QCOMPARE(scalar(*m_theirs, QStringLiteral("SELECT count(*) FROM score")), 0);

    // Clearing a cell seen empty: nothing to do while it is empty...
    QCOMPARE(writeScore(*m_mine, m_file, cout, m_evaluator, std::nullopt, {}, NoScoreYet).value(), NoScoreYet);
    // ... refused once the colleague entered a score there.
    QVERIFY(writeScore(*m_theirs, m_file, cout, m_evaluator, 1, {}, NoScoreYet));
    const Result<qint64> clear = writeScore(*m_mine, m_file, cout, m_evaluator, std::nullopt, {}, NoScoreYet, &now);
    QCOMPARE(clear.error().code, QStringLiteral("db.conflict"));
    QCOMPARE(now.value, std::optional<int>(1));
    QCOMPARE(stored(cout).value, std::optional<int>(1));

    // A score removed by the colleague: the edit made on it is refused too, and says the score is gone.
    QVERIFY(clearScore(*m_theirs, m_file, cout, m_evaluator));
    const Result<qint64> onRemoved = writeScore(*m_mine, m_file, cout, m_evaluator, 3, {}, 1, &now);
    QCOMPARE(onRemoved.error().code, QStringLiteral("db.conflict"));
    QCOMPARE(now.value, std::nullopt);
    QCOMPARE(now.version, NoScoreYet);
    QCOMPARE(scalar(*m_theirs, QStringLiteral("SELECT count(*) FROM score")), 0);
}

void TestStaleEdits::checksStillApply()
{
    const Result<qint64> above = writeScore(*m_mine, m_file, QStringLiteral("GHT"), m_evaluator, 5, {}, NoScoreYet);
    QCOMPARE(above.error().code, QStringLiteral("scoring.out-of-scale"));
    const Result<qint64> unknown =
        writeScore(*m_mine, m_file, QStringLiteral("BUDGET"), m_evaluator, 1, {}, NoScoreYet);
    QCOMPARE(unknown.error().code, QStringLiteral("scoring.unknown-criterion"));
    QCOMPARE(scalar(*m_theirs, QStringLiteral("SELECT count(*) FROM score")), 0);
    // A comment alone keeps the date the score was given; a blank comment is none.
    QVERIFY(writeScore(*m_mine, m_file, QStringLiteral("GHT"), m_evaluator, 2, QStringLiteral("  "), NoScoreYet));
    QCOMPARE(scalar(*m_theirs, QStringLiteral("SELECT count(*) FROM score WHERE comment IS NULL")), 1);
}

void TestStaleEdits::lastChangeNamesTheCell()
{
    QVERIFY(writeScore(*m_theirs, m_file, QStringLiteral("GHT"), m_evaluator, 3, {}, NoScoreYet));
    const Result<qint64> b = createEvaluator(*m_theirs, QStringLiteral("Évaluateur fictif B"));
    QVERIFY(b);
    QVERIFY(writeScore(*m_theirs, m_file, QStringLiteral("AXES"), b.value(), 1, {}, NoScoreYet));
    const LastChange ght = lastScoreChange(*m_mine, m_file, QStringLiteral("GHT"), m_evaluator);
    QVERIFY(!ght.user.isEmpty());
    QVERIFY(ght.at.isValid());
    QVERIFY(qAbs(ght.at.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    QVERIFY(!lastScoreChange(*m_mine, m_file, QStringLiteral("AXES"), b.value()).user.isEmpty());
    // No change recorded for that cell: nothing said.
    const LastChange none = lastScoreChange(*m_mine, m_file, QStringLiteral("AXES"), m_evaluator);
    QVERIFY(none.user.isEmpty());
    QVERIFY(!none.at.isValid());
}

void TestStaleEdits::staleIndicatorValueRefused()
{
    const QString p12 = QStringLiteral("P1.2");
    const Result<qint64> first =
        writeIndicatorValue(*m_mine, m_establishment, p12, IndicatorValueInput{80, QDate(2019, 3, 1), {}}, NoValueYet);
    QVERIFY2(first, qPrintable(first.error().detail));
    QCOMPARE(first.value(), 1);
    const IndicatorAssessment read =
        establishmentPrerequisites(*m_mine, m_establishment)->prerequisites.at(0).indicators.at(1);
    QCOMPARE(read.indicator.code, p12);
    QCOMPARE(read.version, 1);

    const Result<qint64> theirs =
        writeIndicatorValue(*m_theirs, m_establishment, p12,
                            IndicatorValueInput{92, QDate(2019, 4, 2), QStringLiteral("Rapport fictif")}, read.version);
    QVERIFY2(theirs, qPrintable(theirs.error().detail));
    QCOMPARE(theirs.value(), 2);

    StoredIndicatorValue now;
    const Result<qint64> mine = writeIndicatorValue(*m_mine, m_establishment, p12,
                                                    IndicatorValueInput{85, QDate(2019, 4, 3), {}}, read.version, &now);
    QVERIFY(!mine);
    QCOMPARE(mine.error().code, QStringLiteral("db.conflict"));
    QVERIFY(mine.error().message.contains(p12));
    QCOMPARE(now.value, std::optional<double>(92));
    QCOMPARE(now.measuredOn, QDate(2019, 4, 2));
    QCOMPARE(now.evidence, QStringLiteral("Rapport fictif"));
    QCOMPARE(now.version, 2);
    QCOMPARE(readIndicatorValue(*m_theirs, m_establishment, p12)->value, std::optional<double>(92));

    const Result<qint64> again =
        writeIndicatorValue(*m_mine, m_establishment, p12, IndicatorValueInput{85, QDate(2019, 4, 3), {}}, now.version);
    QVERIFY2(again, qPrintable(again.error().detail));
    QCOMPARE(again.value(), 3);
    const StoredIndicatorValue saved = readIndicatorValue(*m_theirs, m_establishment, p12).value();
    QCOMPARE(saved.value, std::optional<double>(85));
    QCOMPARE(saved.evidence, QString());
    QCOMPARE(saved.version, 3);

    // Who and when, for that value.
    const LastChange last = lastIndicatorValueChange(*m_mine, m_establishment, p12);
    QVERIFY(!last.user.isEmpty());
    QVERIFY(last.at.isValid());
    QVERIFY(lastIndicatorValueChange(*m_mine, m_establishment, QStringLiteral("P1.1")).user.isEmpty());

    // The import path (setIndicatorValue) moves the version on as well.
    QVERIFY(setIndicatorValue(*m_theirs, m_establishment, p12, {95, {}, {}}));
    QCOMPARE(writeIndicatorValue(*m_mine, m_establishment, p12, IndicatorValueInput{70, {}, {}}, 3).error().code,
             QStringLiteral("db.conflict"));
    QCOMPARE(readIndicatorValue(*m_theirs, m_establishment, p12)->value, std::optional<double>(95));
}

void TestStaleEdits::firstIndicatorValueRace()
{
    const QString p21 = QStringLiteral("P2.3"); // a percentage
    QVERIFY(writeIndicatorValue(*m_theirs, m_establishment, p21, IndicatorValueInput{60, {}, {}}, NoValueYet));
    StoredIndicatorValue now;
    const Result<qint64> mine =
        writeIndicatorValue(*m_mine, m_establishment, p21, IndicatorValueInput{40, {}, {}}, NoValueYet, &now);
    QCOMPARE(mine.error().code, QStringLiteral("db.conflict"));
    QCOMPARE(now.value, std::optional<double>(60));
    QCOMPARE(now.version, 1);
    QCOMPARE(readIndicatorValue(*m_theirs, m_establishment, p21)->value, std::optional<double>(60));
    QCOMPARE(scalar(*m_theirs, QStringLiteral("SELECT count(*) FROM indicator_value")), 1);
    // Checked as setIndicatorValue() checks: a percentage above 100 is refused before any version is compared.
    QCOMPARE(writeIndicatorValue(*m_mine, m_establishment, p21, IndicatorValueInput{120, {}, {}}, 1).error().code,
             QStringLiteral("prerequisite.invalid-value"));
    QCOMPARE(writeIndicatorValue(*m_mine, 987654, p21, IndicatorValueInput{1, {}, {}}, NoValueYet).error().code,
             QStringLiteral("prerequisite.unknown-establishment"));
}

void TestStaleEdits::staleIndicatorRemovalRefused()
{
    const QString p31 = QStringLiteral("P3.1");
    QVERIFY(writeIndicatorValue(*m_mine, m_establishment, p31, IndicatorValueInput{1, {}, {}}, NoValueYet));
    QVERIFY(writeIndicatorValue(*m_theirs, m_establishment, p31, IndicatorValueInput{0, {}, {}}, 1));
    StoredIndicatorValue now;
    const Result<qint64> removal = writeIndicatorValue(*m_mine, m_establishment, p31, std::nullopt, 1, &now);
    QCOMPARE(removal.error().code, QStringLiteral("db.conflict"));
    QCOMPARE(now.value, std::optional<double>(0));
    QCOMPARE(readIndicatorValue(*m_theirs, m_establishment, p31)->version, 2);
    QCOMPARE(writeIndicatorValue(*m_mine, m_establishment, p31, std::nullopt, now.version).value(), NoValueYet);
    QCOMPARE(readIndicatorValue(*m_theirs, m_establishment, p31)->version, NoValueYet);
}

void TestStaleEdits::concurrentEditorsLoseNothing()
{
    // Referents at once on the same score, each with their own connection, each edit counting one more in the comment
    // on the score as read; a refused edit is read again and retried. No edit is lost, none is counted twice.
    constexpr int Writers = 3;
    constexpr int Edits = 8;
    const QString axes = QStringLiteral("AXES");
    QVERIFY(writeScore(*m_mine, m_file, axes, m_evaluator, 2, QStringLiteral("0"), NoScoreYet));
    std::atomic<int> conflicts{0};
    QMutex mutex;
    QStringList failures;
    std::vector<std::thread> writers;
    for (int w = 0; w < Writers; ++w) {
        writers.emplace_back([&, w] {
            const auto fail = [&](const Error& error) {
                const QMutexLocker lock(&mutex);
                failures.append(QStringLiteral("writer %1: %2 %3").arg(w).arg(error.code, error.detail));
            };
            Result<std::unique_ptr<Database>> db = Database::open(m_path, {});
            if (!db) {
                fail(db.error());
                return;
            }
            for (int done = 0; done < Edits;) {
                const Result<ScoreCell> cell = readScore(*db.value(), m_file, axes, m_evaluator);
                if (!cell) {
                    fail(cell.error());
                    return;
                }
                const Result<qint64> written = writeScore(*db.value(), m_file, axes, m_evaluator, w % 5,
                                                          QString::number(cell->comment.toInt() + 1), cell->version);
                if (written) {
                    ++done;
                } else if (written.error().code == QLatin1String("db.conflict")) {
                    ++conflicts;
                } else {
                    fail(written.error());
                    return;
                }
            }
        });
    }
    for (std::thread& writer : writers) {
        writer.join();
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    const ScoreCell last = stored(axes);
    QCOMPARE(last.comment, QString::number(Writers * Edits));
    QCOMPARE(last.version, 1 + Writers * Edits);
    qInfo("%d edits accepted, %d refused and retried", Writers * Edits, conflicts.load());
}

QTEST_GUILESS_MAIN(TestStaleEdits)
#include "tst_staleedits.moc"
