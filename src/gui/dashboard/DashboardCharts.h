// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QChart;

namespace Palier {

class DashboardTableModel;

/// The charts of the dashboard. Each reads its model through a Qt Charts model mapper (owned by the chart): the
/// chart always shows what the table shows, and follows every reload.
namespace DashboardCharts {

enum class Bars { Grouped, Stacked };

/// Bars per row of `model` (at most `maxRows` from the first), one bar set per column from `firstSetColumn` to
/// `lastSetColumn` (named by the headers); the categories are the texts of `labelColumn`.
QChart* barChart(DashboardTableModel* model, int firstSetColumn, int lastSetColumn, int labelColumn,
                 const QString& valueTitle, Bars bars = Bars::Grouped, int maxRows = -1);
/// A pie of `valueColumn` with one slice per row, labelled by `labelColumn`.
QChart* pieChart(DashboardTableModel* model, int labelColumn, int valueColumn);

} // namespace DashboardCharts

} // namespace Palier
