// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pages.h"

namespace Palier {

const QList<Page>& Pages::all()
{
    static const QList<Page> pages{Page::Dashboard,   Page::Roadmap,      Page::Establishments, Page::Candidatures,
                                   Page::Instruction, Page::Preselection, Page::Letters,        Page::FollowUp};
    return pages;
}

QString Pages::key(Page page)
{
    switch (page) {
    case Page::Dashboard:
        return QStringLiteral("dashboard");
    case Page::Roadmap:
        return QStringLiteral("roadmap");
    case Page::Establishments:
        return QStringLiteral("establishments");
    case Page::Candidatures:
        return QStringLiteral("candidatures");
    case Page::Instruction:
        return QStringLiteral("instruction");
    case Page::Preselection:
        return QStringLiteral("preselection");
    case Page::Letters:
        return QStringLiteral("letters");
    case Page::FollowUp:
        return QStringLiteral("follow-up");
    }
    return {};
}

std::optional<Page> Pages::fromKey(const QString& key)
{
    for (Page page : all()) {
        if (Pages::key(page) == key) {
            return page;
        }
    }
    return std::nullopt;
}

QString Pages::title(Page page)
{
    switch (page) {
    case Page::Dashboard:
        return tr("Dashboard");
    case Page::Roadmap:
        return tr("Roadmap");
    case Page::Establishments:
        return tr("Establishments");
    case Page::Candidatures:
        return tr("Applications");
    case Page::Instruction:
        return tr("Review");
    case Page::Preselection:
        return tr("Preselection");
    case Page::Letters:
        return tr("Letters");
    case Page::FollowUp:
        return tr("Follow-up");
    }
    return {};
}

QString Pages::iconPath(Page page)
{
    return QStringLiteral(":/icons/%1.svg").arg(QString(key(page)).remove(QLatin1Char('-')));
}

QString Pages::plannedFeature(Page page)
{
    switch (page) {
    case Page::Dashboard:
        return tr("The dashboard will sum up the campaign at a glance: applications received and reviewed, the "
                  "envelope committed and paid, the next deadlines.");
    case Page::Roadmap:
        return tr("The roadmap will hold the regional strategy: the envelope, its shares per domain and axis, "
                  "and the calendar of the campaign.");
    case Page::Instruction:
        return tr("The review page will take each application through its states and record the scores given "
                  "per criterion by each evaluator.");
    case Page::Preselection:
        return tr("The preselection page will rank the applications per domain, fill the regional envelope "
                  "and seal the file sent to the DGOS.");
    case Page::Letters:
        return tr("The letters page will print the notification letters, selected or rejected, for every "
                  "establishment.");
    case Page::FollowUp:
        return tr("The follow-up page will record indicator declarations, check the usage targets and "
                  "schedule the payments (20 % start-up, 80 % on use).");
    case Page::Establishments:
    case Page::Candidatures:
        break;
    }
    return {};
}

QFont Pages::titleFont(QFont base)
{
    base.setPointSizeF(base.pointSizeF() * 1.5);
    base.setBold(true);
    return base;
}

QFont Pages::sectionFont(QFont base)
{
    base.setPointSizeF(base.pointSizeF() * 1.15);
    base.setBold(true);
    return base;
}

} // namespace Palier
