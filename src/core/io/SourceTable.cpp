// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/SourceTable.h"

#include "io/CsvReader.h"
#include "io/FileSignature.h"
#include "io/IoErrors.h"
#include "io/TextDecoding.h"
#include "io/XlsxSheetReader.h"
#include "io/XlsxWorkbook.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <optional>

namespace Palier {

namespace {

/// Takes the header off the records, joins a record broken by an unquoted line break, and hands the rest to
/// the caller's sink.
class TableAssembler
{
public:
    TableAssembler(bool takeHeader, bool joinBrokenRecords, const RowSink& sink)
        : m_takeHeader(takeHeader)
        , m_join(joinBrokenRecords)
        , m_sink(sink)
    {}

    bool add(SourceRow&& row)
    {
        m_sawRecord = true;
        if (m_takeHeader) {
            m_takeHeader = false;
            m_header = std::move(row.cells);
            for (QString& name : m_header) {
                name = name.trimmed();
            }
            return true;
        }
        const qsizetype width = m_header.size();
        if (m_pending) {
            SourceRow first = std::move(*m_pending);
            m_pending.reset();
            if (row.cells.size() < width && first.cells.size() + row.cells.size() - 1 == width) {
                QString& broken = first.cells.last();
                broken = broken.isEmpty() ? row.cells.first() : broken + u' ' + row.cells.first();
                first.cells.append(QStringList(row.cells.begin() + 1, row.cells.end()));
                first.rejoined = true;
                return pass(first);
            }
            if (!pass(first)) {
                return false;
            }
        }
        // Only where full rows are the rule: a file whose rows are all short has another reason for it.
        if (m_join && row.cells.size() > 1 && row.cells.size() < width && m_fullRows > m_shortRows) {
            m_pending = std::move(row);
            return true;
        }
        return pass(row);
    }

    /// Passes on a piece still waiting for its other half.
    void finish()
    {
        if (m_pending && !m_stopped) {
            pass(*m_pending);
        }
        m_pending.reset();
    }

    bool sawRecord() const { return m_sawRecord; }
    QStringList takeHeader() { return std::move(m_header); }

private:
    bool pass(const SourceRow& row)
    {
        if (row.cells.size() == m_header.size()) {
            ++m_fullRows;
        } else if (row.cells.size() < m_header.size()) {
            ++m_shortRows;
        }
        m_stopped = !m_sink(row);
        return !m_stopped;
    }

    bool m_takeHeader;
    bool m_join;
    const RowSink& m_sink;
    QStringList m_header;
    std::optional<SourceRow> m_pending;
    bool m_sawRecord = false;
    bool m_stopped = false;
    qint64 m_fullRows = 0;
    qint64 m_shortRows = 0;
};

Result<void> openForReading(QFile& file)
{
    if (QFileInfo(file.fileName()).isDir()) {
        return IoErrors::isFolder(file.fileName());
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return IoErrors::unreadable(file.fileName(), file.errorString());
    }
    return {};
}

Result<void> readWorkbook(const QString& path, const QString& sheetName, TableAssembler& assembler,
                          const ReadProgress& progress)
{
    {
        QFile file(path);
        if (Result<void> opened = openForReading(file); !opened) {
            return opened;
        }
        const QByteArray start = file.read(8);
        if (start.isEmpty()) {
            return IoErrors::empty(path);
        }
        if (FileSignature::isOle2(start)) {
            return IoErrors::oldExcel(path);
        }
        if (!FileSignature::isZip(start)) {
            return IoErrors::textNotWorkbook(path);
        }
    }
    Result<std::unique_ptr<XlsxWorkbook>> workbook = XlsxWorkbook::open(path);
    if (!workbook) {
        return workbook.error();
    }
    Result<XlsxSheetEntry> sheet = workbook.value()->sheet(sheetName);
    if (!sheet) {
        return sheet.error();
    }
    if (Result<void> loaded = workbook.value()->loadCellData(); !loaded) {
        return loaded;
    }
    return readXlsxSheet(
        *workbook.value(), sheet.value(), [&assembler](SourceRow&& row) { return assembler.add(std::move(row)); },
        progress);
}

Result<void> readText(const QString& path, const TableFormat& format, TableAssembler& assembler,
                      const ReadProgress& progress, const QList<int>& usedColumns)
{
    QFile file(path);
    if (Result<void> opened = openForReading(file); !opened) {
        return opened;
    }
    const QByteArray start = file.peek(8);
    const TextDecoding::ByteOrderMark bom = TextDecoding::byteOrderMark(start);
    if (bom == TextDecoding::ByteOrderMark::Utf16 || bom == TextDecoding::ByteOrderMark::Utf32) {
        return IoErrors::utf16(path);
    }
    DelimitedOptions options;
    options.encoding = format.encoding;
    options.finessExtract = format.kind == TableFormat::Kind::FinessExtract;
    if (options.finessExtract && !usedColumns.isEmpty()) {
        for (int column : usedColumns) {
            if (column >= 0 && column < 4096) {
                options.decodedCells.resize(std::max(options.decodedCells.size(), std::size_t(column) + 1), false);
                options.decodedCells[std::size_t(column)] = true;
            }
        }
    }
    // Any single ASCII character the user chooses (| for instance), except what would make the file unreadable.
    const char16_t chosen = format.separator.unicode();
    const bool usable = chosen == u'\t' || (chosen >= 0x20 && chosen < 0x7F && chosen != u'"');
    options.separator = options.finessExtract || !usable ? ';' : char(chosen);
    return readDelimited(
        file, path, options, [&assembler](SourceRow&& row) { return assembler.add(std::move(row)); }, progress);
}

} // namespace

Result<QStringList> readTable(const QString& path, const TableFormat& format, const RowSink& sink,
                              const ReadProgress& progress, const QList<int>& usedColumns)
{
    const bool finess = format.kind == TableFormat::Kind::FinessExtract;
    const bool header = format.hasHeader && !finess;
    TableAssembler assembler(header, header && format.kind == TableFormat::Kind::Csv, sink);
    const Result<void> read = format.kind == TableFormat::Kind::Xlsx
                                  ? readWorkbook(path, format.sheet, assembler, progress)
                                  : readText(path, format, assembler, progress, usedColumns);
    if (!read) {
        return read.error();
    }
    assembler.finish();
    if (!assembler.sawRecord()) {
        return IoErrors::empty(path);
    }
    return finess ? finessExtractColumns() : assembler.takeHeader();
}

Result<TablePreview> previewTable(const QString& path, const TableFormat& format, int maxRows)
{
    TablePreview preview;
    const auto collect = [&preview, maxRows](const SourceRow& row) {
        if (preview.rows.size() >= maxRows) {
            return false;
        }
        preview.rows.append(row);
        return preview.rows.size() < maxRows;
    };
    Result<QStringList> header = readTable(path, format, collect);
    if (!header) {
        return header.error();
    }
    preview.header = std::move(header.value());
    return preview;
}

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf8Bom:
        return QStringLiteral("UTF-8 (BOM)");
    case TextEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return QStringLiteral("UTF-8");
}

QStringList finessExtractColumns()
{
    return {
        QStringLiteral("nofinesset"),   QStringLiteral("nofinessej"),     QStringLiteral("rs"),
        QStringLiteral("rslongue"),     QStringLiteral("complrs"),        QStringLiteral("compldistrib"),
        QStringLiteral("numvoie"),      QStringLiteral("typvoie"),        QStringLiteral("voie"),
        QStringLiteral("compvoie"),     QStringLiteral("lieuditbp"),      QStringLiteral("commune"),
        QStringLiteral("departement"),  QStringLiteral("libdepartement"), QStringLiteral("ligneacheminement"),
        QStringLiteral("telephone"),    QStringLiteral("telecopie"),      QStringLiteral("categetab"),
        QStringLiteral("libcategetab"), QStringLiteral("categagretab"),   QStringLiteral("libcategagretab"),
        QStringLiteral("siret"),        QStringLiteral("codeape"),        QStringLiteral("codemft"),
        QStringLiteral("libmft"),       QStringLiteral("codesph"),        QStringLiteral("libsph"),
        QStringLiteral("dateouv"),      QStringLiteral("dateautor"),      QStringLiteral("datemaj"),
    };
}

Result<QStringList> xlsxSheetNames(const QString& path)
{
    Result<std::unique_ptr<XlsxWorkbook>> workbook = XlsxWorkbook::open(path);
    if (!workbook) {
        return workbook.error();
    }
    QStringList names;
    for (const XlsxSheetEntry& sheet : workbook.value()->sheets()) {
        names.append(sheet.name);
    }
    return names;
}

} // namespace Palier
