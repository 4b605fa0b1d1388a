// SPDX-License-Identifier: GPL-3.0-or-later
#include "NationalShares.h"

#include <QLatin1String>

namespace Palier {

namespace {

struct Share
{
    const char* code;
    double percent;
};

QHash<QString, double> shares(std::initializer_list<Share> list)
{
    QHash<QString, double> result;
    for (const Share& share : list) {
        result.insert(QLatin1String(share.code), share.percent);
    }
    return result;
}

} // namespace

std::optional<NationalShares> NationalShares::forProgramme(const QString& programmeCode)
{
    // Hop'EN, national figures of the 2019 AMI as published by DGOS (see docs: shared/DOMAIN.md, "National
    // figures"). Responses by domain were published for D2 and D6 only.
    if (programmeCode == QLatin1String("hopen-2019")) {
        return NationalShares{
            shares({{"D2", 25}, {"D6", 19}}),
            shares({{"D1", 11}, {"D2", 52}, {"D3", 9}, {"D4", 4}, {"D5", 4}, {"D6", 17}, {"D7", 3}}),
            shares({{"public", 47}, {"prive_lucratif", 30}, {"prive_non_lucratif", 22}, {"clcc", 1}}),
            shares({{"public", 64}, {"prive_lucratif", 24}, {"prive_non_lucratif", 11}, {"clcc", 1}}),
        };
    }
    return std::nullopt;
}

} // namespace Palier
