// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Backups.h"

#include "db/Database.h"
#include "db/DiskErrors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <cerrno>

namespace Palier {

namespace {

const QString StampFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

/// "<base>-20261122-101500-123.palier" → its time, or an invalid QDateTime for any other name.
QDateTime stampOf(const QString& fileName, const QString& base)
{
    static const QRegularExpression pattern(QStringLiteral("^(.+)-(\\d{8}-\\d{6}-\\d{3})\\.palier$"));
    const QRegularExpressionMatch match = pattern.match(fileName);
    if (!match.hasMatch() || match.captured(1) != base) {
        return {};
    }
    return QDateTime::fromString(match.captured(2), StampFormat);
}

Error directoryError(const QString& directory)
{
    return Error{QStringLiteral("backup.directory"),
                 Backups::tr("Cannot create the backup folder “%1”. Check that you may write there, or choose "
                             "another folder.")
                     .arg(native(directory)),
                 directory};
}

/// Checks that `path` is a Palier database this build can open, without writing to it.
Result<void> checkBackup(const QString& path)
{
    if (!QFileInfo(path).isFile()) {
        return Error{QStringLiteral("backup.missing"),
                     Backups::tr("The backup “%1” does not exist. Choose an existing .palier file.").arg(native(path)),
                     path};
    }
    Result<std::unique_ptr<Database>> opened = Database::open(path, {.readOnly = true});
    if (!opened) {
        return opened.error();
    }
    if (opened.value()->schemaVersion() > Database::currentSchemaVersion()) {
        return Error{
            QStringLiteral("backup.too-new"),
            Backups::tr("The backup “%1” comes from a newer Palier. Update Palier to restore it.").arg(native(path)),
            path};
    }
    return {};
}

} // namespace

QString Backups::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/backups");
}

QList<BackupFile> Backups::list(const QString& databasePath, const QString& directory)
{
    const QString base = QFileInfo(databasePath).completeBaseName();
    QList<BackupFile> found;
    const QFileInfoList entries =
        QDir(directory).entryInfoList({base + QStringLiteral("-*.palier")}, QDir::Files, QDir::Name);
    for (const QFileInfo& entry : entries) {
        const QDateTime takenAt = stampOf(entry.fileName(), base);
        if (takenAt.isValid()) {
            found.append({entry.absoluteFilePath(), takenAt, entry.size()});
        }
    }
    std::sort(found.begin(), found.end(),
              [](const BackupFile& a, const BackupFile& b) { return a.takenAt > b.takenAt; });
    return found;
}

Result<QString> Backups::take(const Database& db, const QString& directory, int keep)
{
    if (!QDir().mkpath(directory)) {
        return directoryError(directory);
    }
    const QString base = QFileInfo(db.path()).completeBaseName();
    QDateTime now = QDateTime::currentDateTime();
    QString target;
    // Two backups in the same millisecond (a restore right after a close) must not collide.
    for (;; now = now.addMSecs(1)) {
        target = QDir(directory).absoluteFilePath(base + u'-' + now.toString(StampFormat) + QStringLiteral(".palier"));
        if (!QFileInfo::exists(target)) {
            break;
        }
    }
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    if (Result<void> written = db.backupTo(partial); !written) {
        QFile::remove(partial);
        return written.error();
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return directoryError(directory);
    }
    const QList<BackupFile> all = list(db.path(), directory);
    for (qsizetype i = qMax(keep, 1); i < all.size(); ++i) {
        QFile::remove(all.at(i).path);
    }
    return target;
}

Result<QString> Backups::restore(const QString& databasePath, const QString& backupPath, const QString& directory,
                                 int keep)
{
    const QString target = QFileInfo(databasePath).absoluteFilePath();
    if (QFileInfo(backupPath).absoluteFilePath() == target) {
        return Error{QStringLiteral("backup.onto-itself"),
                     tr("A database cannot be restored from itself. Choose a backup file."), target};
    }
    if (Result<void> usable = checkBackup(backupPath); !usable) {
        return usable.error();
    }
    QFile source(backupPath);
    if (!source.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("backup.read"),
                     tr("Cannot read the backup “%1”: %2.").arg(native(backupPath), source.errorString()), backupPath};
    }

    // The current state is kept before anything changes: a restore can itself be undone.
    QString safety;
    if (QFileInfo::exists(target)) {
        Result<std::unique_ptr<Database>> current = Database::open(target, {});
        if (!current) {
            return current.error();
        }
        Result<QString> taken = take(*current.value(), directory, keep);
        if (!taken) {
            return taken.error();
        }
        safety = taken.value();
    }

    // A full disk or a folder one may not write in says so (DiskErrors), from errno read right after the failure.
    QSaveFile replacement(target);
    errno = 0;
    if (!replacement.open(QIODevice::WriteOnly)) {
        const int failure = errno;
        return DiskErrors::fromErrno(Error{QStringLiteral("backup.write"),
                                           tr("Cannot write “%1”: %2. Check that you may write in its folder.")
                                               .arg(native(target), replacement.errorString()),
                                           target},
                                     failure, target);
    }
    constexpr qint64 ChunkSize = 1 << 20;
    int writeFailure = 0;
    QString detail;
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(ChunkSize);
        if (chunk.isEmpty()) {
            detail = source.errorString();
            replacement.cancelWriting();
            break;
        }
        errno = 0;
        if (replacement.write(chunk) != chunk.size()) {
            writeFailure = errno;
            detail = replacement.errorString();
            replacement.cancelWriting();
            break;
        }
    }
    errno = 0;
    if (!DiskErrors::commit(replacement)) {
        const int commitFailure = errno;
        if (detail.isEmpty()) {
            detail = replacement.errorString();
        }
        const Error failed{QStringLiteral("backup.write"),
                           tr("Cannot write “%1”: %2. The database was left as it was.").arg(native(target), detail),
                           target};
        return DiskErrors::fromErrno(failed, writeFailure != 0 ? writeFailure : commitFailure, target);
    }
    // A log left by the replaced file would be replayed into the restored one.
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    return safety;
}

} // namespace Palier
