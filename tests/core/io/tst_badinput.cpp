// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/SourceTable.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;

Q_DECLARE_METATYPE(Palier::TableFormat::Kind)

namespace {

const QString BadData = QStringLiteral(PALIER_TEST_DATA_DIR "/bad/");
using K = TableFormat::Kind;

/// What must happen to one file of tests/data/bad: detection fails with `detect`, or it finds `kind` and
/// reading fails with `read`, or it reads `rows` records.
struct Expectation
{
    const char* detect = nullptr; ///< error code of detectTableFormat(), nullptr when it succeeds
    K kind = K::Csv;
    const char* read = nullptr; ///< error code of readTable() with the detected format, nullptr when it succeeds
    int rows = 0;
    int line = 0;                ///< > 0: the error message names this line
    const char* lines = nullptr; ///< the lines of the records read, e.g. "2,4,6"
    const char* cell = nullptr;  ///< a cell some record must hold exactly
};

/// The row-level part of the corpus (`rows-*`, checked by the importer's tests): at file level, a table that
/// reads without error and has records.
bool isRowLevelCase(const QString& file)
{
    return file.startsWith(QLatin1String("rows-"));
}

// Every file of the corpus, by name: a file added without an expectation fails the test, except the row-level
// cases, whose file-level expectation is the same for all.
const QHash<QString, Expectation>& expectations()
{
    static const QHash<QString, Expectation> table = {
        {QStringLiteral("empty.csv"), {.detect = "io.empty"}},
        {QStringLiteral("bom-only.csv"), {.detect = "io.empty"}},
        {QStringLiteral("blank-lines.csv"), {.detect = "io.empty"}},
        {QStringLiteral("header-only.csv"), {.rows = 0}},
        {QStringLiteral("binary.png"), {.detect = "io.binary"}},
        {QStringLiteral("random-garbage.dat"), {.detect = "io.binary"}},
        {QStringLiteral("old-excel.xls"), {.detect = "io.xls"}},
        {QStringLiteral("truncated.xlsx"), {.detect = "io.corrupt-xlsx"}},
        {QStringLiteral("zip-not-workbook.xlsx"), {.detect = "io.not-xlsx"}},
        {QStringLiteral("opendocument.ods"), {.detect = "io.not-xlsx"}},
        {QStringLiteral("word-document.docx"), {.detect = "io.not-xlsx"}},
        {QStringLiteral("csv-named.xlsx"), {.kind = K::Csv, .rows = 2, .cell = "CH BUGEY SUD"}},
        {QStringLiteral("xlsx-named.csv"), {.kind = K::Xlsx, .rows = 1, .cell = "010000024"}},
        {QStringLiteral("latin1-after-64k.csv"), {.rows = 1801, .cell = "HÔPITAL SAINT-ÉLOI"}},
        {QStringLiteral("windows1252-quotes.csv"), {.rows = 1, .cell = "l’hôpital “Œuvre” – 10 €"}},
        {QStringLiteral("unbalanced-quote.csv"), {.read = "io.unbalanced-quote", .line = 3}},
        {QStringLiteral("quote-inside-value.csv"), {.rows = 2, .cell = "CH \"LES TILLEULS\""}},
        {QStringLiteral("mixed-separators.csv"), {.rows = 4, .lines = "2,3,4,5", .cell = "010000032,CH B,BELLEY"}},
        {QStringLiteral("nul-bytes.csv"), {.detect = "io.binary", .line = 3}},
        {QStringLiteral("utf16le-bom.csv"), {.detect = "io.utf16"}},
        {QStringLiteral("utf16be-nobom.txt"), {.detect = "io.utf16"}},
        {QStringLiteral("cr-only.csv"), {.rows = 3, .lines = "2,4,6", .cell = "CH\rB"}},
        {QStringLiteral("crlf-multiline.csv"), {.rows = 2, .lines = "2,4", .cell = "ligne 1\r\nligne 2"}},
        {QStringLiteral("finess-metadata-only.csv"), {.kind = K::FinessExtract, .read = "io.empty"}},
        {QStringLiteral("no-sheet.xlsx"), {.detect = "io.xlsx-no-sheet"}},
        {QStringLiteral("empty-sheet.xlsx"), {.detect = "io.empty"}},
        {QStringLiteral("shared-string-out-of-range.xlsx"), {.kind = K::Xlsx, .read = "io.corrupt-xlsx"}},
        {QStringLiteral("formulas.xlsx"), {.kind = K::Xlsx, .rows = 2, .cell = "6"}},
        {QStringLiteral("huge-count.xlsx"), {.kind = K::Xlsx, .rows = 1, .cell = "010000024"}},
        {QStringLiteral("deep-nesting.xlsx"), {.detect = "io.corrupt-xlsx"}},
        {QStringLiteral("entity-expansion.xlsx"), {.detect = "io.corrupt-xlsx"}},
        {QStringLiteral("malformed-xml.xlsx"), {.kind = K::Xlsx, .read = "io.corrupt-xlsx"}},
        {QStringLiteral("checksum-mismatch.xlsx"), {.detect = "io.corrupt-xlsx"}},
        // Found by fuzz_xlsx / fuzz_table: damaged deflate data in a part used to hang the reader forever.
        {QStringLiteral("damaged-deflate.xlsx"), {.detect = "io.corrupt-xlsx"}},
        {QStringLiteral("damaged-styles.xlsx"), {.detect = "io.corrupt-xlsx"}},
    };
    return table;
}

struct Outcome
{
    Result<QStringList> header = QStringList();
    QList<SourceRow> rows;
};

Outcome readAll(const QString& path, const TableFormat& format)
{
    Outcome outcome;
    outcome.header = readTable(path, format, [&outcome](const SourceRow& row) {
        outcome.rows.append(row);
        return true;
    });
    return outcome;
}

/// An error the user can act on: a known code, a sentence naming the file.
void checkError(const Error& error, const QString& path)
{
    QVERIFY2(error.code.startsWith(QLatin1String("io.")) || error.code == QLatin1String("import.cancelled"),
             qPrintable(error.code));
    QVERIFY2(error.message.contains(QDir::toNativeSeparators(path)), qPrintable(error.message));
    QVERIFY(error.message.size() > 40);
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const std::function<void(QFile&)>& write)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        write(file);
    }
    return path;
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private slots:
    void everyFileHasAnExpectation();
    void corpus_data();
    void corpus();
    void anyFormatNeverCrashes_data();
    void anyFormatNeverCrashes();
    void oneMegabyteLine();
    void tenThousandColumns();
    void quoteNeverClosedInALargeFile();
    void recordLargerThanTheLimit();

private:
    QTemporaryDir m_dir;
};

void TestBadInput::everyFileHasAnExpectation()
{
    const QStringList files = QDir(BadData).entryList(QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 20);
    for (const QString& file : files) {
        QVERIFY2(expectations().contains(file) || isRowLevelCase(file),
                 qPrintable(QStringLiteral("%1 has no expectation in tst_badinput.cpp").arg(file)));
    }
    for (auto it = expectations().cbegin(); it != expectations().cend(); ++it) {
        QVERIFY2(files.contains(it.key()),
                 qPrintable(QStringLiteral("%1 is missing from tests/data/bad").arg(it.key())));
    }
}

void TestBadInput::corpus_data()
{
    QTest::addColumn<QString>("file");
    for (const QString& file : QDir(BadData).entryList(QDir::Files, QDir::Name)) {
        QTest::addRow("%s", qPrintable(file)) << file;
    }
}

void TestBadInput::corpus()
{
    QFETCH(QString, file);
    const QString path = BadData + file;
    if (isRowLevelCase(file)) {
        Result<TableFormat> format = detectTableFormat(path);
        QVERIFY2(format, qPrintable(format.error().detail));
        const Outcome outcome = readAll(path, format.value());
        QVERIFY2(outcome.header, qPrintable(outcome.header.error().detail));
        QVERIFY(!outcome.rows.isEmpty());
        return;
    }
    const auto found = expectations().constFind(file);
    QVERIFY2(found != expectations().cend(), "no expectation");
    const Expectation& expected = *found;

    Result<TableFormat> format = detectTableFormat(path);
    if (expected.detect) {
        QVERIFY2(!format, "detection should have failed");
        QCOMPARE(format.error().code, QString::fromLatin1(expected.detect));
        checkError(format.error(), path);
        if (expected.line > 0) {
            QVERIFY2(format.error().message.contains(QStringLiteral("line %1").arg(expected.line)),
                     qPrintable(format.error().message));
        }
        return;
    }
    QVERIFY2(format, qPrintable(format.error().code + u' ' + format.error().detail));
    QCOMPARE(format->kind, expected.kind);

    const Outcome outcome = readAll(path, format.value());
    if (expected.read) {
        QVERIFY2(!outcome.header, "reading should have failed");
        QCOMPARE(outcome.header.error().code, QString::fromLatin1(expected.read));
        checkError(outcome.header.error(), path);
        if (expected.line > 0) {
            QVERIFY2(outcome.header.error().message.contains(QStringLiteral("line %1").arg(expected.line)),
                     qPrintable(outcome.header.error().message));
        }
        return;
    }
    QVERIFY2(outcome.header, qPrintable(outcome.header.error().code + u' ' + outcome.header.error().detail));
    QCOMPARE(outcome.rows.size(), expected.rows);
    if (expected.lines) {
        QStringList lines;
        for (const SourceRow& row : outcome.rows) {
            lines.append(QString::number(row.line));
        }
        QCOMPARE(lines.join(u','), QString::fromLatin1(expected.lines));
    }
    if (expected.cell) {
        const QString cell = QString::fromUtf8(expected.cell);
        const bool present = std::any_of(outcome.rows.cbegin(), outcome.rows.cend(),
                                         [&cell](const SourceRow& row) { return row.cells.contains(cell); });
        QVERIFY2(present, qPrintable(cell));
    }
}

void TestBadInput::anyFormatNeverCrashes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<K>("kind");
    QTest::addColumn<bool>("windows1252");
    for (const QString& file : QDir(BadData).entryList(QDir::Files, QDir::Name)) {
        QTest::addRow("%s as CSV UTF-8", qPrintable(file)) << file << K::Csv << false;
        QTest::addRow("%s as CSV Windows-1252", qPrintable(file)) << file << K::Csv << true;
        QTest::addRow("%s as FINESS extract", qPrintable(file)) << file << K::FinessExtract << false;
        QTest::addRow("%s as XLSX", qPrintable(file)) << file << K::Xlsx << false;
    }
}

void TestBadInput::anyFormatNeverCrashes()
{
    // The user may force any format in the wizard: whatever the file, an answer comes back, never a crash.
    QFETCH(QString, file);
    QFETCH(K, kind);
    QFETCH(bool, windows1252);
    TableFormat format;
    format.kind = kind;
    format.encoding = windows1252 ? TextEncoding::Windows1252 : TextEncoding::Utf8;
    const QString path = BadData + file;
    const Outcome outcome = readAll(path, format);
    if (!outcome.header) {
        checkError(outcome.header.error(), path);
    }
    // A preview reads less, so it may miss a fault further down, never the reverse.
    Result<TablePreview> preview = previewTable(path, format, 3);
    if (outcome.header) {
        QVERIFY(preview);
    } else if (!preview) {
        checkError(preview.error(), path);
    }
}

void TestBadInput::oneMegabyteLine()
{
    const QString path = writeFile(m_dir, QStringLiteral("long-line.csv"), [](QFile& file) {
        file.write("code;texte\n1;");
        file.write(QByteArray(1024 * 1024, 'x'));
        file.write("\n2;fin\n");
    });
    Result<TableFormat> format = detectTableFormat(path);
    QVERIFY(format);
    const Outcome outcome = readAll(path, format.value());
    QVERIFY(outcome.header);
    QCOMPARE(outcome.rows.size(), 2);
    QCOMPARE(outcome.rows[0].cells[1].size(), 1024 * 1024);
    QCOMPARE(outcome.rows[1].line, 3);

    // A file that is a single 1 MB line of values.
    const QString single = writeFile(m_dir, QStringLiteral("single-line.csv"), [](QFile& file) {
        QByteArray line;
        while (line.size() < 1024 * 1024) {
            line += "valeur;";
        }
        file.write(line);
    });
    Result<TableFormat> singleFormat = detectTableFormat(single);
    QVERIFY(singleFormat);
    QCOMPARE(singleFormat->separator, QLatin1Char(';'));
    const Outcome singleOutcome = readAll(single, singleFormat.value());
    QVERIFY(singleOutcome.header);
    QCOMPARE(singleOutcome.header->size(), (1024 * 1024 + 6) / 7 + 1);
    QCOMPARE(singleOutcome.rows.size(), 0);
}

void TestBadInput::tenThousandColumns()
{
    constexpr int Columns = 10000;
    const QString path = writeFile(m_dir, QStringLiteral("wide.csv"), [](QFile& file) {
        QStringList header;
        for (int c = 0; c < Columns; ++c) {
            header.append(QStringLiteral("col%1").arg(c));
        }
        file.write(header.join(u';').toUtf8() + "\r\n");
        for (int r = 0; r < 3; ++r) {
            QByteArray row;
            for (int c = 0; c < Columns; ++c) {
                row += QByteArray::number(r * Columns + c) + (c + 1 < Columns ? ";" : "\r\n");
            }
            file.write(row);
        }
    });
    Result<TableFormat> format = detectTableFormat(path);
    QVERIFY(format);
    QVERIFY(format->hasHeader);
    const Outcome outcome = readAll(path, format.value());
    QVERIFY(outcome.header);
    QCOMPARE(outcome.header->size(), Columns);
    QCOMPARE(outcome.header->last(), QStringLiteral("col9999"));
    QCOMPARE(outcome.rows.size(), 3);
    QCOMPARE(outcome.rows[2].cells.size(), Columns);
    QCOMPARE(outcome.rows[2].cells.last(), QString::number(3 * Columns - 1));
    QCOMPARE(outcome.rows[2].line, 4);
}

void TestBadInput::quoteNeverClosedInALargeFile()
{
    const QString path = writeFile(m_dir, QStringLiteral("open-quote.csv"), [](QFile& file) {
        file.write("code;texte\n1;\"ouvert\n");
        const QByteArray line("2;une ligne ordinaire qui ne ferme rien\n");
        QByteArray chunk;
        for (int i = 0; i < 1000; ++i) {
            chunk += line;
        }
        for (qint64 written = 0; written < 5 * 1024 * 1024; written += chunk.size()) {
            file.write(chunk);
        }
    });
    Result<TableFormat> format = detectTableFormat(path);
    QVERIFY(format);
    const Outcome outcome = readAll(path, format.value());
    QVERIFY(!outcome.header);
    QCOMPARE(outcome.header.error().code, QStringLiteral("io.unbalanced-quote"));
    QVERIFY2(outcome.header.error().message.contains(QLatin1String("line 2")),
             qPrintable(outcome.header.error().message));
}

void TestBadInput::recordLargerThanTheLimit()
{
    // 65 MB without a line break: no table has such a row; the reader stops at its limit instead of holding it.
    const QString path = writeFile(m_dir, QStringLiteral("endless.csv"), [](QFile& file) {
        file.write("code;texte\n1;");
        const QByteArray chunk(1024 * 1024, 'x');
        for (int i = 0; i < 65; ++i) {
            file.write(chunk);
        }
    });
    TableFormat format;
    const Outcome outcome = readAll(path, format);
    QVERIFY(!outcome.header);
    QCOMPARE(outcome.header.error().code, QStringLiteral("io.record-too-large"));
    QVERIFY2(outcome.header.error().message.contains(QLatin1String("line 2")),
             qPrintable(outcome.header.error().message));
    QFile::remove(path);
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
