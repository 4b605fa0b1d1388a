// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

namespace Palier {

class Database;

/// Adds the instruction stage to a demo campaign, deterministically from `seed`: prerequisite indicator values for
/// every establishment (about four in five eligible, the others miss a value or a target), a history for every file
/// that has left “Reçu” (replayed through the workflow, with a motivation where one is required), a few more files
/// declared irrecevable, and three labels put on some files. Scores are left alone.
/// Opens no transaction: call it inside generateDemo()'s, so that the demo is written whole or not at all.
Result<void> addDemoInstruction(const Database& db, quint32 seed);

} // namespace Palier
