// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Database.h"

#include "audit/AuditTrail.h"
#include "db/ChangeNotifier.h"
#include "workflow/Workflow.h"

#include "db/DatabasePostgres.h"
#include "db/DiskErrors.h"
#include "db/FileHeader.h"
#include "db/Migrations.h"
#include "scoring/GridStore.h"

#include <sqlite3.h>

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>
#include <mutex>
#include <thread>

namespace Palier {

namespace {

/// The page check looks for damage: b-tree pages, records, NOT NULL columns. CHECK constraints were enforced when
/// each row was written, and evaluating them again for each of the audit trail's rows (its `action IN (…)`) took
/// about 80 % of the check on the national database: the check connection leaves them out.
constexpr const char* IgnoreChecks = "PRAGMA ignore_check_constraints = ON";

} // namespace

/// The page check of a file opened with Options::deferCheck: a worker thread with its own read-only SQLite
/// connection (not Qt's: the worker needs nothing but the one PRAGMA, and an interrupt when the database closes
/// first), and the result once the connection's thread has applied it.
struct Database::DeferredCheck
{
    struct Outcome
    {
        bool ok = false;
        QString detail; ///< SQLite's first complaint when not ok
    };

    std::thread worker;
    QPromise<Outcome> promise; ///< until the worker starts (startCheck()), then the worker's
    bool started = false;      ///< the connection's thread only
    QFuture<Outcome> outcome;
    std::mutex mutex;                  ///< guards handle and closing
    sqlite3* handle = nullptr;         ///< the worker's connection while it checks
    std::atomic<bool> closing = false; ///< the database closes: the worker stops as soon as it can
    bool applied = false;              ///< waitForCheck() has seen the outcome (the connection's thread only)
    bool passed = false;
    Error error; ///< when not passed

    static Outcome run(DeferredCheck& self, const QString& path);
    void stop();
};

Database::DeferredCheck::Outcome Database::DeferredCheck::run(DeferredCheck& self, const QString& path)
{
    sqlite3* db = nullptr;
    const QByteArray file = path.toUtf8();
    if (sqlite3_open_v2(file.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        Outcome failed{false, QString::fromUtf8(sqlite3_errmsg(db))};
        sqlite3_close(db);
        return failed;
    }
    sqlite3_busy_timeout(db, 5000);
    // Also asked every thousand steps, for a close that comes between the interrupt and the first step.
    sqlite3_progress_handler(
        db, 1000, [](void* closing) { return int(static_cast<std::atomic<bool>*>(closing)->load()); }, &self.closing);
    {
        const std::lock_guard lock(self.mutex);
        if (self.closing) {
            sqlite3_close(db);
            return {};
        }
        self.handle = db;
    }
    Outcome outcome;
    sqlite3_exec(db, IgnoreChecks, nullptr, nullptr, nullptr);
    sqlite3_stmt* statement = nullptr;
    int rc = sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &statement, nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(statement);
    }
    if (rc == SQLITE_ROW) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
        outcome.detail = QString::fromUtf8(text ? text : "");
        outcome.ok = outcome.detail == QLatin1String("ok");
    } else {
        outcome.detail = QString::fromUtf8(sqlite3_errmsg(db));
    }
    sqlite3_finalize(statement);
    {
        const std::lock_guard lock(self.mutex);
        self.handle = nullptr;
    }
    sqlite3_close(db);
    return outcome;
}

void Database::DeferredCheck::stop()
{
    {
        const std::lock_guard lock(mutex);
        closing = true;
        if (handle) {
            sqlite3_interrupt(handle); // nothing is written by a check: stopping it early loses nothing
        }
    }
    if (worker.joinable()) {
        worker.join();
    }
}

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("palier-%1").arg(counter.fetchAndAddRelaxed(1));
}

Error fileError(const QString& code, const QString& message, const QString& path)
{
    return {code, message, QStringLiteral("file: %1").arg(path)};
}

Error foreignDatabase(const QString& path)
{
    return fileError(QStringLiteral("db.not-palier"),
                     Database::tr("“%1” is a SQLite database, but not one written by Palier. It was left untouched; "
                                  "to bring its data into Palier, import its tables with File › Import….")
                         .arg(QDir::toNativeSeparators(path)),
                     path);
}

Error tooNew(const QString& path, int version)
{
    return fileError(QStringLiteral("db.too-new"),
                     Database::tr("“%1” was written by a newer Palier (schema version %2; this one knows up to %3). "
                                  "Update Palier to open it.")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(version)
                         .arg(Database::currentSchemaVersion()),
                     path);
}

/// True when SQLite's write-ahead log of `path` holds pages not yet copied into the file: the file's own
/// header may then be stale (a database just created by another connection is still empty on disk).
bool hasPendingLog(const QString& path)
{
    return QFileInfo(path + QStringLiteral("-wal")).size() > 0;
}

/// Checks the header before SQLite touches the file, so that nothing is ever written to a file we refuse.
/// With a pending log, only what the log cannot change is checked here; verifyContent() checks the rest
/// through SQLite.
Result<void> inspect(const QString& path)
{
    const SqliteHeader header = readSqliteHeader(path);
    const bool pendingLog = hasPendingLog(path);
    if (pendingLog && header.fileSize == 0) {
        return {};
    }
    if (!header.isSqlite) {
        return fileError(QStringLiteral("db.not-palier"),
                         Database::tr("“%1” is not a Palier database. Choose a .palier file, or create a new regional "
                                      "database with File › New Regional Database….")
                             .arg(QDir::toNativeSeparators(path)),
                         path);
    }
    if (pendingLog) {
        return {};
    }
    if (header.applicationId != Database::ApplicationId) {
        return foreignDatabase(path);
    }
    if (header.isTruncated()) {
        return fileError(QStringLiteral("db.corrupt"),
                         Database::tr("“%1” is incomplete (the file is shorter than its header says): it was probably "
                                      "truncated while being copied. Restore it from a backup.")
                             .arg(QDir::toNativeSeparators(path)),
                         path);
    }
    if (header.userVersion > Database::currentSchemaVersion()) {
        return tooNew(path, header.userVersion);
    }
    return {};
}

} // namespace

Error sqlError(const QString& message, const QSqlQuery& query)
{
    return DiskErrors::fromSql(
        {QStringLiteral("db.sql"), message, QStringLiteral("%1 — %2").arg(query.lastError().text(), query.lastQuery())},
        query.driver());
}

Database::Database(QString path, QString connectionName, bool readOnly)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_readOnly(readOnly)
{}

Database::~Database()
{
    if (m_check) {
        m_check->stop();
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::currentSchemaVersion()
{
    return LatestSchemaVersion;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Options& options)
{
    if (isPostgresLocation(path)) {
        return openPostgres(path, options);
    }
    if (Result<QString> test = postgresTestLocation(path, options.create); !test || !test.value().isEmpty()) {
        return test ? openPostgres(test.value(), options) : Result<std::unique_ptr<Database>>(test.error()); // tests
    }
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (!exists && (!options.create || options.readOnly)) {
        return fileError(
            QStringLiteral("db.not-found"),
            tr("The database “%1” does not exist. Check the path, or create it with File › New Regional Database….")
                .arg(QDir::toNativeSeparators(path)),
            path);
    }
    if (exists && info.isDir()) {
        return fileError(QStringLiteral("db.not-palier"),
                         tr("“%1” is a folder, not a Palier database.").arg(QDir::toNativeSeparators(path)), path);
    }
    if (exists) {
        if (Result<void> checked = inspect(path); !checked) {
            return checked.error();
        }
    } else if (!QDir().mkpath(info.absolutePath())) {
        return fileError(QStringLiteral("db.cannot-create"),
                         tr("Cannot create the folder “%1”. Choose a folder you can write to.")
                             .arg(QDir::toNativeSeparators(info.absolutePath())),
                         path);
    }

    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), nextConnectionName(), options.readOnly));
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        connection.setDatabaseName(db->m_path);
        QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        if (options.readOnly) {
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
        }
        connection.setConnectOptions(connectOptions);
        if (!connection.open()) {
            return Error{QStringLiteral("db.cannot-open"),
                         tr("Cannot open “%1”: %2. Check that the file is readable and the disk is not full.")
                             .arg(QDir::toNativeSeparators(path), connection.lastError().databaseText()),
                         connection.lastError().text()};
        }
    }
    bool deferred = false;
    if (exists) {
        const bool checkPages = !(options.readOnly && options.skipCheck);
        deferred = checkPages && options.deferCheck && db->canDeferCheck(options);
        if (Result<void> content = db->verifyContent(checkPages && !deferred); !content) {
            return content.error();
        }
    }
    if (!options.readOnly) {
        if (Result<void> configured = db->configure(); !configured) {
            return configured.error();
        }
        if (Result<void> migrated = db->migrate(options); !migrated) {
            return migrated.error();
        }
    }
    if (deferred) {
        db->startDeferredCheck(options.startCheckLater);
    }
    return db;
}

void Database::moveToThread(QThread* thread)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    connection().moveToThread(thread);
#else
    // What QSqlDatabase::moveToThread does: a connection belongs to the thread of its driver.
    if (QSqlDriver* driver = connection().driver()) {
        driver->moveToThread(thread);
    }
#endif
}

bool Database::canDeferCheck(const Options& options) const
{
    // Deferring is safe when opening writes nothing before the check has run: no migration (an old schema
    // version) and no change of journal mode (configure() turns a file to WAL). Reading these writes nothing.
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next() ||
        query.value(0).toInt() != currentSchemaVersion()) {
        return false;
    }
    if (options.readOnly) {
        return true;
    }
    return query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next() &&
           query.value(0).toString() == QLatin1String("wal");
}

namespace {

Error damaged(const QString& path, const QString& detail)
{
    return Error{QStringLiteral("db.corrupt"),
                 Database::tr("“%1” is damaged and cannot be used as it is. It was left untouched; restore it from a "
                              "backup.")
                     .arg(QDir::toNativeSeparators(path)),
                 detail};
}

} // namespace

void Database::startDeferredCheck(bool later)
{
    if (!m_readOnly) {
        // Nothing may be written before the check has passed, whatever path a write takes.
        QSqlQuery(connection()).exec(QStringLiteral("PRAGMA query_only = ON"));
    }
    m_check = std::make_unique<DeferredCheck>();
    m_check->outcome = m_check->promise.future();
    m_check->promise.start();
    if (!later) {
        startCheck();
    }
}

void Database::startCheck() const
{
    if (!m_check || m_check->started) {
        return;
    }
    m_check->started = true;
    QPromise<DeferredCheck::Outcome> promise = std::move(m_check->promise);
    m_check->worker = std::thread([promise = std::move(promise), check = m_check.get(), path = m_path]() mutable {
        promise.addResult(DeferredCheck::run(*check, path));
        promise.finish();
    });
}

Database::CheckState Database::checkState() const
{
    if (!m_check) {
        return CheckState::Passed;
    }
    if (!m_check->applied) {
        return CheckState::Running;
    }
    return m_check->passed ? CheckState::Passed : CheckState::Failed;
}

QFuture<void> Database::checkFinished() const
{
    if (!m_check) {
        QPromise<void> done;
        done.start();
        done.finish();
        return done.future();
    }
    return QFuture<void>(m_check->outcome);
}

Result<void> Database::waitForCheck() const
{
    if (!m_check) {
        return {};
    }
    if (!m_check->applied) {
        startCheck(); // a write before the window has started it
        const DeferredCheck::Outcome outcome = m_check->outcome.result();
        if (m_check->worker.joinable()) {
            m_check->worker.join();
        }
        m_check->applied = true;
        m_check->passed = outcome.ok;
        if (outcome.ok) {
            if (!m_readOnly) {
                QSqlQuery query(connection());
                if (!query.exec(QStringLiteral("PRAGMA query_only = OFF"))) {
                    m_check->passed = false;
                    m_check->error = sqlError(tr("A database operation failed. Check that the disk is not full and "
                                                 "the file is writable."),
                                              query);
                }
            }
        } else {
            m_check->error = damaged(m_path, outcome.detail);
        }
    }
    if (!m_check->passed) {
        return m_check->error;
    }
    return {};
}

bool Database::isReadOnly() const
{
    return m_readOnly || (m_check && m_check->applied && !m_check->passed);
}

Result<void> Database::verifyContent(bool checkPages)
{
    QSqlQuery query(connection());
    if (checkPages) {
        query.exec(QString::fromLatin1(IgnoreChecks));
        const bool ok = query.exec(QStringLiteral("PRAGMA quick_check")) && query.next() &&
                        query.value(0).toString() == QLatin1String("ok");
        const QString detail = query.lastError().isValid() ? query.lastError().text() : query.value(0).toString();
        const bool full = !ok && DiskErrors::isSqliteFull(query.driver()); // not damaged: no room for the -shm
        query.finish();
        // Back on for every write of this connection.
        query.exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
        if (!ok) {
            return full ? DiskErrors::full({}, detail) : damaged(m_path, detail);
        }
    }
    query.finish();
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()) {
        return sqlError(tr("Cannot read the schema version of the database."), query);
    }
    if (query.value(0).toInt() != ApplicationId) {
        return foreignDatabase(m_path);
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return sqlError(tr("Cannot read the schema version of the database."), query);
    }
    m_schemaVersion = query.value(0).toInt();
    if (m_schemaVersion > currentSchemaVersion()) {
        return tooNew(m_path, m_schemaVersion);
    }
    return {};
}

Result<void> Database::configure() const
{
    // These pragmas change the connection only, or nothing when the file already has them: opening a
    // database and closing it again leaves it byte-for-byte as it was.
    const QStringList pragmas{
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
    };
    for (const QString& pragma : pragmas) {
        if (Result<void> done = exec(pragma); !done) {
            return done;
        }
    }
    if (m_schemaVersion == 0) { // a new file: mark it as Palier's
        return exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
    }
    return {};
}

Result<void> Database::migrate(const Options& options)
{
    const int target = currentSchemaVersion();
    if (m_schemaVersion >= target) {
        return {};
    }
    if (m_schemaVersion > 0) {
        const QString dir =
            options.backupDir.isEmpty()
                ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/backups")
                : options.backupDir;
        if (!QDir().mkpath(dir)) {
            return Error{QStringLiteral("db.backup"),
                         tr("Cannot create the backup folder “%1”; the database was not upgraded. Check that you may "
                            "write there "
                            "and that the disk is not full.")
                             .arg(QDir::toNativeSeparators(dir)),
                         dir};
        }
        const QString backup = QStringLiteral("%1/%2-v%3-%4.palier")
                                   .arg(dir, QFileInfo(m_path).completeBaseName())
                                   .arg(m_schemaVersion)
                                   .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
        if (Result<void> saved = backupTo(backup); !saved) {
            return saved;
        }
        m_migrationBackup = backup;
    }
    const int from = m_schemaVersion;
    for (const Migration& step : migrations()) {
        if (step.version <= m_schemaVersion) {
            continue;
        }
        TransactionGuard transaction(*this);
        if (!transaction.started()) {
            return transaction.started();
        }
        for (const QString& statement : step.statements) {
            if (Result<void> done = exec(statement); !done) {
                return Error{
                    QStringLiteral("db.migration"),
                    tr("Upgrading the database to version %1 failed; it was left at version %2, as it was. Report the "
                       "problem with its details.")
                        .arg(step.version)
                        .arg(m_schemaVersion),
                    done.error().detail};
            }
        }
        if (Result<void> done = exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)); !done) {
            return done;
        }
        if (Result<void> done = transaction.commit(); !done) {
            return done;
        }
        m_schemaVersion = step.version;
    }
    // Scoring grids came with version 4: an older campaign gets its programme's default grids.
    if (from > 0 && from < 4) {
        if (Result<int> grids = ensureDefaultScoringGrids(*this); !grids) {
            return grids.error();
        }
    }
    // Copy the new schema into the file itself, so that another connection reading its header sees a Palier
    // database at once. A busy checkpoint is retried by SQLite later: not an error.
    QSqlQuery checkpoint(connection());
    checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return {};
}

Result<void> Database::exec(const QString& sql) const
{
    if (Result<void> checked = waitForCheck(); !checked) {
        return checked;
    }
    QSqlQuery query(connection());
    if (!query.exec(sql)) {
        return sqlError(tr("A database operation failed. Check that the disk is not full and the file is "
                           "writable."),
                        query);
    }
    return {};
}

Result<void> Database::backupTo(const QString& target) const
{
    if (isPostgres()) {
        return Error{QStringLiteral("db.backup"),
                     tr("A shared PostgreSQL database is backed up by its administrator (pg_dump). To copy it into a "
                        ".palier file, use palier-cli migrate --from CONNINFO --to FILE."),
                     displayLocation(m_path)};
    }
    // A copy of a damaged file could take the place of a good backup.
    if (Result<void> checked = waitForCheck(); !checked) {
        return checked;
    }
    if (QFileInfo::exists(target)) {
        return Error{
            QStringLiteral("db.backup"),
            tr("The backup file “%1” already exists; choose another name.").arg(QDir::toNativeSeparators(target)),
            target};
    }
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!query.exec()) {
        const Error failed = DiskErrors::fromSql(sqlError(tr("Cannot write the backup copy “%1”. Check the free "
                                                             "disk space.")
                                                              .arg(QDir::toNativeSeparators(target)),
                                                          query),
                                                 query.driver(), target);
        // Nothing half-written is left: neither the copy (it did not exist, see above) nor its journal.
        QFile::remove(target);
        QFile::remove(target + QStringLiteral("-journal"));
        return failed;
    }
    return {};
}

Result<void> Database::beginTransaction() const
{
    if (Result<void> checked = waitForCheck(); !checked) {
        return checked;
    }
    QSqlDatabase db = connection();
    if (!db.transaction()) {
        return Error{QStringLiteral("db.transaction"),
                     tr("Cannot start a change in the database: another program may be writing to it. Try "
                        "again in a moment."),
                     db.lastError().text()};
    }
    // The audit entries this change writes name its author.
    if (isAudited()) {
        if (Result<void> named = setAuditContext(*this, currentAuthor()); !named) {
            db.rollback();
            return named;
        }
    }
    return {};
}

bool Database::isAudited() const
{
    return !m_readOnly && m_schemaVersion >= AuditSchemaVersion;
}

Result<void> Database::commit() const
{
    QSqlDatabase db = connection();
    if (isAudited()) {
        if (Result<void> sealed = sealAuditEntries(*this); !sealed) {
            db.rollback();
            return sealed;
        }
    }
    if (isPostgres() && !m_readOnly) {
        // Delivered with the commit to the other sessions that listen (ChangeNotifier): their pages refresh.
        QSqlQuery(db).exec(QStringLiteral("NOTIFY ") + QLatin1String(ChangeNotifier::Channel));
    }
    if (!db.commit()) {
        const QString detail = db.lastError().text();
        const bool full = DiskErrors::isSqliteFull(db.driver());
        db.rollback();
        if (full) {
            return DiskErrors::full({}, detail);
        }
        return Error{QStringLiteral("db.commit"),
                     tr("The change could not be saved and was undone. Check the free disk space and try again."),
                     detail};
    }
    return {};
}

void Database::rollback() const
{
    QSqlDatabase db = connection();
    db.rollback();
}

TransactionGuard::TransactionGuard(const Database& db)
    : m_db(db)
    , m_started(db.beginTransaction())
{}

TransactionGuard::~TransactionGuard()
{
    if (m_started && !m_done) {
        m_db.rollback();
    }
}

Result<void> TransactionGuard::commit()
{
    m_done = true;
    return m_db.commit();
}

} // namespace Palier
