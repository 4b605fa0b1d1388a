// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/XlsxSheetReader.h"

#include "io/IoErrors.h"
#include "io/XlsxWorkbook.h"

#include <quazip/quazipfile.h>

namespace Palier {

namespace {

constexpr int MaxColumns = 16384; // XFD, Excel's last column
constexpr int MaxRows = 1048576;  // Excel's last row
constexpr int ProgressEveryRows = 1000;

/// The 0-based column of a reference such as `C7`; -1 when it has no column letters, -2 beyond XFD.
int columnOf(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size(); ++i) {
        const char16_t c = reference[i].unicode();
        const int letter = c >= u'A' && c <= u'Z' ? c - u'A' : c >= u'a' && c <= u'z' ? c - u'a' : -1;
        if (letter < 0) {
            break;
        }
        column = column * 26 + letter + 1;
        if (column > MaxColumns) {
            return -2;
        }
    }
    return i == 0 ? -1 : column - 1;
}

QString columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26) {
        name.prepend(QChar(u'A' + (n - 1) % 26));
    }
    return name;
}

/// An ISO 8601 date-time stored in a `t="d"` cell, shown like a date-formatted number.
QString isoDateCell(const QString& stored)
{
    if (stored.size() > 10 && stored.at(10) == u'T') {
        const QStringView time = QStringView(stored).mid(11);
        if (time.startsWith(u"00:00:00") || time == u"00:00") {
            return stored.left(10);
        }
        return stored.left(10) + u' ' + time.left(8).toString();
    }
    return stored;
}

class SheetReader
{
public:
    SheetReader(XlsxWorkbook& workbook, const XlsxSheetEntry& sheet)
        : m_workbook(workbook)
        , m_sheet(sheet)
    {}

    Result<void> run(const RecordHandler& onRow, const ReadProgress& progress);

private:
    std::optional<Error> endCell();

    XlsxWorkbook& m_workbook;
    const XlsxSheetEntry& m_sheet;
    int m_row = 0;
    int m_column = -1;
    QString m_typeText;
    qint64 m_style = 0;
    QString m_reference;
    QString m_value;
    QStringList m_cells;
};

std::optional<Error> SheetReader::endCell()
{
    if (m_column < 0 || m_value.isEmpty()) {
        return std::nullopt; // no value: an empty cell, whatever its type says (some writers put t="s" on those)
    }
    QString text;
    if (m_typeText == u"s") {
        bool ok = false;
        const qint64 index = m_value.trimmed().toLongLong(&ok);
        const QStringList& strings = m_workbook.sharedStrings();
        if (!ok || index < 0 || index >= strings.size()) {
            return IoErrors::missingSharedString(m_workbook.path(), m_sheet.name, m_reference, index, strings.size());
        }
        text = strings.at(index);
    } else if (m_typeText == u"b") {
        text = m_value.trimmed() == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    } else if (m_typeText == u"d") {
        text = isoDateCell(m_value.trimmed());
    } else if (m_typeText.isEmpty() || m_typeText == u"n") {
        text =
            ExcelNumbers::formatStoredNumber(m_value.trimmed(), m_workbook.styleKind(m_style), m_workbook.date1904());
    } else {
        text = m_value; // inlineStr, str (a formula's text), e (an error such as #N/A): as stored
    }
    if (!text.isEmpty()) {
        if (m_column >= m_cells.size()) {
            m_cells.resize(m_column + 1);
        }
        m_cells[m_column] = std::move(text);
    }
    return std::nullopt;
}

Result<void> SheetReader::run(const RecordHandler& onRow, const ReadProgress& progress)
{
    const QString& path = m_workbook.path();
    qint64 size = 0;
    Result<std::unique_ptr<QuaZipFile>> opened = m_workbook.openPart(m_sheet.part, &size);
    if (!opened) {
        return opened.error();
    }
    QuaZipFile& file = *opened.value();
    XmlPartReader reader(&file);
    bool inCell = false;
    bool collecting = false; // inside <v>, or a <t> of an inline string
    int phonetic = 0;
    int nextColumn = 0;
    int rows = 0;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.next();
        if (token == QXmlStreamReader::Characters) {
            if (collecting) {
                m_value += reader.text();
                if (m_value.size() > XmlPartReader::MaxValueChars) {
                    return IoErrors::corruptXlsx(path, QStringLiteral("cell %1 exceeds %2 characters")
                                                           .arg(m_reference)
                                                           .arg(XmlPartReader::MaxValueChars));
                }
            }
        } else if (token == QXmlStreamReader::StartElement) {
            const QStringView name = reader.name();
            if (name == u"c") {
                const QXmlStreamAttributes attributes = reader.attributes();
                m_reference = attributes.value(QLatin1String("r")).toString();
                int column = m_reference.isEmpty() ? nextColumn : columnOf(m_reference);
                if (column == -1) {
                    column = nextColumn;
                } else if (column == -2) {
                    return IoErrors::corruptXlsx(
                        path, QStringLiteral("cell reference %1 beyond column XFD").arg(m_reference));
                }
                if (m_reference.isEmpty()) {
                    m_reference = columnName(column) + QString::number(m_row);
                }
                m_column = column;
                nextColumn = column + 1;
                m_typeText = attributes.value(QLatin1String("t")).toString();
                m_style = attributes.value(QLatin1String("s")).toLongLong();
                m_value.clear();
                inCell = true;
            } else if (name == u"row") {
                bool ok = false;
                const int number = reader.attributes().value(QLatin1String("r")).toInt(&ok);
                m_row = ok && number > 0 ? number : m_row + 1;
                if (m_row > MaxRows) {
                    return IoErrors::corruptXlsx(path, QStringLiteral("row %1 beyond Excel's last row").arg(m_row));
                }
                m_cells.clear();
                nextColumn = 0;
            } else if (inCell && name == u"rPh") {
                ++phonetic;
            } else if (inCell && phonetic == 0 && (name == u"v" || (name == u"t" && m_typeText == u"inlineStr"))) {
                collecting = true;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            const QStringView name = reader.name();
            if (name == u"v" || name == u"t") {
                collecting = false;
            } else if (name == u"rPh") {
                phonetic = std::max(0, phonetic - 1);
            } else if (name == u"c") {
                if (std::optional<Error> error = endCell()) {
                    return *error;
                }
                inCell = false;
                m_column = -1;
            } else if (name == u"row") {
                while (!m_cells.isEmpty() && m_cells.constLast().trimmed().isEmpty()) {
                    m_cells.removeLast();
                }
                if (!m_cells.isEmpty() && !onRow(SourceRow{m_row, std::move(m_cells)})) {
                    return m_workbook.closePart(file, m_sheet.part);
                }
                m_cells = QStringList();
                if (++rows % ProgressEveryRows == 0 && progress && !progress(file.pos(), size)) {
                    return IoErrors::cancelled(path);
                }
            }
        }
    }
    if (reader.hasError()) {
        return m_workbook.xmlError(reader, m_sheet.part);
    }
    if (progress && !progress(size, size)) {
        return IoErrors::cancelled(path);
    }
    return m_workbook.closePart(file, m_sheet.part);
}

} // namespace

Result<void> readXlsxSheet(XlsxWorkbook& workbook, const XlsxSheetEntry& sheet, const RecordHandler& onRow,
                           const ReadProgress& progress)
{
    SheetReader reader(workbook, sheet);
    return reader.run(onRow, progress);
}

} // namespace Palier
