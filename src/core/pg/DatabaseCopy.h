// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Copying a whole campaign between a `.palier` file and a PostgreSQL database, either way (palier-cli migrate).
// Every table is copied in one transaction on the target, then compared with the source by row count and a
// checksum; on any difference or error the transaction is rolled back and a new target file removed: the target
// is never left half-written.

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Palier {

class Database;

/// The row count and checksum of one table: SHA-256 over the sorted SHA-256 of each row's values, so that neither
/// the order rows come in nor the engine's text collation changes it.
struct TableDigest
{
    QString table;
    qint64 rows = 0;
    QString checksum;
};

/// One table copied: the source and target digests.
struct TableCheck
{
    TableDigest source;
    TableDigest target;
    bool matches() const { return source.rows == target.rows && source.checksum == target.checksum; }
};

struct CopyReport
{
    QList<TableCheck> tables;
    bool ok() const;
};

/// The digest of every table of the schema (not the engine's own tables, nor palier_schema), by table name.
Result<QList<TableDigest>> tableDigests(const Database& db);

/// Copies the database at `from` into `to` (a new .palier file, or an empty PostgreSQL database given as
/// "pg:CONNINFO"). Both must be at the current schema version. On a mismatch the report says which tables and the
/// target is left as it was.
Result<CopyReport> copyDatabase(const QString& from, const QString& to);

} // namespace Palier
