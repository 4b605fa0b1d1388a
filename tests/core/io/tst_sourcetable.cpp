// SPDX-License-Identifier: GPL-3.0-or-later
#include "IoTestSupport.h"
#include "io/SourceTable.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;

Q_DECLARE_METATYPE(Palier::TextEncoding)
Q_DECLARE_METATYPE(Palier::TableFormat::Kind)

namespace {

using IoTest::load;
using IoTest::RealData;
using IoTest::Table;

const QString IoData = QStringLiteral(PALIER_TEST_DATA_DIR "/io/");

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(bytes);
    }
    return path;
}

} // namespace

class TestSourceTable : public QObject
{
    Q_OBJECT

private slots:
    void finessExtractSamples_data();
    void finessExtractSamples();
    void detection_data();
    void detection();
    void wrongEncodingNeverCrashes();
    void headerlessCsv();
    void rejoinsOnlyWhereFullRowsAreTheRule();
    void preview();
    void encodingNames();
    void missingFileAndFolder();

private:
    QTemporaryDir m_dir;
};

void TestSourceTable::finessExtractSamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addRow("ISO-8859-1, LF") << QStringLiteral("finess-extract-latin1.csv") << TextEncoding::Windows1252;
    QTest::addRow("UTF-8, CRLF") << QStringLiteral("finess-extract-utf8.csv") << TextEncoding::Utf8;
}

void TestSourceTable::finessExtractSamples()
{
    QFETCH(QString, file);
    QFETCH(TextEncoding, encoding);
    Result<Table> table = load(IoData + file);
    QVERIFY2(table, qPrintable(table.error().message));
    QCOMPARE(table->format.kind, TableFormat::Kind::FinessExtract);
    QCOMPARE(table->format.encoding, encoding);
    QCOMPARE(table->header, finessExtractColumns());
    QCOMPARE(table->header.size(), 30);
    QCOMPARE(table->rows.size(), 3);
    QCOMPARE(table->rows[0].line, 2);
    QCOMPARE(table->rows[1].line, 4);
    QCOMPARE(table->rows[2].line, 6);
    for (const SourceRow& row : std::as_const(table->rows)) {
        QCOMPARE(row.cells.size(), 30);
    }
    const QStringList& ajaccio = table->rows[1].cells;
    QCOMPARE(ajaccio[0], QStringLiteral("2A0000014"));
    QCOMPARE(ajaccio[3], QStringLiteral("CENTRE HOSPITALIER NOTRE-DAME DE LA MISÉRICORDE"));
    QCOMPARE(ajaccio[12], QStringLiteral("2A"));
    QCOMPARE(ajaccio[21], QStringLiteral("2,601E+13")); // Excel's damage, passed on for the importer to reject
    QCOMPARE(ajaccio[27], QStringLiteral("13/02/1979"));
    QCOMPARE(ajaccio[29], QStringLiteral("2021-06-30"));
    QCOMPARE(table->rows[2].cells[2], QStringLiteral("CHU DE POINTE-À-PITRE"));
}

void TestSourceTable::detection_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TableFormat::Kind>("kind");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<bool>("hasHeader");
    using K = TableFormat::Kind;
    QTest::addRow("utf-8") << QByteArray("fi;r\xc3\xa9gion\n1;2\n") << K::Csv << TextEncoding::Utf8 << QChar(u';')
                           << true;
    QTest::addRow("utf-8 bom") << QByteArray("\xef\xbb\xbf"
                                             "a,b\n1,2\n")
                               << K::Csv << TextEncoding::Utf8Bom << QChar(u',') << true;
    QTest::addRow("windows-1252") << QByteArray("a\tb\n\x80\t\xe9\n") << K::Csv << TextEncoding::Windows1252
                                  << QChar(u'\t') << true;
    QByteArray lateLatin1 = "code;nom\n";
    while (lateLatin1.size() < 70 * 1024) {
        lateLatin1 += "1;ascii\n";
    }
    QTest::addRow("latin-1 after the sample") << lateLatin1 + "2;\xe9t\xe9\n"
                                              << K::Csv << TextEncoding::Windows1252 << QChar(u';') << true;
    QTest::addRow("ascii") << QByteArray("a;b\n1;2\n") << K::Csv << TextEncoding::Utf8 << QChar(u';') << true;
    QTest::addRow("no header") << QByteArray("010000024;CH A;12,5\n010000032;CH B;3\n") << K::Csv << TextEncoding::Utf8
                               << QChar(u';') << false;
    QTest::addRow("finess metadata") << QByteArray("finess;etalab;111;2026-05-12\nstructureet;010000024;x;\n")
                                     << K::FinessExtract << TextEncoding::Utf8 << QChar(u';') << false;
    QTest::addRow("finess header line") << QByteArray("finess;nofinesset;nofinessej\nstructureet;1;2;\n")
                                        << K::FinessExtract << TextEncoding::Utf8 << QChar(u';') << false;
    QTest::addRow("structureet first") << QByteArray("\r\nstructureet;010000024;x;\n") << K::FinessExtract
                                       << TextEncoding::Utf8 << QChar(u';') << false;
}

void TestSourceTable::detection()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TableFormat::Kind, kind);
    QFETCH(TextEncoding, encoding);
    QFETCH(QChar, separator);
    QFETCH(bool, hasHeader);
    Result<TableFormat> format = detectTableFormat(writeFile(m_dir, QStringLiteral("detect.csv"), bytes));
    QVERIFY2(format, qPrintable(format.error().message));
    QCOMPARE(format->kind, kind);
    QCOMPARE(format->encoding, encoding);
    QCOMPARE(format->separator, separator);
    QCOMPARE(format->hasHeader, hasHeader);
}

void TestSourceTable::wrongEncodingNeverCrashes()
{
    const QString path = writeFile(m_dir, QStringLiteral("enc.csv"), "nom\nH\xc3\x94PITAL \xc3\x89LOI\nH\xd4PITAL\n");
    TableFormat format;
    QStringList cells;
    const auto collect = [&cells](const SourceRow& row) {
        cells.append(row.cells);
        return true;
    };
    // Declared UTF-8: the stray Latin-1 byte of the last line still reads right.
    QVERIFY(readTable(path, format, collect));
    QCOMPARE(cells, (QStringList{QStringLiteral("HÔPITAL ÉLOI"), QStringLiteral("HÔPITAL")}));
    // Declared Windows-1252: UTF-8 shows as mojibake, the user sees it in the preview and changes it.
    cells.clear();
    format.encoding = TextEncoding::Windows1252;
    QVERIFY(readTable(path, format, collect));
    QCOMPARE(cells.first(), QStringLiteral("HÃ”PITAL Ã‰LOI"));
}

void TestSourceTable::headerlessCsv()
{
    const QString path = writeFile(m_dir, QStringLiteral("noheader.csv"), "010000024;CH A\n010000032;CH B\n");
    TableFormat format;
    format.hasHeader = false;
    QList<SourceRow> rows;
    Result<QStringList> header = readTable(path, format, [&rows](const SourceRow& row) {
        rows.append(row);
        return true;
    });
    QVERIFY(header);
    QVERIFY(header->isEmpty());
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].line, 1);
}

void TestSourceTable::rejoinsOnlyWhereFullRowsAreTheRule()
{
    QList<SourceRow> rows;
    const auto collect = [&rows](const SourceRow& row) {
        rows.append(row);
        return true;
    };
    const QString broken =
        writeFile(m_dir, QStringLiteral("broken.csv"), "a;b;c;d\n1;2;3;4\n5;6;7;8\n9;dix\nonze;12;13\n14;15;16;17\n");
    QVERIFY(readTable(broken, TableFormat{}, collect));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[2].line, 4);
    QCOMPARE(rows[2].cells, (QStringList{QStringLiteral("9"), QStringLiteral("dix onze"), QStringLiteral("12"),
                                         QStringLiteral("13")}));
    QVERIFY(rows[2].rejoined);
    QCOMPARE(rows[3].line, 6);

    // Every row short: that is how this file is, not a broken record.
    rows.clear();
    const QString shortRows =
        writeFile(m_dir, QStringLiteral("short.csv"), "a;b;c;d;e\n1;2;3\n4;5;6\n7;8;9\n10;11;12\n");
    QVERIFY(readTable(shortRows, TableFormat{}, collect));
    QCOMPARE(rows.size(), 4);
    QVERIFY(std::none_of(rows.cbegin(), rows.cend(), [](const SourceRow& row) { return row.rejoined; }));
}

void TestSourceTable::preview()
{
    const QString path = RealData + QStringLiteral("sae-2022-id.csv");
    Result<TableFormat> format = detectTableFormat(path);
    QVERIFY(format);
    Result<TablePreview> preview = previewTable(path, format.value(), 5);
    QVERIFY(preview);
    QCOMPARE(preview->header.size(), 70);
    QCOMPARE(preview->rows.size(), 5);
    QCOMPARE(preview->rows.last().line, 6);
}

void TestSourceTable::encodingNames()
{
    QCOMPARE(encodingName(TextEncoding::Utf8), QStringLiteral("UTF-8"));
    QCOMPARE(encodingName(TextEncoding::Windows1252), QStringLiteral("Windows-1252"));
    QVERIFY(encodingName(TextEncoding::Utf8Bom).startsWith(QLatin1String("UTF-8")));
}

void TestSourceTable::missingFileAndFolder()
{
    Result<TableFormat> missing = detectTableFormat(m_dir.filePath(QStringLiteral("nowhere.csv")));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, QStringLiteral("io.unreadable"));
    QVERIFY(missing.error().message.contains(QLatin1String("nowhere.csv")));
    Result<TableFormat> folder = detectTableFormat(m_dir.path());
    QVERIFY(!folder);
    QCOMPARE(folder.error().code, QStringLiteral("io.unreadable"));
    Result<QStringList> read = readTable(m_dir.path(), TableFormat{}, [](const SourceRow&) { return true; });
    QVERIFY(!read);
    QCOMPARE(read.error().code, QStringLiteral("io.unreadable"));
}

QTEST_GUILESS_MAIN(TestSourceTable)
#include "tst_sourcetable.moc"
