// SPDX-License-Identifier: GPL-3.0-or-later
// Two connections to the same database, as two referents (or Palier and palier-cli): an edit prepared on a version
// the other has since changed is refused, and the other connection learns of each change without restarting. Runs
// on SQLite and, in the PostgreSQL suite, on the test cluster (LISTEN/NOTIFY there).
#include "db/ChangeNotifier.h"
#include "db/Database.h"
#include "db/RowVersion.h"
#include "scoring/ScoringTestSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;

class TestChangeNotifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void staleUpdateIsRefused();
    void updateOnTheCurrentVersionIsAccepted();
    void lastChangeSaysWhoAndWhen();
    void notifiesChangesOfOtherConnectionsOnly();
    void stoppedNotifierStaysQuiet();

private:
    static void setTitle(const Database& db, qint64 id, const QString& title);
    QString title(const Database& db) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_mine;   ///< the referent whose edit is stale
    std::unique_ptr<Database> m_theirs; ///< the colleague who saved first
    qint64 m_id = -1;
};

void TestChangeNotifier::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestChangeNotifier::init()
{
    static int count = 0;
    const QString path = m_dir.filePath(QStringLiteral("campaign-%1.palier").arg(++count));
    m_mine = ScoringTest::campaignDatabase(path);
    QVERIFY(m_mine);
    m_id = ScoringTest::addCandidature(*m_mine, 1, QStringLiteral("D2"), QStringLiteral("instruit"));
    QVERIFY(m_id > 0);
    Result<std::unique_ptr<Database>> theirs = Database::open(path, {});
    QVERIFY2(theirs, qPrintable(theirs.error().message + u' ' + theirs.error().detail));
    m_theirs = std::move(theirs).value();
}

void TestChangeNotifier::cleanup()
{
    m_theirs.reset();
    m_mine.reset();
}

void TestChangeNotifier::setTitle(const Database& db, qint64 id, const QString& title)
{
    TransactionGuard transaction(db);
    QVERIFY(transaction.started());
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("UPDATE candidature SET title = ? WHERE id = ?"));
    query.addBindValue(title);
    query.addBindValue(id);
    QVERIFY(query.exec());
    QCOMPARE(query.numRowsAffected(), 1);
    QVERIFY(transaction.commit());
}

QString TestChangeNotifier::title(const Database& db) const
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT title FROM candidature WHERE id = ?"));
    query.addBindValue(m_id);
    return query.exec() && query.next() ? query.value(0).toString() : QStringLiteral("<none>");
}

void TestChangeNotifier::staleUpdateIsRefused()
{
    const Result<qint64> read = rowVersion(*m_mine, QStringLiteral("candidature"), m_id);
    QVERIFY(read);
    setTitle(*m_theirs, m_id, QStringLiteral("Titre du collègue"));

    {
        TransactionGuard transaction(*m_mine);
        QVERIFY(transaction.started());
        QSqlQuery query(m_mine->connection());
        query.prepare(QStringLiteral("UPDATE candidature SET title = 'Mon titre' WHERE id = ?"));
        query.addBindValue(m_id);
        QVERIFY(query.exec());
        const Result<qint64> confirmed =
            confirmUpdatedVersion(*m_mine, QStringLiteral("candidature"), m_id, read.value());
        QVERIFY(!confirmed);
        QCOMPARE(confirmed.error().code, QStringLiteral("db.conflict"));
        QVERIFY(confirmed.error().detail.contains(QStringLiteral("\"currentVersion\":%1").arg(read.value() + 1)));
    } // rolled back

    QCOMPARE(title(*m_mine), QStringLiteral("Titre du collègue"));
    QCOMPARE(title(*m_theirs), QStringLiteral("Titre du collègue"));
    QCOMPARE(rowVersion(*m_theirs, QStringLiteral("candidature"), m_id).value(), read.value() + 1);
}

void TestChangeNotifier::updateOnTheCurrentVersionIsAccepted()
{
    setTitle(*m_theirs, m_id, QStringLiteral("Titre du collègue"));
    const Result<qint64> read = rowVersion(*m_mine, QStringLiteral("candidature"), m_id);
    QVERIFY(read);
    {
        TransactionGuard transaction(*m_mine);
        QSqlQuery query(m_mine->connection());
        query.prepare(QStringLiteral("UPDATE candidature SET title = 'Mon titre' WHERE id = ?"));
        query.addBindValue(m_id);
        QVERIFY(query.exec());
        const Result<qint64> confirmed =
            confirmUpdatedVersion(*m_mine, QStringLiteral("candidature"), m_id, read.value());
        QVERIFY2(confirmed, qPrintable(confirmed ? QString() : confirmed.error().detail));
        QCOMPARE(confirmed.value(), read.value() + 1); // one more per change, never two
        QVERIFY(transaction.commit());
    }
    QCOMPARE(title(*m_theirs), QStringLiteral("Mon titre"));

    // A row that is gone is said so, not taken for a conflict.
    TransactionGuard transaction(*m_mine);
    const Result<qint64> missing = confirmUpdatedVersion(*m_mine, QStringLiteral("candidature"), m_id + 1000, 1);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, QStringLiteral("db.not-found"));
}

void TestChangeNotifier::lastChangeSaysWhoAndWhen()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
    setTitle(*m_theirs, m_id, QStringLiteral("Titre du collègue"));
    const LastChange last = lastChange(*m_mine, QStringLiteral("candidature"), m_id);
    QVERIFY(!last.user.isEmpty());
    QVERIFY2(last.at.isValid(), "the audit trail dates every change");
    QVERIFY(last.at >= before);
    QVERIFY(last.at <= QDateTime::currentDateTimeUtc().addSecs(2));
    // Establishments are not in the audit trail: nothing is made up.
    const LastChange none = lastChange(*m_mine, QStringLiteral("establishment"), m_id);
    QVERIFY(none.user.isEmpty());
    QVERIFY(!none.at.isValid());
}

void TestChangeNotifier::notifiesChangesOfOtherConnectionsOnly()
{
    ChangeNotifier notifier(*m_mine);
    QSignalSpy changed(&notifier, &ChangeNotifier::changed);
    QCOMPARE(notifier.isListening(), m_mine->isPostgres());

    // Its own change is not news.
    setTitle(*m_mine, m_id, QStringLiteral("Mon titre"));
    QVERIFY(!notifier.check());
    QTest::qWait(m_mine->isPostgres() ? 300 : 0);
    QCOMPARE(changed.count(), 0);

    // The colleague's is: at once on PostgreSQL, at the next check on SQLite.
    setTitle(*m_theirs, m_id, QStringLiteral("Titre du collègue"));
    if (m_mine->isPostgres()) {
        QTRY_COMPARE(changed.count(), 1);
        QVERIFY(!notifier.check());
    } else {
        QCOMPARE(changed.count(), 0);
        QVERIFY(notifier.check());
        QCOMPARE(changed.count(), 1);
        QVERIFY(!notifier.check()); // once per change
    }
    QCOMPARE(changed.count(), 1);
    QCOMPARE(title(*m_mine), QStringLiteral("Titre du collègue"));

    // Two more commits elsewhere: seen.
    setTitle(*m_theirs, m_id, QStringLiteral("Encore"));
    setTitle(*m_theirs, m_id, QStringLiteral("Et encore"));
    if (m_mine->isPostgres()) {
        QTRY_VERIFY(changed.count() >= 2);
    } else {
        QVERIFY(notifier.check());
        QCOMPARE(changed.count(), 2);
    }
}

void TestChangeNotifier::stoppedNotifierStaysQuiet()
{
    ChangeNotifier notifier(*m_mine);
    QSignalSpy changed(&notifier, &ChangeNotifier::changed);
    notifier.stop();
    QVERIFY(!notifier.isListening());
    setTitle(*m_theirs, m_id, QStringLiteral("Titre du collègue"));
    QVERIFY(!notifier.check());
    QTest::qWait(m_mine->isPostgres() ? 300 : 0);
    QCOMPARE(changed.count(), 0);
}

QTEST_GUILESS_MAIN(TestChangeNotifier)
#include "tst_changenotifier.moc"
