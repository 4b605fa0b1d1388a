// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

// Internal to the io layer: what Excel's number formats say about a stored number, and dates from serials.

namespace Palier::ExcelNumbers {

/// What a cell's number format shows.
enum class FormatKind : unsigned char {
    Number,   ///< anything that is not a date or a time: the number is kept as stored
    Date,     ///< a date: YYYY-MM-DD
    DateTime, ///< a date and a time: YYYY-MM-DD, or YYYY-MM-DD HH:MM:SS when the time is not midnight
    Time,     ///< a time of day or a duration: HH:MM:SS
};

/// The kind of a built-in number format (ECMA-376 §18.8.30): 14–17 dates, 22 date and time, 18–21 and 45–47
/// times; every other built-in id is a number.
FormatKind builtinFormatKind(int numFmtId);

/// The kind of a custom format code such as `dd/mm/yyyy`, `[$-40C]d mmmm yyyy;@` or `#,##0 "€"`: letters
/// inside quotes, after a backslash, in brackets (locale, colour) or after `_`/`*` are text, not date parts.
FormatKind classifyFormatCode(QStringView code);

/// `stored` (the `<v>` text of a numeric cell) shown as `kind` says; `stored` itself when it is a plain
/// number, not a number, or out of Excel's date range (days 0 to 2,958,465, that is 9999-12-31).
QString formatStoredNumber(const QString& stored, FormatKind kind, bool date1904);

} // namespace Palier::ExcelNumbers
