// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "scoring/ScoringTypes.h"

#include <QList>
#include <QString>

namespace Palier {

class Database;
struct ProgrammeDefinition;

/// The current grid (highest version) of every domain of the campaign that has one, in domain order.
Result<QList<ScoringGrid>> loadCurrentGrids(const Database& db);

/// The current grid of `domainCode`. Errors "scoring.unknown-domain", "scoring.no-grid".
Result<ScoringGrid> loadCurrentGrid(const Database& db, const QString& domainCode);

/// Every version of the grid of `domainCode`, oldest first, with who made each one, when and why.
Result<QList<ScoringGrid>> loadGridHistory(const Database& db, const QString& domainCode);

/// Saves `criteria` as a new version of the grid of `domainCode` (a stored version is never edited) and returns
/// its number; when `criteria` equal the current grid's, nothing is written and the current number is returned.
/// Scores already entered stay: they refer to criteria by code, so a criterion removed keeps its scores (unused
/// until it comes back) and a criterion added starts unscored. In one transaction.
/// Errors: "scoring.invalid-grid" (findGridFault(): weights adding up to 0, a scale maximum not above its
/// minimum, duplicate codes, a missing descriptor…), "scoring.author" (blank author), "scoring.scores-out-of-scale"
/// (a criterion's new scale would leave scores already entered outside it), "scoring.unknown-domain".
Result<int> saveGrid(const Database& db, const QString& domainCode, const QList<Criterion>& criteria,
                     const QString& author, const QString& note);

/// Stores `def`'s default grid as version 1 of the grid of every domain of the programme `programmeId` (nothing
/// when `def` has no grid). Opens no transaction: the caller holds one (storeProgramme() calls it).
Result<void> storeDefaultScoringGrids(const Database& db, qint64 programmeId, const ProgrammeDefinition& def);

/// Gives every domain of the campaign without a grid version 1 of its programme's default grid (a database
/// created before grids existed); returns how many grids were created. When the stored programme definition has no
/// grid (stored before grids existed), the grid shipped for that programme code is used. In one transaction.
/// Database::open() calls it after upgrading a file from before schema version 4.
Result<int> ensureDefaultScoringGrids(const Database& db);

} // namespace Palier
