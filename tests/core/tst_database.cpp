// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Database.h"
#include "db/FileHeader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;

namespace {

QByteArray sha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QVariant scalar(const Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next()) {
        return {};
    }
    return query.value(0);
}

/// Runs statements on `path` through a plain SQLite connection, as another program would.
void rawSql(const QString& path, const QStringList& statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString& sql : statements) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(sql), qPrintable(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

void createPalierFile(const QString& path)
{
    auto db = Database::open(path, {.create = true});
    QVERIFY2(db, qPrintable(db.error().message));
}

/// A Palier file, still in WAL mode, with enough settings to span several pages, and (when `damage`) its last
/// page (a b-tree page of the setting table) overwritten with garbage: opening it reads nothing from that page.
void createWalFile(const QString& path, bool damage)
{
    createPalierFile(path);
    rawSql(path, {QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400) "
                                 "INSERT INTO setting (key, value) SELECT 'k' || i, hex(randomblob(64)) FROM n")});
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal"))); // the last connection folded the log in
    QVERIFY(readSqliteHeader(path).isSqlite);
    if (damage) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const SqliteHeader header = readSqliteHeader(path);
        QVERIFY(file.seek(file.size() - header.pageSize));
        file.write(QByteArray(int(header.pageSize), '\x5A'));
    }
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void createsCurrentSchema();
    void reopensWithoutMigrating();
    void secondConnectionWhileFirstIsOpen();
    void refusesAndLeavesUntouched_data();
    void refusesAndLeavesUntouched();
    void refusesMissingFileUnlessCreating();
    void upgradesShippedVersion1File();
    void upgradesShippedVersion2File();
    void failedMigrationRollsBackItsStep();
    void readOnlyNeverWrites();
    void transactionGuardRollsBack();
    void deferredCheckPassesThenWrites();
    void deferredCheckFindsDamageAndWritesNothing();
    void deferredCheckFindsDamageReadOnly();
    void deferredCheckWaitsUnlessWal();
    void closingStopsADeferredCheck();
    void deferredCheckStartsWhenAsked();

private:
    QTemporaryDir m_dir;
};

void TestDatabase::createsCurrentSchema()
{
    const QString path = m_dir.filePath(QStringLiteral("new.palier"));
    auto db = Database::open(path, {.create = true});
    QVERIFY2(db, qPrintable(db.error().message));
    QCOMPARE(db.value()->schemaVersion(), Database::currentSchemaVersion());
    QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA user_version")).toInt(), Database::currentSchemaVersion());
    QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
    QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA application_id")).toInt(), Database::ApplicationId);
    QVERIFY(db.value()->migrationBackupPath().isEmpty()); // nothing to back up in a new file

    // Foreign keys are enforced: a candidature needs its establishment.
    QVERIFY(!db.value()->exec(QStringLiteral(
        "INSERT INTO candidature (establishment_id, domain_id, title, requested_cents) VALUES (42, 42, 'x', 0)")));
}

void TestDatabase::reopensWithoutMigrating()
{
    const QString path = m_dir.filePath(QStringLiteral("reopen.palier"));
    createPalierFile(path);
    const QByteArray before = sha256(path);
    {
        auto db = Database::open(path, {});
        QVERIFY2(db, qPrintable(db.error().message));
        QCOMPARE(db.value()->schemaVersion(), Database::currentSchemaVersion());
        QVERIFY(db.value()->migrationBackupPath().isEmpty());
    }
    // Opening and closing without a change writes nothing: the file is as it was.
    QCOMPARE(sha256(path), before);
}

void TestDatabase::secondConnectionWhileFirstIsOpen()
{
    // A worker thread opens its own connection on the database the window holds open (import, letters…).
    const QString path = m_dir.filePath(QStringLiteral("shared.palier"));
    auto first = Database::open(path, {.create = true});
    QVERIFY(first);
    QVERIFY(first.value()->exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('pending', 'in the log')")));
    auto second = Database::open(path, {});
    QVERIFY2(second, qPrintable(second.error().message));
    QCOMPARE(scalar(*second.value(), QStringLiteral("SELECT value FROM setting WHERE key = 'pending'")).toString(),
             QStringLiteral("in the log"));
    auto reader = Database::open(path, {.readOnly = true});
    QVERIFY2(reader, qPrintable(reader.error().message));
}

void TestDatabase::refusesAndLeavesUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expectedCode");
    QTest::addRow("text file") << "text"
                               << "db.not-palier";
    QTest::addRow("empty file") << "empty"
                                << "db.not-palier";
    QTest::addRow("foreign SQLite database") << "foreign"
                                             << "db.not-palier";
    QTest::addRow("truncated Palier file") << "truncated"
                                           << "db.corrupt";
    QTest::addRow("damaged page") << "damaged"
                                  << "db.corrupt";
    QTest::addRow("newer schema version") << "newer"
                                          << "db.too-new";
}

void TestDatabase::refusesAndLeavesUntouched()
{
    QFETCH(QString, kind);
    QFETCH(QString, expectedCode);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.palier"));
    if (kind == QLatin1String("text")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("FINESS;Raison sociale\n010000024;CH DE FLEYRIAT\n");
    } else if (kind == QLatin1String("empty")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    } else if (kind == QLatin1String("foreign")) {
        rawSql(path, {QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("INSERT INTO t VALUES (1)")});
    } else {
        createPalierFile(path);
        // Enough rows to span several pages, so that damage lands inside the file.
        rawSql(path, {QStringLiteral("PRAGMA journal_mode = DELETE"),
                      QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400) "
                                     "INSERT INTO setting (key, value) SELECT 'k' || i, hex(randomblob(64)) FROM n")});
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        if (kind == QLatin1String("truncated")) {
            QVERIFY(file.resize(file.size() / 2 + 100));
        } else if (kind == QLatin1String("damaged")) {
            const SqliteHeader header = readSqliteHeader(path);
            // Overwrite the whole last page (a b-tree page of the setting table) with garbage.
            QVERIFY(file.seek(file.size() - header.pageSize));
            file.write(QByteArray(int(header.pageSize), '\x5A'));
        } else {
            QVERIFY(file.seek(60)); // user_version, big-endian
            file.write(QByteArray::fromHex("00000063"));
        }
    }
    const QByteArray before = sha256(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);

    auto db = Database::open(path, {.create = true});
    QVERIFY(!db);
    QCOMPARE(db.error().code, expectedCode);
    QVERIFY(!db.error().message.isEmpty());
    QVERIFY2(db.error().message.contains(QDir::toNativeSeparators(path)), qPrintable(db.error().message));
    QCOMPARE(sha256(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
}

void TestDatabase::refusesMissingFileUnlessCreating()
{
    const QString path = m_dir.filePath(QStringLiteral("missing.palier"));
    auto db = Database::open(path, {});
    QVERIFY(!db);
    QCOMPARE(db.error().code, QStringLiteral("db.not-found"));
    QVERIFY(!QFile::exists(path));
}

void TestDatabase::upgradesShippedVersion1File()
{
    // tests/data/palier-v1.palier was written by schema version 1 (campaign of region 94 and two establishments).
    const QString shipped = QStringLiteral(PALIER_TEST_DATA_DIR "/palier-v1.palier");
    QVERIFY2(QFile::exists(shipped), "tests/data/palier-v1.palier is missing");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.palier"));
    QVERIFY(QFile::copy(shipped, path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    const QByteArray original = sha256(path);
    QCOMPARE(readSqliteHeader(path).userVersion, 1);

    const QString backups = dir.filePath(QStringLiteral("backups"));
    qint64 establishments = 0;
    QString backup;
    {
        auto db = Database::open(path, {.backupDir = backups});
        QVERIFY2(db, qPrintable(db.error().message));
        QCOMPARE(db.value()->schemaVersion(), Database::currentSchemaVersion());
        establishments = scalar(*db.value(), QStringLiteral("SELECT count(*) FROM establishment")).toLongLong();
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT value FROM setting WHERE key = 'currency'")).toString(),
                 QStringLiteral("EUR"));
        backup = db.value()->migrationBackupPath();
    }
    QCOMPARE(establishments, 2);
    QVERIFY(backup.startsWith(backups));
    QVERIFY(QFile::exists(backup));
    QCOMPARE(readSqliteHeader(backup).userVersion, 1);
    QVERIFY(sha256(path) != original);

    // The backup is a complete version 1 database with the same data.
    auto old = Database::open(backup, {.readOnly = true});
    QVERIFY2(old, qPrintable(old.error().message));
    QCOMPARE(old.value()->schemaVersion(), 1);
    QCOMPARE(scalar(*old.value(), QStringLiteral("SELECT count(*) FROM establishment")).toLongLong(), 2);
}

void TestDatabase::upgradesShippedVersion2File()
{
    // tests/data/palier-v2.palier was written by schema version 2: a campaign of region 94, two establishments
    // and one candidature. Version 3 adds the import profiles.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.palier"));
    QVERIFY(QFile::copy(QStringLiteral(PALIER_TEST_DATA_DIR "/palier-v2.palier"), path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    QCOMPARE(readSqliteHeader(path).userVersion, 2);
    const QString content =
        QStringLiteral("SELECT group_concat(finess_et || '|' || name || '|' || legal_status, ';') FROM establishment");

    const QString backups = dir.filePath(QStringLiteral("backups"));
    QString backup;
    QString establishments;
    {
        auto db = Database::open(path, {.backupDir = backups});
        QVERIFY2(db, qPrintable(db.error().message));
        QCOMPARE(db.value()->schemaVersion(), Database::currentSchemaVersion());
        establishments = scalar(*db.value(), content).toString();
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT region_code FROM campaign")).toString(),
                 QStringLiteral("94"));
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT title || '|' || requested_cents || '|' || state FROM "
                                                    "candidature"))
                     .toString(),
                 QStringLiteral("Projet fictif|15000000|recu"));
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM import_profile")).toInt(), 0);
        QVERIFY(db.value()->exec(QStringLiteral("INSERT INTO import_profile VALUES ('p', 'establishments', '{}', "
                                                "'{}', '2019-01-01')")));
        backup = db.value()->migrationBackupPath();
    }
    QVERIFY(establishments.startsWith(u"2A0000014|"));
    QCOMPARE(establishments.count(u';'), 1);
    QVERIFY(backup.startsWith(backups));
    QCOMPARE(readSqliteHeader(backup).userVersion, 2);
    auto old = Database::open(backup, {.readOnly = true});
    QVERIFY2(old, qPrintable(old.error().message));
    QCOMPARE(scalar(*old.value(), content).toString(), establishments);
    QCOMPARE(scalar(*old.value(), QStringLiteral("SELECT count(*) FROM candidature")).toInt(), 1);
}

void TestDatabase::failedMigrationRollsBackItsStep()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("conflict.palier"));
    QVERIFY(QFile::copy(QStringLiteral(PALIER_TEST_DATA_DIR "/palier-v1.palier"), path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    // A table that step 2 wants to create already exists: step 2 must fail as a whole.
    rawSql(path, {QStringLiteral("CREATE TABLE setting (key TEXT, value TEXT, extra TEXT)")});

    auto db = Database::open(path, {.backupDir = dir.filePath(QStringLiteral("backups"))});
    QVERIFY(!db);
    QCOMPARE(db.error().code, QStringLiteral("db.migration"));
    QCOMPARE(readSqliteHeader(path).userVersion, 1);
    QCOMPARE(QDir(dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files).size(), 1);
}

void TestDatabase::readOnlyNeverWrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.palier"));
    QVERIFY(QFile::copy(QStringLiteral(PALIER_TEST_DATA_DIR "/palier-v1.palier"), path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    const QByteArray before = sha256(path);
    {
        auto db = Database::open(path, {.readOnly = true});
        QVERIFY2(db, qPrintable(db.error().message));
        QCOMPARE(db.value()->schemaVersion(), 1); // not migrated
        QVERIFY(db.value()->isReadOnly());
        QVERIFY(!db.value()->exec(QStringLiteral("DELETE FROM establishment")));
    }
    QCOMPARE(sha256(path), before);
}

void TestDatabase::transactionGuardRollsBack()
{
    const QString path = m_dir.filePath(QStringLiteral("guard.palier"));
    auto db = Database::open(path, {.create = true});
    QVERIFY(db);
    {
        TransactionGuard guard(*db.value());
        QVERIFY(guard.started());
        QVERIFY(db.value()->exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('a', 'b')")));
    } // no commit: rolled back
    QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM setting WHERE key = 'a'")).toInt(), 0);
    {
        TransactionGuard guard(*db.value());
        QVERIFY(db.value()->exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('a', 'b')")));
        QVERIFY(guard.commit());
    }
    QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM setting WHERE key = 'a'")).toInt(), 1);
}

void TestDatabase::deferredCheckPassesThenWrites()
{
    const QString path = m_dir.filePath(QStringLiteral("deferred-ok.palier"));
    createWalFile(path, false);
    auto db = Database::open(path, {.deferCheck = true});
    QVERIFY2(db, qPrintable(db.error().message));
    QCOMPARE(db.value()->checkState(), Database::CheckState::Running);
    QVERIFY(!db.value()->isReadOnly());
    // Reading does not wait for the check.
    QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM setting WHERE key LIKE 'k%'")).toInt(), 400);
    // A write that goes around Database is refused by SQLite itself until the check has passed.
    QSqlQuery early(db.value()->connection());
    QVERIFY(!early.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('early', 'x')")));
    // A transaction waits for the check, then writes.
    {
        TransactionGuard guard(*db.value());
        QVERIFY2(guard.started(), qPrintable(guard.started() ? QString() : guard.started().error().detail));
        QVERIFY(db.value()->exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('later', 'y')")));
        QVERIFY(guard.commit());
    }
    QCOMPARE(db.value()->checkState(), Database::CheckState::Passed);
    QVERIFY(db.value()->checkFinished().isFinished());
    QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT value FROM setting WHERE key = 'later'")).toString(),
             QStringLiteral("y"));
    QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM setting WHERE key = 'early'")).toInt(), 0);
}

void TestDatabase::deferredCheckFindsDamageAndWritesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.palier"));
    createWalFile(path, true);
    const QByteArray before = sha256(path);
    {
        auto db = Database::open(path, {.deferCheck = true});
        QVERIFY2(db, qPrintable(db.error().message)); // opened: the damage is in a page not read yet
        Database& opened = *db.value();
        QVERIFY(opened.checkFinished().isValid());
        // Every way of writing is refused, the first one waiting for the check.
        const Result<void> begun = opened.beginTransaction();
        QVERIFY(!begun);
        QCOMPARE(begun.error().code, QStringLiteral("db.corrupt"));
        QVERIFY2(begun.error().message.contains(QDir::toNativeSeparators(path)), qPrintable(begun.error().message));
        QVERIFY(!begun.error().detail.isEmpty()); // SQLite's own words
        QCOMPARE(opened.checkState(), Database::CheckState::Failed);
        QVERIFY(opened.isReadOnly());
        QCOMPARE(opened.waitForCheck().error().code, QStringLiteral("db.corrupt"));
        const Result<void> exec = opened.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('a', 'b')"));
        QVERIFY(!exec);
        QCOMPARE(exec.error().code, QStringLiteral("db.corrupt"));
        QSqlQuery direct(opened.connection());
        QVERIFY(!direct.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('a', 'b')")));
        QVERIFY(!opened.backupTo(dir.filePath(QStringLiteral("copy.palier"))));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("copy.palier"))));
    }
    QCOMPARE(sha256(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("damaged.palier")});
}

void TestDatabase::deferredCheckFindsDamageReadOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.palier"));
    createWalFile(path, true);
    const QByteArray before = sha256(path);
    {
        auto db = Database::open(path, {.readOnly = true, .deferCheck = true});
        QVERIFY2(db, qPrintable(db.error().message));
        QTRY_VERIFY(db.value()->checkFinished().isFinished());
        QCOMPARE(db.value()->checkState(), Database::CheckState::Running); // not applied yet
        QCOMPARE(db.value()->waitForCheck().error().code, QStringLiteral("db.corrupt"));
        QCOMPARE(db.value()->checkState(), Database::CheckState::Failed);
    }
    QCOMPARE(sha256(path), before);
}

void TestDatabase::deferredCheckWaitsUnlessWal()
{
    // A file that opening would write to (here: turned to WAL mode) is checked before it is opened, deferred or not.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rollback.palier"));
    createWalFile(path, false);
    rawSql(path, {QStringLiteral("PRAGMA journal_mode = DELETE")});
    {
        auto db = Database::open(path, {.deferCheck = true});
        QVERIFY2(db, qPrintable(db.error().message));
        QCOMPARE(db.value()->checkState(), Database::CheckState::Passed);
    }
    rawSql(path, {QStringLiteral("PRAGMA journal_mode = DELETE")}); // opening turned it to WAL
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(file.size() - readSqliteHeader(path).pageSize));
    file.write(QByteArray(int(readSqliteHeader(path).pageSize), '\x5A'));
    file.close();
    const QByteArray before = sha256(path);
    auto refused = Database::open(path, {.deferCheck = true});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("db.corrupt"));
    QCOMPARE(sha256(path), before);
}

void TestDatabase::closingStopsADeferredCheck()
{
    const QString path = m_dir.filePath(QStringLiteral("deferred-close.palier"));
    createWalFile(path, false);
    const QByteArray before = sha256(path);
    for (int i = 0; i < 5; ++i) {
        auto db = Database::open(path, {.deferCheck = true});
        QVERIFY2(db, qPrintable(db.error().message));
    } // closed at once: the check is interrupted or finished, never left running
    QCOMPARE(sha256(path), before);
}

void TestDatabase::deferredCheckStartsWhenAsked()
{
    // Options::startCheckLater: the check starts at startCheck() (a window, once painted) or at the first write.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.palier"));
    createWalFile(path, true);
    const QByteArray before = sha256(path);
    {
        auto db = Database::open(path, {.readOnly = true, .deferCheck = true, .startCheckLater = true});
        QVERIFY2(db, qPrintable(db.error().message));
        QTest::qWait(200);
        QVERIFY(!db.value()->checkFinished().isFinished()); // not started
        QCOMPARE(db.value()->checkState(), Database::CheckState::Running);
        db.value()->startCheck();
        db.value()->startCheck(); // once only
        QTRY_VERIFY(db.value()->checkFinished().isFinished());
        QCOMPARE(db.value()->waitForCheck().error().code, QStringLiteral("db.corrupt"));
        QCOMPARE(db.value()->checkState(), Database::CheckState::Failed);
    }
    {
        auto db = Database::open(path, {.deferCheck = true, .startCheckLater = true});
        QVERIFY2(db, qPrintable(db.error().message));
        const Result<void> begun = db.value()->beginTransaction(); // starts the check and waits for it
        QVERIFY(!begun);
        QCOMPARE(begun.error().code, QStringLiteral("db.corrupt"));
        QVERIFY(db.value()->isReadOnly());
    }
    for (int i = 0; i < 3; ++i) {
        auto db = Database::open(path, {.deferCheck = true, .startCheckLater = true});
        QVERIFY2(db, qPrintable(db.error().message));
    } // closed before the check started: nothing to stop or wait for
    QCOMPARE(sha256(path), before);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
