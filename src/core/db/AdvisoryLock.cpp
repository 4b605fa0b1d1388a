// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/AdvisoryLock.h"

#include "db/Database.h"

#include <QLockFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Palier {

namespace {

/// What the holder of the lock `name` is doing, as the user reads it.
QString busyMessage(const QString& name)
{
    if (name == QLatin1String("import")) {
        return AdvisoryLock::tr("Someone else (a colleague, or another Palier window) is importing into this database "
                                "right now. Wait until that import has finished, then try again.");
    }
    if (name == QLatin1String("preselection")) {
        return AdvisoryLock::tr("Someone else (a colleague, or another Palier window) is computing and saving a "
                                "preselection run on this database right now. Wait until it is saved, then try "
                                "again.");
    }
    if (name == QLatin1String("seal")) {
        return AdvisoryLock::tr("Someone else (a colleague, or another Palier window) is sealing a preselection "
                                "version on this database right now. Wait until it is sealed, then try again.");
    }
    return AdvisoryLock::tr("Another user of this database is doing the same operation (%1) right now. Wait until "
                            "they have finished, then try again.")
        .arg(name);
}

Error busy(const QString& name, const QString& detail)
{
    return {QStringLiteral("db.busy"), busyMessage(name), detail};
}

/// pg_try_advisory[_xact]_lock on the key of `name`: true when taken.
Result<bool> tryPostgresLock(const Database& db, const QString& function, const QString& name)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT %1(hashtext(?))").arg(function));
    query.addBindValue(QStringLiteral("palier:") + name);
    if (!query.exec() || !query.next()) {
        return sqlError(AdvisoryLock::tr("Cannot take the lock of the operation “%1”.").arg(name), query);
    }
    return query.value(0).toBool();
}

} // namespace

Result<void> lockForTransaction(const Database& db, const QString& name)
{
    if (db.isPostgres()) {
        Result<bool> taken = tryPostgresLock(db, QStringLiteral("pg_try_advisory_xact_lock"), name);
        if (!taken) {
            return taken.error();
        }
        return taken.value() ? Result<void>() : Result<void>(busy(name, QStringLiteral("pg_try_advisory_xact_lock")));
    }
    // A write that changes nothing takes SQLite's write lock now, as BEGIN IMMEDIATE would: a second writer gets
    // "database is locked" (after the busy timeout) instead of both preparing the same change.
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("UPDATE setting SET key = key WHERE 0"))) {
        return busy(name, query.lastError().text());
    }
    return {};
}

AdvisoryLock::AdvisoryLock(const Database& db, QString name, std::unique_ptr<QLockFile> file)
    : m_db(db)
    , m_name(std::move(name))
    , m_file(std::move(file))
{}

AdvisoryLock::~AdvisoryLock()
{
    if (m_file) {
        m_file->unlock();
        return;
    }
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT pg_advisory_unlock(hashtext(?))"));
    query.addBindValue(QStringLiteral("palier:") + m_name);
    query.exec();
}

Result<std::unique_ptr<AdvisoryLock>> AdvisoryLock::tryAcquire(const Database& db, const QString& name)
{
    if (db.isPostgres()) {
        Result<bool> taken = tryPostgresLock(db, QStringLiteral("pg_try_advisory_lock"), name);
        if (!taken) {
            return taken.error();
        }
        if (!taken.value()) {
            return busy(name, QStringLiteral("pg_try_advisory_lock"));
        }
        return std::unique_ptr<AdvisoryLock>(new AdvisoryLock(db, name, nullptr));
    }
    QString safe = name;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    auto file = std::make_unique<QLockFile>(QStringLiteral("%1.%2.lock").arg(db.path(), safe));
    file->setStaleLockTime(0); // reclaimed only when its process is dead
    if (!file->tryLock(0)) {
        return busy(name, QStringLiteral("QLockFile error %1").arg(int(file->error())));
    }
    return std::unique_ptr<AdvisoryLock>(new AdvisoryLock(db, name, std::move(file)));
}

} // namespace Palier
