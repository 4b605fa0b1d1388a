// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace Palier {

/// The national figures of a programme the dashboard shows beside the region's, in percent, by domain or legal
/// status code. A share nobody published is absent (not zero).
struct NationalShares
{
    QHash<QString, double> candidaturesByDomain;   ///< files received per domain
    QHash<QString, double> fundingByDomain;        ///< amounts granted per domain
    QHash<QString, double> establishmentsByStatus; ///< preselected establishments per legal status
    QHash<QString, double> fundingByStatus;        ///< amounts granted per legal status

    /// The published figures of the programme `programmeCode` ("hopen-2019"); nothing for a programme without any.
    static std::optional<NationalShares> forProgramme(const QString& programmeCode);
};

} // namespace Palier
