// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "workflow/Labels.h"

#include <QHash>
#include <QList>

namespace Palier {

class Database;

/// What the lists of applications show beside each row, read in a few queries for all rows at once: the
/// eligibility of each establishment (for payment) and the labels of each file.
struct CandidatureFlags
{
    QHash<qint64, bool> eligible;       ///< establishment id → every prerequisite reached
    QHash<qint64, QList<Label>> labels; ///< candidature id → its labels, by name

    static Result<CandidatureFlags> load(const Database& db);
    /// The labels of every file (a few hundred rows: cheap).
    static Result<QHash<qint64, QList<Label>>> loadLabels(const Database& db);
    /// The eligibility of every establishment (prerequisites/Eligibility.h: a GROUP BY over every indicator value,
    /// the costly part on a national database).
    static Result<QHash<qint64, bool>> loadEligibility(const Database& db);
};

} // namespace Palier
