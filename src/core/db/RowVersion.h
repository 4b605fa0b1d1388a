// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Optimistic concurrency (schema version 9): every editable row carries `row_version`. An edit names the version it
// was prepared on; when a colleague changed the row meanwhile, it is refused with both values, so that the user
// chooses (no silent overwrite, no lost update). Works the same on SQLite and PostgreSQL.

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace Palier {

class Database;

/// Both sides of a refused edit.
struct VersionConflict
{
    QString table;
    qint64 id = 0;
    qint64 expectedVersion = 0; ///< the version the edit was prepared on
    qint64 currentVersion = 0;  ///< the version in the database now
    QVariantMap current;        ///< the edited columns as they are now
    QVariantMap proposed;       ///< the edited columns as the refused edit wanted them
};

/// The version of row `id` of `table` (a table of versionedTables()); "db.not-found" when there is no such row.
Result<qint64> rowVersion(const Database& db, const QString& table, qint64 id);

/// Writes `changes` (column → value) to row `id` of `table` if it is still at `expectedVersion`, and returns its new
/// version. "db.conflict" when another change came first (`conflict`, when given, gets both values), "db.not-found"
/// when the row is gone. Runs inside the caller's transaction (TransactionGuard) when there is one.
Result<qint64> updateWithVersion(const Database& db, const QString& table, qint64 id, qint64 expectedVersion,
                                 const QVariantMap& changes, VersionConflict* conflict = nullptr);

/// For an UPDATE of row `id` of `table` written by other code, which left row_version to the table's trigger: call
/// it right after that UPDATE, in the same transaction, with the version the edit was prepared on. Returns the new
/// version when the row was still at `expectedVersion` when updated; "db.conflict" (the caller rolls back, then
/// reads the row again to show both values) when another change came first; "db.not-found" when the row is gone.
/// The UPDATE holds the row (PostgreSQL) or the database (SQLite) until the commit: no change can come in between.
Result<qint64> confirmUpdatedVersion(const Database& db, const QString& table, qint64 id, qint64 expectedVersion);

/// Who made the last recorded change of row `id` of `table`, and when, if the audit trail has it.
struct LastChange
{
    QString user;
    QDateTime at; ///< UTC; invalid when unknown
};
LastChange lastChange(const Database& db, const QString& table, qint64 id);

/// As lastChange(), for a table whose audit entries name a parent row (`score` by its candidature,
/// `indicator_value` by its establishment): the last entry of `entity` `entityId` whose recorded values (after the
/// change, or before it for a removal) match every column of `match` (column → value).
LastChange lastChangeMatching(const Database& db, const QString& entity, qint64 entityId, const QVariantMap& match);

/// The last recorded change of any row of the audit entities `entities` (a record kept in several tables, as the
/// roadmap or the forfait grid), or nothing when the audit trail has none.
LastChange lastChangeOfEntities(const Database& db, const QStringList& entities);

} // namespace Palier
