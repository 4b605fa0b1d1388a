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
    QChar separator = QLatin1Char(';');         ///< Csv only: ';', ',' or '\t' (or another ASCII character)
    bool hasHeader = true;                      ///< Csv and Xlsx: the first non-empty row names the columns
    QString sheet;                              ///< Xlsx only: sheet name; empty for the first (visible) sheet
};

/// One record of a source file: its cells and where it starts, for messages the user can act on.
struct SourceRow
{
    int line = 0; ///< 1-based: the physical line of a text file where the record starts, the row of a sheet
    QStringList cells;
    /// True when the reader joined this record from two lines that an unquoted line break had split (see
    /// readTable()): worth a warning, since the joining space is a guess.
    bool rejoined = false;
};

/// Progress of a long read: bytes (or rows) done out of total; return false to cancel.
using ReadProgress = std::function<bool(qint64 done, qint64 total)>;
/// Receives each record in order; return false to stop reading (not an error).
using RowSink = std::function<bool(const SourceRow& row)>;

/// Looks at the first bytes of `path` and guesses its kind, encoding, separator and header. The content
/// decides, never the file name. Encoding: a UTF-8 BOM, else UTF-8 when the whole file is well-formed UTF-8,
/// else Windows-1252. Separator: ';', '\t' or ',', whichever occurs outside quotes equally often on most
/// lines. Header: the first record has no numeric cell. FINESS extract: the first line starts with
/// `finess;etalab;`, or one of the first two non-blank lines starts with `structureet;` (a CSV whose first
/// column is merely named `finess` is a CSV).
/// Errors: "io.unreadable", "io.empty", "io.binary" (not text nor XLSX, or a NUL byte in text), "io.utf16"
/// (UTF-16/32 text, not supported), "io.xls" (Excel 97–2003 or password-protected), "io.not-xlsx" (a zip that
/// is not a workbook), "io.corrupt-xlsx", "io.xlsx-no-sheet".
Result<TableFormat> detectTableFormat(const QString& path);

/// The header (empty when format.hasHeader is false) and streams every record to `sink`, never holding the
/// whole file in memory. Errors are file-level ("io.*", "import.cancelled" when `progress` returned false);
/// a bad row is not an error here: validation is the importer's job.
///
/// What the records are:
/// - Rows whose cells are all empty or blank (`;;;`, an empty line) are skipped; cells keep their spaces.
/// - Csv: cells as written, quotes removed; a trailing separator makes a last empty cell. With a header, a
///   record cut in two by an unquoted line break (both pieces shorter than the header, together exactly as
///   long) is joined back, the two halves of the broken value separated by a space, with the line of its first
///   piece (sae-2022-ght.csv has one such record).
/// - FinessExtract: the header returned is finessExtractColumns() whatever `hasHeader` says; only
///   `structureet` records are passed on, as the fields after the tag without the empty one the trailing `;`
///   makes: 30 cells in the documented layout (a newer extract's extra trailing fields follow as they are).
/// - Xlsx: see readXlsxSheet() in io/XlsxSheetReader.h: text as typed, numbers as stored, date-formatted
///   numbers as YYYY-MM-DD, line = the sheet row number; trailing empty cells of a row are dropped.
/// `progress` is called about every 64 KB of text or 1,000 sheet rows.
/// Errors besides detectTableFormat()'s: "io.unbalanced-quote" (with the line where the quote opened),
/// "io.record-too-large", "io.sheet-not-found", "import.cancelled".
/// `usedColumns`, when not empty, lists the columns (0-based) the caller reads: a reader may then pass the other
/// cells as empty strings without decoding them (the FINESS extract does; a record keeps its number of cells).
Result<QStringList> readTable(const QString& path, const TableFormat& format, const RowSink& sink,
                              const ReadProgress& progress = {}, const QList<int>& usedColumns = {});

/// Convenience for previews: the header and at most `maxRows` records.
struct TablePreview
{
    QStringList header;
    QList<SourceRow> rows;
};
Result<TablePreview> previewTable(const QString& path, const TableFormat& format, int maxRows = 20);

/// The human name of an encoding, e.g. "UTF-8", "Windows-1252" (not translated: these are standard names).
QString encodingName(TextEncoding encoding);

/// The 30 columns of a `structureet` record of the etalab FINESS extract, after its tag, in file order:
/// nofinesset, nofinessej, rs, rslongue, complrs, compldistrib, numvoie, typvoie, voie, compvoie, lieuditbp,
/// commune, departement, libdepartement, ligneacheminement, telephone, telecopie, categetab, libcategetab,
/// categagretab, libcategagretab, siret, codeape, codemft, libmft, codesph, libsph, dateouv, dateautor,
/// datemaj. (The line holds 32 fields: the `structureet` tag, these 30, and the empty one after the trailing
/// `;`.)
QStringList finessExtractColumns();

/// The names of the worksheets of an .xlsx workbook, in tab order, for the user to choose `TableFormat::sheet`.
Result<QStringList> xlsxSheetNames(const QString& path);

} // namespace Palier
