// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CsvReader.h"

#include <QBuffer>
#include <QTest>

using namespace Palier;

namespace {

struct Parsed
{
    Result<void> result;
    QList<SourceRow> rows;
};

Parsed parse(const QByteArray& bytes, const DelimitedOptions& options = {}, const ReadProgress& progress = {})
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    Parsed parsed;
    parsed.result = readDelimited(
        buffer, QStringLiteral("test.csv"), options,
        [&parsed](SourceRow&& row) {
            parsed.rows.append(std::move(row));
            return true;
        },
        progress);
    return parsed;
}

QList<int> lines(const QList<SourceRow>& rows)
{
    QList<int> result;
    for (const SourceRow& row : rows) {
        result.append(row.line);
    }
    return result;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void lineNumbers_data();
    void lineNumbers();
    void quotedValues();
    void keepsSpacesAndTrailingSeparator();
    void skipsByteOrderMark();
    void lineBreakCutBetweenBlocks();
    void recordAcrossManyBlocks();
    void finessExtract();
    void unbalancedQuoteReportsWhereItOpened();
    void nulByteReportsItsLine();
    void progressAndCancel();
    void sinkStops();
    void detectsSeparator_data();
    void detectsSeparator();
};

void TestCsvReader::lineNumbers_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<int>>("expected");
    QTest::addRow("LF") << QByteArray("a;b\n1;2\n3;4\n") << QList<int>{1, 2, 3};
    QTest::addRow("CRLF") << QByteArray("a;b\r\n1;2\r\n3;4\r\n") << QList<int>{1, 2, 3};
    QTest::addRow("CR only") << QByteArray("a;b\r1;2\r3;4") << QList<int>{1, 2, 3};
    QTest::addRow("no final break") << QByteArray("a;b\n1;2") << QList<int>{1, 2};
    QTest::addRow("blank lines") << QByteArray("a;b\n\n\r\n1;2\n   \n;;\n3;4\n") << QList<int>{1, 4, 7};
    QTest::addRow("multi-line value") << QByteArray("a;b\n1;\"x\ny\nz\"\n3;4\n") << QList<int>{1, 2, 5};
    QTest::addRow("multi-line CRLF value") << QByteArray("a;b\r\n\"p\r\nq\";2\r\n3;4\r\n") << QList<int>{1, 2, 4};
    QTest::addRow("mixed endings") << QByteArray("a;b\r\n1;2\n3;4\r5;6") << QList<int>{1, 2, 3, 4};
    QTest::addRow("value starts on a later line") << QByteArray("a;b\n1;\"\nx\"\n") << QList<int>{1, 2};
}

void TestCsvReader::lineNumbers()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<int>, expected);
    const Parsed parsed = parse(bytes);
    QVERIFY2(parsed.result, qPrintable(parsed.result.error().message));
    QCOMPARE(lines(parsed.rows), expected);
}

void TestCsvReader::quotedValues()
{
    const Parsed parsed =
        parse("rs;note\n\"CH \"\"LES TILLEULS\"\"\";\"a;b\"\n\"ligne 1\r\nligne 2\";\"\"\nCH \"X\" Y;z\n");
    QVERIFY(parsed.result);
    QCOMPARE(parsed.rows.size(), 4);
    QCOMPARE(parsed.rows[1].cells, (QStringList{QStringLiteral("CH \"LES TILLEULS\""), QStringLiteral("a;b")}));
    QCOMPARE(parsed.rows[2].cells, (QStringList{QStringLiteral("ligne 1\r\nligne 2"), QString()}));
    // A quote inside an unquoted value is kept as written.
    QCOMPARE(parsed.rows[3].cells, (QStringList{QStringLiteral("CH \"X\" Y"), QStringLiteral("z")}));
    QCOMPARE(parsed.rows[3].line, 5);
}

void TestCsvReader::keepsSpacesAndTrailingSeparator()
{
    const Parsed parsed = parse("a;b;\n  x ;\ty;\n");
    QVERIFY(parsed.result);
    QCOMPARE(parsed.rows[0].cells, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QString()}));
    QCOMPARE(parsed.rows[1].cells, (QStringList{QStringLiteral("  x "), QStringLiteral("\ty"), QString()}));
}

void TestCsvReader::skipsByteOrderMark()
{
    const Parsed parsed = parse("\xef\xbb\xbf"
                                "fi;r\xc3\xa9gion\n010000024;84\n");
    QVERIFY(parsed.result);
    QCOMPARE(parsed.rows[0].cells, (QStringList{QStringLiteral("fi"), QStringLiteral("région")}));
}

void TestCsvReader::lineBreakCutBetweenBlocks()
{
    // Blocks are 64 KB: put a CRLF's CR as the last byte of the first block.
    QByteArray bytes = "a;b\r\n";
    const QByteArray filler(64 * 1024 - bytes.size() - 3, 'x');
    bytes += "1;" + filler + "\r\n2;y\r\n3;z";
    QCOMPARE(bytes.indexOf('\r', 10), 64 * 1024 - 1);
    const Parsed parsed = parse(bytes);
    QVERIFY(parsed.result);
    QCOMPARE(lines(parsed.rows), (QList<int>{1, 2, 3, 4}));
    QCOMPARE(parsed.rows[1].cells[1].size(), filler.size());
}

void TestCsvReader::recordAcrossManyBlocks()
{
    QByteArray bytes = "a;b\n1;\"";
    for (int i = 0; i < 5000; ++i) {
        bytes += QByteArray(60, 'v') + "\n";
    }
    bytes += "\"\n2;after\n";
    const Parsed parsed = parse(bytes);
    QVERIFY(parsed.result);
    QCOMPARE(lines(parsed.rows), (QList<int>{1, 2, 5003}));
    QCOMPARE(parsed.rows[1].cells[1].size(), 5000 * 61);
}

void TestCsvReader::finessExtract()
{
    DelimitedOptions options;
    options.finessExtract = true;
    options.encoding = TextEncoding::Windows1252;
    QByteArray record = "structureet;010000024";
    for (int i = 2; i <= 30; ++i) {
        record += ";f" + QByteArray::number(i);
    }
    const Parsed parsed = parse("finess;etalab;111;2026-05-12\n" + record + ";\ngeolocalisation;010000024;1;2;x;y\n" +
                                    "structureet;2A0000014;H\xd4PITAL\n",
                                options);
    QVERIFY(parsed.result);
    QCOMPARE(lines(parsed.rows), (QList<int>{2, 4}));
    QCOMPARE(parsed.rows[0].cells.size(), 30);
    QCOMPARE(parsed.rows[0].cells.first(), QStringLiteral("010000024"));
    QCOMPARE(parsed.rows[0].cells.last(), QStringLiteral("f30"));
    // Without a trailing separator nothing is dropped.
    QCOMPARE(parsed.rows[1].cells, (QStringList{QStringLiteral("2A0000014"), QStringLiteral("HÔPITAL")}));
}

void TestCsvReader::unbalancedQuoteReportsWhereItOpened()
{
    const Parsed parsed = parse("a;b\n1;2\n3;\"open\n4;5\n6;7\n");
    QVERIFY(!parsed.result);
    QCOMPARE(parsed.result.error().code, QStringLiteral("io.unbalanced-quote"));
    QVERIFY2(parsed.result.error().message.contains(QLatin1String("line 3")),
             qPrintable(parsed.result.error().message));
    // The quote opens in the third field of a record that starts two lines earlier.
    const Parsed later = parse("a;b;c\n1;\"x\ny\";\"open\nz\n");
    QVERIFY(!later.result);
    QVERIFY2(later.result.error().message.contains(QLatin1String("line 3")), qPrintable(later.result.error().message));
}

void TestCsvReader::nulByteReportsItsLine()
{
    const Parsed parsed = parse(QByteArray("a;b\r\n1;2\r\n3;\0\r\n", 15));
    QVERIFY(!parsed.result);
    QCOMPARE(parsed.result.error().code, QStringLiteral("io.binary"));
    QVERIFY2(parsed.result.error().message.contains(QLatin1String("line 3")),
             qPrintable(parsed.result.error().message));
}

void TestCsvReader::progressAndCancel()
{
    QByteArray bytes = "a;b\n";
    for (int i = 0; i < 20000; ++i) {
        bytes += QByteArray::number(i) + ";valeur\n";
    }
    QList<qint64> done;
    const Parsed parsed = parse(bytes, {}, [&done](qint64 at, qint64 total) {
        done.append(at);
        return total > 0;
    });
    QVERIFY(parsed.result);
    QCOMPARE(parsed.rows.size(), 20001);
    QVERIFY(done.size() >= 3);
    QCOMPARE(done.last(), bytes.size());
    QVERIFY(std::is_sorted(done.cbegin(), done.cend()));

    int calls = 0;
    const Parsed cancelled = parse(bytes, {}, [&calls](qint64, qint64) { return ++calls < 2; });
    QVERIFY(!cancelled.result);
    QCOMPARE(cancelled.result.error().code, QStringLiteral("import.cancelled"));
    QVERIFY(cancelled.rows.size() < 20001);
}

void TestCsvReader::sinkStops()
{
    QByteArray copy("a\n1\n2\n3\n");
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    int seen = 0;
    const Result<void> result =
        readDelimited(buffer, QStringLiteral("t.csv"), {}, [&seen](SourceRow&&) { return ++seen < 2; });
    QVERIFY(result);
    QCOMPARE(seen, 2);
}

void TestCsvReader::detectsSeparator_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<char>("separator");
    QTest::addRow("semicolon") << QByteArray("a;b;c\n1;2,5;3\n4;5,1;6\n") << ';';
    QTest::addRow("comma") << QByteArray("a,b,c\n1,\"2;5\",3\n4,5,6\n") << ',';
    QTest::addRow("tab") << QByteArray("a\tb\tc\n1\t2,5\t3\n") << '\t';
    QTest::addRow("quoted separators ignored") << QByteArray("a;b\n\"x,y,z\";1\n\"p,q,r\";2\n") << ';';
    QTest::addRow("decimal commas vary") << QByteArray("a;b;c\n1,5;2;3\n4;5,25;6,1\n7;8;9\n") << ';';
    QTest::addRow("single column") << QByteArray("finess\n010000024\n") << ';';
    QTest::addRow("tie prefers semicolon") << QByteArray("Nom, prénom;Ville\n") << ';';
    QTest::addRow("more commas win a tie") << QByteArray("a,b,c;d\n") << ',';
    QTest::addRow("cut sample") << QByteArray("a;b;c\n1;2;3\n4;5") << ';';
}

void TestCsvReader::detectsSeparator()
{
    QFETCH(QByteArray, sample);
    QFETCH(char, separator);
    QCOMPARE(detectSeparator(sample), separator);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
