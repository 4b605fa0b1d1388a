// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Database.h"

#include "audit/AuditTrail.h"
#include "workflow/Workflow.h"

#include "db/FileHeader.h"
#include "db/Migrations.h"
#include "scoring/GridStore.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace Palier {

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
    return {QStringLiteral("db.sql"), message,
            QStringLiteral("%1 — %2").arg(query.lastError().text(), query.lastQuery())};
}

Database::Database(QString path, QString connectionName, bool readOnly)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_readOnly(readOnly)
{}

Database::~Database()
{
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
    return migrations().back().version;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Options& options)
{
    if (isPostgresLocation(path)) {
        return openPostgres(path, options);
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
    if (exists) {
        if (Result<void> content = db->verifyContent(); !content) {
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
    return db;
}

Result<void> Database::verifyContent()
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next() ||
        query.value(0).toString() != QLatin1String("ok")) {
        return Error{QStringLiteral("db.corrupt"),
                     tr("“%1” is damaged and cannot be used as it is. It was left untouched; restore it from a "
                        "backup.")
                         .arg(QDir::toNativeSeparators(m_path)),
                     query.lastError().isValid() ? query.lastError().text() : query.value(0).toString()};
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
        return sqlError(
            tr("Cannot write the backup copy “%1”. Check the free disk space.").arg(QDir::toNativeSeparators(target)),
            query);
    }
    return {};
}

Result<void> Database::beginTransaction() const
{
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
    if (!db.commit()) {
        const QString detail = db.lastError().text();
        db.rollback();
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
