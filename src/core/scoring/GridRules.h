// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/ScoringTypes.h"

#include <QList>
#include <QString>

#include <optional>

namespace Palier {

/// The widest scale a criterion may have: 21 levels (e.g. 0 to 20, the French school scale).
constexpr int MaxScaleLevels = 21;

/// The first fault of a list of criteria: which criterion (-1 for the list as a whole), which field (named as in
/// the programme definition file: "weight", "scaleMax", "levels[2]"…) and what is wrong, translated.
struct GridFault
{
    qsizetype criterion = -1;
    QString field;
    QString what;
};

/// Checks the rules every grid obeys, whether it comes from a programme definition or from the referent: at least
/// one criterion; codes one word and distinct; labels not blank; weights finite, 0 or more, not all 0; scaleMax
/// above scaleMin with at most MaxScaleLevels levels; one non-blank descriptor per level. Returns the first fault.
std::optional<GridFault> findGridFault(const QList<Criterion>& criteria);

} // namespace Palier
