// SPDX-License-Identifier: GPL-3.0-or-later
#include "pg/PgSetup.h"

#include "db/Database.h"
#include "db/SqlDialect.h"

#include <QSqlQuery>

namespace Palier {

namespace {

struct SetupText
{
    Q_DECLARE_TR_FUNCTIONS(Palier::PgSetup)
};

Result<void> run(const Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql)) {
        return sqlError(SetupText::tr("Setting up the PostgreSQL database failed; see the details. Connect as a "
                                      "role that may create roles (CREATEROLE) and owns the database."),
                        query);
    }
    return {};
}

Result<bool> roleExists(const Database& db, const QString& role)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"));
    query.addBindValue(role);
    if (!query.exec() || !query.next()) {
        return sqlError(SetupText::tr("Cannot read the roles of the PostgreSQL server."), query);
    }
    return query.value(0).toLongLong() > 0;
}

} // namespace

Result<PgSetupReport> setUpPostgres(const QString& location, const PgSetupOptions& options)
{
    if (!Database::isPostgresLocation(location)) {
        return Error{QStringLiteral("pg.not-postgres"),
                     SetupText::tr("pg-setup works on a PostgreSQL database: give its connection string with --pg."),
                     location};
    }
    Result<std::unique_ptr<Database>> opened = Database::open(location, {.create = true});
    if (!opened) {
        return opened.error();
    }
    const Database& db = *opened.value();
    if (db.isReadOnly()) {
        return Error{QStringLiteral("pg.read-only"),
                     SetupText::tr("This user may not change the database; run pg-setup as its owner."),
                     Database::displayLocation(location)};
    }
    PgSetupReport report;
    report.schemaVersion = db.schemaVersion();
    const QString referent = QString::fromLatin1(ReferentRole);
    const QString reader = QString::fromLatin1(ReaderRole);
    QSqlDatabase connection = db.connection();
    if (!connection.transaction()) {
        return Error{QStringLiteral("db.transaction"), SetupText::tr("Cannot start a change in the database."), {}};
    }
    auto fail = [&connection](const Error& error) {
        connection.rollback();
        return error;
    };
    for (const QString& role : {referent, reader}) {
        Result<bool> exists = roleExists(db, role);
        if (!exists) {
            return fail(exists.error());
        }
        if (!exists.value()) {
            if (Result<void> done = run(db, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(role)); !done) {
                return fail(done.error());
            }
            report.rolesCreated.append(role);
        }
    }
    // format('%I') quotes the database and schema names whatever they are; the role names are Palier's constants.
    const QString both = referent + QStringLiteral(", ") + reader;
    const auto inSchema = [](const QString& grant) {
        return QStringLiteral("DO $palier$ BEGIN EXECUTE format('%1', current_schema()); END $palier$").arg(grant);
    };
    const QStringList grants{
        QStringLiteral("DO $palier$ BEGIN EXECUTE format('GRANT CONNECT ON DATABASE %I TO %1', current_database()); "
                       "END $palier$")
            .arg(both),
        inSchema(QStringLiteral("GRANT USAGE ON SCHEMA %I TO ") + both),
        inSchema(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %I TO ") + reader),
        inSchema(QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO ") + referent),
        inSchema(QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO ") + referent),
        // The schema version is the administrator's: a referent's Palier never migrates a shared database.
        QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON palier_schema FROM %1").arg(referent),
        QStringLiteral("REVOKE ALL ON palier_schema FROM PUBLIC"),
        QStringLiteral("GRANT SELECT ON palier_schema TO %1").arg(both),
    };
    for (const QString& grant : grants) {
        if (Result<void> done = run(db, grant); !done) {
            return fail(done.error());
        }
    }
    const QList<QPair<QStringList, QString>> memberships{{options.referents, referent}, {options.readers, reader}};
    for (const auto& [users, role] : memberships) {
        for (const QString& user : users) {
            if (Result<void> done = run(db, QStringLiteral("GRANT %1 TO %2").arg(role, quotedIdentifier(user)));
                !done) {
                return fail(done.error());
            }
            report.members.append(QStringLiteral("%1 → %2").arg(user, role));
        }
    }
    if (!connection.commit()) {
        return fail(
            Error{QStringLiteral("db.commit"), SetupText::tr("The change could not be saved and was undone."), {}});
    }
    return report;
}

} // namespace Palier
