// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The audit trail: every change to the decisions of a campaign (candidatures, scores, grids and weights, the
// roadmap and envelope, preselection runs, letters…) is written to `audit_entry` by triggers, in the same
// transaction as the change, with the values before and after. Each entry is chained to the previous one by a
// SHA-256, computed when the transaction commits (Database::commit), so that an entry edited, removed or added
// behind Palier's back breaks the chain at that entry.

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Palier {

class Database;

/// The schema version that brought the audit trail.
constexpr int AuditSchemaVersion = 7;

/// One audited table: its name, the entity name written in the entries, its key and the columns recorded.
struct AuditedTable
{
    QString table;
    QString entity;
    QString key;
    QStringList columns;
};

/// The statements creating the insert, update and delete triggers of `table`. An update that changes none of
/// the columns writes nothing.
QStringList auditTriggerStatements(const AuditedTable& table);

/// One entry of the trail, as stored.
struct AuditEntry
{
    qint64 id = 0;
    QString at; ///< ISO 8601, UTC
    QString user;
    QString entity;
    qint64 entityId = 0;
    QString action; ///< insert, update, delete
    QString before; ///< JSON object of the recorded columns, or empty
    QString after;
    QString reason;
    QString previousHash;
    QString hash;
};

/// The hash of an entry: SHA-256 (hex) of the previous entry's hash and every field of this one.
QString auditEntryHash(const AuditEntry& entry, const QString& previousHash);

/// Called at the start of a write transaction: the entries it writes name `user`, and `reason` if one is given.
Result<void> setAuditContext(const Database& db, const QString& user, const QString& reason = {});

/// Chains the entries written by the current transaction (those without a hash yet and with an author), then
/// forgets the author. Called by Database::commit() before it commits.
Result<void> sealAuditEntries(const Database& db);

/// The result of checking the whole chain.
struct AuditVerification
{
    qint64 entries = 0;
    std::optional<qint64> firstBroken; ///< the id of the first entry that does not verify
    QString problem;                   ///< translated: what is wrong with it
    bool ok() const { return !firstBroken; }
};

/// Recomputes the chain from the first entry; stops at the first entry whose hash, link or presence is wrong.
Result<AuditVerification> verifyAuditChain(const Database& db);

/// Entries, most recent first, optionally of one entity (and id), at most `limit`.
Result<QList<AuditEntry>> auditEntries(const Database& db, const QString& entity = {},
                                       std::optional<qint64> entityId = std::nullopt, int limit = 1000);

} // namespace Palier
