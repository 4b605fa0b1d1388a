// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditTrail.h"
#include "db/Database.h"
#include "db/DatabaseInfo.h"
#include "db/DatabasePostgres.h"
#include "demo/DemoGenerator.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;

class TestAuditTrail : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void changeWritesASealedEntryWithBeforeAndAfter();
    void unchangedUpdateAndRollbackWriteNothing();
    void sealedEntriesCannotBeChangedOrRemoved();
    void editedEntryBreaksTheChainThere();
    void removedEntryBreaksTheChainAtTheNext();
    void changeBehindPalierStaysUnsealed();
    void checkIncludesTheChain();

private:
    qint64 scalar(const QString& sql) const;
    /// Runs statements on the file through a connection of its own, as another program would.
    void behindTheBack(const QStringList& statements);

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

void TestAuditTrail::initTestCase()
{
    m_template = m_dir.filePath(QStringLiteral("template.palier"));
    Result<std::unique_ptr<Database>> db = Database::open(m_template, {.create = true});
    QVERIFY(db);
    Result<DemoSummary> demo = generateDemo(*db.value(), {});
    QVERIFY2(demo, qPrintable(demo.error().message + demo.error().detail));
}

void TestAuditTrail::init()
{
    m_path = m_dir.filePath(QStringLiteral("audit.palier"));
    QFile::remove(m_path);
    QVERIFY(QFile::copy(m_template, m_path));
    Result<std::unique_ptr<Database>> db = Database::open(m_path, {});
    QVERIFY(db);
    m_db = std::move(db).value();
}

void TestAuditTrail::cleanup()
{
    m_db.reset();
}

qint64 TestAuditTrail::scalar(const QString& sql) const
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(sql) || !query.next()) {
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    }
    return query.value(0).toLongLong();
}

void TestAuditTrail::behindTheBack(const QStringList& statements)
{
    m_db.reset();
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(m_path);
        QVERIFY(other.open());
        for (const QString& statement : statements) {
            QSqlQuery query(other);
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        }
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    Result<std::unique_ptr<Database>> db = Database::open(m_path, {});
    QVERIFY(db);
    m_db = std::move(db).value();
}

void TestAuditTrail::changeWritesASealedEntryWithBeforeAndAfter()
{
    qputenv("USER", "referent.audit");
    const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM audit_entry"));
    {
        TransactionGuard transaction(*m_db);
        QVERIFY(m_db->exec(QStringLiteral("UPDATE candidature SET title = 'Nouveau titre' WHERE id = 3")));
        QVERIFY(transaction.commit());
    }
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_entry")), before + 1);
    Result<QList<AuditEntry>> entries = auditEntries(*m_db, QStringLiteral("candidature"), 3, 1);
    QVERIFY(entries && entries->size() == 1);
    const AuditEntry& entry = entries->constFirst();
    QCOMPARE(entry.action, QStringLiteral("update"));
    QCOMPARE(entry.user, QStringLiteral("referent.audit"));
    QVERIFY(entry.after.contains(QStringLiteral("\"title\":\"Nouveau titre\"")));
    QVERIFY(!entry.before.contains(QStringLiteral("Nouveau titre")));
    QCOMPARE(entry.hash, auditEntryHash(entry, entry.previousHash));
    Result<AuditVerification> verified = verifyAuditChain(*m_db);
    QVERIFY(verified && verified->ok());
    QCOMPARE(verified->entries, before + 1);
}

void TestAuditTrail::unchangedUpdateAndRollbackWriteNothing()
{
    const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM audit_entry"));
    {
        TransactionGuard transaction(*m_db);
        QVERIFY(m_db->exec(QStringLiteral("UPDATE candidature SET title = title WHERE id = 3")));
        QVERIFY(transaction.commit());
    }
    {
        TransactionGuard transaction(*m_db);
        QVERIFY(m_db->exec(QStringLiteral("DELETE FROM candidature_label")));
        // no commit: rolled back with its entries
    }
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_entry")), before);
    QVERIFY(verifyAuditChain(*m_db)->ok());
}

void TestAuditTrail::sealedEntriesCannotBeChangedOrRemoved()
{
    QVERIFY(!m_db->exec(QStringLiteral("UPDATE audit_entry SET user = 'x' WHERE id = 1")));
    QVERIFY(!m_db->exec(QStringLiteral("DELETE FROM audit_entry WHERE id = 1")));
    QVERIFY(verifyAuditChain(*m_db)->ok());
}

void TestAuditTrail::editedEntryBreaksTheChainThere()
{
    if (testsRunOnPostgres()) {
        QSKIP("changes the .palier file behind Palier's back through SQLite");
    }
    behindTheBack({QStringLiteral("DROP TRIGGER audit_entry_sealed"),
                   QStringLiteral("UPDATE audit_entry SET after_json = '{}' WHERE id = 42")});
    Result<AuditVerification> verified = verifyAuditChain(*m_db);
    QVERIFY(verified);
    QCOMPARE(verified->firstBroken, std::optional<qint64>(42));
    QCOMPARE(verified->entries, 42);
}

void TestAuditTrail::removedEntryBreaksTheChainAtTheNext()
{
    if (testsRunOnPostgres()) {
        QSKIP("changes the .palier file behind Palier's back through SQLite");
    }
    behindTheBack(
        {QStringLiteral("DROP TRIGGER audit_entry_kept"), QStringLiteral("DELETE FROM audit_entry WHERE id = 7")});
    Result<AuditVerification> verified = verifyAuditChain(*m_db);
    QVERIFY(verified);
    QCOMPARE(verified->firstBroken, std::optional<qint64>(8));
    QVERIFY(verified->problem.contains(QStringLiteral("removed")));
}

void TestAuditTrail::changeBehindPalierStaysUnsealed()
{
    if (testsRunOnPostgres()) {
        QSKIP("changes the .palier file behind Palier's back through SQLite");
    }
    behindTheBack({QStringLiteral("UPDATE candidature SET requested_cents = 1 WHERE id = 2")});
    const qint64 handEdit = scalar(QStringLiteral("SELECT max(id) FROM audit_entry"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_entry WHERE user IS NULL")), 1);
    // A later change made in Palier does not launder it.
    {
        TransactionGuard transaction(*m_db);
        QVERIFY(m_db->exec(QStringLiteral("UPDATE candidature SET title = 'Après' WHERE id = 3")));
        QVERIFY(transaction.commit());
    }
    Result<AuditVerification> verified = verifyAuditChain(*m_db);
    QVERIFY(verified);
    QCOMPARE(verified->firstBroken, std::optional<qint64>(handEdit));
}

void TestAuditTrail::checkIncludesTheChain()
{
    if (testsRunOnPostgres()) {
        QSKIP("changes the .palier file behind Palier's back through SQLite");
    }
    Result<CheckReport> clean = checkDatabase(*m_db);
    QVERIFY(clean && clean->ok());
    behindTheBack({QStringLiteral("UPDATE candidature SET requested_cents = 1 WHERE id = 2")});
    Result<CheckReport> report = checkDatabase(*m_db);
    QVERIFY(report);
    QVERIFY(!report->ok());
    QCOMPARE(report->auditProblems.size(), 1);
}

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
