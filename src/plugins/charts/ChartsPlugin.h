// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartFactory.h"

#include <QObject>

namespace Palier {

/// The charts plug-in: the dashboard's charts drawn by Qt Charts.
class ChartsPlugin : public QObject, public ChartFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID PalierChartFactory_iid)
    Q_INTERFACES(Palier::ChartFactory)

public:
    QWidget* barChart(QAbstractItemModel* model, const BarChart& chart, const RowClicked& clicked,
                      QWidget* parent) const override;
    QWidget* pieChart(QAbstractItemModel* model, int labelColumn, int valueColumn, const RowClicked& clicked,
                      QWidget* parent) const override;
};

} // namespace Palier
