// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartsPlugin.h"

#include <QAbstractItemModel>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLocale>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QVBarModelMapper>
#include <QVPieModelMapper>
#include <QValueAxis>

namespace Palier {

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

QChartView* newView(QChart* chart, QWidget* parent)
{
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

} // namespace

QWidget* ChartsPlugin::barChart(QAbstractItemModel* model, const BarChart& spec, const RowClicked& clicked,
                                QWidget* parent) const
{
    QChart* chart = newChart();
    const bool stacked = spec.bars == Bars::Stacked;
    QAbstractBarSeries* series = stacked ? static_cast<QAbstractBarSeries*>(new QStackedBarSeries) : new QBarSeries;
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    auto* values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->setTitleText(spec.valueTitle);
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);

    auto* mapper = new QVBarModelMapper(chart);
    mapper->setFirstBarSetColumn(spec.firstSetColumn);
    mapper->setLastBarSetColumn(spec.lastSetColumn);
    mapper->setFirstRow(0);
    mapper->setRowCount(spec.maxRows);
    mapper->setSeries(series);
    mapper->setModel(model);

    // The categories and the scale follow the rows: the mapper, connected first, has already read the values.
    const auto update = [model, spec, categories, values, series, stacked] {
        QStringList labels;
        const int rows = spec.maxRows < 0 ? model->rowCount() : qMin(spec.maxRows, model->rowCount());
        double top = 0;
        for (int row = 0; row < rows; ++row) {
            labels.append(model->index(row, spec.labelColumn).data().toString());
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

    QChartView* view = newView(chart, parent);
    // The mapper makes new bar sets at each reload: each is connected as it comes.
    const auto connectSet = [view, clicked](QBarSet* set) {
        QObject::connect(set, &QBarSet::clicked, view, [clicked](int index) { clicked(index); });
    };
    QObject::connect(series, &QAbstractBarSeries::barsetsAdded, view, [connectSet](const QList<QBarSet*>& sets) {
        for (QBarSet* set : sets) {
            connectSet(set);
        }
    });
    for (QBarSet* set : series->barSets()) {
        connectSet(set);
    }
    return view;
}

QWidget* ChartsPlugin::pieChart(QAbstractItemModel* model, int labelColumn, int valueColumn, const RowClicked& clicked,
                                QWidget* parent) const
{
    QChart* chart = newChart();
    auto* series = new QPieSeries;
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    QChartView* view = newView(chart, parent);
    // The mapper makes the slices at each reload: each shows its label as it comes, and is connected.
    QObject::connect(series, &QPieSeries::added, view, [series, view, clicked](const QList<QPieSlice*>& slices) {
        for (QPieSlice* slice : slices) {
            slice->setLabelVisible(slice->value() > 0);
            QObject::connect(slice, &QPieSlice::clicked, view,
                             [series, slice, clicked] { clicked(int(series->slices().indexOf(slice))); });
        }
    });
    auto* mapper = new QVPieModelMapper(chart);
    mapper->setLabelsColumn(labelColumn);
    mapper->setValuesColumn(valueColumn);
    mapper->setSeries(series);
    mapper->setModel(model);
    return view;
}

} // namespace Palier
