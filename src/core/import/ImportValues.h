// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

/// Reading the values people type in spreadsheets: French amounts and dates, codes written in several ways.
/// Pure functions, no database.
namespace Palier::ImportValues {

/// Trims and turns the special spaces spreadsheets write (no-break, narrow no-break, thin, figure) into plain
/// spaces, collapsing runs: what a cell "says".
QString cleanText(const QString& text);

/// Zero-width characters and byte order marks: invisible in a cell, never meant.
inline bool isInvisible(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x200B || u == 0x200C || u == 0x200D || u == 0x2060 || u == 0xFEFF;
}

/// True when `text` is one or more ASCII digits.
bool isDigits(QStringView text);

/// Lower case, accents removed, letters and digits only: "N° FINESS ET" → "nfinesset". How headers compare.
QString foldKey(QStringView text);

/// Lower case, accents removed, every run of other characters turned into one space, trimmed:
/// "Privé à but non-lucratif" → "prive a but non lucratif". How labels and free-text codes compare.
QString foldWords(QStringView text);

enum class AmountProblem {
    None,
    Empty,
    NotANumber,
    Negative,
    TooManyDecimals, ///< more than cents
    Ambiguous,       ///< "250.000" or "250,000": thousands or decimals?
    TooLarge,        ///< more than a billion euros: certainly not an amount
};

struct Amount
{
    qint64 cents = 0;
    AmountProblem problem = AmountProblem::None;
};

/// Euros written the French way or as a spreadsheet stores them: "1 234,50", "250000", "250 000 €", "1.234,50",
/// "1234.5", "1234.5599999999999" (a spreadsheet's binary rounding), with any kind of space.
Amount parseAmount(QStringView text);

/// A number written the French way or as a spreadsheet stores it: "15,2", "1 234,50", "0.75", "85 %", "-3"
/// (any kind of space; a trailing % is dropped, the number kept as written). Nothing when it is not a number.
std::optional<double> parseNumber(QStringView text);

/// A date as "YYYY-MM-DD" (a time after it is ignored), "dd/mm/yyyy" (also with "." or "-"), or, when
/// `allowSerial`, a spreadsheet's day number (XLSX cells hold dates as days since 1899-12-30). Invalid: nullopt.
std::optional<QDate> parseDate(QStringView text, bool allowSerial);

/// The region code of "84", "84 - Auvergne-Rhône-Alpes", "Auvergne-Rhône-Alpes", "4" (a lost leading zero);
/// empty when the text names no region.
QString regionCode(QStringView text);

/// The department code of "01", "2A", "9A" (SAE), "971", "01 - Ain", "Ain"; empty when the text names none.
QString departmentCode(QStringView text);

/// "D2", "d2", "2", "D 2", "D2 - Dossier patient" → "D2"; otherwise the text trimmed and in upper case.
QString domainCode(QStringView text);

struct PostalTown
{
    QString postalCode;
    QString town;
};

/// "13005 MARSEILLE", "13395 MARSEILLE CEDEX 10" → {"13005"/"13395", "MARSEILLE"}; empty parts when the line
/// does not start with a postal code.
PostalTown splitRoutingLine(QStringView line);

struct PostalCode
{
    QString code;        ///< five digits, or empty when the text is not a postal code
    bool padded = false; ///< a spreadsheet had dropped the leading zero: "1440" → "01440"
};
PostalCode parsePostalCode(QStringView text);

/// "010000024 - CH DE FLEYRIAT" → "CH DE FLEYRIAT" when the number in front is `finess`; otherwise the name.
QString stripFinessPrefix(const QString& name, QStringView finess);

/// A SIRET as typed, without the spaces people put between its groups of digits.
QString compactSiret(const QString& text);

} // namespace Palier::ImportValues
