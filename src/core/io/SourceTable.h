// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Palier {

/// Text encodings Palier recognises in the files users receive.
enum class TextEncoding {
    Utf8,        ///< UTF-8 without BOM
    Utf8Bom,     ///< UTF-8 with a byte order mark
    Windows1252, ///< Windows-1252, a superset of the printable ISO-8859-1 (what Excel and SAE write)
};

/// How a file is laid out, as detected by detectTableFormat() and changeable by the user.
struct TableFormat
{
    enum class Kind {
        Csv,           ///< delimited text with or without a header line
        Xlsx,          ///< an Excel workbook (first sheet unless `sheet` names another)
        FinessExtract, ///< the etalab cs1100507 extract: metadata line, `structureet;` records, no header
    };
    Kind kind = Kind::Csv;
    TextEncoding encoding = TextEncoding::Utf8; ///< text formats only
    QChar separator = QLatin1Char(';');         ///< Csv only: ';', ',' or '\t'
    bool hasHeader = true;                      ///< Csv and Xlsx: the first non-empty row names the columns
    QString sheet;                              ///< Xlsx only: sheet name; empty for the first sheet
};

/// One record of a source file: its cells and where it starts, for messages the user can act on.
struct SourceRow
{
    int line = 0; ///< 1-based: the physical line of a text file where the record starts, the row of a sheet
    QStringList cells;
};

/// Progress of a long read: bytes (or rows) done out of total; return false to cancel.
using ReadProgress = std::function<bool(qint64 done, qint64 total)>;
/// Receives each record in order; return false to stop reading (not an error).
using RowSink = std::function<bool(const SourceRow& row)>;

/// Looks at the first bytes of `path` and guesses its kind, encoding, separator and header.
/// Errors: "io.unreadable", "io.empty", "io.binary" (not text nor XLSX), "io.not-xlsx" (a zip that is not a
/// workbook), "io.corrupt-xlsx".
Result<TableFormat> detectTableFormat(const QString& path);

/// The header (empty when format.hasHeader is false) and streams every record to `sink`, never holding the
/// whole file in memory. Errors are file-level ("io.*", "import.cancelled" when `progress` returned false);
/// a bad row is not an error here: validation is the importer's job.
Result<QStringList> readTable(const QString& path, const TableFormat& format, const RowSink& sink,
                              const ReadProgress& progress = {});

/// Convenience for previews: the header and at most `maxRows` records.
struct TablePreview
{
    QStringList header;
    QList<SourceRow> rows;
};
Result<TablePreview> previewTable(const QString& path, const TableFormat& format, int maxRows = 20);

/// The human name of an encoding, e.g. "UTF-8", "Windows-1252" (not translated: these are standard names).
QString encodingName(TextEncoding encoding);

} // namespace Palier
