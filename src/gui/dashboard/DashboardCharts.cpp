// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardCharts.h"

#include "DashboardTableModel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QVBarModelMapper>
#include <QVPieModelMapper>
#include <QValueAxis>

namespace Palier::DashboardCharts {

namespace {

QChart* newChart()
{
    auto* chart = new QChart;
    // An animation would be caught half-way by a screenshot or an export, and costs time at each reload.
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace

QChart* barChart(DashboardTableModel* model, int firstSetColumn, int lastSetColumn, int labelColumn,
                 const QString& valueTitle, Bars bars, int maxRows)
{
    QChart* chart = newChart();
    QAbstractBarSeries* series =
        bars == Bars::Stacked ? static_cast<QAbstractBarSeries*>(new QStackedBarSeries) : new QBarSeries;
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    auto* values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->setTitleText(valueTitle);
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);

    auto* mapper = new QVBarModelMapper(chart);
    mapper->setFirstBarSetColumn(firstSetColumn);
    mapper->setLastBarSetColumn(lastSetColumn);
    mapper->setFirstRow(0);
    mapper->setRowCount(maxRows);
    mapper->setSeries(series);
    mapper->setModel(model);

    // The categories and the scale follow the rows: the mapper, connected first, has already read the values.
    const bool stacked = bars == Bars::Stacked;
    const auto update = [model, labelColumn, maxRows, categories, values, series, stacked] {
        QStringList labels;
        const int rows = maxRows < 0 ? model->rowCount() : qMin(maxRows, model->rowCount());
        double top = 0;
        for (int row = 0; row < rows; ++row) {
            labels.append(model->value(row, labelColumn).toString());
            double sum = 0;
            for (const QBarSet* set : series->barSets()) {
                const double value = row < set->count() ? set->at(row) : 0.0;
                sum = stacked ? sum + value : qMax(sum, value);
            }
            top = qMax(top, sum);
        }
        categories->setCategories(labels);
        values->setRange(0, top > 0 ? top : 1);
        values->applyNiceNumbers();
    };
    QObject::connect(model, &QAbstractItemModel::modelReset, chart, update);
    update();
    return chart;
}

QChart* pieChart(DashboardTableModel* model, int labelColumn, int valueColumn)
{
    QChart* chart = newChart();
    auto* series = new QPieSeries;
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    auto* mapper = new QVPieModelMapper(chart);
    mapper->setLabelsColumn(labelColumn);
    mapper->setValuesColumn(valueColumn);
    // The slices are made by the mapper at each reload: each shows its label as it comes.
    QObject::connect(series, &QPieSeries::added, chart, [](const QList<QPieSlice*>& slices) {
        for (QPieSlice* slice : slices) {
            slice->setLabelVisible(slice->value() > 0);
        }
    });
    mapper->setSeries(series);
    mapper->setModel(model);
    return chart;
}

} // namespace Palier::DashboardCharts
