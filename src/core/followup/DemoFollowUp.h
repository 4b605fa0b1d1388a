// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

namespace Palier {

class Database;

/// Adds the follow-up stage to a demo campaign, deterministically from `seed`: projects from the notified files
/// (some finished, some abandoned), usage declarations over several periods (some reaching the targets), payments
/// planned, due and paid with references, a few notes. Opens no transaction: call it inside generateDemo()'s.
Result<void> addDemoFollowUp(const Database& db, quint32 seed);

} // namespace Palier
