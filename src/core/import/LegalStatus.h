// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringView>

/// How an import decides the legal status of an establishment (the codes of the legal_status table).
///
/// 1. A status column wins: SAE `stjr` codes (1 public, 2 private for-profit, 3 private non-profit) or words
///    ("Public", "Privé lucratif", "Privé à but non lucratif", "ESPIC", "CLCC"…).
/// 2. Without one (the FINESS extract has none), the establishment's FINESS attributes decide when they can:
///    categories 101 (CHR/CHU), 106 (CH, ex hôpital local), 114 (armed forces hospital) and 355 (CH) are public
///    by law, and so is SPH code 1 ("Etablissement public de santé") or a tariff mode for public
///    establishments; SPH code 6 (private establishment of collective interest, ESPIC) is private non-profit.
///    Nothing in a FINESS site record tells a for-profit clinic from a non-ESPIC non-profit one (that is on the
///    legal entity), so anything else is undecided.
/// 3. A private non-profit establishment of category 131 is a cancer centre (CLCC), which Hop'EN counts apart.
///    The category is the row's, or the one already recorded when the file has none: "Privé non lucratif" in
///    a list without categories does not turn a CLCC back into an ordinary non-profit establishment.
///
/// An undecided status keeps the one already recorded; for a new establishment the row is rejected rather than
/// given a default, because the status drives eligibility, the funding statistics and the DGOS file: a wrong
/// default would be silent, a rejected row is listed and fixed by importing the SAE identity file (or any list
/// with a status column) first.
namespace Palier::LegalStatusRules {

inline constexpr QLatin1String Public("public");
inline constexpr QLatin1String PrivateForProfit("prive_lucratif");
inline constexpr QLatin1String PrivateNonProfit("prive_non_lucratif");
inline constexpr QLatin1String Clcc("clcc");

/// The status a cell names, or empty when it names none (or only says "private").
QString fromText(QStringView text);

/// Rule 2: the status a FINESS site record implies, or empty when undecided.
QString fromFinessAttributes(QStringView categoryCode, QStringView sphCode, QStringView sphLabel, QStringView mftLabel);

/// Rule 3.
QString applyClccRule(const QString& status, QStringView categoryCode);

} // namespace Palier::LegalStatusRules
