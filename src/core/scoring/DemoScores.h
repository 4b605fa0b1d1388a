// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

namespace Palier {

class Database;

/// Adds the demo's scores: two fictitious evaluators ("Évaluateur fictif A" and "Évaluateur fictif B") score every
/// candidature in state `instruit` (or any later state: présélectionné, notifié…) on every criterion of its
/// domain's current grid; about half of those `en_instruction` are scored by A on every criterion and by B on some.
/// Each file has a quality of its own and each criterion a lean, so totals spread realistically; the evaluators mostly
/// agree within a point, with a few clear disagreements that the spread flag catches. The same seed and database give
/// the same scores (dates included). Opens no transaction: the caller holds one (the demo generator).
Result<void> addDemoScores(const Database& db, quint32 seed);

} // namespace Palier
