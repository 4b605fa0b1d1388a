// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/DatabaseLock.h"

#include "workflow/Workflow.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLockFile>
#include <QSaveFile>
#include <QSysInfo>

namespace Palier {

namespace {

QString lockPath(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".lock");
}

QString infoPath(const QString& databasePath)
{
    return lockPath(databasePath) + QStringLiteral(".json");
}

} // namespace

DatabaseLock::DatabaseLock(std::unique_ptr<QLockFile> lock, QString infoPath)
    : m_lock(std::move(lock))
    , m_infoPath(std::move(infoPath))
{}

DatabaseLock::~DatabaseLock()
{
    QFile::remove(m_infoPath);
    m_lock->unlock();
}

std::optional<LockHolder> DatabaseLock::holder(const QString& databasePath)
{
    QFile file(infoPath(databasePath));
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QJsonObject info = QJsonDocument::fromJson(file.readAll()).object();
    if (info.isEmpty()) {
        return std::nullopt;
    }
    return LockHolder{info.value(QStringLiteral("user")).toString(), info.value(QStringLiteral("host")).toString(),
                      info.value(QStringLiteral("pid")).toInteger(),
                      QDateTime::fromString(info.value(QStringLiteral("since")).toString(), Qt::ISODate)};
}

Result<std::unique_ptr<DatabaseLock>> DatabaseLock::acquire(const QString& databasePath)
{
    auto lock = std::make_unique<QLockFile>(lockPath(databasePath));
    // Never stale by age: a referent may keep the window open for days. A lock left by a process that is no
    // longer running on this machine is reclaimed by QLockFile itself.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        if (lock->error() != QLockFile::LockFailedError) {
            return Error{QStringLiteral("db.lock-failed"),
                         tr("Cannot mark “%1” as open: its folder is read-only. Open it read-only, or copy it to a "
                            "folder where you may write.")
                             .arg(QDir::toNativeSeparators(databasePath)),
                         lockPath(databasePath)};
        }
        qint64 pid = 0;
        QString host;
        QString application;
        lock->getLockInfo(&pid, &host, &application);
        const std::optional<LockHolder> recorded = holder(databasePath);
        const QString who = recorded && !recorded->user.isEmpty() ? recorded->user : tr("another user");
        const QString since = recorded && recorded->since.isValid()
                                  ? QLocale().toString(recorded->since, QLocale::ShortFormat)
                                  : tr("an unknown time");
        return Error{QStringLiteral("db.locked"),
                     tr("“%1” is already open for writing by %2 on %3 (process %4) since %5. Open it read-only, or "
                        "ask them to close it.")
                         .arg(QDir::toNativeSeparators(databasePath), who, host)
                         .arg(pid)
                         .arg(since),
                     lockPath(databasePath)};
    }
    const QString info = infoPath(databasePath);
    QSaveFile file(info);
    if (file.open(QIODevice::WriteOnly)) {
        const QJsonObject holderJson{{QStringLiteral("user"), currentAuthor()},
                                     {QStringLiteral("host"), QSysInfo::machineHostName()},
                                     {QStringLiteral("pid"), QCoreApplication::applicationPid()},
                                     {QStringLiteral("since"), QDateTime::currentDateTime().toString(Qt::ISODate)}};
        file.write(QJsonDocument(holderJson).toJson(QJsonDocument::Compact));
        file.commit();
    }
    return std::unique_ptr<DatabaseLock>(new DatabaseLock(std::move(lock), info));
}

} // namespace Palier
