// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "programme/ProgrammeDefinition.h"

#include <QByteArray>

namespace Palier {

class Database;

/// Inserts `def` and all its prerequisites, domains, indicators, windows and milestones, and its default scoring
/// grid as version 1 of every domain's grid (storeDefaultScoringGrids()); programme.definition_json keeps
/// `sourceJson` (or `def` serialised when it is empty). Returns the new programme id. Opens no transaction:
/// the caller holds one. Error code "programme.exists" when a programme with the same code is already stored.
Result<qint64> storeProgramme(const Database& db, const ProgrammeDefinition& def, const QByteArray& sourceJson);

/// Reads back the programme `programmeId` from the tables. What has no column (full name, reference, notice,
/// the "toCheck" flags other than the indicators') comes from the stored definition_json when it still parses.
Result<ProgrammeDefinition> loadStoredProgramme(const Database& db, qint64 programmeId);

} // namespace Palier
