// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/DiskErrors.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <cerrno>

namespace Palier {

QString DiskErrors::code()
{
    return QStringLiteral("disk.full");
}

bool DiskErrors::isFullErrno(int value)
{
    return value == ENOSPC || value == EFBIG
#ifdef EDQUOT
           || value == EDQUOT
#endif
        ;
}

namespace {

/// `path` as the user knows it: a file written under a temporary name ending in ".partial" (renamed once
/// complete) is named as it will be.
QString shown(const QString& path)
{
    const QLatin1String partial(".partial");
    return QDir::toNativeSeparators(path.endsWith(partial) ? path.chopped(partial.size()) : path);
}

} // namespace

bool DiskErrors::isUnwritableErrno(int value)
{
    return value == EACCES || value == EPERM || value == EROFS || value == ENOTDIR || value == ENOENT;
}

namespace {

sqlite3* sqliteOf(const QSqlDriver* driver)
{
    if (!driver || driver->dbmsType() != QSqlDriver::SQLite) {
        return nullptr;
    }
    const QVariant handle = driver->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(handle.constData());
}

} // namespace

bool DiskErrors::isSqliteFull(const QSqlDriver* driver)
{
    sqlite3* db = sqliteOf(driver);
    if (!db) {
        return false;
    }
    const int code = sqlite3_extended_errcode(db);
    if ((code & 0xff) == SQLITE_FULL) {
        return true;
    }
    // A write refused with EFBIG (the file size limit) or EDQUOT comes as SQLITE_IOERR_WRITE (or _FSYNC,
    // _TRUNCATE…); the system's errno of that failure tells the full disk from a damaged one.
    return (code & 0xff) == SQLITE_IOERR && isFullErrno(sqlite3_system_errno(db));
}

Error DiskErrors::full(const QString& path, const QString& detail)
{
    const QString message =
        path.isEmpty()
            ? tr("The disk is full: Palier could not write what it needed, and saved nothing of it. What was saved "
                 "before is intact. Free some space on the disk, then try again.")
            : tr("The disk is full: “%1” could not be written, and nothing was left half-written. What was saved "
                 "before is intact. Free some space on the disk, or choose another disk, then try again.")
                  .arg(shown(path));
    return Error{code(), message, detail};
}

Error DiskErrors::unwritable(const QString& path, const QString& detail)
{
    return Error{QStringLiteral("disk.unwritable"),
                 tr("Cannot write “%1”: its folder does not exist, is read-only, or you may not write there. Nothing "
                    "was written. Choose another folder.")
                     .arg(shown(path)),
                 detail};
}

Error DiskErrors::fromSql(Error error, const QSqlDriver* driver, const QString& path)
{
    if (isSqliteFull(driver)) {
        return full(path, error.detail);
    }
    sqlite3* db = sqliteOf(driver);
    if (!path.isEmpty() && db && (sqlite3_extended_errcode(db) & 0xff) == SQLITE_CANTOPEN &&
        isUnwritableErrno(sqlite3_system_errno(db))) {
        return unwritable(path, error.detail);
    }
    return error;
}

Error DiskErrors::fromErrno(Error error, int errnoValue, const QString& path)
{
    if (isFullErrno(errnoValue)) {
        return full(path, error.detail);
    }
    if (!path.isEmpty() && isUnwritableErrno(errnoValue)) {
        return unwritable(path, error.detail);
    }
    // QSaveFile refuses a folder in the way before any system call: errno says nothing then.
    if (!path.isEmpty() && (errnoValue == EISDIR || QFileInfo(path).isDir())) {
        return Error{QStringLiteral("disk.unwritable"),
                     tr("Cannot write “%1”: a folder of that name is in the way. Nothing was written. Choose another "
                        "name or folder.")
                         .arg(shown(path)),
                     error.detail};
    }
    return error;
}

bool DiskErrors::commit(QSaveFile& file)
{
    if (!file.flush()) {
        const int failure = errno;
        file.cancelWriting();
        file.commit(); // false: removes the temporary file
        errno = failure;
        return false;
    }
    return file.commit();
}

} // namespace Palier
