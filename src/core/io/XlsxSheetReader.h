// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "io/RecordHandler.h"
#include "io/SourceTable.h"

namespace Palier {

class XlsxWorkbook;
struct XlsxSheetEntry;

/// Streams the rows of one worksheet, never holding the sheet: each row's cells as text, placed by their
/// reference (gaps become empty cells, trailing empty cells are dropped), with the sheet row number as line.
/// Shared and inline strings (rich text runs joined) are text as typed; numbers stay as Excel stores them
/// (`250000`, `1.5E+13`); a number whose format is a date becomes `YYYY-MM-DD` (a time `HH:MM:SS`); booleans
/// are `TRUE`/`FALSE`; a formula gives its cached value, errors their code (`#N/A`). Rows without any
/// non-blank cell are skipped. The workbook's cell data must be loaded.
Result<void> readXlsxSheet(XlsxWorkbook& workbook, const XlsxSheetEntry& sheet, const RecordHandler& onRow,
                           const ReadProgress& progress = {});

} // namespace Palier
