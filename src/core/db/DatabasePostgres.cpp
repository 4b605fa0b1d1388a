// SPDX-License-Identifier: GPL-3.0-or-later
// The PostgreSQL side of Palier::Database: connecting, recognising a Palier schema, migrating it.
#include "db/DatabasePostgres.h"
#include "db/Database.h"

#include "db/Migrations.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <cstring>

namespace Palier {

namespace {

QString nextPostgresConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("palier-pg-%1").arg(counter.fetchAndAddRelaxed(1));
}

/// Held for the transaction by whoever changes the schema: two clients opening a new database at once do not
/// both migrate it.
const QString SchemaLock = QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('palier.schema'))");

// --- PALIER_TEST_PG (see DatabasePostgres.h) ---

const QByteArray TestMarker = QByteArrayLiteral("palier-test-pg ");

/// The superuser connection string of the test cluster, or empty when the variable is not set.
QString testAdminConninfo()
{
    const QString value = qEnvironmentVariable("PALIER_TEST_PG").trimmed();
    if (value.isEmpty()) {
        return {};
    }
    if (QFile file(value); QFileInfo(value).isFile() && file.open(QIODevice::ReadOnly)) {
        return QString::fromUtf8(file.readAll()).trimmed();
    }
    return value;
}

QString withDatabaseName(QString conninfo, const QString& name)
{
    static const QRegularExpression dbname(QStringLiteral(R"(\bdbname=\S*)"));
    const QString pair = QStringLiteral("dbname=") + name;
    if (conninfo.contains(dbname)) {
        return conninfo.replace(dbname, pair);
    }
    return conninfo + u' ' + pair;
}

Error testError(const QString& detail)
{
    return Error{QStringLiteral("db.test-pg"), QStringLiteral("PALIER_TEST_PG: %1").arg(detail), detail};
}

/// A short-lived superuser connection to the cluster's `postgres` database.
class TestAdmin
{
public:
    explicit TestAdmin(const QString& conninfo)
        : m_name(QStringLiteral("palier-test-admin-%1").arg(counter().fetchAndAddRelaxed(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setConnectOptions(withDatabaseName(conninfo, QStringLiteral("postgres")));
        if (!db.open()) {
            m_error = db.lastError().text();
        } else {
            QSqlQuery(db).exec(QStringLiteral("SET client_min_messages = warning"));
        }
    }
    ~TestAdmin()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    TestAdmin(const TestAdmin&) = delete;
    TestAdmin& operator=(const TestAdmin&) = delete;

    QString error() const { return m_error; }
    Result<void> exec(const QString& sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql)) {
            return testError(QStringLiteral("%1 — %2").arg(query.lastError().text(), sql));
        }
        return {};
    }
    bool exists(const QString& database) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        query.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"));
        query.addBindValue(database);
        return query.exec() && query.next();
    }

private:
    static QAtomicInt& counter()
    {
        static QAtomicInt value;
        return value;
    }
    QString m_name;
    QString m_error;
};

/// The template holding the current schema, built once per cluster (under a lock: the tests run in parallel).
Result<QString> testTemplate(const QString& conninfo, const TestAdmin& admin)
{
    const QString name = QStringLiteral("palier_test_template_v%1").arg(Database::currentSchemaVersion());
    if (admin.exists(name)) {
        return name;
    }
    if (Result<void> locked = admin.exec(QStringLiteral("SELECT pg_advisory_lock(hashtext('palier.test.template'))"));
        !locked) {
        return locked.error();
    }
    Result<void> built;
    if (!admin.exists(name)) {
        const QString building = QStringLiteral("palier_test_building_%1").arg(QCoreApplication::applicationPid());
        built = admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(building));
        if (built) {
            built = admin.exec(QStringLiteral("CREATE DATABASE %1").arg(building));
        }
        if (built) {
            auto db = Database::open(QLatin1String(Database::PostgresPrefix) + withDatabaseName(conninfo, building),
                                     {.create = true});
            if (!db) {
                built = db.error();
            }
        }
        if (built) {
            built = admin.exec(QStringLiteral("ALTER DATABASE %1 RENAME TO %2").arg(building, name));
        }
    }
    (void)admin.exec(QStringLiteral("SELECT pg_advisory_unlock(hashtext('palier.test.template'))"));
    if (!built) {
        return built.error();
    }
    return name;
}

/// `target` made a copy of `source` (a template, or the database of a copied marker file).
Result<void> cloneTestDatabase(const TestAdmin& admin, const QString& source, const QString& target)
{
    if (Result<void> dropped = admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(target));
        !dropped) {
        return dropped;
    }
    // CREATE DATABASE … TEMPLATE fails while another session is connected to the source: a test that has just
    // closed it may still be disconnecting (seconds on a loaded CI machine).
    QElapsedTimer waited;
    waited.start();
    Result<void> created;
    for (;;) {
        created = admin.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(target, source));
        if (created || !created.error().detail.contains(QLatin1String("being accessed by other users")) ||
            waited.hasExpired(30000)) {
            break;
        }
        QThread::msleep(100);
    }
    return created;
}

} // namespace

bool testsRunOnPostgres()
{
    return !qEnvironmentVariable("PALIER_TEST_PG").trimmed().isEmpty();
}

Result<QString> postgresTestLocation(const QString& path, bool create)
{
    if (Database::isPostgresLocation(path)) {
        return QString();
    }
    const QString conninfo = testAdminConninfo();
    if (conninfo.isEmpty()) {
        return QString();
    }
    const QFileInfo info(path);
    QString source; // the database a marker file names
    if (info.exists()) {
        QFile file(path);
        if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
            return QString();
        }
        const QByteArray head = file.read(200);
        if (!head.startsWith(TestMarker)) {
            return QString(); // a real SQLite file: as usual
        }
        source = QString::fromLatin1(head.mid(TestMarker.size()).trimmed());
    } else if (!create) {
        return QString();
    }
    // PALIER_TEST_PG_RUN (set by scripts/pg-run-test.sh) groups the databases of one test run, dropped after it.
    QString run = qEnvironmentVariable("PALIER_TEST_PG_RUN");
    if (!isPlainIdentifier(run) && !run.contains(QRegularExpression(QStringLiteral("^[0-9]{1,10}$")))) {
        run.clear();
    }
    const QString name =
        QStringLiteral("palier_t_") + (run.isEmpty() ? QString() : run + u'_') +
        QString::fromLatin1(
            QCryptographicHash::hash(info.absoluteFilePath().toUtf8(), QCryptographicHash::Sha1).toHex().left(24));
    const QString location = QLatin1String(Database::PostgresPrefix) + withDatabaseName(conninfo, name);
    if (source == name) {
        return location;
    }
    const TestAdmin admin(conninfo);
    if (!admin.error().isEmpty()) {
        return testError(admin.error());
    }
    if (source.isEmpty()) {
        Result<QString> schema = testTemplate(conninfo, admin);
        if (!schema) {
            return schema.error();
        }
        source = schema.value();
    }
    if (Result<void> cloned = cloneTestDatabase(admin, source, name); !cloned) {
        return cloned.error();
    }
    if (!QDir().mkpath(info.absolutePath())) {
        return testError(QStringLiteral("cannot create %1").arg(info.absolutePath()));
    }
    QFile marker(info.absoluteFilePath());
    if (!marker.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        marker.write(TestMarker + name.toLatin1() + '\n') < 0) {
        return testError(QStringLiteral("cannot write %1").arg(info.absoluteFilePath()));
    }
    return location;
}

bool Database::isPostgresLocation(const QString& location)
{
    return location.startsWith(QLatin1String(PostgresPrefix));
}

QString Database::displayLocation(const QString& location)
{
    static const QRegularExpression password(QStringLiteral(R"(password\s*=\s*('(?:[^'\\]|\\.)*'|\S+))"));
    QString shown = location;
    shown.replace(password, QStringLiteral("password=***"));
    return shown;
}

Result<std::unique_ptr<Database>> Database::openPostgres(const QString& location, const Options& options)
{
    const QString conninfo = location.mid(int(std::strlen(PostgresPrefix))).trimmed();
    const QString shown = displayLocation(conninfo);
    std::unique_ptr<Database> db(new Database(location, nextPostgresConnectionName(), options.readOnly));
    db->m_dialect = SqlDialect::Postgres;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connectionName);
        if (!connection.isValid()) {
            return Error{QStringLiteral("db.no-driver"),
                         tr("Qt’s PostgreSQL driver (QPSQL) is not installed. Install the package libqt6sql6-psql."),
                         shown};
        }
        // The whole connection string goes to libpq as it is (Qt appends the options to its own, empty, one).
        connection.setConnectOptions(conninfo);
        if (!options.password.isEmpty()) {
            connection.setPassword(options.password);
        }
        if (!connection.open()) {
            return Error{QStringLiteral("db.cannot-connect"),
                         tr("Cannot connect to the PostgreSQL database “%1”: %2 Check the server address, the user "
                            "and the password (PGPASSWORD, ~/.pgpass or the keychain).")
                             .arg(shown, connection.lastError().databaseText().trimmed()),
                         connection.lastError().text()};
        }
    }
    // Warnings only, and a writer waiting for a colleague's transaction gives up after a while instead of hanging.
    for (const char* setting : {"SET client_min_messages = warning", "SET lock_timeout = '30s'"}) {
        if (Result<void> done = db->exec(QString::fromLatin1(setting)); !done) {
            return done.error();
        }
    }
    if (Result<void> verified = db->verifyPostgres(options); !verified) {
        return verified.error();
    }
    if (!db->m_readOnly) {
        if (Result<void> migrated = db->migratePostgres(); !migrated) {
            return migrated.error();
        }
    } else if (Result<void> done = db->exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
               !done) {
        return done.error();
    }
    return db;
}

Result<void> Database::verifyPostgres(const Options& options)
{
    const QString shown = displayLocation(m_path);
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT to_regclass('palier_schema') IS NOT NULL")) || !query.next()) {
        return sqlError(tr("Cannot read the schema version of the database."), query);
    }
    if (!query.value(0).toBool()) {
        if (!query.exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")) ||
            !query.next()) {
            return sqlError(tr("Cannot read the schema version of the database."), query);
        }
        if (query.value(0).toLongLong() > 0) {
            return Error{QStringLiteral("db.not-palier"),
                         tr("The PostgreSQL database “%1” already holds tables that are not Palier’s. It was left "
                            "untouched; choose an empty database.")
                             .arg(shown),
                         shown};
        }
        if (!options.create || options.readOnly) {
            return Error{QStringLiteral("db.empty"),
                         tr("The PostgreSQL database “%1” has no Palier schema yet. Its administrator creates it with "
                            "palier-cli pg-setup --pg CONNINFO.")
                             .arg(shown),
                         shown};
        }
        m_schemaVersion = 0;
        return {};
    }
    if (!query.exec(QStringLiteral("SELECT application_id, version FROM palier_schema WHERE id = 1")) ||
        !query.next()) {
        return sqlError(tr("Cannot read the schema version of the database."), query);
    }
    if (query.value(0).toInt() != ApplicationId) {
        return Error{QStringLiteral("db.not-palier"),
                     tr("The PostgreSQL database “%1” was not written by Palier. It was left untouched.").arg(shown),
                     shown};
    }
    m_schemaVersion = query.value(1).toInt();
    if (m_schemaVersion > currentSchemaVersion()) {
        return Error{QStringLiteral("db.too-new"),
                     tr("“%1” was written by a newer Palier (schema version %2; this one knows up to %3). "
                        "Update Palier to open it.")
                         .arg(shown)
                         .arg(m_schemaVersion)
                         .arg(currentSchemaVersion()),
                     shown};
    }
    // A reader (palier_lecteur) may not change the files: the database opens read-only for them.
    if (!m_readOnly) {
        if (!query.exec(QStringLiteral("SELECT has_table_privilege('candidature', 'UPDATE')")) || !query.next()) {
            return sqlError(tr("Cannot read the schema version of the database."), query);
        }
        m_readOnly = !query.value(0).toBool();
    }
    return {};
}

Result<void> Database::migratePostgres()
{
    if (m_schemaVersion >= currentSchemaVersion()) {
        return {};
    }
    QSqlDatabase db = connection();
    if (m_schemaVersion == 0) {
        if (!db.transaction()) {
            return Error{QStringLiteral("db.transaction"), tr("Cannot start a change in the database."),
                         db.lastError().text()};
        }
        QStringList statements{
            SchemaLock,
            QStringLiteral("CREATE TABLE IF NOT EXISTS palier_schema (id INTEGER PRIMARY KEY CHECK (id = 1), "
                           "application_id INTEGER NOT NULL, version INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO palier_schema (id, application_id, version) VALUES (1, %1, 0) "
                           "ON CONFLICT (id) DO NOTHING")
                .arg(ApplicationId),
        };
        statements += postgresCompatibility();
        for (const QString& statement : statements) {
            if (Result<void> done = exec(statement); !done) {
                db.rollback();
                return done;
            }
        }
        if (!db.commit()) {
            const QString detail = db.lastError().text();
            db.rollback();
            return Error{QStringLiteral("db.commit"), tr("The change could not be saved and was undone."), detail};
        }
    }
    for (const Migration& step : migrations()) {
        if (step.version <= m_schemaVersion) {
            continue;
        }
        TransactionGuard transaction(*this);
        if (!transaction.started()) {
            return transaction.started();
        }
        if (Result<void> locked = exec(SchemaLock); !locked) {
            return locked;
        }
        QSqlQuery version(db);
        if (!version.exec(QStringLiteral("SELECT version FROM palier_schema WHERE id = 1")) || !version.next()) {
            return sqlError(tr("Cannot read the schema version of the database."), version);
        }
        const int now = version.value(0).toInt();
        version.finish();
        if (now < step.version) { // else another client migrated it meanwhile
            for (const QString& statement : migrationStatements(step, true)) {
                if (Result<void> done = exec(statement); !done) {
                    return Error{QStringLiteral("db.migration"),
                                 tr("Upgrading the database to version %1 failed; it was left at version %2, as it "
                                    "was. Report the problem with its details.")
                                     .arg(step.version)
                                     .arg(m_schemaVersion),
                                 done.error().detail};
                }
            }
            if (Result<void> done =
                    exec(QStringLiteral("UPDATE palier_schema SET version = %1 WHERE id = 1").arg(step.version));
                !done) {
                return done;
            }
        }
        if (Result<void> done = transaction.commit(); !done) {
            return done;
        }
        m_schemaVersion = std::max(now, step.version);
    }
    return {};
}

} // namespace Palier
