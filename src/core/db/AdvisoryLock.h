// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Advisory locks: long operations (import, preselection, sealing) that two referents must not run at once on the
// same campaign. PostgreSQL: pg_try_advisory_lock / pg_try_advisory_xact_lock on a key hashed from the name.
// SQLite: the database's own write lock for a transaction (what BEGIN IMMEDIATE takes), a lock file next to the
// database for a session.

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QLockFile;

namespace Palier {

class Database;

/// Takes the lock `name` until the current transaction ends, without waiting: "db.busy" when another client holds
/// it. Call it inside a TransactionGuard.
Result<void> lockForTransaction(const Database& db, const QString& name);

/// The lock `name` held across transactions until destroyed (destroy it before the Database).
class AdvisoryLock
{
    Q_DECLARE_TR_FUNCTIONS(Palier::AdvisoryLock)

public:
    ~AdvisoryLock();
    AdvisoryLock(const AdvisoryLock&) = delete;
    AdvisoryLock& operator=(const AdvisoryLock&) = delete;

    /// Takes the lock without waiting; "db.busy" when another client holds it.
    static Result<std::unique_ptr<AdvisoryLock>> tryAcquire(const Database& db, const QString& name);

private:
    AdvisoryLock(const Database& db, QString name, std::unique_ptr<QLockFile> file);

    const Database& m_db;
    QString m_name;
    std::unique_ptr<QLockFile> m_file;
};

} // namespace Palier
