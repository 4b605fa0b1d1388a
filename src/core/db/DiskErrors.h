// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

class QSaveFile;
class QSqlDriver;

namespace Palier {

/// Recognises a full disk behind a failed write (no space left, a quota reached, or a file grown to the largest
/// size the system allows) and says so in one clear message: what happened, that what was already saved is
/// intact, and what to do. Every writer asks it right after its write failed, while the cause is still known.
class DiskErrors
{
    Q_DECLARE_TR_FUNCTIONS(Palier::DiskErrors)

public:
    /// The code of the disk-full error ("disk.full"); the CLI exits 2 with it.
    static QString code();

    /// True for the errno values of a full disk: ENOSPC, EDQUOT, EFBIG.
    static bool isFullErrno(int value);

    /// True when the last failure on the SQLite connection of `driver` was a full disk: SQLITE_FULL, or a write
    /// the system refused with one of the errno values above. False for any other driver.
    static bool isSqliteFull(const QSqlDriver* driver);

    /// True for the errno values of a folder one may not write in: EACCES, EPERM, EROFS, ENOTDIR, ENOENT.
    static bool isUnwritableErrno(int value);

    /// The disk-full error while writing `path` (empty: the database); `detail` says what failed.
    static Error full(const QString& path, const QString& detail);
    /// The error for a file `path` that cannot be created where it was asked (code "disk.unwritable").
    static Error unwritable(const QString& path, const QString& detail);

    /// `error`, or the disk-full error (keeping its detail) when the last failure on `driver` was a full disk; with
    /// a `path` (a file SQLite was writing, as VACUUM INTO does), also the unwritable error when it could not be
    /// created.
    static Error fromSql(Error error, const QSqlDriver* driver, const QString& path = {});

    /// `error`, or the disk-full or unwritable error (keeping its detail) when `errnoValue`, errno read right
    /// after the failed write of `path`, says so.
    static Error fromErrno(Error error, int errnoValue, const QString& path);

    /// QSaveFile::commit(), without its trap: Qt 6.4 renames the temporary file over the target, and returns true,
    /// even when the last buffered bytes could not be written (a full disk), leaving a truncated file. This flushes
    /// `file` first; when that fails it cancels the file (the target is left as it was) and returns false with errno
    /// as the failed write left it, for fromErrno(). Every QSaveFile written with write() is committed through it.
    static bool commit(QSaveFile& file);
};

} // namespace Palier
