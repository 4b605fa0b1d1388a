// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "report/ReportFigures.h"

#include <QDate>
#include <QString>

namespace Palier {

/// "317,5 M€": millions of euros with one decimal, French format (no-break space before the unit).
QString reportMillions(qint64 cents);
/// "71,7 %": a percentage with one decimal, French format.
QString reportPercent(double percent);
/// "1 723": a count, French format (narrow no-break space between thousands).
QString reportCount(qint64 count);

/// The national report as HTML of the subset QTextDocument renders, the charts marked by placeholders that
/// writeReportPdf() replaces by the painted charts. `date` is the date printed on the title block.
QString reportHtml(const ReportFigures& figures, const QDate& date);

/// Writes the report as an A4 PDF at `path` (title block, summary, tables per domain, status and year, bar charts
/// painted with QPainter). Needs a QGuiApplication (text layout). The file is written whole or not at all: an
/// existing file is replaced only once the new one is complete. Returns the SHA-256 (hex) of the file written.
Result<QString> writeReportPdf(const ReportFigures& figures, const QString& path, const QDate& date);

/// Writes the same tables as an .xlsx workbook, one sheet per table (amounts in euros, exact), whole or not at all.
Result<void> writeReportXlsx(const ReportFigures& figures, const QString& path);

} // namespace Palier
