// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/XlsxWorkbook.h"

#include "io/IoErrors.h"

#include <QDir>
#include <QHash>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace Palier {

namespace {

/// Shared strings beyond this many characters (256 MB) are not a spreadsheet anyone typed: refuse rather than
/// swap. A national FINESS list of 100,000 rows holds about 15 million.
constexpr qint64 MaxSharedStringChars = 128LL * 1024 * 1024;

struct Relationship
{
    QString type;
    QString target; ///< a part name, resolved against the source part's folder
};

/// `target` of a relationship of `sourcePart`, as a part name of the zip.
QString resolvePart(const QString& sourcePart, const QString& target)
{
    if (target.startsWith(u'/')) {
        return QDir::cleanPath(target.mid(1));
    }
    const qsizetype slash = sourcePart.lastIndexOf(u'/');
    const QString folder = slash < 0 ? QString() : sourcePart.left(slash + 1);
    return QDir::cleanPath(folder + target);
}

QString relationshipsPart(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1) + QStringLiteral(".rels");
}

/// The relationship id of a `<sheet>`: `r:id` in any namespace (transitional and strict OOXML differ).
QString relationshipId(const QXmlStreamAttributes& attributes)
{
    for (const QXmlStreamAttribute& attribute : attributes) {
        if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty()) {
            return attribute.value().toString();
        }
    }
    return {};
}

bool isTrue(QStringView value)
{
    return value == u"1" || value == u"true";
}

} // namespace

QXmlStreamReader::TokenType XmlPartReader::next()
{
    const TokenType token = readNext();
    // A part whose compressed data is damaged stops short: the reader would wait for more data that never comes
    // (atEnd() stays false). Such a part is an error, as a truncated one is.
    if (token == Invalid && (!hasError() || error() == PrematureEndOfDocumentError)) {
        raiseError(QStringLiteral("the part ends before its XML does: it is damaged or truncated"));
        return Invalid;
    }
    if (token == DTD) {
        raiseError(QStringLiteral("a DTD is not allowed in a workbook"));
        return Invalid;
    }
    if (token == StartElement && ++m_depth > MaxDepth) {
        raiseError(QStringLiteral("elements nested deeper than %1 levels").arg(MaxDepth));
        return Invalid;
    }
    if (token == EndElement) {
        --m_depth;
    }
    return token;
}

XlsxWorkbook::XlsxWorkbook(QString path)
    : m_path(std::move(path))
    , m_zip(std::make_unique<QuaZip>(m_path))
{}

XlsxWorkbook::~XlsxWorkbook() = default;

Result<std::unique_ptr<XlsxWorkbook>> XlsxWorkbook::open(const QString& path)
{
    std::unique_ptr<XlsxWorkbook> workbook(new XlsxWorkbook(path));
    if (!workbook->m_zip->open(QuaZip::mdUnzip)) {
        return IoErrors::corruptXlsx(
            path, QStringLiteral("not a readable zip archive (zip error %1)").arg(workbook->m_zip->getZipError()));
    }
    if (Result<void> read = workbook->readWorkbook(); !read) {
        return read.error();
    }
    return workbook;
}

Result<std::unique_ptr<QuaZipFile>> XlsxWorkbook::openPart(const QString& part, qint64* size)
{
    if (!m_zip->setCurrentFile(part, QuaZip::csInsensitive)) {
        return IoErrors::corruptXlsx(m_path, QStringLiteral("missing part %1").arg(part));
    }
    auto file = std::make_unique<QuaZipFile>(m_zip.get());
    if (!file->open(QIODevice::ReadOnly)) {
        return IoErrors::corruptXlsx(
            m_path, QStringLiteral("cannot open part %1 (zip error %2)").arg(part).arg(file->getZipError()));
    }
    if (size) {
        *size = file->usize();
    }
    return file;
}

Result<void> XlsxWorkbook::closePart(QuaZipFile& file, const QString& part)
{
    file.close();
    if (file.getZipError() != UNZ_OK) {
        return IoErrors::corruptXlsx(
            m_path, QStringLiteral("part %1 is damaged (zip error %2)").arg(part).arg(file.getZipError()));
    }
    return {};
}

Error XlsxWorkbook::xmlError(const QXmlStreamReader& reader, const QString& part) const
{
    return IoErrors::corruptXlsx(
        m_path, QStringLiteral("%1, XML line %2: %3").arg(part).arg(reader.lineNumber()).arg(reader.errorString()));
}

Result<void> XlsxWorkbook::readWorkbook()
{
    const QStringList names = m_zip->getFileNameList();
    const auto has = [&names](const QString& part) { return names.contains(part, Qt::CaseInsensitive); };

    // The package relationships name the workbook part; almost always xl/workbook.xml.
    m_workbookPart = QStringLiteral("xl/workbook.xml");
    QHash<QString, Relationship> relationships;
    auto readRelationships = [this, &has, &relationships](const QString& source) -> Result<void> {
        relationships.clear();
        const QString part = source.isEmpty() ? QStringLiteral("_rels/.rels") : relationshipsPart(source);
        if (!has(part)) {
            return {};
        }
        Result<std::unique_ptr<QuaZipFile>> file = openPart(part);
        if (!file) {
            return file.error();
        }
        XmlPartReader reader(file.value().get());
        while (!reader.atEnd()) {
            if (reader.next() == QXmlStreamReader::StartElement && reader.name() == u"Relationship") {
                const QXmlStreamAttributes attributes = reader.attributes();
                if (attributes.value(QLatin1String("TargetMode")) == u"External") {
                    continue;
                }
                relationships.insert(attributes.value(QLatin1String("Id")).toString(),
                                     {attributes.value(QLatin1String("Type")).toString(),
                                      resolvePart(source, attributes.value(QLatin1String("Target")).toString())});
            }
        }
        if (reader.hasError()) {
            return xmlError(reader, part);
        }
        return closePart(*file.value(), part);
    };
    if (Result<void> read = readRelationships({}); !read) {
        return read;
    }
    for (const Relationship& relationship : std::as_const(relationships)) {
        if (relationship.type.endsWith(u"/officeDocument") && has(relationship.target)) {
            m_workbookPart = relationship.target;
        }
    }
    if (!has(m_workbookPart)) {
        return IoErrors::zipNotWorkbook(m_path, QStringLiteral("no workbook part among %1 entries").arg(names.size()));
    }

    if (Result<void> read = readRelationships(m_workbookPart); !read) {
        return read;
    }
    for (const Relationship& relationship : std::as_const(relationships)) {
        if (relationship.type.endsWith(u"/sharedStrings")) {
            m_sharedStringsPart = relationship.target;
        } else if (relationship.type.endsWith(u"/styles")) {
            m_stylesPart = relationship.target;
        }
    }

    Result<std::unique_ptr<QuaZipFile>> file = openPart(m_workbookPart);
    if (!file) {
        return file.error();
    }
    XmlPartReader reader(file.value().get());
    bool root = true;
    while (!reader.atEnd()) {
        if (reader.next() != QXmlStreamReader::StartElement) {
            continue;
        }
        if (root && reader.name() != u"workbook") {
            // Another Office document (a .docx, a .pptx) has the same package structure.
            return IoErrors::zipNotWorkbook(
                m_path, QStringLiteral("%1 holds a <%2>, not a workbook").arg(m_workbookPart, reader.name()));
        }
        root = false;
        const QXmlStreamAttributes attributes = reader.attributes();
        if (reader.name() == u"workbookPr") {
            m_date1904 = isTrue(attributes.value(QLatin1String("date1904")));
        } else if (reader.name() == u"sheet") {
            const Relationship relationship = relationships.value(relationshipId(attributes));
            // Chart sheets and dialog sheets hold no cells: only worksheets are offered.
            if (relationship.type.endsWith(u"/worksheet") && has(relationship.target)) {
                m_sheets.append({attributes.value(QLatin1String("name")).toString(), relationship.target,
                                 attributes.value(QLatin1String("state")) == u"hidden" ||
                                     attributes.value(QLatin1String("state")) == u"veryHidden"});
            }
        }
    }
    if (reader.hasError()) {
        return xmlError(reader, m_workbookPart);
    }
    if (Result<void> closed = closePart(*file.value(), m_workbookPart); !closed) {
        return closed;
    }
    if (m_sheets.isEmpty()) {
        return IoErrors::noSheet(m_path);
    }
    return {};
}

Result<XlsxSheetEntry> XlsxWorkbook::sheet(const QString& name) const
{
    if (name.isEmpty()) {
        for (const XlsxSheetEntry& entry : m_sheets) {
            if (!entry.hidden) {
                return entry;
            }
        }
        return m_sheets.first();
    }
    QStringList names;
    for (const XlsxSheetEntry& entry : m_sheets) {
        if (entry.name == name) {
            return entry;
        }
        names.append(QStringLiteral("“%1”").arg(entry.name));
    }
    return IoErrors::sheetNotFound(m_path, name, names);
}

Result<void> XlsxWorkbook::loadCellData()
{
    if (m_cellDataLoaded) {
        return {};
    }
    if (!m_sharedStringsPart.isEmpty()) {
        if (Result<void> read = readSharedStrings(m_sharedStringsPart); !read) {
            return read;
        }
    }
    if (!m_stylesPart.isEmpty()) {
        if (Result<void> read = readStyles(m_stylesPart); !read) {
            return read;
        }
    }
    m_cellDataLoaded = true;
    return {};
}

ExcelNumbers::FormatKind XlsxWorkbook::styleKind(qint64 styleIndex) const
{
    return styleIndex >= 0 && styleIndex < m_styleKinds.size() ? m_styleKinds.at(styleIndex)
                                                               : ExcelNumbers::FormatKind::Number;
}

Result<void> XlsxWorkbook::readSharedStrings(const QString& part)
{
    qint64 size = 0;
    Result<std::unique_ptr<QuaZipFile>> file = openPart(part, &size);
    if (!file) {
        return file.error();
    }
    XmlPartReader reader(file.value().get());
    QString current;
    bool inItem = false;
    bool inText = false;
    int phonetic = 0; // inside <rPh>: a reading aid for East Asian text, not part of the value
    qint64 characters = 0;
    while (!reader.atEnd()) {
        switch (reader.next()) {
        case QXmlStreamReader::StartElement:
            if (reader.name() == u"sst") {
                // The count attributes are hints that a damaged or hostile file may inflate: bounded.
                const qint64 count = reader.attributes().value(QLatin1String("uniqueCount")).toLongLong();
                m_sharedStrings.reserve(qBound<qint64>(0, count, std::min<qint64>(size / 8 + 1, 1 << 20)));
            } else if (reader.name() == u"si") {
                inItem = true;
                current.clear();
            } else if (reader.name() == u"rPh") {
                ++phonetic;
            } else if (reader.name() == u"t" && inItem && phonetic == 0) {
                inText = true;
            }
            break;
        case QXmlStreamReader::Characters:
            if (inText) {
                current += reader.text();
                if (current.size() > XmlPartReader::MaxValueChars) {
                    return IoErrors::corruptXlsx(m_path, QStringLiteral("shared string %1 exceeds %2 characters")
                                                             .arg(m_sharedStrings.size())
                                                             .arg(XmlPartReader::MaxValueChars));
                }
            }
            break;
        case QXmlStreamReader::EndElement:
            if (reader.name() == u"t") {
                inText = false;
            } else if (reader.name() == u"rPh") {
                phonetic = std::max(0, phonetic - 1);
            } else if (reader.name() == u"si" && inItem) {
                characters += current.size();
                if (characters > MaxSharedStringChars) {
                    return IoErrors::corruptXlsx(
                        m_path, QStringLiteral("shared strings exceed %1 characters").arg(MaxSharedStringChars));
                }
                m_sharedStrings.append(current);
                inItem = false;
            }
            break;
        default:
            break;
        }
    }
    if (reader.hasError()) {
        return xmlError(reader, part);
    }
    return closePart(*file.value(), part);
}

Result<void> XlsxWorkbook::readStyles(const QString& part)
{
    Result<std::unique_ptr<QuaZipFile>> file = openPart(part);
    if (!file) {
        return file.error();
    }
    XmlPartReader reader(file.value().get());
    QHash<int, ExcelNumbers::FormatKind> customFormats;
    QList<int> cellFormatIds;
    bool inCellXfs = false;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.next();
        if (token == QXmlStreamReader::StartElement) {
            const QXmlStreamAttributes attributes = reader.attributes();
            if (reader.name() == u"numFmt") {
                customFormats.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                                     ExcelNumbers::classifyFormatCode(attributes.value(QLatin1String("formatCode"))));
            } else if (reader.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (reader.name() == u"xf" && inCellXfs) {
                cellFormatIds.append(attributes.value(QLatin1String("numFmtId")).toInt());
            }
        } else if (token == QXmlStreamReader::EndElement && reader.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    if (reader.hasError()) {
        return xmlError(reader, part);
    }
    m_styleKinds.reserve(cellFormatIds.size());
    for (const int id : std::as_const(cellFormatIds)) {
        // Ids below 164 are built in, but a file may redefine them: its own definition wins.
        const auto custom = customFormats.constFind(id);
        m_styleKinds.append(custom != customFormats.cend() ? *custom : ExcelNumbers::builtinFormatKind(id));
    }
    return closePart(*file.value(), part);
}

} // namespace Palier
