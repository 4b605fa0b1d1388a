// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportDocument.h"

#include "db/DiskErrors.h"
#include "letters/LetterData.h"
#include "letters/LetterDocument.h"
#include "report/ReportChart.h"
#include "scoring/XlsxOutput.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTemporaryFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <cerrno>
#include <cmath>

namespace Palier {

namespace {

const QLocale& french()
{
    static const QLocale locale(QLocale::French, QLocale::France);
    return locale;
}

QString placeholder(int index)
{
    return QStringLiteral("@@chart-%1@@").arg(index);
}

Error writeError(const QString& path, const QString& detail)
{
    return Error{QStringLiteral("report.write"),
                 Report::tr("The report “%1” could not be written: check that the folder exists, that you may write in "
                            "it and that the disk is not full.")
                     .arg(QDir::toNativeSeparators(path)),
                 detail};
}

QString cell(const QString& text, bool right = true)
{
    // Figures never wrap: the layout would break "283,8 M€" before the euro sign.
    return right ? QStringLiteral("<td align=\"right\" style=\"white-space: nowrap;\">%1</td>").arg(text)
                 : QStringLiteral("<td>%1</td>").arg(text);
}

/// A header row; the first column takes `firstWidth` percent of the table, the others share the rest.
QString headerRow(const QStringList& titles, int firstWidth = 0)
{
    QString html = QStringLiteral("<tr>");
    for (qsizetype i = 0; i < titles.size(); ++i) {
        const int width = firstWidth <= 0 ? 0 : i == 0 ? firstWidth : (100 - firstWidth) / int(titles.size() - 1);
        html += (width > 0 ? QStringLiteral("<th bgcolor=\"#e8edf3\" width=\"%2%\"><font size=\"1\">%1</font></th>")
                                 .arg(titles.at(i).toHtmlEscaped())
                                 .arg(width)
                           : QStringLiteral("<th bgcolor=\"#e8edf3\">%1</th>").arg(titles.at(i).toHtmlEscaped()));
    }
    return html + QStringLiteral("</tr>");
}

QString tableStart()
{
    return QStringLiteral(
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" style=\"font-size: 8pt; "
        "border-collapse: collapse; border-color: #9aa5b1;\">");
}

/// The rows per domain or per status: counts, share finished, amounts granted and paid.
QString groupTable(const QString& firstColumn, const QList<ReportRow>& rows, const ReportRow& total, bool withLabel)
{
    QString html = tableStart();
    html += headerRow({firstColumn, Report::tr("Retained"), Report::tr("Finished"), Report::tr("% finished"),
                       Report::tr("In progress"), Report::tr("Abandoned"), Report::tr("Granted"), Report::tr("Paid"),
                       Report::tr("Due or planned")},
                      22);
    const auto line = [](const QString& name, const ReportRow& row, bool bold) {
        const QString open = bold ? QStringLiteral("<b>") : QString();
        const QString close = bold ? QStringLiteral("</b>") : QString();
        return QStringLiteral("<tr>") + cell(open + name + close, false) + cell(reportCount(row.projects)) +
               cell(reportCount(row.finished)) + cell(reportPercent(row.finishedPercent())) +
               cell(reportCount(row.inProgress)) + cell(reportCount(row.abandoned)) +
               cell(reportMillions(row.grantedCents)) + cell(reportMillions(row.paidCents)) +
               cell(reportMillions(row.dueCents + row.plannedCents)) + QStringLiteral("</tr>");
    };
    for (const ReportRow& row : rows) {
        const QString name =
            withLabel ? QStringLiteral("%1 — %2").arg(row.code, row.label).toHtmlEscaped() : row.label.toHtmlEscaped();
        html += line(name, row, false);
    }
    html += line(Report::tr("Total").toHtmlEscaped(), total, true);
    return html + QStringLiteral("</table>");
}

QList<ReportBarChart> reportCharts(const ReportFigures& figures)
{
    ReportBarChart domains;
    domains.title = Report::tr("Projects per domain: retained and finished");
    ReportBarSeries retained{Report::tr("Retained"), QColor(0x4c, 0x78, 0xa8), {}};
    ReportBarSeries finished{Report::tr("Finished"), QColor(0x59, 0xa1, 0x4f), {}};
    for (const ReportRow& row : figures.byDomain) {
        domains.categories.append(row.code);
        retained.values.append(row.projects);
        finished.values.append(row.finished);
    }
    domains.series = {retained, finished};

    ReportBarChart years;
    years.title = Report::tr("Amounts per year: paid, and due or planned");
    years.money = true;
    ReportBarSeries paid{Report::tr("Paid"), QColor(0x59, 0xa1, 0x4f), {}};
    ReportBarSeries toPay{Report::tr("Due or planned"), QColor(0xe1, 0x95, 0x3c), {}};
    for (const ReportYear& year : figures.byYear) {
        years.categories.append(QString::number(year.year));
        paid.values.append(double(year.paidCents));
        toPay.values.append(double(year.dueCents + year.plannedCents));
    }
    years.series = {paid, toPay};
    return {domains, years};
}

/// A chart is one line of its own: the layout does not move such a tall line to the next page, so a chart that would
/// cross the bottom of a page starts a new page instead.
void keepOnOnePage(QTextDocument& document, const QTextBlock& block)
{
    const double pageHeight = document.pageSize().height();
    const QRectF rect = document.documentLayout()->blockBoundingRect(block);
    if (pageHeight <= 0 || rect.height() >= pageHeight) {
        return;
    }
    const double top = rect.top() - std::floor(rect.top() / pageHeight) * pageHeight;
    if (top + rect.height() > pageHeight) {
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
    }
}

QString regionList(const ReportFigures& figures)
{
    QStringList names;
    for (const ReportRegion& region : figures.regions) {
        names.append(QStringLiteral("%1 (%2)").arg(region.name, region.code));
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

QString reportMillions(qint64 cents)
{
    return french().toString(double(cents) / 100'000'000.0, 'f', 1) + QStringLiteral("\u00a0M€");
}

QString reportPercent(double percent)
{
    return french().toString(percent, 'f', 1) + QStringLiteral("\u00a0%");
}

QString reportCount(qint64 count)
{
    return french().toString(count);
}

QString reportHtml(const ReportFigures& figures, const QDate& date)
{
    const ReportRow& t = figures.total;
    QString html = QStringLiteral("<h1>%1</h1>").arg(Report::tr("Progress report").toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> %2<br><b>%3</b> %4<br><b>%5</b> %6</p>")
                .arg(Report::tr("Programme:").toHtmlEscaped(), figures.programmeName.toHtmlEscaped(),
                     Report::tr("Regions:").toHtmlEscaped(), regionList(figures).toHtmlEscaped(),
                     Report::tr("Date:").toHtmlEscaped(), letterDate(date).toHtmlEscaped());

    html += QStringLiteral("<h2>%1</h2>").arg(Report::tr("Summary").toHtmlEscaped()) + tableStart();
    const auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td width=\"55%\">%1</td><td align=\"right\">%2</td></tr>")
            .arg(label.toHtmlEscaped(), value);
    };
    const auto amount = [](qint64 cents) {
        return QStringLiteral("%1 (%2)").arg(reportMillions(cents), letterAmount(cents));
    };
    html += row(Report::tr("Projects retained"), reportCount(t.projects));
    html += row(Report::tr("Establishments holding a project"), reportCount(t.establishments));
    html += row(Report::tr("Projects finished"),
                QStringLiteral("%1 (%2)").arg(reportCount(t.finished), reportPercent(t.finishedPercent())));
    html += row(Report::tr("Projects in progress"), reportCount(t.inProgress));
    html += row(Report::tr("Projects abandoned"), reportCount(t.abandoned));
    html += row(Report::tr("Amount granted"), amount(t.grantedCents));
    html += row(Report::tr("Granted to the finished projects"), amount(t.finishedGrantedCents));
    html += row(Report::tr("Amount paid"), amount(t.paidCents));
    html += row(Report::tr("Amount due"), amount(t.dueCents));
    html += row(Report::tr("Amount planned"), amount(t.plannedCents));
    html += row(Report::tr("Amount cancelled"), amount(t.cancelledCents));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2>%1</h2>").arg(Report::tr("Projects per domain").toHtmlEscaped());
    html += groupTable(Report::tr("Domain"), figures.byDomain, t, true);
    html += QStringLiteral("<p align=\"center\">%1</p>").arg(placeholder(0));
    html += QStringLiteral("<h2>%1</h2>").arg(Report::tr("Projects per legal status").toHtmlEscaped());
    html += groupTable(Report::tr("Legal status"), figures.byStatus, t, false);

    html += QStringLiteral("<h2>%1</h2>").arg(Report::tr("Amounts per year").toHtmlEscaped()) + tableStart();
    html += headerRow({Report::tr("Year"), Report::tr("Paid"), Report::tr("Due"), Report::tr("Planned")});
    for (const ReportYear& year : figures.byYear) {
        html += QStringLiteral("<tr>") + cell(QString::number(year.year), false) +
                cell(reportMillions(year.paidCents)) + cell(reportMillions(year.dueCents)) +
                cell(reportMillions(year.plannedCents)) + QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p align=\"center\">%1</p>").arg(placeholder(1));
    html += QStringLiteral("<p><small>%1</small></p>")
                .arg(Report::tr("Paid amounts are counted in the year of their payment, due and planned ones in the "
                                "year they are planned for. The share finished is the finished projects over the "
                                "projects retained.")
                         .toHtmlEscaped());
    return html;
}

Result<QString> writeReportPdf(const ReportFigures& figures, const QString& path, const QDate& date)
{
    const std::unique_ptr<QTextDocument> document = letterDocument(reportHtml(figures, date));
    auto* handler = new ReportChartHandler(reportCharts(figures), document.get());
    document->documentLayout()->registerHandler(ReportChartHandler::ObjectType, handler);
    for (int i = 0; i < 2; ++i) {
        QTextCursor found = document->find(placeholder(i));
        if (!found.isNull()) {
            QTextCharFormat format;
            format.setObjectType(ReportChartHandler::ObjectType);
            format.setProperty(ReportChartHandler::ChartIndexProperty, i);
            found.insertText(QString(QChar::ObjectReplacementCharacter), format);
            keepOnOnePage(*document, found.block());
        }
    }

    // QSaveFile: the PDF goes to a temporary file beside `path`, renamed over it only once complete.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return writeError(path, file.errorString());
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Palier"));
        writer.setTitle(Report::tr("Progress report — %1").arg(figures.programmeName));
        setLetterPageLayout(writer);
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return writeError(path, QStringLiteral("QPainter::begin failed"));
        }
        paintLetter(*document, writer, painter,
                    Report::tr("Progress report — %1 — %2").arg(figures.programmeName, letterDate(date)), false);
        painter.end();
    }
    errno = 0;
    if (!DiskErrors::commit(file)) {
        const int failure = errno; // a full disk says so; the message of writeError() covers the other causes
        return DiskErrors::isFullErrno(failure) ? DiskErrors::full(path, file.errorString())
                                                : writeError(path, file.errorString());
    }
    const QString sha = fileSha256(path);
    if (sha.isEmpty()) {
        return writeError(path, QStringLiteral("cannot read back"));
    }
    return sha;
}

namespace {

using Format = XlsxOutput::NumberFormat;

double euros(qint64 cents)
{
    return double(cents) / 100.0;
}

double percentValue(double percent)
{
    return std::round(percent * 10.0) / 10.0;
}

void writeGroupSheet(XlsxOutput& out, const QString& name, const QString& firstColumn, const QList<ReportRow>& rows,
                     const ReportRow& total, bool withCode)
{
    out.addSheet(name);
    QVariantList header;
    if (withCode) {
        header.append(Report::tr("Code"));
    }
    header += QVariantList{firstColumn,
                           Report::tr("Retained"),
                           Report::tr("Finished"),
                           Report::tr("% finished"),
                           Report::tr("In progress"),
                           Report::tr("Abandoned"),
                           Report::tr("Establishments"),
                           Report::tr("Granted (€)"),
                           Report::tr("Granted to finished (€)"),
                           Report::tr("Paid (€)"),
                           Report::tr("Due (€)"),
                           Report::tr("Planned (€)"),
                           Report::tr("Cancelled (€)")};
    out.writeRow(0, header, true);
    QList<Format> formats(withCode ? 1 : 0, Format::General);
    formats += QList<Format>{Format::General, Format::General, Format::General, Format::TwoDecimals, Format::General,
                             Format::General, Format::General, Format::Euro,    Format::Euro,        Format::Euro,
                             Format::Euro,    Format::Euro,    Format::Euro};
    QList<ReportRow> all = rows;
    all.append(total);
    for (int r = 0; r < all.size(); ++r) {
        const ReportRow& row = all.at(r);
        const bool isTotal = r == all.size() - 1;
        QVariantList cells;
        if (withCode) {
            cells.append(isTotal ? QString() : row.code);
        }
        cells += QVariantList{isTotal ? Report::tr("Total") : row.label,
                              row.projects,
                              row.finished,
                              percentValue(row.finishedPercent()),
                              row.inProgress,
                              row.abandoned,
                              row.establishments,
                              euros(row.grantedCents),
                              euros(row.finishedGrantedCents),
                              euros(row.paidCents),
                              euros(row.dueCents),
                              euros(row.plannedCents),
                              euros(row.cancelledCents)};
        out.writeRowFormatted(r + 1, cells, formats);
    }
    out.setColumnWidth(withCode ? 1 : 0, 40);
    out.freezeHeader();
}

} // namespace

Result<void> writeReportXlsx(const ReportFigures& figures, const QString& path)
{
    const QFileInfo target(path);
    QTemporaryFile temporary(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.xlsx").arg(target.fileName())));
    if (!temporary.open()) {
        return writeError(path, temporary.errorString());
    }
    temporary.close();
    {
        Result<std::unique_ptr<XlsxOutput>> created = XlsxOutput::create(temporary.fileName());
        if (!created) {
            return created.error();
        }
        XlsxOutput& out = *created.value();
        out.addSheet(Report::tr("Summary"));
        out.writeRow(0, {Report::tr("Figure"), Report::tr("Value")}, true);
        const ReportRow& t = figures.total;
        const QList<std::pair<QString, QVariant>> lines{
            {Report::tr("Programme"), figures.programmeName},
            {Report::tr("Regions"), regionList(figures)},
            {Report::tr("Projects retained"), t.projects},
            {Report::tr("Establishments holding a project"), t.establishments},
            {Report::tr("Projects finished"), t.finished},
            {Report::tr("% finished"), percentValue(t.finishedPercent())},
            {Report::tr("Projects in progress"), t.inProgress},
            {Report::tr("Projects abandoned"), t.abandoned},
            {Report::tr("Amount granted (€)"), euros(t.grantedCents)},
            {Report::tr("Granted to the finished projects (€)"), euros(t.finishedGrantedCents)},
            {Report::tr("Amount paid (€)"), euros(t.paidCents)},
            {Report::tr("Amount due (€)"), euros(t.dueCents)},
            {Report::tr("Amount planned (€)"), euros(t.plannedCents)},
            {Report::tr("Amount cancelled (€)"), euros(t.cancelledCents)},
        };
        for (int i = 0; i < lines.size(); ++i) {
            const bool money = lines.at(i).first.endsWith(QStringLiteral("(€)"));
            out.writeRowFormatted(i + 1, {lines.at(i).first, lines.at(i).second},
                                  {Format::General, money ? Format::Euro : Format::General});
        }
        out.setColumnWidth(0, 42);
        out.setColumnWidth(1, 24);
        writeGroupSheet(out, Report::tr("By domain"), Report::tr("Domain"), figures.byDomain, t, true);
        writeGroupSheet(out, Report::tr("By legal status"), Report::tr("Legal status"), figures.byStatus, t, false);
        out.addSheet(Report::tr("By year"));
        out.writeRow(0, {Report::tr("Year"), Report::tr("Paid (€)"), Report::tr("Due (€)"), Report::tr("Planned (€)")},
                     true);
        for (int r = 0; r < figures.byYear.size(); ++r) {
            const ReportYear& y = figures.byYear.at(r);
            out.writeRowFormatted(r + 1, {y.year, euros(y.paidCents), euros(y.dueCents), euros(y.plannedCents)},
                                  {Format::General, Format::Euro, Format::Euro, Format::Euro});
        }
        out.freezeHeader();
        if (Result<void> closed = out.close(); !closed) {
            return closed;
        }
    }
    // Copied into a QSaveFile so that an existing workbook is replaced in one rename, never left half written.
    if (!temporary.open()) {
        return writeError(path, temporary.errorString());
    }
    QSaveFile file(path);
    const QByteArray workbook = temporary.readAll();
    errno = 0; // a short write is a failure too: never committed
    if (!file.open(QIODevice::WriteOnly) || file.write(workbook) != workbook.size() || !DiskErrors::commit(file)) {
        const int failure = errno;
        return DiskErrors::isFullErrno(failure) ? DiskErrors::full(path, file.errorString())
                                                : writeError(path, file.errorString());
    }
    return {};
}

} // namespace Palier
