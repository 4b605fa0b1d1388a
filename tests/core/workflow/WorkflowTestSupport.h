// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the workflow and prerequisite tests: real databases with a campaign and hand-made files.

#include "campaign/Campaign.h"
#include "db/Database.h"

#include <QSqlQuery>
#include <QString>
#include <QTest>
#include <QVariant>

#include <memory>

namespace Palier::Test {

/// A new database at `path` holding the Hop'EN 2019 campaign of region 93, and nothing else.
inline std::unique_ptr<Database> campaignDatabase(const QString& path)
{
    auto db = Database::open(path, {.create = true});
    if (!db) {
        qWarning() << db.error().message;
        return nullptr;
    }
    if (Result<CampaignInfo> campaign = createCampaign(*db.value(), QStringLiteral("93"), QStringLiteral("hopen-2019"));
        !campaign) {
        qWarning() << campaign.error().message << campaign.error().detail;
        return nullptr;
    }
    return std::move(db.value());
}

inline QVariant scalar(const Database& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery query(db.connection());
    query.prepare(sql);
    for (const QVariant& v : values) {
        query.addBindValue(v);
    }
    if (!query.exec() || !query.next()) {
        return {};
    }
    return query.value(0);
}

inline bool run(const Database& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery query(db.connection());
    query.prepare(sql);
    for (const QVariant& v : values) {
        query.addBindValue(v);
    }
    return query.exec();
}

/// A new establishment (fictitious FINESS, unique per process) named `name`.
inline qint64 addEstablishment(const Database& db, const QString& name)
{
    static int counter = 0;
    const QString finess = QStringLiteral("99%1").arg(++counter, 7, 10, QLatin1Char('0'));
    if (!run(db, QStringLiteral("INSERT INTO establishment (finess_et, name, legal_status) VALUES (?, ?, 'public')"),
             {finess, name})) {
        return 0;
    }
    return scalar(db, QStringLiteral("SELECT id FROM establishment WHERE finess_et = ?"), {finess}).toLongLong();
}

/// A new file of a new establishment in domain `domainCode`, in `state`, written directly (no history).
inline qint64 addFile(const Database& db, const QString& state, const QString& establishmentName,
                      const QString& domainCode = QStringLiteral("D2"))
{
    const qint64 establishment = addEstablishment(db, establishmentName);
    if (!run(db,
             QStringLiteral("INSERT INTO candidature (establishment_id, domain_id, title, requested_cents, state) "
                            "SELECT ?, id, 'Projet fictif', 10000000, ? FROM domain WHERE code = ?"),
             {establishment, state, domainCode})) {
        return 0;
    }
    return scalar(db, QStringLiteral("SELECT id FROM candidature WHERE establishment_id = ?"), {establishment})
        .toLongLong();
}

inline QString stateOf(const Database& db, qint64 candidatureId)
{
    return scalar(db, QStringLiteral("SELECT state FROM candidature WHERE id = ?"), {candidatureId}).toString();
}

inline int historyCount(const Database& db)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM candidature_history")).toInt();
}

} // namespace Palier::Test
