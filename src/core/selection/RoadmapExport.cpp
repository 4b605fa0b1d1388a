// SPDX-License-Identifier: GPL-3.0-or-later
#include "selection/RoadmapExport.h"

#include "campaign/Campaign.h"
#include "letters/LetterDocument.h"
#include "selection/Roadmap.h"
#include "selection/Selection.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

namespace Palier {

namespace {

struct RoadmapText
{
    Q_DECLARE_TR_FUNCTIONS(Palier::RoadmapExport)
};

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

/// "250 000 €": the document is French whatever the language of the interface.
QString euros(qint64 cents)
{
    const QLocale french(QLocale::French, QLocale::France);
    const int decimals = cents % 100 == 0 ? 0 : 2;
    return french.toString(double(cents) / 100, 'f', decimals) + QStringLiteral("\u00a0€");
}

QString shareValue(const RoadmapShare& share, const std::optional<double>& value, qint64 envelopeCents)
{
    if (!value) {
        return QStringLiteral("—");
    }
    const QLocale french(QLocale::French, QLocale::France);
    const QString money = euros(shareCents(share, *value, envelopeCents));
    return share.percent ? QStringLiteral("%1\u00a0% (%2)").arg(french.toString(*value, 'f', 1), money) : money;
}

} // namespace

Result<QString> roadmapHtml(const Database& db, const QDate& today)
{
    Result<CampaignInfo> campaign = loadCampaign(db);
    if (!campaign) {
        return campaign.error();
    }
    Result<Roadmap> roadmap = loadRoadmap(db);
    if (!roadmap) {
        return roadmap.error();
    }
    Result<QList<Milestone>> milestones = loadMilestones(db);
    if (!milestones) {
        return milestones.error();
    }
    const QLocale french(QLocale::French, QLocale::France);
    const Roadmap& r = roadmap.value();
    // The document is an ARS document: written in French whatever the language of the interface.
    QString html = QStringLiteral("<h1>Feuille de route régionale %1 — %2</h1>")
                       .arg(escaped(campaign->programmeName), escaped(campaign->regionName));
    html += QStringLiteral("<p>Campagne %1–%2. Correspondant\u00a0: %3</p>")
                .arg(campaign->firstYear)
                .arg(campaign->lastYear)
                .arg(r.correspondent.isEmpty() ? QStringLiteral("à désigner") : escaped(r.correspondent));

    html +=
        QStringLiteral("<h2>Enveloppe régionale\u00a0: %1</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
                       "<tr><th>Année</th><th>Enveloppe</th></tr>")
            .arg(euros(r.envelopeCents));
    for (auto it = r.envelopePerYear.cbegin(); it != r.envelopePerYear.cend(); ++it) {
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>").arg(it.key()).arg(euros(it.value()));
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2>Axes prioritaires</h2><ol>");
    for (const RoadmapAxis& axis : r.axes) {
        html += QStringLiteral("<li><b>%1</b> (%2)<br>%3</li>")
                    .arg(escaped(axis.title), axis.domains.join(QStringLiteral(", ")), escaped(axis.description));
    }
    html += QStringLiteral("</ol>");

    html += QStringLiteral("<h2>Répartition prévue</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
                           "<tr><th>Part</th><th>Prévu</th><th>Minimum</th><th>Maximum</th></tr>");
    for (const RoadmapShare& share : r.shares) {
        const QString name =
            share.kind == QuotaKind::Domain ? share.code : SelectionTexts::statusName(share.code).toHtmlEscaped();
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td>"
                               "<td align=\"right\">%4</td></tr>")
                    .arg(name, shareValue(share, share.planned, r.envelopeCents),
                         shareValue(share, share.min, r.envelopeCents), shareValue(share, share.max, r.envelopeCents));
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2>Calendrier</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
                           "<tr><th>Date</th><th>Échéance</th><th>Jours restants</th></tr>");
    for (const Milestone& milestone : milestones.value()) {
        const qint64 days = today.daysTo(milestone.dueOn);
        const QString left = days >= 0
                                 ? QString::number(days)
                                 : QStringLiteral("<font color=\"#b91c1c\">dépassée de %1 jours</font>").arg(-days);
        html +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td></tr>")
                .arg(french.toString(milestone.dueOn, QStringLiteral("d MMMM yyyy")), escaped(milestone.label), left);
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2>Stratégie régionale pour le levier financement</h2>");
    html += r.strategyHtml.isEmpty() ? QStringLiteral("<p>À rédiger.</p>") : r.strategyHtml;
    return html;
}

Result<QString> exportRoadmap(const Database& db, const QString& path, const QDate& today)
{
    const bool pdf = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    if (!pdf && !path.endsWith(QLatin1String(".odt"), Qt::CaseInsensitive)) {
        return Error{QStringLiteral("roadmap.format"),
                     RoadmapText::tr("“%1”: the roadmap is exported as a PDF (.pdf) or an OpenDocument text (.odt). "
                                     "Choose a file name ending in one of them.")
                         .arg(QDir::toNativeSeparators(path)),
                     path};
    }
    Result<QString> html = roadmapHtml(db, today);
    if (!html) {
        return html.error();
    }
    return pdf ? writeLetterPdf(html.value(), RoadmapText::tr("Regional roadmap"), path)
               : writeLetterOdt(html.value(), path);
}

} // namespace Palier
