// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Writing CSV files for spreadsheets (Excel in French): UTF-8 with a byte order mark, `;` between fields, CRLF,
// decimal commas, and no cell that a spreadsheet would run as a formula.

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace Palier::Csv {

/// `text` with an apostrophe in front when it starts with =, +, -, @, a tab or a carriage return, so that no
/// spreadsheet runs it as a formula.
QString neutraliseFormula(const QString& text);

/// One field: numbers as numbers (two decimals and a decimal comma for a double), text neutralised and quoted
/// where it holds `;`, quotes or line breaks.
QString field(const QVariant& cell);

/// A whole file: the byte order mark, the header, then the rows.
QByteArray document(const QStringList& header, const QList<QVariantList>& rows);

} // namespace Palier::Csv
