// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "prerequisites/Prerequisites.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Palier {

class Database;

/// The eligibility of one establishment, prerequisite by prerequisite.
struct EligibilityRow
{
    qint64 establishmentId = 0;
    QString finess;
    QString name;
    bool eligible = false;                ///< every prerequisite indicator reached: the establishment may be paid
    QList<IndicatorStatus> prerequisites; ///< parallel to EligibilityTable::prerequisites
    int missingIndicators = 0;
    int notReachedIndicators = 0;
};

/// The eligibility of every establishment, as the screens that show money need it.
struct EligibilityTable
{
    QList<Prerequisite> prerequisites; ///< the columns, in order
    QList<EligibilityRow> rows;        ///< one per establishment, by FINESS

    /// The row of `establishmentId`, or nullptr when there is none.
    const EligibilityRow* find(qint64 establishmentId) const;
    int eligibleCount() const;

    QHash<qint64, qsizetype> index; ///< establishment id → position in rows
};

/// Eligibility of all establishments at once: one query for the prerequisites, one for every establishment
/// (3,000 nationally), never one per establishment.
Result<EligibilityTable> eligibilityTable(const Database& db);

} // namespace Palier
