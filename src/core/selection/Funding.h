// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What each file is granted and when it is paid.

#include "Result.h"

#include <QDate>
#include <QHash>
#include <QPair>
#include <QString>

#include <optional>

namespace Palier {

class Database;

/// The campaign programme's funding rules.
struct FundingRules
{
    qint64 forfaitMinCents = 0;
    qint64 forfaitMaxCents = 0;
    int seedSharePercent = 20; ///< amorçage, paid in the selection year; the rest (usage) later
    int selectionYear = 0;     ///< the campaign's first year
    int lastYear = 0;
    QHash<QPair<QString, QString>, qint64> grid; ///< (size class, domain code) → forfait in cents
};

/// The amount granted to a file: `override` when set; else the grid's forfait for (size class, domain) when the
/// grid has it; else the requested amount clamped to the programme's forfait bounds.
qint64 grantedAmount(const FundingRules& rules, const QString& sizeClass, const QString& domainCode,
                     qint64 requestedCents, std::optional<qint64> overrideCents);

/// One file's payments: amorçage in the selection year, usage in the year its usage targets are expected.
struct PaymentPlan
{
    int seedYear = 0;
    qint64 seedCents = 0;
    int usageYear = 0;
    qint64 usageCents = 0;
};

/// The payment plan of `amountCents`; the usage year is the year of `plannedEnd` (within the campaign's years),
/// or the year after the selection when the file gives no end date.
PaymentPlan paymentPlan(const FundingRules& rules, qint64 amountCents, const QDate& plannedEnd);

/// The funding rules of the campaign's programme (grid included).
Result<FundingRules> loadFundingRules(const Database& db);

/// Sets (or with no amount, removes) the amount granted to `candidatureId` by hand; a reason is required to set
/// one. Error "funding.reason-required", "funding.unknown-candidature". One statement: joins the caller's
/// transaction.
Result<void> setAmountOverride(const Database& db, qint64 candidatureId, std::optional<qint64> amountCents,
                               const QString& reason, const QString& author);

} // namespace Palier
