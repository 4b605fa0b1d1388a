// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportChart.h"

#include "report/ReportDocument.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Palier {

namespace {

QFont chartFont(double pixels, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(qMax(1, qRound(pixels)));
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    // As in the letters: a tiny letter spacing turns ligatures off, so "fi" stays searchable in the PDF.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    return font;
}

/// A round step for about four grid lines up to `maximum`: 1, 2 or 5 times a power of ten.
double niceStep(double maximum)
{
    if (maximum <= 0) {
        return 1;
    }
    const double rough = maximum / 4;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * power >= rough) {
            return factor * power;
        }
    }
    return 10 * power;
}

QString valueLabel(const ReportBarChart& chart, double value)
{
    return chart.money ? reportMillions(qint64(std::llround(value))) : reportCount(qint64(std::llround(value)));
}

} // namespace

void paintReportBarChart(QPainter& painter, const QRectF& rect, const ReportBarChart& chart)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor ink(0x33, 0x33, 0x33);
    painter.setPen(ink);
    painter.setFont(chartFont(13, true));
    const QRectF titleRect(rect.left(), rect.top(), rect.width(), 20);
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, chart.title);

    // Legend, one entry per series, under the title.
    painter.setFont(chartFont(10));
    double x = rect.left();
    const double legendY = rect.top() + 24;
    for (const ReportBarSeries& series : chart.series) {
        painter.fillRect(QRectF(x, legendY + 2, 10, 10), series.color);
        const double width = QFontMetricsF(painter.font()).horizontalAdvance(series.name);
        painter.drawText(QRectF(x + 14, legendY, width + 4, 14), Qt::AlignLeft | Qt::AlignVCenter, series.name);
        x += 14 + width + 18;
    }

    double maximum = 0;
    for (const ReportBarSeries& series : chart.series) {
        for (const double value : series.values) {
            maximum = std::max(maximum, value);
        }
    }
    const double step = niceStep(maximum);
    const double top = std::max(step, std::ceil(maximum / step) * step);

    const double axisWidth = chart.money ? 64 : 40;
    const QRectF plot(rect.left() + axisWidth, rect.top() + 48, rect.width() - axisWidth - 4, rect.height() - 48 - 22);
    painter.setFont(chartFont(9));
    for (double v = 0; v <= top + step / 2; v += step) {
        const double y = plot.bottom() - plot.height() * v / top;
        painter.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0.6));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(ink);
        painter.drawText(QRectF(rect.left(), y - 7, axisWidth - 4, 14), Qt::AlignRight | Qt::AlignVCenter,
                         valueLabel(chart, v));
    }
    painter.setPen(QPen(ink, 0.8));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());

    const qsizetype groups = chart.categories.size();
    const qsizetype bars = chart.series.size();
    if (groups > 0 && bars > 0) {
        const double groupWidth = plot.width() / double(groups);
        const double barWidth = groupWidth * 0.76 / double(bars);
        for (qsizetype g = 0; g < groups; ++g) {
            const double groupLeft = plot.left() + g * groupWidth + groupWidth * 0.12;
            for (qsizetype s = 0; s < bars; ++s) {
                const double value = chart.series.at(s).values.value(g);
                const double height = plot.height() * value / top;
                const QRectF bar(groupLeft + s * barWidth, plot.bottom() - height, barWidth * 0.92, height);
                painter.fillRect(bar, chart.series.at(s).color);
                painter.setPen(ink);
                painter.setFont(chartFont(bars > 2 || groups > 8 ? 7.5 : 8.5));
                painter.drawText(QRectF(bar.center().x() - 40, bar.top() - 13, 80, 12),
                                 Qt::AlignHCenter | Qt::AlignBottom, valueLabel(chart, value));
            }
            painter.setFont(chartFont(10));
            painter.drawText(QRectF(plot.left() + g * groupWidth, plot.bottom() + 3, groupWidth, 16),
                             Qt::AlignHCenter | Qt::AlignTop, chart.categories.at(g));
        }
    }
    painter.restore();
}

ReportChartHandler::ReportChartHandler(QList<ReportBarChart> charts, QObject* parent)
    : QObject(parent)
    , m_charts(std::move(charts))
{}

QSizeF ReportChartHandler::intrinsicSize(QTextDocument*, int, const QTextFormat&)
{
    return {Width, Height};
}

void ReportChartHandler::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                                    const QTextFormat& format)
{
    const int index = format.property(ChartIndexProperty).toInt();
    if (index >= 0 && index < m_charts.size()) {
        paintReportBarChart(*painter, rect, m_charts.at(index));
    }
}

} // namespace Palier
