// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliPg.h"

#include "CliOptions.h"
#include "CliOutput.h"
#include "db/Database.h"
#include "pg/DatabaseCopy.h"
#include "pg/PgSetup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace Palier::Cli {

namespace {

struct PgText
{
    Q_DECLARE_TR_FUNCTIONS(Palier::Cli::Pg)
};

const QString FromOption = QStringLiteral("from");
const QString ToOption = QStringLiteral("to");
const QString ReferentOption = QStringLiteral("referent");
const QString ReaderOption = QStringLiteral("reader");

/// A --from/--to value: "pg:…" or a libpq keyword=value string is a PostgreSQL database, anything else a file.
QString location(const QString& value)
{
    static const QRegularExpression conninfo(QStringLiteral(R"(^\s*[a-z_]+\s*=)"));
    if (Database::isPostgresLocation(value) || !conninfo.match(value).hasMatch()) {
        return value;
    }
    return QLatin1String(Database::PostgresPrefix) + value;
}

} // namespace

const QCommandLineOption& pgOption()
{
    static const QCommandLineOption option(
        QStringLiteral("pg"),
        PgText::tr("A shared PostgreSQL database instead of --db: a libpq connection string such as “host=… port=5432 "
                   "dbname=… user=… sslmode=verify-full sslrootcert=…”. The password comes from PGPASSWORD or "
                   "~/.pgpass, never from the command line."),
        PgText::tr("conninfo"));
    return option;
}

QStringList withPostgresAsDb(const QStringList& arguments)
{
    QStringList result;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if ((argument == QLatin1String("--pg") || argument == QLatin1String("-pg")) && i + 1 < arguments.size()) {
            result << QStringLiteral("--db") << location(QLatin1String(Database::PostgresPrefix) + arguments.at(++i));
        } else if (argument.startsWith(QLatin1String("--pg="))) {
            result << QStringLiteral("--db") << QLatin1String(Database::PostgresPrefix) + argument.mid(5);
        } else {
            result << argument;
        }
    }
    return result;
}

QList<QCommandLineOption> pgSetupOptions()
{
    return {
        QCommandLineOption(ReferentOption, PgText::tr("A login role to make a referent (read and write)."),
                           PgText::tr("user")),
        QCommandLineOption(ReaderOption, PgText::tr("A login role to make a reader (read only)."), PgText::tr("user"))};
}

int runPgSetup(QCommandLineParser& parser, Output& output)
{
    const QString target = parser.value(dbOption());
    if (!Database::isPostgresLocation(target)) {
        return output.fail(argumentError(PgText::tr("pg-setup takes --pg CONNINFO, a PostgreSQL database.")));
    }
    Result<PgSetupReport> report = setUpPostgres(target, {parser.values(ReferentOption), parser.values(ReaderOption)});
    if (!report) {
        return output.fail(report.error());
    }
    const QString shown = Database::displayLocation(target);
    output.line(PgText::tr("%1: schema version %2, roles %3 (read and write) and %4 (read only).")
                    .arg(shown)
                    .arg(report->schemaVersion)
                    .arg(QLatin1String(ReferentRole), QLatin1String(ReaderRole)));
    for (const QString& role : report->rolesCreated) {
        output.line(PgText::tr("  role created: %1").arg(role));
    }
    for (const QString& member : report->members) {
        output.line(PgText::tr("  granted: %1").arg(member));
    }
    output.json({{QStringLiteral("database"), shown},
                 {QStringLiteral("schemaVersion"), report->schemaVersion},
                 {QStringLiteral("rolesCreated"), QJsonArray::fromStringList(report->rolesCreated)},
                 {QStringLiteral("members"), QJsonArray::fromStringList(report->members)}});
    return Success;
}

QList<QCommandLineOption> migrateOptions()
{
    return {QCommandLineOption(FromOption, PgText::tr("The database to copy: a .palier file or a connection string."),
                               PgText::tr("source")),
            QCommandLineOption(ToOption,
                               PgText::tr("Where to copy it: a new .palier file or an empty PostgreSQL database."),
                               PgText::tr("target"))};
}

int runMigrate(QCommandLineParser& parser, Output& output)
{
    if (!parser.isSet(FromOption) || !parser.isSet(ToOption)) {
        return output.fail(argumentError(PgText::tr("migrate takes --from SOURCE and --to TARGET.")));
    }
    const QString from = location(parser.value(FromOption));
    const QString to = location(parser.value(ToOption));
    if (Database::isPostgresLocation(from) == Database::isPostgresLocation(to)) {
        return output.fail(argumentError(
            PgText::tr("migrate copies between a .palier file and a PostgreSQL database: one of --from and --to is a "
                       "file, the other a connection string.")));
    }
    Result<CopyReport> report = copyDatabase(from, to);
    if (!report) {
        return output.fail(report.error());
    }
    QJsonArray tables;
    int differing = 0;
    output.line(QStringLiteral("  %1 %2 %3 %4")
                    .arg(PgText::tr("table"), -24)
                    .arg(PgText::tr("source"), 8)
                    .arg(PgText::tr("copy"), 8)
                    .arg(PgText::tr("checksum")));
    for (const TableCheck& t : report->tables) {
        const bool same = t.matches();
        differing += same ? 0 : 1;
        output.line(QStringLiteral("  %1 %2 %3 %4 %5")
                        .arg(t.source.table, -24)
                        .arg(t.source.rows, 8)
                        .arg(t.target.rows, 8)
                        .arg(t.source.checksum.left(16), same ? PgText::tr("same") : PgText::tr("DIFFERENT")));
        tables.append(QJsonObject{{QStringLiteral("table"), t.source.table},
                                  {QStringLiteral("sourceRows"), t.source.rows},
                                  {QStringLiteral("targetRows"), t.target.rows},
                                  {QStringLiteral("sourceChecksum"), t.source.checksum},
                                  {QStringLiteral("targetChecksum"), t.target.checksum},
                                  {QStringLiteral("matches"), same}});
    }
    const QString shownFrom = Database::displayLocation(from);
    const QString shownTo = Database::displayLocation(to);
    output.line(
        report->ok()
            ? PgText::tr("Copied %1 into %2: %Ln table(s), every row count and checksum equal.", "",
                         int(report->tables.size()))
                  .arg(shownFrom, shownTo)
            : PgText::tr("%Ln table(s) differ after the copy: nothing was written to %1.", "", differing).arg(shownTo));
    output.json({{QStringLiteral("from"), shownFrom},
                 {QStringLiteral("to"), shownTo},
                 {QStringLiteral("ok"), report->ok()},
                 {QStringLiteral("tables"), tables}});
    return report->ok() ? Success : ProblemsFound;
}

} // namespace Palier::Cli
