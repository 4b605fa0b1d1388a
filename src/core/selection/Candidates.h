// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "selection/SelectionTypes.h"

namespace Palier {

class Database;

/// The workflow states of the files that compete in a preselection: instructed, or preselected or waiting after an
/// earlier version. A file non retenu competes again once brought back to instruction.
QStringList candidateStates();

/// The files that compete: in a candidate state and ranked in their domain (scored), with their score and rank
/// from the domain's ranking (src/core/scoring/Ranking.h), the amount granted (Funding.h) and its payment plan.
/// Ordered by domain, then rank.
Result<QList<SelectionCandidate>> loadCandidates(const Database& db);

} // namespace Palier
