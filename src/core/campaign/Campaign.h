// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>

namespace Palier {

class Database;

/// The regional campaign a database holds: one region, one programme, one period.
struct CampaignInfo
{
    QString regionCode;
    QString regionName;
    QString programmeCode;
    QString programmeName;
    int firstYear = 0;
    int lastYear = 0;
    QString name;
};

/// Fills the reference tables (regions, departments), loads the programme definition shipped under
/// `programmeCode` (e.g. "hopen-2019") and records the campaign, all in one transaction.
Result<CampaignInfo> createCampaign(const Database& db, const QString& regionCode, const QString& programmeCode);

/// The campaign of `db`; error code "campaign.none" when the database holds none yet.
Result<CampaignInfo> loadCampaign(const Database& db);

} // namespace Palier
