// SPDX-License-Identifier: GPL-3.0-or-later
// palier-cli migrate: the demo campaign copied from a .palier file into PostgreSQL and back, equal table by table;
// a failed copy leaves nothing behind.
#include "PgTestSupport.h"

#include "audit/AuditTrail.h"
#include "db/Database.h"
#include "demo/DemoGenerator.h"
#include "pg/DatabaseCopy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;

namespace {

QMap<QString, TableDigest> digestsOf(const QString& location)
{
    QMap<QString, TableDigest> byTable;
    auto db = Database::open(location, {.readOnly = true});
    if (!db) {
        qWarning() << db.error().message << db.error().detail;
        return byTable;
    }
    Result<QList<TableDigest>> digests = tableDigests(*db.value());
    if (!digests) {
        qWarning() << digests.error().detail;
        return byTable;
    }
    for (const TableDigest& d : digests.value()) {
        byTable.insert(d.table, d);
    }
    return byTable;
}

qint64 countIn(const QString& location, const QString& table)
{
    auto db = Database::open(location, {.readOnly = true});
    if (!db) {
        return -1;
    }
    QSqlQuery query(db.value()->connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(PALIER_CLI_PATH), arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

} // namespace

class TestPgMigrate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoRoundTrip();
    void cliMigrateAndCommands();
    void failedCopyWritesNothing();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestPgMigrate::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.palier"));
    auto db = Database::open(m_demo, {.create = true});
    QVERIFY(db);
    Result<DemoSummary> demo = generateDemo(*db.value(), {});
    QVERIFY2(demo, qPrintable(demo ? QString() : demo.error().detail));
}

void TestPgMigrate::demoRoundTrip()
{
    PG_ADMIN_OR_SKIP(admin);
    PgTest::ScratchDatabase scratch(admin);
    QVERIFY(scratch.ok());

    Result<CopyReport> there = copyDatabase(m_demo, scratch.location());
    QVERIFY2(there, qPrintable(there ? QString() : there.error().message + there.error().detail));
    QVERIFY(there->ok());
    const QString back = m_dir.filePath(QStringLiteral("back.palier"));
    Result<CopyReport> again = copyDatabase(scratch.location(), back);
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message + again.error().detail));
    QVERIFY(again->ok());

    const QMap<QString, TableDigest> original = digestsOf(m_demo);
    const QMap<QString, TableDigest> onServer = digestsOf(scratch.location());
    const QMap<QString, TableDigest> returned = digestsOf(back);
    QVERIFY(original.size() > 40);
    QCOMPARE(onServer.keys(), original.keys());
    QCOMPARE(returned.keys(), original.keys());
    qint64 rows = 0;
    for (const TableDigest& d : original) {
        QCOMPARE(onServer.value(d.table).rows, d.rows);
        QCOMPARE(onServer.value(d.table).checksum, d.checksum);
        QCOMPARE(returned.value(d.table).rows, d.rows);
        QCOMPARE(returned.value(d.table).checksum, d.checksum);
        rows += d.rows;
    }
    QVERIFY(original.value(QStringLiteral("candidature")).rows > 10);
    QVERIFY(original.value(QStringLiteral("audit_entry")).rows > 10);
    QVERIFY(original.value(QStringLiteral("payment")).rows > 0);
    QVERIFY(rows > 1000);
    // The report compared the same figures.
    for (const TableCheck& t : there->tables) {
        QCOMPARE(t.source.checksum, original.value(t.source.table).checksum);
    }

    // The copied audit chain verifies on both engines, and new changes on the server continue it.
    auto pg = Database::open(scratch.location(), {});
    QVERIFY(pg);
    QVERIFY(verifyAuditChain(*pg.value())->ok());
    {
        TransactionGuard guard(*pg.value());
        QSqlQuery query(pg.value()->connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO label (name) VALUES ('Étiquette fictive') RETURNING id")));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toLongLong() > 0); // the identity continues after the copied ids
        QVERIFY(query.exec(QStringLiteral("UPDATE candidature SET title = title || ' (bis)' WHERE id = (SELECT "
                                          "min(id) FROM candidature)")));
        QVERIFY(guard.commit());
    }
    Result<AuditVerification> chain = verifyAuditChain(*pg.value());
    QVERIFY(chain && chain->ok());
    QCOMPARE(chain->entries, original.value(QStringLiteral("audit_entry")).rows + 1);
    auto file = Database::open(back, {.readOnly = true});
    QVERIFY(file);
    QVERIFY(verifyAuditChain(*file.value())->ok());
}

void TestPgMigrate::cliMigrateAndCommands()
{
    PG_ADMIN_OR_SKIP(admin);
    PgTest::ScratchDatabase scratch(admin);
    QVERIFY(scratch.ok());
    // A plain libpq string (no pg: prefix) is recognised as a PostgreSQL target.
    const CliRun migrate = runCli({QStringLiteral("migrate"), QStringLiteral("--from"), m_demo, QStringLiteral("--to"),
                                   scratch.conninfo(), QStringLiteral("--json")});
    QVERIFY2(migrate.exitCode == 0, migrate.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(migrate.out).object();
    QVERIFY(report.value(QStringLiteral("ok")).toBool());
    const QJsonArray tables = report.value(QStringLiteral("tables")).toArray();
    QVERIFY(tables.size() > 40);
    for (const QJsonValue& t : tables) {
        const QJsonObject o = t.toObject();
        QCOMPARE(o.value(QStringLiteral("targetRows")).toInteger(), o.value(QStringLiteral("sourceRows")).toInteger());
        QCOMPARE(o.value(QStringLiteral("targetChecksum")).toString().size(), 64);
    }

    // --pg is taken wherever --db is.
    const CliRun info =
        runCli({QStringLiteral("info"), QStringLiteral("--pg"), scratch.conninfo(), QStringLiteral("--json")});
    QVERIFY2(info.exitCode == 0, info.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(info.out).object();
    QCOMPARE(summary.value(QStringLiteral("schemaVersion")).toInt(), Database::currentSchemaVersion());
    QCOMPARE(summary.value(QStringLiteral("tables")).toObject().value(QStringLiteral("candidature")).toInteger(),
             countIn(m_demo, QStringLiteral("candidature")));
    const CliRun check = runCli({QStringLiteral("check"), QStringLiteral("--pg"), scratch.conninfo()});
    QVERIFY2(check.exitCode == 0, check.out.constData());
    const CliRun audit = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--pg"),
                                 scratch.conninfo(), QStringLiteral("--json")});
    QVERIFY2(audit.exitCode == 0, audit.out.constData());

    // Copying into a database that holds a campaign is refused (exit 2), and changes nothing.
    const CliRun twice = runCli(
        {QStringLiteral("migrate"), QStringLiteral("--from"), m_demo, QStringLiteral("--to"), scratch.conninfo()});
    QCOMPARE(twice.exitCode, 2);
    QVERIFY(!twice.err.isEmpty());
    // Between two files, or without --to: unusable arguments.
    QCOMPARE(runCli({QStringLiteral("migrate"), QStringLiteral("--from"), m_demo, QStringLiteral("--to"),
                     m_dir.filePath(QStringLiteral("x.palier"))})
                 .exitCode,
             2);
    QCOMPARE(runCli({QStringLiteral("migrate"), QStringLiteral("--from"), m_demo}).exitCode, 2);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.palier"))));
    // An unreachable server: exit 2, the message says what to check.
    const CliRun unreachable =
        runCli({QStringLiteral("info"), QStringLiteral("--pg"),
                PgTest::withParameter(scratch.conninfo(), QStringLiteral("port"), QStringLiteral("1"))});
    QCOMPARE(unreachable.exitCode, 2);
}

void TestPgMigrate::failedCopyWritesNothing()
{
    PG_ADMIN_OR_SKIP(admin);
    PgTest::ScratchDatabase scratch(admin);
    QVERIFY(scratch.ok());
    // A value PostgreSQL cannot take (text in a column of integers, which SQLite lets through) fails the copy
    // halfway: the target keeps none of the rows copied before it.
    const QString damaged = m_dir.filePath(QStringLiteral("damaged.palier"));
    QVERIFY(QFile::copy(m_demo, damaged));
    {
        auto db = Database::open(damaged, {});
        QVERIFY(db);
        QSqlQuery query(db.value()->connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE payment SET planned_year = 'deux mille' WHERE id = (SELECT max(id) "
                                          "FROM payment)")));
    }
    Result<CopyReport> failed = copyDatabase(damaged, scratch.location());
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, QStringLiteral("db.sql"));
    QCOMPARE(countIn(scratch.location(), QStringLiteral("establishment")), 0);
    QCOMPARE(countIn(scratch.location(), QStringLiteral("candidature")), 0);
    QCOMPARE(countIn(scratch.location(), QStringLiteral("candidature_state")), 13); // the schema's own rows stay

    // Back to a file: an existing file is never overwritten; a failed copy leaves no file.
    Result<CopyReport> exists = copyDatabase(scratch.location(), damaged);
    QVERIFY(!exists);
    QCOMPARE(exists.error().code, QStringLiteral("copy.exists"));
    const QString nowhere = m_dir.filePath(QStringLiteral("nowhere.palier"));
    Result<CopyReport> unreachable =
        copyDatabase(PgTest::withParameter(scratch.location(), QStringLiteral("port"), QStringLiteral("1")), nowhere);
    QVERIFY(!unreachable);
    QVERIFY(!QFile::exists(nowhere));
}

QTEST_GUILESS_MAIN(TestPgMigrate)
#include "tst_pgmigrate.moc"
