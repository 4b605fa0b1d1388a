// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "io/ExcelNumbers.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

#include <QXmlStreamReader>

class QuaZip;
class QuaZipFile;

namespace Palier {

/// Reads the tokens of one OOXML part, refusing what no workbook holds but hostile files do: a DTD (entity
/// expansion) and nesting deeper than MaxDepth (3 million nested elements, 21 KB zipped, would make
/// QXmlStreamReader's tag stack take 500 MB).
class XmlPartReader : public QXmlStreamReader
{
public:
    static constexpr int MaxDepth = 128;
    /// Excel holds at most 32,767 characters in a cell; far beyond that a value is damage or an attack.
    static constexpr qsizetype MaxValueChars = 4 * 1024 * 1024;
    using QXmlStreamReader::QXmlStreamReader;

    /// The next token, or Invalid with an error raised.
    TokenType next();

private:
    int m_depth = 0;
};

/// One worksheet of a workbook, as its tab names it.
struct XlsxSheetEntry
{
    QString name;
    QString part; ///< the worksheet XML inside the zip, e.g. "xl/worksheets/sheet1.xml"
    bool hidden = false;
};

/// An opened .xlsx package: the zip, its sheets and, once loaded, what cells refer to (shared strings and
/// number formats). Nothing here holds a sheet: sheets are streamed by readXlsxSheet().
class XlsxWorkbook
{
public:
    ~XlsxWorkbook();
    XlsxWorkbook(const XlsxWorkbook&) = delete;
    XlsxWorkbook& operator=(const XlsxWorkbook&) = delete;

    /// Opens the zip and reads the workbook part and its relationships. Errors: "io.unreadable",
    /// "io.corrupt-xlsx" (not a readable zip), "io.not-xlsx" (no workbook inside), "io.xlsx-no-sheet".
    static Result<std::unique_ptr<XlsxWorkbook>> open(const QString& path);

    const QString& path() const { return m_path; }
    const QList<XlsxSheetEntry>& sheets() const { return m_sheets; }
    /// The sheet named `name`, or when `name` is empty the first visible one. Error "io.sheet-not-found".
    Result<XlsxSheetEntry> sheet(const QString& name) const;

    /// Reads the shared strings and the cell formats; needed before reading cells.
    Result<void> loadCellData();
    const QStringList& sharedStrings() const { return m_sharedStrings; }
    ExcelNumbers::FormatKind styleKind(qint64 styleIndex) const;
    bool date1904() const { return m_date1904; }

    /// Opens one part of the package for streaming; `*size` receives its uncompressed size.
    Result<std::unique_ptr<QuaZipFile>> openPart(const QString& part, qint64* size = nullptr);
    /// Closes a part, turning a checksum or inflate failure into an error.
    Result<void> closePart(QuaZipFile& file, const QString& part);
    /// "io.corrupt-xlsx" for an XML error in `part`, or a failure of the zip underneath.
    Error xmlError(const QXmlStreamReader& reader, const QString& part) const;

private:
    explicit XlsxWorkbook(QString path);
    Result<void> readWorkbook();
    Result<void> readSharedStrings(const QString& part);
    Result<void> readStyles(const QString& part);

    QString m_path;
    std::unique_ptr<QuaZip> m_zip;
    QString m_workbookPart;
    QString m_sharedStringsPart;
    QString m_stylesPart;
    QList<XlsxSheetEntry> m_sheets;
    bool m_date1904 = false;
    bool m_cellDataLoaded = false;
    QStringList m_sharedStrings;
    QList<ExcelNumbers::FormatKind> m_styleKinds;
};

} // namespace Palier
