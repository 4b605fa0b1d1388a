// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the report: bar charts painted with QPainter (vector, their text searchable in the PDF), placed in the
// report's QTextDocument as inline objects. Qt Charts is not used in the core: it needs widgets.

#include <QColor>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTextObjectInterface>

class QPainter;

namespace Palier {

/// One series of bars: a value per category.
struct ReportBarSeries
{
    QString name;
    QColor color;
    QList<double> values;
};

/// Grouped bars: one group per category, one bar per series.
struct ReportBarChart
{
    QString title;
    QStringList categories;
    QList<ReportBarSeries> series;
    bool money = false; ///< values are cents, labelled in M€; otherwise counts
};

/// Paints `chart` inside `rect` (layout units: 96 per inch).
void paintReportBarChart(QPainter& painter, const QRectF& rect, const ReportBarChart& chart);

/// Draws the charts of a document where a character of ObjectType with ChartIndexProperty stands.
class ReportChartHandler : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int ObjectType = QTextFormat::UserObject + 71;
    static constexpr int ChartIndexProperty = QTextFormat::UserProperty + 71;
    /// The size of a chart in layout units: the width of the text, a third of its height.
    static constexpr double Width = 640;
    static constexpr double Height = 300;

    ReportChartHandler(QList<ReportBarChart> charts, QObject* parent);

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                    const QTextFormat& format) override;

private:
    QList<ReportBarChart> m_charts;
};

} // namespace Palier
