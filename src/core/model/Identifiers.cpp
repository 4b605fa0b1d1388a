// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Identifiers.h"

#include <QCoreApplication>

#include <array>

namespace Palier::Identifiers {

namespace {
constexpr qsizetype FinessLength = 9;
constexpr qsizetype SirenLength = 9;
constexpr qsizetype SiretLength = 14;
constexpr QStringView LaPosteSiren = u"356000000";

int digitValue(QChar c)
{
    const int d = int(c.unicode()) - int(u'0');
    return d >= 0 && d <= 9 ? d : -1;
}

/// Luhn sum of `digits`, or -1 if empty or not all digits. With `keyIncluded` the rightmost digit is the key
/// (weight 1); without it the key is still to be appended, so the rightmost digit is doubled.
int luhnSum(QStringView digits, bool keyIncluded)
{
    if (digits.isEmpty()) {
        return -1;
    }
    int sum = 0;
    bool doubled = !keyIncluded;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digitValue(digits[i]);
        if (d < 0) {
            return -1;
        }
        if (doubled) {
            d *= 2;
            if (d > 9) {
                d -= 9;
            }
        }
        sum += d;
        doubled = !doubled;
    }
    return sum;
}

/// A FINESS number with Corsica's 2A/2B replaced by 21/22, the form the key is computed on. Kept on the stack
/// because validation runs on every line of national extracts.
class FinessDigits
{
public:
    explicit FinessDigits(QStringView finess)
        : m_size(qMin(finess.size(), FinessLength))
    {
        for (qsizetype i = 0; i < m_size; ++i) {
            m_chars[i] = finess[i].unicode();
        }
        if (m_size >= 2 && m_chars[0] == u'2') {
            if (m_chars[1] == u'A') {
                m_chars[1] = u'1';
            } else if (m_chars[1] == u'B') {
                m_chars[1] = u'2';
            }
        }
    }

    /// Points into this object: use it within the same full expression, or keep the object named.
    QStringView view() const { return QStringView(m_chars.data(), m_size); }

private:
    std::array<char16_t, FinessLength> m_chars{};
    qsizetype m_size;
};

/// Index of the first character not allowed in a FINESS number (digits, 2A/2B in front), or -1.
qsizetype firstBadFinessChar(QStringView finess)
{
    const FinessDigits normalized(finess);
    const QStringView digits = normalized.view();
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (digitValue(digits[i]) < 0) {
            return i;
        }
    }
    return -1;
}

int digitSum(QStringView digits)
{
    int sum = 0;
    for (const QChar c : digits) {
        sum += digitValue(c);
    }
    return sum;
}

bool isLaPoste(QStringView siret)
{
    return siret.startsWith(LaPosteSiren);
}

/// Names a character for an error message; invisible ones (tabs, the non-breaking spaces spreadsheets put in
/// formatted numbers) by their code point, since quoting them would show nothing.
QString describeChar(QChar c)
{
    if (c == u' ') {
        return QCoreApplication::translate("Identifiers", "a space");
    }
    const QString code = QStringLiteral("U+%1").arg(uint(c.unicode()), 4, 16, QLatin1Char('0')).toUpper();
    if (c.isSpace()) {
        return QCoreApplication::translate("Identifiers", "a special space (%1)").arg(code);
    }
    if (!c.isPrint()) {
        return QCoreApplication::translate("Identifiers", "an invisible character (%1)").arg(code);
    }
    return QLatin1Char('\'') + c + QLatin1Char('\'');
}
} // namespace

bool luhnValid(QStringView digits)
{
    const int sum = luhnSum(digits, true);
    return sum >= 0 && sum % 10 == 0;
}

int luhnKey(QStringView digitsWithoutKey)
{
    const int sum = luhnSum(digitsWithoutKey, false);
    return sum < 0 ? -1 : (10 - sum % 10) % 10;
}

bool isValidFiness(QStringView finess)
{
    return finess.size() == FinessLength && luhnValid(FinessDigits(finess).view());
}

QString finessWithKey(QStringView prefix8)
{
    if (prefix8.size() != FinessLength - 1) {
        return {};
    }
    const int key = luhnKey(FinessDigits(prefix8).view());
    if (key < 0) {
        return {};
    }
    return prefix8.toString() + QChar(u'0' + key);
}

QString finessError(QStringView finess)
{
    if (finess.isEmpty()) {
        return QCoreApplication::translate(
            "Identifiers",
            "The FINESS number is missing. Enter the 9-character number of the establishment or legal entity.");
    }
    const QString number = finess.toString();
    if (finess.size() != FinessLength) {
        // Spreadsheets store FINESS numbers as numbers and drop the leading zero of departments 01 to 09.
        if (finess.size() == FinessLength - 1 && finess.front() != u'0' && isValidFiness(QLatin1Char('0') + number)) {
            return QCoreApplication::translate(
                       "Identifiers",
                       "FINESS number %1 has 8 characters instead of 9; a spreadsheet probably dropped its leading "
                       "zero. Use 0%1 and format the column as text.")
                .arg(number);
        }
        return QCoreApplication::translate(
                   "Identifiers",
                   "FINESS number %1 must have 9 characters, it has %2. Check that it was not truncated or typed "
                   "with extra characters.")
            .arg(number, QString::number(finess.size()));
    }
    const qsizetype bad = firstBadFinessChar(finess);
    if (bad >= 0) {
        return QCoreApplication::translate(
                   "Identifiers",
                   "FINESS number %1 contains %2 at position %3. Only digits are allowed, except 2A or 2B as the "
                   "first two characters (Corsica).")
            .arg(number, describeChar(finess[bad]), QString::number(bad + 1));
    }
    const int expected = luhnKey(FinessDigits(finess.first(FinessLength - 1)).view());
    if (digitValue(finess.back()) != expected) {
        return QCoreApplication::translate(
                   "Identifiers",
                   "FINESS number %1 has check key %2, expected %3. A character was probably mistyped: check the "
                   "number against the FINESS directory.")
            .arg(number, QString(finess.back()), QString::number(expected));
    }
    return {};
}

bool isValidSiren(QStringView siren)
{
    return siren.size() == SirenLength && luhnValid(siren);
}

bool isValidSiret(QStringView siret)
{
    if (siret.size() != SiretLength) {
        return false;
    }
    const int sum = luhnSum(siret, true);
    if (sum < 0) {
        return false;
    }
    // La Poste has more establishments than Luhn keys leave room for in a 5-digit NIC, so INSEE numbers them
    // with a sum-of-digits rule instead; its older SIRETs, such as the head office 35600000000048, pass Luhn.
    return sum % 10 == 0 || (isLaPoste(siret) && digitSum(siret) % 5 == 0);
}

QString siretError(QStringView siret)
{
    if (siret.isEmpty()) {
        return QCoreApplication::translate("Identifiers",
                                           "The SIRET is missing. Enter the 14-digit SIRET of the establishment.");
    }
    const QString number = siret.toString();
    if (siret.contains(u"E+", Qt::CaseInsensitive)) {
        return QCoreApplication::translate(
                   "Identifiers",
                   "SIRET %1 was turned into a number in scientific notation by a spreadsheet, which lost its last "
                   "digits. Export the file again with the SIRET column formatted as text.")
            .arg(number);
    }
    for (qsizetype i = 0; i < siret.size(); ++i) {
        if (digitValue(siret[i]) < 0) {
            return QCoreApplication::translate(
                       "Identifiers",
                       "SIRET %1 contains %2 at position %3. A SIRET has digits only: remove spaces and other "
                       "separators.")
                .arg(number, describeChar(siret[i]), QString::number(i + 1));
        }
    }
    if (siret.size() == SirenLength) {
        return QCoreApplication::translate(
                   "Identifiers",
                   "%1 has 9 digits: it is a SIREN (the company number), not a SIRET (the 14-digit establishment "
                   "number). Enter the SIRET of the establishment.")
            .arg(number);
    }
    if (siret.size() != SiretLength) {
        return QCoreApplication::translate(
                   "Identifiers",
                   "SIRET %1 must have 14 digits, it has %2. Check that it was not truncated or typed with extra "
                   "digits.")
            .arg(number, QString::number(siret.size()));
    }
    if (isValidSiret(siret)) {
        return {};
    }
    if (isLaPoste(siret)) {
        return QCoreApplication::translate(
                   "Identifiers",
                   "SIRET %1 of La Poste is invalid: the sum of its digits must be a multiple of 5. A digit was "
                   "probably mistyped: check the number in the SIRENE directory.")
            .arg(number);
    }
    const QStringView siren = siret.first(SirenLength);
    if (!isValidSiren(siren)) {
        return QCoreApplication::translate(
                   "Identifiers",
                   "SIRET %1 is invalid: its first 9 digits, SIREN %2, have a wrong check digit. A digit was "
                   "probably mistyped: check the number in the SIRENE directory.")
            .arg(number, siren.toString());
    }
    return QCoreApplication::translate(
               "Identifiers",
               "SIRET %1 is invalid: its last digit is %2, expected %3 if the first 13 digits are right. A digit was "
               "probably mistyped: check the number in the SIRENE directory.")
        .arg(number, QString(siret.back()), QString::number(luhnKey(siret.first(SiretLength - 1))));
}

} // namespace Palier::Identifiers
