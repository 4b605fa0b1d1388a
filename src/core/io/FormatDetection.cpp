// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/SourceTable.h"

#include "io/CsvReader.h"
#include "io/FileSignature.h"
#include "io/IoErrors.h"
#include "io/TextDecoding.h"
#include "io/XlsxSheetReader.h"
#include "io/XlsxWorkbook.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

// detectTableFormat(): the content decides, never the extension (a CSV named .xlsx is read as CSV).

namespace Palier {

namespace {

constexpr qint64 SampleSize = 64 * 1024;
constexpr qint64 ScanBlockSize = 1024 * 1024;

/// A cell a header would not have: a number, a code such as 010000024, an amount, a date.
bool looksLikeData(const QString& cell)
{
    bool digit = false;
    for (const QChar c : cell) {
        if (c.isDigit()) {
            digit = true;
        } else if (!(c.isSpace() || c == u'.' || c == u',' || c == u'-' || c == u'+' || c == u'/' || c == u':')) {
            return false;
        }
    }
    return digit;
}

bool looksLikeHeader(const QStringList& cells)
{
    return std::none_of(cells.cbegin(), cells.cend(), looksLikeData);
}

int lineOfOffset(QByteArrayView text, qsizetype offset)
{
    return int(text.first(offset).count('\n')) + 1;
}

/// Text that is not text: control characters (NUL included) other than tab, line breaks and form feed. A few
/// NUL bytes in what is otherwise text are reported with their line instead.
bool looksBinary(QByteArrayView start)
{
    const QByteArrayView head = start.first(std::min<qsizetype>(start.size(), 4096));
    qsizetype controls = 0;
    for (const char c : head) {
        const auto byte = static_cast<unsigned char>(c);
        controls += (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\f') || byte == 0x7F;
    }
    return controls * 20 > head.size(); // more than 5 %
}

/// UTF-8 when the whole file is well-formed UTF-8 (a few Latin-1 accents far down must not be missed),
/// Windows-1252 otherwise. Stops at the first malformed sequence.
TextEncoding scanEncoding(QFile& file, QByteArrayView sample)
{
    TextDecoding::Utf8Checker checker;
    checker.feed(sample);
    QByteArray block;
    while (checker.valid() && !file.atEnd()) {
        block = file.read(ScanBlockSize);
        if (block.isEmpty()) {
            break;
        }
        checker.feed(block);
    }
    return checker.finish() ? TextEncoding::Utf8 : TextEncoding::Windows1252;
}

/// The etalab extract: its metadata line `finess;etalab;…`, or a `structureet;` record among the first two
/// non-blank lines (some copies start with a header line `finess;nofinesset;…`). A CSV whose first column is
/// named `finess` is not one.
bool isFinessExtract(QByteArrayView body)
{
    const auto startsWithNoCase = [](QByteArrayView text, QByteArrayView prefix) {
        return text.size() >= prefix.size() && text.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
    };
    if (startsWithNoCase(body, "finess;etalab;")) {
        return true;
    }
    qsizetype at = 0;
    for (int line = 0; line < 2 && at < body.size(); ++line) {
        while (at < body.size() && (body[at] == '\n' || body[at] == '\r' || body[at] == ' ')) {
            ++at;
        }
        if (startsWithNoCase(body.sliced(at), "structureet;")) {
            return true;
        }
        const qsizetype end = body.indexOf('\n', at);
        at = end < 0 ? body.size() : end + 1;
    }
    return false;
}

Result<TableFormat> detectWorkbook(const QString& path)
{
    Result<std::unique_ptr<XlsxWorkbook>> workbook = XlsxWorkbook::open(path);
    if (!workbook) {
        return workbook.error();
    }
    Result<XlsxSheetEntry> sheet = workbook.value()->sheet({});
    if (!sheet) {
        return sheet.error();
    }
    if (Result<void> loaded = workbook.value()->loadCellData(); !loaded) {
        return loaded.error();
    }
    QStringList first;
    Result<void> read = readXlsxSheet(*workbook.value(), sheet.value(), [&first](SourceRow&& row) {
        first = std::move(row.cells);
        return false;
    });
    if (!read) {
        return read.error();
    }
    if (first.isEmpty()) {
        return IoErrors::empty(path);
    }
    TableFormat format;
    format.kind = TableFormat::Kind::Xlsx;
    format.hasHeader = looksLikeHeader(first);
    return format;
}

} // namespace

Result<TableFormat> detectTableFormat(const QString& path)
{
    if (QFileInfo(path).isDir()) {
        return IoErrors::isFolder(path);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return IoErrors::unreadable(path, file.errorString());
    }
    const QByteArray sample = file.read(SampleSize);
    if (sample.isEmpty()) {
        return file.error() == QFileDevice::NoError ? IoErrors::empty(path)
                                                    : IoErrors::unreadable(path, file.errorString());
    }
    if (FileSignature::isZip(sample)) {
        file.close();
        return detectWorkbook(path);
    }
    if (FileSignature::isOle2(sample)) {
        return IoErrors::oldExcel(path);
    }
    const TextDecoding::ByteOrderMark bom = TextDecoding::byteOrderMark(sample);
    if (bom == TextDecoding::ByteOrderMark::Utf16 || bom == TextDecoding::ByteOrderMark::Utf32) {
        return IoErrors::utf16(path);
    }
    const QByteArrayView body = QByteArrayView(sample).sliced(bom == TextDecoding::ByteOrderMark::Utf8 ? 3 : 0);
    if (TextDecoding::looksLikeUtf16(body)) {
        return IoErrors::utf16(path);
    }
    if (looksBinary(body)) {
        return IoErrors::binary(path, QStringLiteral("control bytes in the first 4 KB"));
    }
    if (const qsizetype nul = body.indexOf('\0'); nul >= 0) {
        return IoErrors::nulByte(path, lineOfOffset(body, nul));
    }
    if (body.trimmed().isEmpty() && file.atEnd()) {
        return IoErrors::empty(path);
    }

    TableFormat format;
    format.encoding = bom == TextDecoding::ByteOrderMark::Utf8 ? TextEncoding::Utf8Bom : scanEncoding(file, sample);
    if (isFinessExtract(body)) {
        format.kind = TableFormat::Kind::FinessExtract;
        format.separator = QLatin1Char(';');
        format.hasHeader = false;
        return format;
    }
    format.kind = TableFormat::Kind::Csv;
    format.separator = QLatin1Char(detectSeparator(body));

    // The first record, read from the sample: a record cut by the end of the sample or a quote left open
    // only makes the guess less sure, it is not an error yet.
    QByteArray copy = sample;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    DelimitedOptions options;
    options.separator = format.separator.toLatin1();
    options.encoding = format.encoding;
    QStringList first;
    (void)readDelimited(buffer, path, options, [&first](SourceRow&& row) {
        first = std::move(row.cells);
        return false;
    });
    format.hasHeader = looksLikeHeader(first);
    return format;
}

} // namespace Palier
