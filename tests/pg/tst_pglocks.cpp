// SPDX-License-Identifier: GPL-3.0-or-later
// Import and preselection (save) take an advisory lock, as sealing does: while a colleague holds it, palier-cli
// refuses with a message saying so (exit 1) and writes nothing; once it is released, the same command goes through.
// On the PostgreSQL test cluster and on a .palier file (where the lock is a lock file next to the database).
#include "PgTestSupport.h"

#include "db/AdvisoryLock.h"
#include "db/Database.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("PALIER_TEST_PG"));
    environment.insert(QStringLiteral("PALIER_LANG"), QStringLiteral("en")); // the messages below are English
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PALIER_CLI_PATH), arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

qint64 count(const QString& location, const QString& table)
{
    auto db = Database::open(location, {.readOnly = true});
    if (!db) {
        qWarning() << db.error().message;
        return -1;
    }
    QSqlQuery query(db.value()->connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}

const QString Establishments = QStringLiteral(PALIER_TEST_DATA_DIR "/import/candidature-establishments.csv");

} // namespace

class TestPgLocks : public QObject
{
    Q_OBJECT

private slots:
    void importWaitsForAColleague_data();
    void importWaitsForAColleague();
    void savedPreselectionWaitsForAColleague_data();
    void savedPreselectionWaitsForAColleague();

private:
    /// The location of a fresh demo campaign for the row's engine (a scratch database, or a file), or empty.
    QString demoLocation(const QString& engine);

    QTemporaryDir m_dir;
    std::unique_ptr<PgTest::ScratchDatabase> m_scratch;
    int m_files = 0;
};

QString TestPgLocks::demoLocation(const QString& engine)
{
    QString location;
    if (engine == QLatin1String("postgres")) {
        QString why;
        const QString admin = PgTest::adminConninfo(&why);
        if (admin.isEmpty()) {
            return {};
        }
        m_scratch = std::make_unique<PgTest::ScratchDatabase>(admin);
        if (!m_scratch->ok()) {
            return {};
        }
        location = m_scratch->location();
    } else {
        location = m_dir.filePath(QStringLiteral("demo-%1.palier").arg(++m_files));
    }
    const CliRun demo = runCli({QStringLiteral("demo"), QStringLiteral("--db"), location});
    if (demo.exitCode != 0) {
        qWarning() << demo.err;
        return {};
    }
    return location;
}

void TestPgLocks::importWaitsForAColleague_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("postgres") << QStringLiteral("postgres");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
}

void TestPgLocks::importWaitsForAColleague()
{
    QFETCH(QString, engine);
    if (engine == QLatin1String("postgres")) {
        PG_ADMIN_OR_SKIP(admin);
    }
    const QString location = demoLocation(engine);
    QVERIFY(!location.isEmpty());
    const qint64 before = count(location, QStringLiteral("establishment"));
    QVERIFY(before > 0);
    const QStringList import{QStringLiteral("import"), QStringLiteral("establishments"), Establishments,
                             QStringLiteral("--db"), location};
    {
        auto colleague = Database::open(location, {});
        QVERIFY(colleague);
        auto held = AdvisoryLock::tryAcquire(*colleague.value(), QStringLiteral("import"));
        QVERIFY(held);
        const CliRun refused = runCli(import);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("is importing into this database right now")),
                 qPrintable(refused.err));
        QCOMPARE(count(location, QStringLiteral("establishment")), before);
        // A dry run writes nothing: it does not wait for the colleague.
        QCOMPARE(runCli(import + QStringList{QStringLiteral("--dry-run")}).exitCode, 0);
        // Another operation is not held up by an import.
        QCOMPARE(runCli({QStringLiteral("preselect"), QStringLiteral("--db"), location, QStringLiteral("--method"),
                         QStringLiteral("rank"), QStringLiteral("--save")})
                     .exitCode,
                 0);
    }
    const CliRun done = runCli(import);
    QVERIFY2(done.exitCode == 0, qPrintable(done.err));
    QVERIFY(count(location, QStringLiteral("establishment")) > before);
}

void TestPgLocks::savedPreselectionWaitsForAColleague_data()
{
    importWaitsForAColleague_data();
}

void TestPgLocks::savedPreselectionWaitsForAColleague()
{
    QFETCH(QString, engine);
    if (engine == QLatin1String("postgres")) {
        PG_ADMIN_OR_SKIP(admin);
    }
    const QString location = demoLocation(engine);
    QVERIFY(!location.isEmpty());
    const qint64 before = count(location, QStringLiteral("preselection_run"));
    QVERIFY(before > 0);
    const QStringList preselect{QStringLiteral("preselect"), QStringLiteral("--db"), location,
                                QStringLiteral("--method"), QStringLiteral("rank")};
    {
        auto colleague = Database::open(location, {});
        QVERIFY(colleague);
        auto held = AdvisoryLock::tryAcquire(*colleague.value(), QStringLiteral("preselection"));
        QVERIFY(held);
        const CliRun refused = runCli(preselect + QStringList{QStringLiteral("--save")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("saving a preselection run on this database right now")),
                 qPrintable(refused.err));
        QCOMPARE(count(location, QStringLiteral("preselection_run")), before);
        // Computing without saving is not held up.
        QCOMPARE(runCli(preselect).exitCode, 0);
    }
    const CliRun done = runCli(preselect + QStringList{QStringLiteral("--save")});
    QVERIFY2(done.exitCode == 0, qPrintable(done.err));
    QCOMPARE(count(location, QStringLiteral("preselection_run")), before + 1);
}

QTEST_GUILESS_MAIN(TestPgLocks)
#include "tst_pglocks.moc"
