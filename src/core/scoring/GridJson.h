// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to palier_core: the "scoringGrid" part of a programme definition file.

#include <QJsonObject>

namespace Palier {

struct ProgrammeDefinition;

namespace JsonFields {
class Reader;
}

/// Reads the optional "$.scoringGrid" of `root` into `def` (scoringCriteria, scoringToCheck), checking the
/// criteria with findGridFault(); on the first fault, records it in `reader` (with its JSON path) and returns false.
bool readScoringGridJson(JsonFields::Reader& reader, const QJsonObject& root, ProgrammeDefinition& def);

/// The "scoringGrid" object that readScoringGridJson() reads back as `def`'s grid.
QJsonObject scoringGridJson(const ProgrammeDefinition& def);

} // namespace Palier
