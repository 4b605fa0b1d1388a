// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Palier {

class Database;

/// One backup of a database, as found in the backup folder.
struct BackupFile
{
    QString path;
    QDateTime takenAt; ///< from the file name, local time
    qint64 size = 0;
};

/// Automatic and manual backups of regional databases: consistent copies (VACUUM INTO) kept in a folder, the
/// most recent N of each database, and restoring one of them in place of the database.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Palier::Backups)

public:
    static constexpr int DefaultKeep = 10;

    /// Where automatic backups go: a "backups" folder in the user's data directory.
    static QString defaultDirectory();

    /// The backups of the database at `databasePath` in `directory`, the most recent first. They are named
    /// "<database name>-<yyyyMMdd-HHmmss-zzz>.palier".
    static QList<BackupFile> list(const QString& databasePath, const QString& directory);

    /// Writes a backup of `db` into `directory` (created if needed) and removes that database's oldest backups
    /// beyond the `keep` most recent. Returns the path written.
    static Result<QString> take(const Database& db, const QString& directory, int keep);

    /// Replaces the database file at `databasePath` by the backup `backupPath`. The backup is checked first (a
    /// Palier database, undamaged, not from a newer Palier); the current file, if any, is itself backed up into
    /// `directory` before it is replaced, and that path is returned (empty when there was no file). The file is
    /// replaced atomically: a failure leaves it as it was. The database must not be open.
    static Result<QString> restore(const QString& databasePath, const QString& backupPath, const QString& directory,
                                   int keep);
};

} // namespace Palier
