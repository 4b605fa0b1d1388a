// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>

// Internal to the io layer: the file-level errors of SourceTable.h, each a translated sentence that names the
// file and says what to do, with the technical detail apart.

namespace Palier::IoErrors {

/// "io.unreadable": the file cannot be opened or read.
Error unreadable(const QString& path, const QString& reason);
/// "io.unreadable": a folder was chosen.
Error isFolder(const QString& path);
/// "io.empty": no byte, only a byte order mark, or only blank lines.
Error empty(const QString& path);
/// "io.binary": neither text nor a workbook.
Error binary(const QString& path, const QString& detail);
/// "io.binary": a NUL byte inside what looked like a text file.
Error nulByte(const QString& path, int line);
/// "io.utf16": UTF-16 or UTF-32 text.
Error utf16(const QString& path);
/// "io.xls": an OLE2 compound file (Excel 97–2003, or an encrypted .xlsx).
Error oldExcel(const QString& path);
/// "io.not-xlsx": a zip that holds no workbook.
Error zipNotWorkbook(const QString& path, const QString& detail);
/// "io.not-xlsx": read as a workbook, but the file is text.
Error textNotWorkbook(const QString& path);
/// "io.corrupt-xlsx": a damaged or incomplete workbook.
Error corruptXlsx(const QString& path, const QString& detail);
/// "io.corrupt-xlsx": a cell that refers to a shared string the workbook does not have.
Error missingSharedString(const QString& path, const QString& sheet, const QString& cell, qint64 index, qint64 count);
/// "io.xlsx-no-sheet": a workbook without any worksheet.
Error noSheet(const QString& path);
/// "io.sheet-not-found": no worksheet has the requested name.
Error sheetNotFound(const QString& path, const QString& sheet, const QStringList& sheets);
/// "io.unbalanced-quote": a quoted value that is never closed.
Error unbalancedQuote(const QString& path, int line);
/// "io.record-too-large": a record longer than the reader accepts.
Error recordTooLarge(const QString& path, int line, qint64 limitBytes);
/// "import.cancelled": the progress callback asked to stop.
Error cancelled(const QString& path);

} // namespace Palier::IoErrors
