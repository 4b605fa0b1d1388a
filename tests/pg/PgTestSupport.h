// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The PostgreSQL tests run against the private cluster started by the ctest fixture pg_cluster
// (scripts/pg-cluster.sh, state in $PALIER_PG_STATE_DIR). Each test gets a scratch database of its own, dropped at
// the end. Without a cluster they skip, unless PALIER_PG_REQUIRED=1 (scripts/test.sh, CI): then they fail.

#include "db/Database.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTest>

namespace PgTest {

/// The superuser connection string of the test cluster, or empty with the reason in `why`.
inline QString adminConninfo(QString* why)
{
    const QString state = qEnvironmentVariable("PALIER_PG_STATE_DIR");
    if (state.isEmpty()) {
        *why = QStringLiteral("PALIER_PG_STATE_DIR is not set (run through ctest)");
        return {};
    }
    QFile file(state + QStringLiteral("/conninfo"));
    if (!file.open(QIODevice::ReadOnly)) {
        QFile unavailable(state + QStringLiteral("/unavailable"));
        *why = unavailable.open(QIODevice::ReadOnly) ? QString::fromUtf8(unavailable.readAll()).trimmed()
                                                     : QStringLiteral("no cluster in %1").arg(state);
        return {};
    }
    return QString::fromUtf8(file.readAll()).trimmed();
}

/// `conninfo` with `key` set to `value` (replaced when present, appended otherwise).
inline QString withParameter(QString conninfo, const QString& key, const QString& value)
{
    const QRegularExpression existing(QStringLiteral("\\b%1=\\S*").arg(key));
    const QString pair = QStringLiteral("%1=%2").arg(key, value);
    if (conninfo.contains(existing)) {
        return conninfo.replace(existing, pair);
    }
    return conninfo + u' ' + pair;
}

/// Runs statements on a short-lived connection of its own.
inline bool execAs(const QString& conninfo, const QStringList& statements)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("pgtest-admin-%1").arg(counter.fetchAndAddRelaxed(1));
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setConnectOptions(conninfo);
        if (!db.open()) {
            qWarning() << db.lastError().text();
            ok = false;
        }
        if (ok) {
            QSqlQuery(db).exec(QStringLiteral("SET client_min_messages = warning"));
        }
        for (const QString& sql : statements) {
            if (!ok) {
                break;
            }
            QSqlQuery query(db);
            if (!query.exec(sql)) {
                qWarning() << sql << query.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

/// A database of its own on the test cluster, dropped on destruction.
class ScratchDatabase
{
public:
    explicit ScratchDatabase(const QString& admin)
        : m_admin(admin)
    {
        static QAtomicInt counter;
        m_name = QStringLiteral("palier_test_%1_%2")
                     .arg(QCoreApplication::applicationPid())
                     .arg(counter.fetchAndAddRelaxed(1));
        m_ok = execAs(admin, {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name),
                              QStringLiteral("CREATE DATABASE %1").arg(m_name)});
    }
    ~ScratchDatabase() { execAs(m_admin, {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name)}); }
    ScratchDatabase(const ScratchDatabase&) = delete;
    ScratchDatabase& operator=(const ScratchDatabase&) = delete;

    bool ok() const { return m_ok; }
    QString name() const { return m_name; }
    /// The libpq string of this database, as the superuser.
    QString conninfo() const { return withParameter(m_admin, QStringLiteral("dbname"), m_name); }
    /// The same, for Database::open().
    QString location() const { return QLatin1String(Palier::Database::PostgresPrefix) + conninfo(); }
    /// As another login role (with a password: the cluster authenticates with SCRAM).
    QString locationAs(const QString& user, const QString& password) const
    {
        QString info = withParameter(conninfo(), QStringLiteral("user"), user);
        info = withParameter(info, QStringLiteral("password"), password);
        return QLatin1String(Palier::Database::PostgresPrefix) + info;
    }

private:
    QString m_admin;
    QString m_name;
    bool m_ok = false;
};

} // namespace PgTest

/// The admin conninfo into `variable`, or skip (fail when PALIER_PG_REQUIRED=1) when no cluster runs.
#define PG_ADMIN_OR_SKIP(variable)                                                                                     \
    QString variable;                                                                                                  \
    do {                                                                                                               \
        QString why;                                                                                                   \
        variable = PgTest::adminConninfo(&why);                                                                        \
        if (variable.isEmpty()) {                                                                                      \
            if (qEnvironmentVariable("PALIER_PG_REQUIRED") == QLatin1String("1")) {                                    \
                QFAIL(qPrintable(QStringLiteral("no PostgreSQL test cluster: ") + why));                               \
            }                                                                                                          \
            QSKIP(qPrintable(QStringLiteral("no PostgreSQL test cluster: ") + why));                                   \
        }                                                                                                              \
    } while (false)
