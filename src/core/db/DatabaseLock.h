// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>

class QLockFile;

namespace Palier {

/// Who holds a database open for writing, as recorded next to it.
struct LockHolder
{
    QString user;
    QString host;
    qint64 pid = 0;
    QDateTime since;
};

/// The write lock of a `.palier` file held by a Palier window: "<file>.lock" (QLockFile: atomic, reclaimed when
/// the process that left it is dead) with "<file>.lock.json" saying who holds it. A second window opening the
/// same file is told who has it and may open it read-only. Released on destruction.
class DatabaseLock
{
    Q_DECLARE_TR_FUNCTIONS(Palier::DatabaseLock)

public:
    ~DatabaseLock();
    DatabaseLock(const DatabaseLock&) = delete;
    DatabaseLock& operator=(const DatabaseLock&) = delete;

    /// Takes the lock of the database at `databasePath`. Error "db.locked" naming the holder when another
    /// window has it; "db.lock-failed" when the lock cannot be written (read-only folder).
    static Result<std::unique_ptr<DatabaseLock>> acquire(const QString& databasePath);

    /// The holder recorded for `databasePath`, if any.
    static std::optional<LockHolder> holder(const QString& databasePath);

private:
    DatabaseLock(std::unique_ptr<QLockFile> lock, QString infoPath);

    std::unique_ptr<QLockFile> m_lock;
    QString m_infoPath;
};

} // namespace Palier
