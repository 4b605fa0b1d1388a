// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageFactory.h"

#include "CandidatureForm.h"
#include "CandidatureModel.h"
#include "DashboardPage.h"
#include "EstablishmentForm.h"
#include "EstablishmentModel.h"
#include "FollowUpPage.h"
#include "InstructionPage.h"
#include "LettersPage.h"
#include "PlaceholderPage.h"
#include "PreselectionPage.h"
#include "RoadmapPage.h"
#include "SearchFilterProxyModel.h"
#include "TablePage.h"

#include <QStackedWidget>

namespace Palier {

namespace {

constexpr const char* StandInProperty = "palierPageStandIn";

TablePage* establishmentsPage()
{
    using Column = EstablishmentModel::Column;
    auto* page = new TablePage(Pages::title(Page::Establishments), new EstablishmentModel);
    page->setMainColumn(int(Column::Name));
    // The legal entity's number and the address are in the form; the table keeps room for the names.
    page->setHiddenByDefault(
        {int(Column::FinessEj), int(Column::Siret), int(Column::Address), int(Column::PostalCode)});
    page->setDetailForm(new EstablishmentForm);
    return page;
}

TablePage* candidaturesPage()
{
    using Column = CandidatureModel::Column;
    auto* model = new CandidatureModel;
    // The page opens on the rows; the eligibility column (a GROUP BY over every indicator value) follows a moment
    // later, computed in a worker thread: on a national database it was a third of the start-up.
    model->setEligibilityInBackground(true);
    auto* page = new TablePage(Pages::title(Page::Candidatures), model);
    page->setMainColumn(int(Column::Establishment));
    // A database opens on its first screenful of files, the others read after the window has painted: on a
    // national database, reading 6,589 files was most of the start-up.
    model->setProgressiveLoad(page, page->proxy());
    QObject::connect(model, &CandidatureModel::loadingFinished, page, &TablePage::updateCount);
    page->setHiddenByDefault(
        {int(Column::Labels), int(Column::Vendor), int(Column::PlannedStart), int(Column::PlannedEnd)});
    page->setDetailForm(new CandidatureForm);
    return page;
}

} // namespace

QWidget* PageFactory::create(Page page)
{
    const QString name = Pages::key(page).remove(u'-');
    TablePage* tablePage = nullptr;
    if (page == Page::Establishments) {
        tablePage = establishmentsPage();
    } else if (page == Page::Candidatures) {
        tablePage = candidaturesPage();
    } else if (page == Page::Instruction) {
        tablePage = new InstructionPage(Pages::title(page));
        if (auto* model = qobject_cast<CandidatureModel*>(tablePage->model())) {
            model->setEligibilityInBackground(true); // the same list of files: see candidaturesPage()
        }
    } else if (page == Page::Preselection) {
        tablePage = new PreselectionPage(Pages::title(page));
    } else if (page == Page::Roadmap) {
        tablePage = new RoadmapPage(Pages::title(page));
    } else if (page == Page::Letters) {
        tablePage = new LettersPage(Pages::title(page));
    } else if (page == Page::Dashboard) {
        tablePage = new DashboardPage(Pages::title(page));
    } else if (page == Page::FollowUp) {
        tablePage = new FollowUpPage(Pages::title(page));
    }
    if (!tablePage) {
        auto* placeholder = new PlaceholderPage(page);
        placeholder->setObjectName(name + QLatin1String("PlaceholderPage"));
        return placeholder;
    }
    tablePage->setObjectName(name + QLatin1String("TablePage"));
    tablePage->restoreColumns(QStringLiteral("tablePages/%1/columns").arg(name));
    return tablePage;
}

QWidget* PageFactory::createStandIn(Page page)
{
    auto* standIn = new QWidget;
    standIn->setObjectName(Pages::key(page).remove(u'-') + QLatin1String("StandIn"));
    standIn->setProperty(StandInProperty, true);
    return standIn;
}

bool PageFactory::isStandIn(const QWidget* widget)
{
    return widget && widget->property(StandInProperty).toBool();
}

void PageFactory::replaceStandIn(QStackedWidget& stack, QWidget* standIn, QWidget* page)
{
    // Inserted after the stand-in: when the stand-in is current, removing it makes the widget that takes its index
    // current (QStackedLayout), so the page, with one currentChanged().
    stack.insertWidget(stack.indexOf(standIn) + 1, page);
    stack.removeWidget(standIn);
    delete standIn;
}

} // namespace Palier
