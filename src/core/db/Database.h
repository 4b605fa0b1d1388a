// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "db/SqlDialect.h"

#include <QCoreApplication>
#include <QFuture>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QThread;

namespace Palier {

/// One open regional database, with its schema brought to the current version: a `.palier` SQLite file (the
/// default), or a shared PostgreSQL database named by a libpq connection string prefixed with `pg:`
/// ("pg:host=… port=… dbname=… user=… sslmode=verify-full sslrootcert=…"). The password is never part of Palier's
/// settings: libpq reads PGPASSWORD or ~/.pgpass, the GUI passes the one kept in the keychain (Options::password).
/// What differs between the two is named here: file checks, PRAGMAs, the backup before a migration and VACUUM INTO
/// are SQLite's; the schema version lives in `palier_schema` on PostgreSQL.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Palier::Database)

public:
    /// "PALR": marks a SQLite file as a Palier database (PRAGMA application_id).
    static constexpr qint32 ApplicationId = 0x50414C52;

    struct Options
    {
        bool create = false;   ///< create the file when it does not exist
        bool readOnly = false; ///< never write: no pragma that writes, no migration
        QString backupDir;     ///< where the copy taken before a migration goes; empty: the user's data dir
        QString password;      ///< PostgreSQL only: the password from the keychain; empty: libpq finds it
        /// Opens without waiting for the page check (PRAGMA quick_check, which reads the whole file): the check
        /// runs on a second, read-only connection in a worker thread while the caller reads, and every write
        /// waits for it (beginTransaction(), exec(), backupTo()); a damaged file is then refused for writing and
        /// the database becomes read-only. A file that needs a migration or a change of journal mode (a write)
        /// is checked before opening all the same. SQLite files only.
        bool deferCheck = false;
        /// With deferCheck: the check starts at startCheck() (or the first write) rather than at once, for a window
        /// to start it once it has painted.
        bool startCheckLater = false;
        /// Read-only opens only: no page check at all, for a command that reads a few tables and writes nothing
        /// (`export dgos`): SQLite reports a damaged page it reads, and the check guards writes.
        bool skipCheck = false;
    };

    /// Where the page check of the file stands. Passed unless opened with Options::deferCheck.
    enum class CheckState { Passed, Running, Failed };

    /// The prefix that makes a location a PostgreSQL connection string rather than a file path.
    static constexpr const char* PostgresPrefix = "pg:";
    /// Whether `location` names a PostgreSQL database ("pg:" followed by a libpq keyword=value string).
    static bool isPostgresLocation(const QString& location);
    /// `location` fit to be shown: a password written in a connection string is masked.
    static QString displayLocation(const QString& location);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Opens (or creates) `path`. A file that is not a Palier database, is damaged or comes from a newer
    /// Palier is refused and left untouched. A PostgreSQL location (isPostgresLocation) gets the schema when its
    /// database is empty and `create` is set; a user without write grants gets a read-only database.
    static Result<std::unique_ptr<Database>> open(const QString& path, const Options& options);

    /// The schema version this build of Palier writes.
    static int currentSchemaVersion();

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    /// Hands the connection to `thread`, which uses it from then on; called on the connection's thread, with no
    /// query open (Qt 6.8's QSqlDatabase::moveToThread). A file opened on another thread is then used by the window.
    void moveToThread(QThread* thread);
    QString path() const { return m_path; }
    /// Opened read-only, or found damaged by the deferred check.
    bool isReadOnly() const;
    SqlDialect dialect() const { return m_dialect; }
    bool isPostgres() const { return m_dialect == SqlDialect::Postgres; }
    int schemaVersion() const { return m_schemaVersion; }
    /// Where the page check stands; Running until waitForCheck() has applied the result of a deferred check.
    CheckState checkState() const;
    /// Finishes when the deferred check does (at once when there is none), for a window to learn of it without
    /// waiting; then call waitForCheck() on the thread of the connection to apply the result.
    QFuture<void> checkFinished() const;
    /// Waits for the deferred check and applies its result: writes allowed when it passed; when it failed, the
    /// database becomes read-only and the error ("damaged, restore from a backup") is returned, now and on every
    /// write. Returns at once when there is no check running.
    Result<void> waitForCheck() const;
    /// Starts a deferred check opened with Options::startCheckLater; nothing when it runs already or there is none.
    void startCheck() const;

    /// The copy written before the last migration run by open(), or empty when none was needed.
    QString migrationBackupPath() const { return m_migrationBackup; }

    /// Runs one statement without results; the error carries the statement.
    Result<void> exec(const QString& sql) const;
    /// Writes a consistent copy of the whole database to `target` (VACUUM INTO). SQLite only.
    Result<void> backupTo(const QString& target) const;

    /// Starts a write transaction; its audit entries will name the current user.
    Result<void> beginTransaction() const;
    /// Chains the audit entries of the transaction, then commits it; on failure, rolls it back.
    Result<void> commit() const;
    void rollback() const;

private:
    Database(QString path, QString connectionName, bool readOnly);
    static Result<std::unique_ptr<Database>> openPostgres(const QString& location, const Options& options);
    Result<void> verifyPostgres(const Options& options);
    Result<void> migratePostgres();
    /// Whether changes write audit entries: a writable database of the schema that has the audit trail.
    bool isAudited() const;
    Result<void> configure() const;
    /// Checks the file's pages (unless `checkPages` is false: deferred), its application id and its version.
    Result<void> verifyContent(bool checkPages);
    Result<void> migrate(const Options& options);
    /// Whether opening writes nothing before a deferred check could pass (schema current, already in WAL mode).
    bool canDeferCheck(const Options& options) const;
    /// Blocks writes on the connection (PRAGMA query_only) and starts the page check in a worker thread.
    void startDeferredCheck(bool later);

    struct DeferredCheck;

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    SqlDialect m_dialect = SqlDialect::Sqlite;
    int m_schemaVersion = 0;
    QString m_migrationBackup;
    std::unique_ptr<DeferredCheck> m_check; ///< the deferred page check, while it runs and once applied
};

/// Rolls back unless commit() was called: one guard per unit of work.
class TransactionGuard
{
public:
    explicit TransactionGuard(const Database& db);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard&) = delete;
    TransactionGuard& operator=(const TransactionGuard&) = delete;

    const Result<void>& started() const { return m_started; }
    Result<void> commit();

private:
    const Database& m_db;
    Result<void> m_started;
    bool m_done = false;
};

/// Builds an Error from a failed query, with a translated message and the SQL in the detail.
Error sqlError(const QString& message, const class QSqlQuery& query);

} // namespace Palier
