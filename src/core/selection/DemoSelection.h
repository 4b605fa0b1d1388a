// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

namespace Palier {

class Database;

/// Adds the selection stage to a demo campaign, deterministically from `seed`.
/// Opens no transaction: call it inside generateDemo()'s, so that the demo is written whole or not at all.
Result<void> addDemoSelection(const Database& db, quint32 seed);

} // namespace Palier
