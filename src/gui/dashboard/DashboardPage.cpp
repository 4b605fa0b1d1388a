// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardPage.h"

#include "BreakdownModel.h"
#include "CalendarModels.h"
#include "ChartCard.h"
#include "ChartPlugin.h"
#include "DashboardFileModel.h"
#include "PaymentAlertModel.h"
#include "ProjectStatsModels.h"
#include "SearchFilterProxyModel.h"
#include "db/Database.h"
#include "selection/Selection.h"

#include <QElapsedTimer>
#include <QGridLayout>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>

namespace Palier {

namespace {
constexpr int MaxDepartmentBars = 12;
constexpr int ChartsStretch = 2;
constexpr int ListStretch = 1;
} // namespace

DashboardPage::DashboardPage(const QString& title, QWidget* parent)
    : TablePage(title, new DashboardFileModel, parent)
    , m_files(static_cast<DashboardFileModel*>(model()))
    , m_domains(new BreakdownModel(BreakdownModel::Dimension::Domain, this))
    , m_statuses(new BreakdownModel(BreakdownModel::Dimension::Status, this))
    , m_departments(new BreakdownModel(BreakdownModel::Dimension::Department, this))
    , m_projectStates(new ProjectStateModel(this))
    , m_envelope(new EnvelopeYearModel(this))
    , m_finished(new FinishedProjectsModel(this))
    , m_prerequisites(new PrerequisiteReachModel(this))
    , m_deadlines(new DeadlineModel(this))
    , m_payments(new PaymentAlertModel(this))
    , m_grid(new QWidget)
    , m_filterButton(new QToolButton(this))
{
    using Column = DashboardFileColumn;
    using B = BreakdownModel::Column;
    setMainColumn(int(Column::Establishment));
    tableView()->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_filterButton->setObjectName(QStringLiteral("dashboardFilterButton"));
    m_filterButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_filterButton->setToolTip(tr("Show every application again"));
    m_filterButton->hide();
    connect(m_filterButton, &QToolButton::clicked, this, &DashboardPage::clearFilter);
    addHeaderWidget(m_filterButton);

    auto* grid = new QGridLayout(m_grid);
    const auto place = [grid](ChartCard* card, int row, int column, int span = 1) {
        grid->addWidget(card, row, column, 1, span);
    };
    // Without the charts plug-in, the cards show their tables, under a message saying why.
    const Result<const ChartFactory*> charts = ChartPlugin::factory();
    if (!charts) {
        m_chartsError = charts.error().message;
        qWarning("Palier: %s", qPrintable(charts.error().detail));
    }
    using Bars = ChartFactory::Bars;
    const auto bars = [&charts](DashboardTableModel* model, const ChartFactory::BarChart& chart) {
        return !charts ? ChartCard::MakeChart()
                       : [factory = charts.value(), model, chart](const auto& clicked, QWidget* parent) {
                             return factory->barChart(model, chart, clicked, parent);
                         };
    };
    const auto pie = [&charts](DashboardTableModel* model, int labelColumn, int valueColumn) {
        return !charts
                   ? ChartCard::MakeChart()
                   : [factory = charts.value(), model, labelColumn, valueColumn](const auto& clicked, QWidget* parent) {
                         return factory->pieChart(model, labelColumn, valueColumn, clicked, parent);
                     };
    };
    ChartCard* domains =
        addCard(QStringLiteral("domain"), tr("Candidatures and amounts by domain (% of the total)"), m_domains,
                bars(m_domains, {int(B::CandidatureShare), int(B::NationalFundingShare), int(B::Code), tr("%")}),
                int(Column::Domain));
    place(domains, 0, 0);
    ChartCard* statuses =
        addCard(QStringLiteral("status"), tr("By legal status (% of the total)"), m_statuses,
                bars(m_statuses, {int(B::CandidatureShare), int(B::NationalFundingShare), int(B::Code), tr("%")}),
                int(Column::Status));
    place(statuses, 0, 1);
    place(addCard(QStringLiteral("department"), tr("Candidatures by department"), m_departments,
                  bars(m_departments, {int(B::Candidatures), int(B::Candidatures), int(B::Code), tr("files"),
                                       Bars::Grouped, MaxDepartmentBars}),
                  int(Column::Department)),
          1, 0);
    place(addCard(QStringLiteral("projectState"), tr("Projects by state"), m_projectStates,
                  pie(m_projectStates, int(ProjectStateModel::Column::State), int(ProjectStateModel::Column::Projects)),
                  int(Column::ProjectState)),
          1, 1);
    place(addCard(QStringLiteral("envelope"), tr("Envelope, committed and paid per year"), m_envelope,
                  bars(m_envelope, {int(EnvelopeYearModel::Column::Envelope), int(EnvelopeYearModel::Column::Paid),
                                    int(EnvelopeYearModel::Column::Year), tr("€")})),
          2, 0);
    place(addCard(QStringLiteral("finished"), tr("Projects finished per year"), m_finished,
                  bars(m_finished,
                       {int(FinishedProjectsModel::Column::Finished), int(FinishedProjectsModel::Column::Cumulative),
                        int(FinishedProjectsModel::Column::Year), tr("projects")}),
                  int(Column::Finished)),
          2, 1);
    place(addCard(QStringLiteral("prerequisites"), tr("Prerequisites of the candidate establishments"), m_prerequisites,
                  bars(m_prerequisites,
                       {int(PrerequisiteReachModel::Column::Reached), int(PrerequisiteReachModel::Column::Missing),
                        int(PrerequisiteReachModel::Column::Code), tr("establishments"), Bars::Stacked})),
          3, 0);
    place(addCard(QStringLiteral("deadlines"), tr("Deadlines"), m_deadlines, nullptr), 3, 1);
    place(addCard(QStringLiteral("payments"), tr("Payments to watch"), m_payments, nullptr), 4, 0, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the charts' controls inside it
    scroll->setWidget(m_grid);
    // The charts above, the list they filter below.
    auto* splitter = findChild<QSplitter*>(QStringLiteral("contentSplitter"));
    splitter->setOrientation(Qt::Vertical);
    splitter->insertWidget(0, scroll);
    splitter->setStretchFactor(0, ChartsStretch);
    splitter->setStretchFactor(1, ListStretch);

    connect(this, &TablePage::reloaded, this, &DashboardPage::refresh);
}

ChartCard* DashboardPage::addCard(const QString& name, const QString& title, DashboardTableModel* model,
                                  const ChartCard::MakeChart& makeChart, int filterColumn)
{
    auto* card = new ChartCard(name, title, model, makeChart, m_grid);
    m_cards.append(card);
    if (filterColumn >= 0) {
        connect(card, &ChartCard::rowClicked, this, [this, model, filterColumn](int row) {
            const QVariant code = model->key(row);
            QString description = model->value(row, 0).toString();
            if (filterColumn == int(DashboardFileColumn::Domain)) {
                description = tr("domain %1").arg(description);
            } else if (filterColumn == int(DashboardFileColumn::Department)) {
                description = tr("department %1").arg(description);
            } else if (filterColumn == int(DashboardFileColumn::Status)) {
                description = SelectionTexts::statusName(code.toString());
            } else if (filterColumn == int(DashboardFileColumn::Finished)) {
                description = tr("finished in %1").arg(code.toInt());
            }
            filterFiles(filterColumn, code, description);
        });
    }
    return card;
}

ChartCard* DashboardPage::card(const QString& name) const
{
    return findChild<ChartCard*>(name + QLatin1String("Card"));
}

void DashboardPage::filterFiles(int column, const QVariant& code, const QString& description)
{
    proxy()->setExactFilter(column, code);
    m_filterButton->setText(tr("Filter: %1 ✕").arg(description));
    setHeaderWidgetVisible(m_filterButton, true);
}

void DashboardPage::clearFilter()
{
    proxy()->setExactFilter(-1, {});
    setHeaderWidgetVisible(m_filterButton, false);
}

void DashboardPage::refresh()
{
    QElapsedTimer timer;
    timer.start();
    clearFilter();
    QStringList problems;
    if (!m_chartsError.isEmpty()) {
        problems.append(m_chartsError);
    }
    m_modelMilliseconds.clear();
    for (ChartCard* card : std::as_const(m_cards)) {
        QElapsedTimer modelTimer;
        modelTimer.start();
        if (!database()) {
            card->model()->clear();
        } else if (Result<void> loaded = card->model()->load(*database()); !loaded) {
            problems.append(loaded.error().message);
        }
        m_modelMilliseconds.append({card->objectName(), modelTimer.elapsed()});
    }
    if (!problems.isEmpty()) {
        problems.removeDuplicates();
        showMessage(problems.join(QLatin1Char('\n')));
    }
    ChartCard* departments = card(QStringLiteral("department"));
    departments->setTitle(m_departments->rowCount() > MaxDepartmentBars
                              ? tr("Candidatures by department (the %1 with the most files)").arg(MaxDepartmentBars)
                              : tr("Candidatures by department"));
    m_refreshMilliseconds = timer.elapsed();
}

} // namespace Palier
