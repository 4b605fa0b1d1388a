// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

/// Check keys of the identifiers found in health-establishment files: FINESS, SIREN, SIRET.
/// Validity is syntactic only (well-formed, right key); it does not mean the number exists.
namespace Palier::Identifiers {

/// Luhn (mod 10) check over a string of digits; false on any non-digit or empty input.
[[nodiscard]] bool luhnValid(QStringView digits);

/// Computes the Luhn check digit to append to `digitsWithoutKey` (digits only); returns -1 on invalid input.
[[nodiscard]] int luhnKey(QStringView digitsWithoutKey);

/// True when `finess` is a well-formed FINESS number (9 characters, 2A/2B allowed in front) with the right key.
[[nodiscard]] bool isValidFiness(QStringView finess);

/// Appends the key to an 8-character FINESS prefix; returns an empty string if the prefix is malformed.
[[nodiscard]] QString finessWithKey(QStringView prefix8);

/// Translated explanation of why `finess` is not a valid FINESS number; empty when it is valid.
[[nodiscard]] QString finessError(QStringView finess);

/// True when `siren` is 9 digits with a valid Luhn key.
[[nodiscard]] bool isValidSiren(QStringView siren);

/// True when `siret` is 14 digits with a valid Luhn key, or a La Poste SIRET whose digit sum is a multiple of 5.
[[nodiscard]] bool isValidSiret(QStringView siret);

/// Translated explanation of why `siret` is not a valid SIRET; empty when it is valid.
[[nodiscard]] QString siretError(QStringView siret);

} // namespace Palier::Identifiers
