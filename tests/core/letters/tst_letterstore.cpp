// SPDX-License-Identifier: GPL-3.0-or-later
#include "LetterTestSupport.h"
#include "letters/DemoLetters.h"
#include "letters/LetterBatch.h"
#include "letters/LetterData.h"
#include "letters/LetterStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Palier;

class TestLetterStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void contextReadsDecisions();
    void laterVersionKeepsTheAmountsOfFilesDecidedBefore();
    void sendingNotifiesRetainedFiles();
    void sendingWithoutLetterWritesNothing();
    void letterheadRoundTrip();
    void demoValidatesAndRecordsSentLetters();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    Test::LetterFixture m_fixture;
};

void TestLetterStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_fixture = Test::letterFixture(m_dir->filePath(QStringLiteral("letters.palier")));
    QVERIFY(m_fixture.db);
}

void TestLetterStore::contextReadsDecisions()
{
    Result<LetterContext> context = loadLetterContext(*m_fixture.db);
    QVERIFY2(context.ok(), qPrintable(context.error().message));
    QCOMPARE(context->cases.size(), 5);
    QCOMPARE(context->referencePrefix(), QStringLiteral("ARS-93/HOPEN/2019"));
    QCOMPARE(context->notificationDate(), QDate(2019, 9, 30));
    const LetterCase& first = context->cases.at(0);
    QCOMPARE(first.finess, QStringLiteral("010780054"));
    QCOMPARE(first.kind, LetterKind::Retenu);
    QCOMPARE(first.files.size(), 2);
    QCOMPARE(first.totalCents, 25000000);
    QVERIFY(first.problems.isEmpty());
    QVERIFY(!first.eligible); // no prerequisite value entered in the fixture
    QVERIFY(!first.missingPrerequisites.isEmpty());
    QVERIFY(!first.usageTargets.isEmpty());
    QCOMPARE(context->cases.at(1).kind, LetterKind::ListeAttente);
    QCOMPARE(context->cases.at(2).kind, LetterKind::NonRetenu);
    QCOMPARE(context->cases.at(3).problems.size(), 1);
}

void TestLetterStore::laterVersionKeepsTheAmountsOfFilesDecidedBefore()
{
    // A third version, sealed once the first files were decided, holds only a file still competing then.
    const Database& db = *m_fixture.db;
    QVERIFY(
        Test::run(db, QStringLiteral("INSERT INTO preselection_run (id, method, parameters_json, created_at, author, "
                                     "total_score, total_cents, solver_status) VALUES (3, 'rank', '{}', "
                                     "'2019-09-10T10:00:00Z', 'test', 0, 0, 'rule')")));
    QVERIFY(Test::run(db,
                      QStringLiteral("INSERT INTO preselection_item (run_id, candidature_id, selected, decision, "
                                     "amount_cents) SELECT 3, id, 0, 'non_retenu', 0 FROM candidature WHERE "
                                     "establishment_id = ?"),
                      {m_fixture.waiting}));
    QVERIFY(Test::run(db, QStringLiteral("UPDATE preselection_run SET superseded_by = 3 WHERE id = 2")));
    QVERIFY(
        Test::run(db, QStringLiteral("UPDATE preselection_run SET sealed_at = '2019-09-10T10:00:00Z' WHERE id = 3")));
    Result<LetterContext> context = loadLetterContext(db);
    QVERIFY2(context.ok(), qPrintable(context.error().message));
    QCOMPARE(context->cases.at(0).totalCents, 25000000);
    QVERIFY(context->cases.at(0).problems.isEmpty());
}

void TestLetterStore::sendingNotifiesRetainedFiles()
{
    LetterJobOptions options;
    options.outputDir = m_dir->filePath(QStringLiteral("out"));
    QVERIFY(generateLetters(*m_fixture.db, options).ok());
    const int historyBefore = Test::historyCount(*m_fixture.db);
    Result<SendingReport> sent =
        confirmSending(*m_fixture.db, {m_fixture.retained, m_fixture.refused}, QStringLiteral("referent"),
                       QDateTime(QDate(2019, 9, 30), QTime(9, 0), Qt::UTC));
    QVERIFY2(sent.ok(), qPrintable(sent.error().message));
    QCOMPARE(sent->lettersSent, 2);
    QCOMPARE(sent->filesNotified.size(), 1);
    QCOMPARE(Test::stateOf(*m_fixture.db, sent->filesNotified.at(0)), QStringLiteral("notifie"));
    QCOMPARE(Test::historyCount(*m_fixture.db), historyBefore + 1);
    Result<QList<RecordedLetter>> letters = lettersOf(*m_fixture.db, m_fixture.retained);
    QVERIFY(letters.ok());
    QCOMPARE(letters->size(), 1);
    QCOMPARE(letters->at(0).sentAt, QDateTime(QDate(2019, 9, 30), QTime(9, 0), Qt::UTC));
    // Once notified, the file is still a retained one: a regeneration is a new version of the same letter.
    Result<LetterContext> context = loadLetterContext(*m_fixture.db);
    QCOMPARE(context->cases.at(0).kind, LetterKind::Retenu);
    QCOMPARE(context->cases.at(0).lastVersion, 1);
    QVERIFY(context->cases.at(0).lastSentAt.isValid());
}

void TestLetterStore::sendingWithoutLetterWritesNothing()
{
    Result<SendingReport> sent = confirmSending(*m_fixture.db, {m_fixture.retained}, QStringLiteral("referent"));
    QVERIFY(!sent.ok());
    QCOMPARE(sent.error().code, QStringLiteral("letters.not-generated"));
    QCOMPARE(
        Test::scalar(*m_fixture.db, QStringLiteral("SELECT count(*) FROM candidature WHERE state = 'notifie'")).toInt(),
        0);
}

void TestLetterStore::letterheadRoundTrip()
{
    Letterhead head;
    head.arsName = QStringLiteral("ARS fictive");
    head.signatory = QStringLiteral("M. Fictif");
    head.notificationDate = QDate(2019, 9, 27);
    QVERIFY(saveLetterhead(*m_fixture.db, head).ok());
    Result<Letterhead> read = loadLetterhead(*m_fixture.db);
    QVERIFY(read.ok());
    QCOMPARE(read->arsName, head.arsName);
    QCOMPARE(read->signatory, head.signatory);
    QCOMPARE(read->notificationDate, head.notificationDate);
    QVERIFY(read->town.isEmpty()); // saved empty: removed
}

void TestLetterStore::demoValidatesAndRecordsSentLetters()
{
    const Database& db = *m_fixture.db;
    QVERIFY(db.beginTransaction().ok());
    const Result<void> demo = addDemoLetters(db, 7);
    QVERIFY2(demo.ok(), qPrintable(demo.error().message));
    QVERIFY(db.commit().ok());
    // DGOS validated the preselected file; the letterhead is the fictitious one.
    QCOMPARE(
        Test::scalar(db, QStringLiteral("SELECT count(*) FROM candidature WHERE state = 'preselectionne'")).toInt(), 0);
    Result<Letterhead> head = loadLetterhead(db);
    QVERIFY(head->signatory.contains(QLatin1String("fictive")));
    QCOMPARE(head->notificationDate, QDate(2019, 9, 27));
    // Every letter recorded was sent, its retained files notified; the one without amount got none.
    const int letters = Test::scalar(db, QStringLiteral("SELECT count(*) FROM letter")).toInt();
    QVERIFY(letters >= 1 && letters <= 4);
    QCOMPARE(Test::scalar(db, QStringLiteral("SELECT count(*) FROM letter WHERE sent_at IS NULL")).toInt(), 0);
    QCOMPARE(
        Test::scalar(db, QStringLiteral("SELECT count(*) FROM letter WHERE establishment_id = ?"), {m_fixture.noAmount})
            .toInt(),
        0);
    QCOMPARE(Test::scalar(db, QStringLiteral("SELECT count(*) FROM letter_file f JOIN candidature c ON c.id = "
                                             "f.candidature_id WHERE f.decision = 'retenu' AND c.state <> 'notifie'"))
                 .toInt(),
             0);
    // Deterministic from the seed.
    QTemporaryDir other;
    Test::LetterFixture again = Test::letterFixture(other.filePath(QStringLiteral("again.palier")));
    QVERIFY(again.db->beginTransaction().ok());
    QVERIFY(addDemoLetters(*again.db, 7).ok());
    QVERIFY(again.db->commit().ok());
    QCOMPARE(Test::scalar(*again.db, QStringLiteral("SELECT group_concat(reference) FROM letter")),
             Test::scalar(db, QStringLiteral("SELECT group_concat(reference) FROM letter")));
}

QTEST_MAIN(TestLetterStore)
#include "tst_letterstore.moc"
