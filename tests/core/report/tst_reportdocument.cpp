// SPDX-License-Identifier: GPL-3.0-or-later
// The report as documents: the PDF read back with pdftotext, the workbook read back with XlsxWorkbook, and a failed
// write that leaves nothing behind.
#include "ReportTestSupport.h"

#include "io/XlsxSheetReader.h"
#include "io/XlsxWorkbook.h"
#include "letters/LetterData.h"
#include "report/ReportDocument.h"
#include "report/ReportFigures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Palier;

namespace {

/// Spaces of every kind as plain spaces: French numbers hold no-break ones.
QString plain(QString text)
{
    return text.replace(QChar(0x202F), QLatin1Char(' ')).replace(QChar(0x00A0), QLatin1Char(' '));
}

QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000)) {
        return {};
    }
    return plain(QString::fromUtf8(process.readAllStandardOutput()));
}

/// The lines of `text` that contain `needle`.
QStringList linesWith(const QString& text, const QString& needle)
{
    QStringList found;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (line.contains(needle)) {
            found.append(line.simplified());
        }
    }
    return found;
}

/// The rows of a sheet, as text cells.
QList<QStringList> sheetRows(XlsxWorkbook& workbook, const QString& name)
{
    QList<QStringList> rows;
    Result<XlsxSheetEntry> sheet = workbook.sheet(name);
    if (!sheet) {
        return rows;
    }
    const Result<void> read = readXlsxSheet(workbook, sheet.value(), [&rows](SourceRow&& row) {
        rows.append(row.cells);
        return true;
    });
    if (!read) {
        qWarning() << read.error().message;
    }
    return rows;
}

} // namespace

class TestReportDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void formats();
    void pdfNumbersAreTheFigures();
    void xlsxTablesAreTheFigures();
    void failedWriteLeavesNothing();
    void existingFileIsReplacedWhole();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ReportFigures m_figures;
};

void TestReportDocument::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = ReportTest::demoDatabase(m_dir.filePath(QStringLiteral("demo.palier")), QStringLiteral("93"), 7);
    QVERIFY(m_db);
    QCOMPARE(ReportTest::addFixtureProjects(*m_db, 30), 30);
    Result<ReportFigures> figures = computeReportFigures(*m_db);
    QVERIFY(figures);
    m_figures = figures.value();
    QVERIFY(m_figures.total.projects >= 30);
}

void TestReportDocument::formats()
{
    QCOMPARE(plain(reportMillions(31'750'000'000LL)), QStringLiteral("317,5 M€"));
    QCOMPARE(plain(reportMillions(4'999'999)), QStringLiteral("0,0 M€"));
    QCOMPARE(plain(reportMillions(5'000'000)), QStringLiteral("0,1 M€"));
    QCOMPARE(plain(reportPercent(100.0 * 1236 / 1723)), QStringLiteral("71,7 %"));
    QCOMPARE(plain(reportCount(1723)), QStringLiteral("1 723"));
    QVERIFY(reportHtml(m_figures, QDate(2019, 9, 30)).contains(QStringLiteral("30 septembre 2019")));
}

void TestReportDocument::pdfNumbersAreTheFigures()
{
    const QString path = m_dir.filePath(QStringLiteral("rapport national.pdf"));
    Result<QString> written = writeReportPdf(m_figures, path, QDate(2022, 12, 31));
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
    QCOMPARE(written->size(), 64);
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("31 décembre 2022")), qPrintable(text.left(500)));
    QVERIFY(text.contains(m_figures.programmeName));
    QVERIFY(text.contains(QStringLiteral("Provence-Alpes-Côte d'Azur (93)")));

    const ReportRow& t = m_figures.total;
    const auto line = [&text](const QString& label) {
        const QStringList lines = linesWith(text, label);
        return lines.isEmpty() ? QString() : lines.first();
    };
    QVERIFY2(line(QStringLiteral("Projects retained")).endsWith(plain(reportCount(t.projects))),
             qPrintable(line(QStringLiteral("Projects retained"))));
    QCOMPARE(line(QStringLiteral("Projects finished")),
             plain(QStringLiteral("Projects finished %1 (%2)")
                       .arg(reportCount(t.finished), reportPercent(t.finishedPercent()))));
    QVERIFY(
        line(QStringLiteral("Projects in progress")).endsWith(QStringLiteral(" ") + plain(reportCount(t.inProgress))));
    QVERIFY(line(QStringLiteral("Projects abandoned")).endsWith(QStringLiteral(" ") + plain(reportCount(t.abandoned))));
    // Amounts: millions, then the exact euros.
    const auto amount = [](qint64 cents) {
        return plain(QStringLiteral("%1 (%2)").arg(reportMillions(cents), letterAmount(cents)));
    };
    QVERIFY2(line(QStringLiteral("Amount granted")).endsWith(amount(t.grantedCents)),
             qPrintable(line(QStringLiteral("Amount granted")) + QStringLiteral(" / ") + amount(t.grantedCents)));
    QVERIFY(line(QStringLiteral("Amount paid")).endsWith(amount(t.paidCents)));
    QVERIFY(line(QStringLiteral("Amount due")).endsWith(amount(t.dueCents)));
    QVERIFY(line(QStringLiteral("Amount planned")).endsWith(amount(t.plannedCents)));

    // Each domain's row: retained, finished, share, in progress, abandoned, granted, paid, due or planned.
    for (const ReportRow& row : m_figures.byDomain) {
        const QStringList rows = linesWith(text, row.code + QStringLiteral(" — "));
        QVERIFY2(!rows.isEmpty(), qPrintable(row.code));
        const QString expected = plain(
            QStringList{reportCount(row.projects), reportCount(row.finished), reportPercent(row.finishedPercent()),
                        reportCount(row.inProgress), reportCount(row.abandoned), reportMillions(row.grantedCents),
                        reportMillions(row.paidCents), reportMillions(row.dueCents + row.plannedCents)}
                .join(QLatin1Char(' ')));
        QVERIFY2(rows.first().endsWith(expected), qPrintable(rows.first() + QStringLiteral(" / ") + expected));
    }
    // Each year's row: paid, due, planned.
    for (const ReportYear& year : m_figures.byYear) {
        const QString expected = plain(
            QStringLiteral("%1 %2 %3 %4")
                .arg(year.year)
                .arg(reportMillions(year.paidCents), reportMillions(year.dueCents), reportMillions(year.plannedCents)));
        const QStringList lines = linesWith(text, QString::number(year.year) + QLatin1Char(' '));
        QVERIFY2(lines.contains(expected), qPrintable(expected + QStringLiteral(" / ") + lines.join(QLatin1Char('|'))));
    }
    // The charts are painted as text too: their titles and the domain codes under the bars.
    QVERIFY(text.contains(QStringLiteral("Projects per domain: retained and finished")));
    QVERIFY(text.contains(QStringLiteral("Amounts per year: paid, and due or planned")));

    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    QVERIFY(info.waitForFinished(30000));
    const QString pdfInfo = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(pdfInfo.contains(QStringLiteral("A4")), qPrintable(pdfInfo));
}

void TestReportDocument::xlsxTablesAreTheFigures()
{
    const QString path = m_dir.filePath(QStringLiteral("rapport.xlsx"));
    Result<void> written = writeReportXlsx(m_figures, path);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
    Result<std::unique_ptr<XlsxWorkbook>> opened = XlsxWorkbook::open(path);
    QVERIFY(opened);
    XlsxWorkbook& workbook = *opened.value();
    QVERIFY(workbook.loadCellData());
    QCOMPARE(workbook.sheets().size(), 4);

    const auto euros = [](const QString& cell) { return qint64(std::llround(cell.toDouble() * 100)); };
    const QList<QStringList> summary = sheetRows(workbook, QStringLiteral("Summary"));
    QVERIFY(summary.size() > 10);
    QHash<QString, QString> values;
    for (const QStringList& row : summary) {
        values.insert(row.value(0), row.value(1));
    }
    QCOMPARE(values.value(QStringLiteral("Projects retained")).toInt(), m_figures.total.projects);
    QCOMPARE(values.value(QStringLiteral("Projects finished")).toInt(), m_figures.total.finished);
    QCOMPARE(euros(values.value(QStringLiteral("Amount granted (€)"))), m_figures.total.grantedCents);
    QCOMPARE(euros(values.value(QStringLiteral("Amount paid (€)"))), m_figures.total.paidCents);
    QCOMPARE(euros(values.value(QStringLiteral("Amount due (€)"))), m_figures.total.dueCents);
    QCOMPARE(euros(values.value(QStringLiteral("Amount planned (€)"))), m_figures.total.plannedCents);

    const QList<QStringList> domains = sheetRows(workbook, QStringLiteral("By domain"));
    QCOMPARE(domains.size(), m_figures.byDomain.size() + 2); // header and total
    for (int i = 0; i < m_figures.byDomain.size(); ++i) {
        const ReportRow& row = m_figures.byDomain.at(i);
        const QStringList& cells = domains.at(i + 1);
        QCOMPARE(cells.value(0), row.code);
        QCOMPARE(cells.value(2).toInt(), row.projects);
        QCOMPARE(cells.value(3).toInt(), row.finished);
        QCOMPARE(euros(cells.value(8)), row.grantedCents);
        QCOMPARE(euros(cells.value(10)), row.paidCents);
        QCOMPARE(euros(cells.value(11)), row.dueCents);
        QCOMPARE(euros(cells.value(12)), row.plannedCents);
        QCOMPARE(euros(cells.value(13)), row.cancelledCents);
    }
    QCOMPARE(domains.last().value(2).toInt(), m_figures.total.projects);

    const QList<QStringList> statuses = sheetRows(workbook, QStringLiteral("By legal status"));
    QCOMPARE(statuses.size(), m_figures.byStatus.size() + 2);
    for (int i = 0; i < m_figures.byStatus.size(); ++i) {
        QCOMPARE(statuses.at(i + 1).value(1).toInt(), m_figures.byStatus.at(i).projects);
        QCOMPARE(euros(statuses.at(i + 1).value(7)), m_figures.byStatus.at(i).grantedCents);
    }
    const QList<QStringList> years = sheetRows(workbook, QStringLiteral("By year"));
    QCOMPARE(years.size(), m_figures.byYear.size() + 1);
    for (int i = 0; i < m_figures.byYear.size(); ++i) {
        QCOMPARE(years.at(i + 1).value(0).toInt(), m_figures.byYear.at(i).year);
        QCOMPARE(euros(years.at(i + 1).value(1)), m_figures.byYear.at(i).paidCents);
        QCOMPARE(euros(years.at(i + 1).value(3)), m_figures.byYear.at(i).plannedCents);
    }
}

void TestReportDocument::failedWriteLeavesNothing()
{
    // A folder that does not exist, and a target that is a folder: errors, and no file anywhere.
    const QString missing = m_dir.filePath(QStringLiteral("absent/rapport.pdf"));
    Result<QString> pdf = writeReportPdf(m_figures, missing, QDate(2022, 12, 31));
    QVERIFY(!pdf);
    QCOMPARE(pdf.error().code, QStringLiteral("report.write"));
    QVERIFY(!QFileInfo::exists(missing));
    QVERIFY(!writeReportXlsx(m_figures, m_dir.filePath(QStringLiteral("absent/rapport.xlsx"))));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("absent"))));

    const QString folder = m_dir.filePath(QStringLiteral("un dossier.pdf"));
    QVERIFY(QDir().mkpath(folder));
    const QStringList before = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    QVERIFY(!writeReportPdf(m_figures, folder, QDate(2022, 12, 31)));
    QVERIFY(!writeReportXlsx(m_figures, folder));
    QVERIFY(QFileInfo(folder).isDir());
    // No temporary file left beside it either.
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
}

void TestReportDocument::existingFileIsReplacedWhole()
{
    const QString path = m_dir.filePath(QStringLiteral("remplacé.pdf"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("ancien contenu");
    old.close();
    Result<QString> written = writeReportPdf(m_figures, path, QDate(2022, 12, 31));
    QVERIFY(written);
    QFile replaced(path);
    QVERIFY(replaced.open(QIODevice::ReadOnly));
    QVERIFY(replaced.readAll().startsWith("%PDF"));
}

QTEST_MAIN(TestReportDocument)
#include "tst_reportdocument.moc"
