// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoadmapPage.h"

#include "Formats.h"
#include "MessageBox.h"
#include "RoadmapModel.h"
#include "selection/RoadmapExport.h"
#include "selection/Selection.h"

#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>

namespace Palier {

RoadmapPage::RoadmapPage(const QString& title, QWidget* parent)
    : TablePage(title, new RoadmapModel, parent)
    , m_roadmap(static_cast<RoadmapModel*>(model()))
    , m_text(new QTextBrowser(this))
{
    setMainColumn(int(RoadmapModel::Column::Date));
    tableView()->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_text->setObjectName(QStringLiteral("roadmapTextBrowser"));
    m_text->setOpenLinks(false);
    m_text->setMinimumWidth(380);
    addSideWidget(m_text);
    auto* exportButton = new QPushButton(tr("&Export…"), this);
    exportButton->setObjectName(QStringLiteral("exportRoadmapButton"));
    exportButton->setToolTip(tr("The roadmap as a PDF or an OpenDocument text the ARS can send"));
    connect(exportButton, &QPushButton::clicked, this, &RoadmapPage::exportDocument);
    addHeaderWidget(exportButton);
    connect(this, &TablePage::reloaded, this, &RoadmapPage::refresh);
}

void RoadmapPage::exportDocument()
{
    if (!database()) {
        return;
    }
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the Roadmap"), QDir::home().filePath(tr("roadmap.pdf")),
                                     tr("PDF documents (*.pdf);;OpenDocument texts (*.odt)"));
    if (path.isEmpty()) {
        return;
    }
    if (Result<QString> written = exportRoadmap(*database(), path, QDate::currentDate()); !written) {
        MessageBox::showError(this, tr("Cannot Export the Roadmap"), written.error());
    }
}

QString RoadmapPage::roadmapHtml() const
{
    const Roadmap& r = m_roadmap->roadmap();
    if (!database()) {
        return {};
    }
    const auto escaped = [](const QString& text) { return text.toHtmlEscaped(); };
    QString html =
        QStringLiteral("<h3>%1</h3><p>%2</p>")
            .arg(tr("Correspondent"), r.correspondent.isEmpty() ? tr("not named yet") : escaped(r.correspondent));
    html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(tr("Envelope"), Formats::amount(r.envelopeCents));
    if (!r.envelopePerYear.isEmpty()) {
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
        for (auto it = r.envelopePerYear.cbegin(); it != r.envelopePerYear.cend(); ++it) {
            html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                        .arg(it.key())
                        .arg(Formats::amount(it.value()));
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Priority axes"));
    if (r.axes.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("No axis yet."));
    }
    for (int n = 0; n < r.axes.size(); ++n) {
        const RoadmapAxis& axis = r.axes.at(n);
        html += QStringLiteral("<p><b>%1. %2</b> (%3)<br>%4</p>")
                    .arg(n + 1)
                    .arg(escaped(axis.title), axis.domains.join(QStringLiteral(", ")), escaped(axis.description));
    }
    html += QStringLiteral("<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"3\"><tr><th align=\"left\">%2</th>"
                           "<th>%3</th><th>%4</th><th>%5</th></tr>")
                .arg(tr("Planned split"), tr("Share"), tr("Planned"), tr("Minimum"), tr("Maximum"));
    for (const RoadmapShare& share : r.shares) {
        const auto value = [&share, &r](const std::optional<double>& v) {
            if (!v) {
                return QStringLiteral("—");
            }
            const QString text = share.percent ? tr("%1 % (%2)")
                                                     .arg(QLocale().toString(*v, 'f', 1),
                                                          Formats::amount(shareCents(share, *v, r.envelopeCents)))
                                               : Formats::amount(qint64(*v));
            // Qt lays out the narrow no-break space of French numbers as a break opportunity: a plain no-break
            // space keeps "2 823 600 €" on one line.
            return QString(text).replace(QChar(0x202F), QChar(0x00A0));
        };
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\" nowrap>%2</td><td align=\"right\" nowrap>%3</td>"
                               "<td align=\"right\" nowrap>%4</td></tr>")
                    .arg(share.kind == QuotaKind::Domain ? share.code : SelectionTexts::statusName(share.code),
                         value(share.planned), value(share.min), value(share.max));
    }
    html += QStringLiteral("</table><h3>%1</h3>").arg(tr("Strategy for the financing lever"));
    html += r.strategyHtml.isEmpty() ? QStringLiteral("<p>%1</p>").arg(tr("Not written yet.")) : r.strategyHtml;
    return html;
}

void RoadmapPage::refresh()
{
    m_text->setHtml(roadmapHtml());
}

} // namespace Palier
