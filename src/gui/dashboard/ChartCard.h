// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartFactory.h"
#include "Result.h"

#include <QFrame>

#include <functional>

class QLabel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace Palier {

class DashboardTableModel;

/// One card of the dashboard: a title, a chart and the table of the same model (a button switches between them),
/// exported as PNG or SVG from its menu. A card without chart shows its table only.
class ChartCard : public QFrame
{
    Q_OBJECT

public:
    /// Makes the card's chart view (a ChartFactory's), which calls `clicked` with the row of a bar or a slice clicked.
    using MakeChart = std::function<QWidget*(const ChartFactory::RowClicked& clicked, QWidget* parent)>;

    /// `name` prefixes the object names ("domain" → domainCard, domainChartView…). Without `makeChart`, the card
    /// shows its table only.
    ChartCard(const QString& name, const QString& title, DashboardTableModel* model, const MakeChart& makeChart,
              QWidget* parent = nullptr);

    DashboardTableModel* model() const { return m_model; }
    /// The chart's view (a QChartView), or null when the card has no chart.
    QWidget* chartView() const { return m_chartView; }
    QTableView* tableView() const { return m_table; }
    void setTitle(const QString& title);
    /// Shows the table in place of the chart, or the chart again.
    void showTable(bool table);

    /// Writes the chart to `path`: SVG when it ends with ".svg", PNG otherwise.
    Result<void> exportChart(const QString& path) const;

Q_SIGNALS:
    /// A bar or a slice of the row `row` of the model was clicked.
    void rowClicked(int row);

private:
    void chooseExport(const QString& format);

    DashboardTableModel* m_model;
    QLabel* m_title;
    QStackedWidget* m_stack;
    QWidget* m_chartView = nullptr;
    QTableView* m_table;
    QToolButton* m_tableButton = nullptr;
};

} // namespace Palier
