// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <vector>

namespace Palier {

/// One step of the schema: the statements that take a database from version - 1 to version.
struct Migration
{
    int version;
    QString description;
    QStringList statements; ///< SQLite's SQL
    /// PostgreSQL's variant of `statements` when they cannot be translated (SqlDialect.h); empty: translated.
    QStringList postgresStatements{};
};

/// The version of the last step of migrations(): what a database opened by this Palier is brought to. A constant,
/// so that opening a database that is up to date does not build the SQL of every step (tst_migrationv10 checks
/// that it is the last step's).
constexpr int LatestSchemaVersion = 10;

/// Every schema step, ordered by version, starting at 1. Steps are never edited once shipped: a change
/// to the schema is a new step at the end (and LatestSchemaVersion its version).
const std::vector<Migration>& migrations();

/// Version 4, kept in its own file (MigrationV4.cpp): instruction tables.
Migration migrationVersion4();

/// Version 5 (MigrationV5.cpp): the regional roadmap, funding and the preselection.
Migration migrationVersion5();

/// Version 6 (MigrationV6.cpp): notification letters.
Migration migrationVersion6();

/// Version 7 (MigrationV7.cpp): the audit trail.
Migration migrationVersion7();

/// Version 8 (MigrationV8.cpp): follow-up of funded projects (projects, indicator declarations, payments).
Migration migrationVersion8();

/// Version 9 (MigrationV9.cpp): a row version on every editable row, for optimistic concurrency (RowVersion.h).
Migration migrationVersion9();

/// Version 10 (MigrationV10.cpp): an id for `setting` and `roadmap_share`, named by their audit entries.
Migration migrationVersion10();

/// The names of the tables whose rows carry a `row_version` from version 9 on.
QStringList versionedTables();

/// The tables whose ids are never given twice from version 10 on (AUTOINCREMENT on SQLite, an identity on
/// PostgreSQL), not even the id of a row removed earlier that audit entries name: `setting`, `roadmap_share`.
QStringList neverReusedIdTables();

/// The statements of `step` for `postgres` (true) or SQLite (false).
QStringList migrationStatements(const Migration& step, bool postgres);

} // namespace Palier
