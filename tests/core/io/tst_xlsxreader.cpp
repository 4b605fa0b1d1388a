// SPDX-License-Identifier: GPL-3.0-or-later
#include "IoTestSupport.h"
#include "io/SourceTable.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace Palier;

namespace {

const QString IoData = QStringLiteral(PALIER_TEST_DATA_DIR "/io/");

using IoTest::Table;

Result<Table> read(const QString& path, const QString& sheet = {})
{
    TableFormat format;
    format.kind = TableFormat::Kind::Xlsx;
    format.sheet = sheet;
    return IoTest::readWhole(path, format);
}

bool writeEntry(QuaZip& zip, const QString& name, const std::function<void(QIODevice&)>& write)
{
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name))) {
        return false;
    }
    write(file);
    file.close();
    return file.getZipError() == UNZ_OK;
}

/// Peak resident memory of this process, in MB (Linux), or -1.
double peakMemoryMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return -1;
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryKindOfCell();
    void sheetByName();
    void sheetNames();
    void anotherProducersConventions();
    void detectsWorkbookWithHeader();
    void streamsALargeSheet();
};

void TestXlsxReader::readsEveryKindOfCell()
{
    Result<Table> table = read(IoData + QStringLiteral("features.xlsx"));
    QVERIFY2(table, qPrintable(table.error().detail));
    QCOMPARE(table->header, (QStringList{QStringLiteral("FINESS"), QStringLiteral("Nom"), QStringLiteral("Région"),
                                         QStringLiteral("Montant"), QStringLiteral("Date")}));
    const QList<SourceRow>& rows = table->rows;
    QCOMPARE(rows.size(), 5); // row 4 holds only empty styled cells
    QCOMPARE(rows[0].line, 2);
    QCOMPARE(rows[0].cells, (QStringList{QStringLiteral("010000024"), QStringLiteral("CH DE FLEYRIAT"),
                                         QStringLiteral("84 - Auvergne-Rhône-Alpes"), QStringLiteral("250000"),
                                         QStringLiteral("2019-01-01")}));
    QCOMPARE(rows[1].line, 3);
    QCOMPARE(rows[1].cells, (QStringList{QStringLiteral("2A0000014"), QString(), QStringLiteral("Corse-du-Sud"),
                                         QStringLiteral("1.5E+13"), QStringLiteral("1980-02-14")}));
    QCOMPARE(rows[2].line, 5);
    QCOMPARE(rows[2].cells,
             (QStringList{QStringLiteral("TRUE"), QStringLiteral("FALSE"), QStringLiteral("FINESSx"),
                          QStringLiteral("15.199999999999999"), QStringLiteral("2020-01-01"), QStringLiteral("#N/A")}));
    QCOMPARE(rows[3].line, 7);
    QCOMPARE(rows[3].cells, (QStringList{QStringLiteral("2019-01-01 12:00:00"), QStringLiteral("18:00:00"),
                                         QStringLiteral("  espaces  "), QStringLiteral("12"),
                                         QStringLiteral("2024-03-01"), QStringLiteral("42")}));
    QCOMPARE(rows[4].line, 8);
    QCOMPARE(rows[4].cells.size(), 27);                             // A8 (a formula never calculated: empty) … AA8
    QCOMPARE(rows[4].cells.mid(0, 26), QStringList(26, QString())); // typed cells without a value are empty
    QCOMPARE(rows[4].cells.last(), QStringLiteral("loin"));
}

void TestXlsxReader::sheetByName()
{
    Result<Table> other = read(IoData + QStringLiteral("features.xlsx"), QStringLiteral("Autre"));
    QVERIFY(other);
    QCOMPARE(other->header, QStringList{QStringLiteral("autre feuille")});
    Result<Table> hidden = read(IoData + QStringLiteral("features.xlsx"), QStringLiteral("Cachée"));
    QVERIFY(hidden);
    QCOMPARE(hidden->header, QStringList{QStringLiteral("cachée")});

    Result<Table> missing = read(IoData + QStringLiteral("features.xlsx"), QStringLiteral("Feuil9"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, QStringLiteral("io.sheet-not-found"));
    QVERIFY2(missing.error().message.contains(QStringLiteral("“Données”")), qPrintable(missing.error().message));
}

void TestXlsxReader::sheetNames()
{
    Result<QStringList> names = xlsxSheetNames(IoData + QStringLiteral("features.xlsx"));
    QVERIFY(names);
    QCOMPARE(names.value(),
             (QStringList{QStringLiteral("Cachée"), QStringLiteral("Données"), QStringLiteral("Autre")}));
}

void TestXlsxReader::anotherProducersConventions()
{
    Result<Table> table = read(IoData + QStringLiteral("prefixed.xlsx"));
    QVERIFY2(table, qPrintable(table.error().detail));
    QCOMPARE(table->header, (QStringList{QStringLiteral("code"), QStringLiteral("valeur")}));
    QCOMPARE(table->rows.size(), 2);
    QCOMPARE(table->rows[0].line, 2);
    QCOMPARE(table->rows[1].line, 3);
    QCOMPARE(table->rows[1].cells, (QStringList{QStringLiteral("B"), QStringLiteral("2.5")}));
}

void TestXlsxReader::detectsWorkbookWithHeader()
{
    Result<TableFormat> format = detectTableFormat(IoData + QStringLiteral("features.xlsx"));
    QVERIFY(format);
    QCOMPARE(format->kind, TableFormat::Kind::Xlsx);
    QVERIFY(format->hasHeader);
    Result<TablePreview> preview = previewTable(IoData + QStringLiteral("features.xlsx"), format.value(), 2);
    QVERIFY(preview);
    QCOMPARE(preview->rows.size(), 2);
    QCOMPARE(preview->rows[1].line, 3);
}

void TestXlsxReader::streamsALargeSheet()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.xlsx"));
    constexpr int Rows = 100000;
    {
        QuaZip zip(path);
        QVERIFY(zip.open(QuaZip::mdCreate));
        const auto text = [](const char* xml) { return [xml](QIODevice& out) { out.write(xml); }; };
        QVERIFY(writeEntry(zip, QStringLiteral("_rels/.rels"),
                           text("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                                "2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")));
        QVERIFY(writeEntry(zip, QStringLiteral("xl/workbook.xml"),
                           text("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                                "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                                "<sheets><sheet name=\"Grand\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")));
        QVERIFY(
            writeEntry(zip, QStringLiteral("xl/_rels/workbook.xml.rels"),
                       text("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                            "relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                            "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                            "relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>")));
        QVERIFY(writeEntry(zip, QStringLiteral("xl/sharedStrings.xml"), [](QIODevice& out) {
            out.write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                      "<si><t>finess</t></si><si><t>rs</t></si><si><t>montant</t></si><si><t>Public</t></si>"
                      "<si><t>Privé</t></si></sst>");
        }));
        QVERIFY(writeEntry(zip, QStringLiteral("xl/worksheets/sheet1.xml"), [](QIODevice& out) {
            out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                      "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c></row>");
            QByteArray chunk;
            for (int r = 2; r <= Rows + 1; ++r) {
                const QByteArray n = QByteArray::number(r);
                chunk += "<row r=\"" + n + "\"><c r=\"A" + n + "\" t=\"inlineStr\"><is><t>" +
                         QByteArray::number(10000000 + r) + "</t></is></c><c r=\"B" + n +
                         "\" t=\"inlineStr\"><is><t>ÉTABLISSEMENT " + n + "</t></is></c><c r=\"C" + n + "\"><v>" +
                         QByteArray::number(r * 1000) + "</v></c><c r=\"D" + n + "\" t=\"s\"><v>" +
                         QByteArray::number(3 + r % 2) + "</v></c></row>";
                if (chunk.size() > 1 << 20) {
                    out.write(chunk);
                    chunk.clear();
                }
            }
            out.write(chunk + "</sheetData></worksheet>");
        }));
        zip.close();
        QCOMPARE(zip.getZipError(), UNZ_OK);
    }
    const double before = peakMemoryMb();
    QElapsedTimer timer;
    timer.start();
    TableFormat format;
    format.kind = TableFormat::Kind::Xlsx;
    int rows = 0;
    SourceRow last;
    int progressCalls = 0;
    Result<QStringList> header = readTable(
        path, format,
        [&](const SourceRow& row) {
            ++rows;
            last = row;
            return true;
        },
        [&progressCalls](qint64, qint64) { return ++progressCalls > 0; });
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(header, qPrintable(header.error().detail));
    QCOMPARE(header->size(), 4);
    QCOMPARE(rows, Rows);
    QCOMPARE(last.line, Rows + 1);
    QCOMPARE(last.cells,
             (QStringList{QString::number(10000000 + Rows + 1), QStringLiteral("ÉTABLISSEMENT %1").arg(Rows + 1),
                          QString::number((Rows + 1) * 1000), QStringLiteral("Privé")}));
    QVERIFY(progressCalls >= Rows / 1000);
    qInfo("100,000-row sheet (%lld MB on disk) read in %lld ms; peak memory %.0f MB before, %.0f MB after",
          QFileInfo(path).size() / (1024 * 1024), elapsed, before, peakMemoryMb());

    int seen = 0;
    Result<QStringList> cancelled = readTable(
        path, format, [&seen](const SourceRow&) { return ++seen > 0; }, [](qint64, qint64) { return false; });
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().code, QStringLiteral("import.cancelled"));
    QVERIFY(seen > 0 && seen < 2000); // stopped at the first progress report, after 1,000 sheet rows
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
