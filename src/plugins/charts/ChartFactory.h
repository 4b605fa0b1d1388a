// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtPlugin>

#include <functional>

class QAbstractItemModel;
class QWidget;

namespace Palier {

/// The dashboard's charts, made by the charts plug-in (src/plugins/charts) in Qt's types only: Palier's program does
/// not link Qt Charts, which is loaded with the plug-in when the dashboard is first built (ChartPlugin.h).
///
/// Each chart reads its model through a Qt Charts model mapper: it always shows what the model holds, and follows
/// every reset of the model.
class ChartFactory
{
public:
    enum class Bars { Grouped, Stacked };

    /// Bars per row of the model (at most `maxRows` from the first; all when negative), one bar set per column from
    /// `firstSetColumn` to `lastSetColumn` (named by the headers); the categories are the texts of `labelColumn`.
    struct BarChart
    {
        int firstSetColumn = 0;
        int lastSetColumn = 0;
        int labelColumn = 0;
        QString valueTitle; ///< the title of the value axis
        Bars bars = Bars::Grouped;
        int maxRows = -1;
    };

    /// Called with the row of the model whose bar or slice was clicked.
    using RowClicked = std::function<void(int row)>;

    virtual ~ChartFactory() = default;

    /// A view (a QChartView, owning its chart) of the bars described by `chart`.
    virtual QWidget* barChart(QAbstractItemModel* model, const BarChart& chart, const RowClicked& clicked,
                              QWidget* parent) const = 0;
    /// A view of a pie of `valueColumn`, one slice per row labelled by `labelColumn`.
    virtual QWidget* pieChart(QAbstractItemModel* model, int labelColumn, int valueColumn, const RowClicked& clicked,
                              QWidget* parent) const = 0;
};

} // namespace Palier

#define PalierChartFactory_iid "fr.ars.Palier.ChartFactory/1.0"
Q_DECLARE_INTERFACE(Palier::ChartFactory, PalierChartFactory_iid)
