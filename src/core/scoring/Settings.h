// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "scoring/ScoringTypes.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace Palier {

class Database;

/// "mean" or "median": the words of the settings table, the CLI and the exports.
QString consensusMethodCode(ConsensusMethod method);
std::optional<ConsensusMethod> consensusMethodFromCode(QStringView code);

/// The campaign's scoring settings; the defaults (mean, 0.5) for a key not set or unreadable.
Result<ScoringSettings> loadScoringSettings(const Database& db);

/// Records `settings` (one transaction). Error "scoring.invalid-settings" for a threshold outside 0 to 1.
Result<void> saveScoringSettings(const Database& db, const ScoringSettings& settings);

} // namespace Palier
