// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "io/RecordHandler.h"
#include "io/SourceTable.h"

#include <QByteArrayView>
#include <QIODevice>

#include <vector>

namespace Palier {

/// How readDelimited() cuts and decodes the bytes.
struct DelimitedOptions
{
    char separator = ';';
    TextEncoding encoding = TextEncoding::Utf8;
    /// The etalab FINESS extract: only `structureet` records are passed on, without their tag and without the
    /// empty field that their trailing separator makes.
    bool finessExtract = false;
    /// finessExtract only: when not empty, the cells (0-based, after the tag) the caller reads; the others are
    /// passed as empty strings, undecoded, so that a record keeps its shape at a fraction of the cost.
    std::vector<bool> decodedCells;
};

/// The longest record readDelimited() accepts: beyond it the file is not a table (or a quote is never closed).
constexpr qint64 MaxRecordBytes = 64 * 1024 * 1024;

/// Streams the records of a delimited text file, block by block, with the physical line where each starts.
/// Quoted values may hold separators, doubled quotes and line breaks; lines end with LF, CRLF or CR; a UTF-8
/// byte order mark is skipped. `path` names the file in messages.
Result<void> readDelimited(QIODevice& device, const QString& path, const DelimitedOptions& options,
                           const RecordHandler& onRecord, const ReadProgress& progress = {});

/// The separator the sample is delimited with: ';', '\t' or ',', whichever occurs outside quotes the same
/// number of times on the most lines (then the most often, then in that order); ';' when none occurs.
char detectSeparator(QByteArrayView sample);

} // namespace Palier
