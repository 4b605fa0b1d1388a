// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The shared PostgreSQL database on the command line: the global --pg CONNINFO option, `pg-setup` and `migrate`.
// Passwords never go on the command line nor in Palier's settings: libpq reads PGPASSWORD or ~/.pgpass.

#include <QCommandLineOption>
#include <QList>
#include <QStringList>

class QCommandLineParser;

namespace Palier::Cli {

class Output;

/// --pg CONNINFO, accepted wherever --db FILE is.
const QCommandLineOption& pgOption();
/// The arguments with `--pg CONNINFO` (or --pg=CONNINFO) turned into `--db pg:CONNINFO`: every command then reads
/// its database from --db, whichever engine it is on.
QStringList withPostgresAsDb(const QStringList& arguments);

/// The options of `pg-setup` besides --db/--pg and --json.
QList<QCommandLineOption> pgSetupOptions();
/// palier-cli pg-setup --pg CONNINFO [--referent USER]… [--reader USER]…: the schema, the roles palier_referent and
/// palier_lecteur and their grants. Exit 0, or 2 (cannot connect, not allowed).
int runPgSetup(QCommandLineParser& parser, Output& output);

/// The options of `migrate`: --from and --to.
QList<QCommandLineOption> migrateOptions();
/// palier-cli migrate --from F.palier --to CONNINFO (or the other way): copies every table in one transaction,
/// prints the row count and checksum of each on both sides. Exit 0, 1 (a table differs: nothing written), or 2.
int runMigrate(QCommandLineParser& parser, Output& output);

} // namespace Palier::Cli
