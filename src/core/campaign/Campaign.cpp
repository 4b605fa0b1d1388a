// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/Campaign.h"

#include "db/Database.h"
#include "model/ReferenceData.h"
#include "programme/ProgrammeDefinition.h"
#include "programme/ProgrammeStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace Palier {

namespace {
// lupdate files tr() calls made in namespace Palier under the context "Palier".
QString tr(const char* text)
{
    return QCoreApplication::translate("Palier", text);
}
} // namespace

Result<CampaignInfo> createCampaign(const Database& db, const QString& regionCode, const QString& programmeCode)
{
    const Region* region = ReferenceData::instance().region(regionCode);
    if (!region) {
        return Error{QStringLiteral("campaign.region"),
                     tr("“%1” is not a region code. Use the INSEE code of one of the 18 regions, e.g. 93 for "
                        "Provence-Alpes-Côte d'Azur.")
                         .arg(regionCode),
                     regionCode};
    }
    if (Result<CampaignInfo> existing = loadCampaign(db); existing) {
        return Error{QStringLiteral("campaign.exists"),
                     tr("This database already holds the campaign “%1”. Create a new database for another "
                        "campaign.")
                         .arg(existing->name),
                     db.path()};
    }
    Result<QByteArray> json = shippedProgrammeJson(programmeCode);
    if (!json) {
        return json.error();
    }
    Result<ProgrammeDefinition> definition = parseProgrammeDefinition(json.value());
    if (!definition) {
        return definition.error();
    }

    TransactionGuard transaction(db);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    if (Result<void> stored = ReferenceData::instance().store(db); !stored) {
        return stored.error();
    }
    Result<qint64> programmeId = storeProgramme(db, definition.value(), json.value());
    if (!programmeId) {
        return programmeId.error();
    }
    QSqlQuery query(db.connection());
    query.prepare(
        QStringLiteral("INSERT INTO campaign (id, programme_id, region_code, first_year, last_year, name, created_at) "
                       "SELECT 1, id, ?, first_year, last_year, name || ' — ' || ?, ? FROM programme WHERE id = ?"));
    query.addBindValue(region->code);
    query.addBindValue(region->name);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    query.addBindValue(programmeId.value());
    if (!query.exec() || query.numRowsAffected() != 1) {
        return sqlError(tr("Cannot record the campaign."), query);
    }
    if (Result<void> committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return loadCampaign(db);
}

Result<CampaignInfo> loadCampaign(const Database& db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral(
            "SELECT c.region_code, r.name, p.code, p.name, c.first_year, c.last_year, c.name "
            "FROM campaign c JOIN region r ON r.code = c.region_code JOIN programme p ON p.id = c.programme_id"))) {
        return sqlError(tr("Cannot read the campaign of this database."), query);
    }
    if (!query.next()) {
        return Error{
            QStringLiteral("campaign.none"),
            tr("This database holds no campaign. Open another database, or create a new one with File › New Regional "
               "Database…."),
            db.path()};
    }
    CampaignInfo info;
    info.regionCode = query.value(0).toString();
    info.regionName = query.value(1).toString();
    info.programmeCode = query.value(2).toString();
    info.programmeName = query.value(3).toString();
    info.firstYear = query.value(4).toInt();
    info.lastYear = query.value(5).toInt();
    info.name = query.value(6).toString();
    return info;
}

} // namespace Palier
