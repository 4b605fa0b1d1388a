// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartCard.h"
#include "TablePage.h"

#include <QList>

class QToolButton;

namespace Palier {

class BreakdownModel;
class DashboardFileModel;
class DashboardTableModel;
class DeadlineModel;
class EnvelopeYearModel;
class FinishedProjectsModel;
class PaymentAlertModel;
class PrerequisiteReachModel;
class ProjectStateModel;

/// Tableau de bord: cards of charts over small models (candidatures and amounts by domain, status and department
/// beside the national shares, projects by state, envelope per year, projects finished, prerequisites reached,
/// deadlines, payments to watch) above the list of the candidatures. Clicking a bar or a slice keeps in the list
/// the files of that domain, status, department, project state or year.
class DashboardPage : public TablePage
{
    Q_OBJECT

public:
    explicit DashboardPage(const QString& title, QWidget* parent = nullptr);

    /// The cards, in the order shown.
    const QList<ChartCard*>& cards() const { return m_cards; }
    ChartCard* card(const QString& name) const;
    DashboardFileModel* files() const { return m_files; }
    /// Keeps in the list the rows whose `column` (DashboardFileColumn) holds `code`; `description` names the filter.
    void filterFiles(int column, const QVariant& code, const QString& description);
    void clearFilter();
    /// How long the last reload of the charts took, in milliseconds (benchmarks).
    qint64 lastRefreshMilliseconds() const { return m_refreshMilliseconds; }
    /// How long each card's model took to read at the last reload, in milliseconds, by card name (benchmarks).
    const QList<std::pair<QString, qint64>>& lastModelMilliseconds() const { return m_modelMilliseconds; }

private:
    ChartCard* addCard(const QString& name, const QString& title, DashboardTableModel* model,
                       const ChartCard::MakeChart& makeChart, int filterColumn = -1);
    void refresh();

    DashboardFileModel* m_files;
    BreakdownModel* m_domains;
    BreakdownModel* m_statuses;
    BreakdownModel* m_departments;
    ProjectStateModel* m_projectStates;
    EnvelopeYearModel* m_envelope;
    FinishedProjectsModel* m_finished;
    PrerequisiteReachModel* m_prerequisites;
    DeadlineModel* m_deadlines;
    PaymentAlertModel* m_payments;
    QList<ChartCard*> m_cards;
    QWidget* m_grid;
    QToolButton* m_filterButton;
    QString m_chartsError; ///< why the charts plug-in could not be loaded
    qint64 m_refreshMilliseconds = 0;
    QList<std::pair<QString, qint64>> m_modelMilliseconds;
};

} // namespace Palier
