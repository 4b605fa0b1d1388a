// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>

namespace Palier {

class Database;

enum class DemoScale {
    Region,  ///< one region: about 110 establishments, 130 candidatures
    National ///< all regions: about 3,000 establishments, 6,589 candidatures
};

struct DemoOptions
{
    DemoScale scale = DemoScale::Region;
    quint32 seed = 2019;
    QString regionCode = QStringLiteral("93"); ///< the campaign's region (national scale spans them all)
    bool followUp = true; ///< add the follow-up stage (projects, declarations, payments); tests may stop before it
};

struct DemoSummary
{
    int establishments = 0;
    int candidatures = 0;
};

/// Writes a fictitious but realistic campaign into an empty database, in one transaction. Every name says
/// it is fictitious; the same seed gives the same database.
Result<DemoSummary> generateDemo(const Database& db, const DemoOptions& options);

} // namespace Palier
