// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the follow-up tests: a regional demo database written once per test executable (with or without the
// follow-up stage), copied for each test so that every test starts from the same state.

#include "db/Database.h"
#include "demo/DemoGenerator.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

namespace FollowUpTest {

/// Writes the regional demo (seed 2019) at `path`; returns false (with a warning) when it fails.
inline bool writeDemo(const QString& path, bool followUp, quint32 seed = 2019)
{
    auto db = Palier::Database::open(path, {.create = true});
    if (!db) {
        qWarning() << db.error().message << db.error().detail;
        return false;
    }
    Palier::DemoOptions options;
    options.seed = seed;
    options.followUp = followUp;
    const Palier::Result<Palier::DemoSummary> demo = Palier::generateDemo(*db.value(), options);
    if (!demo) {
        qWarning() << demo.error().message << demo.error().detail;
        return false;
    }
    return true;
}

/// A copy of the database file `from` at `to`, opened.
inline std::unique_ptr<Palier::Database> openCopy(const QString& from, const QString& to)
{
    QFile::remove(to);
    if (!QFile::copy(from, to)) {
        qWarning() << "cannot copy" << from << "to" << to;
        return nullptr;
    }
    QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
    auto db = Palier::Database::open(to, {});
    if (!db) {
        qWarning() << db.error().message << db.error().detail;
        return nullptr;
    }
    return std::move(db).value();
}

inline QVariant scalar(const Palier::Database& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery query(db.connection());
    query.prepare(sql);
    for (const QVariant& v : values) {
        query.addBindValue(v);
    }
    if (!query.exec() || !query.next()) {
        qWarning() << query.lastError().text() << sql;
        return {};
    }
    return query.value(0);
}

inline bool run(const Palier::Database& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery query(db.connection());
    query.prepare(sql);
    for (const QVariant& v : values) {
        query.addBindValue(v);
    }
    return query.exec();
}

/// What creating the projects would commit: the amounts of the notified files selected by the latest sealed
/// version that decided them.
inline qint64 notifiedSelectedCents(const Palier::Database& db)
{
    return scalar(db, QStringLiteral(
                          "SELECT COALESCE(SUM(i.amount_cents), 0) FROM preselection_item i JOIN preselection_run r ON "
                          "r.id = i.run_id JOIN candidature c ON c.id = i.candidature_id WHERE r.sealed_at IS NOT NULL "
                          "AND i.selected = 1 AND c.state = 'notifie' AND r.id = (SELECT max(r2.id) FROM "
                          "preselection_item i2 JOIN preselection_run r2 ON r2.id = i2.run_id WHERE r2.sealed_at IS "
                          "NOT NULL AND i2.candidature_id = i.candidature_id)"))
        .toLongLong();
}

/// Makes the establishment meet (or miss) every prerequisite: every prerequisite indicator at its target (or the
/// first one under it), written directly.
inline bool setEligible(const Palier::Database& db, qint64 establishmentId, bool eligible)
{
    QSqlQuery indicators(db.connection());
    if (!indicators.exec(QStringLiteral("SELECT id, value_type, target FROM indicator WHERE prerequisite_id IS NOT "
                                        "NULL ORDER BY id"))) {
        return false;
    }
    bool first = true;
    while (indicators.next()) {
        const double target = indicators.value(2).toDouble();
        const bool boolean = indicators.value(1).toString() == QLatin1String("boolean");
        const double value = (eligible || !first) ? target : (boolean ? 1 - target : target / 2);
        first = false;
        if (!run(db,
                 QStringLiteral("INSERT INTO indicator_value (establishment_id, indicator_id, value) VALUES (?, ?, ?) "
                                "ON CONFLICT (establishment_id, indicator_id) DO UPDATE SET value = excluded.value"),
                 {establishmentId, indicators.value(0), value})) {
            return false;
        }
    }
    return true;
}

} // namespace FollowUpTest
