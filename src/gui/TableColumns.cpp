// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableColumns.h"

#include "FilterHeaderView.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>

namespace Palier {

namespace {

constexpr int MinimumFittedWidth = 130;
constexpr double MainColumnWeight = 2.0;
/// Rows measured when the user fits a column to its contents (a double click on its edge, a column shown), besides
/// those on screen: Qt's default (1,000) measures every cell of a national table; a sample gives the same widths in
/// practice.
constexpr int FitSampleRows = 200;
/// Rows measured when the columns are fitted as a table is loaded, at least (more when more rows are on screen):
/// measuring text is most of the cost of fitting, and the rows that will be seen first are what matters.
constexpr int FitFirstRows = 24;

/// Shares `available` pixels between columns that want `wanted`: a column that fits keeps its width, the others
/// share what is left in proportion to their weight, never below MinimumFittedWidth (the view scrolls then).
QList<int> fairWidths(const QList<int>& wanted, const QList<double>& weights, int available)
{
    QList<bool> fixed(wanted.size(), false);
    for (;;) {
        int remaining = available;
        double weight = 0;
        for (qsizetype i = 0; i < wanted.size(); ++i) {
            if (fixed[i]) {
                remaining -= wanted[i];
            } else {
                weight += weights[i];
            }
        }
        const double share = weight > 0 ? remaining / weight : 0;
        bool changed = false;
        for (qsizetype i = 0; i < wanted.size(); ++i) {
            if (!fixed[i] && wanted[i] <= share * weights[i]) {
                fixed[i] = changed = true;
            }
        }
        if (!changed) {
            QList<int> widths = wanted;
            for (qsizetype i = 0; i < wanted.size(); ++i) {
                if (!fixed[i]) {
                    widths[i] = qMin(wanted[i], qMax(MinimumFittedWidth, int(share * weights[i])));
                }
            }
            return widths;
        }
    }
}

} // namespace

TableColumns::TableColumns(QTableView* view, FilterHeaderView* header)
    : QObject(view)
    , m_view(view)
    , m_header(header)
{
    m_header->setResizeContentsPrecision(FitSampleRows);
    connect(m_header, &QHeaderView::sectionMoved, this, &TableColumns::save);
    connect(m_header, &QHeaderView::sortIndicatorChanged, this, &TableColumns::save);
}

void TableColumns::setHiddenByDefault(const QList<int>& columns)
{
    m_hiddenByDefault = columns;
    for (int column : columns) {
        m_header->setSectionHidden(column, true);
    }
}

void TableColumns::restore(const QString& settingsKey)
{
    m_settingsKey = settingsKey;
    const QByteArray state = QSettings().value(m_settingsKey).toByteArray();
    // A state saved for another number of columns (an older Palier) is refused by restoreState(): the defaults stay.
    if (!state.isEmpty() && m_header->restoreState(state) && visibleCount() == 0) {
        reset();
    }
}

void TableColumns::reset()
{
    for (int logical = 0; logical < m_header->count(); ++logical) {
        m_header->moveSection(m_header->visualIndex(logical), logical);
        m_header->setSectionHidden(logical, m_hiddenByDefault.contains(logical));
    }
    if (!m_settingsKey.isEmpty()) {
        QSettings().remove(m_settingsKey);
    }
    fit();
}

void TableColumns::setColumnVisible(int column, bool visible)
{
    if (m_header->isSectionHidden(column) != visible || (!visible && visibleCount() <= 1)) {
        return;
    }
    m_header->setSectionHidden(column, !visible);
    if (visible) {
        m_view->resizeColumnToContents(column);
    }
    save();
}

int TableColumns::visibleCount() const
{
    return m_header->count() - m_header->hiddenSectionCount();
}

QMenu* TableColumns::createMenu(QWidget* parent)
{
    auto* menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("columnsMenu"));
    menu->addSection(tr("Columns"));
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int logical = m_header->logicalIndex(visual);
        QAction* action = menu->addAction(m_view->model()->headerData(logical, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(logical));
        action->setEnabled(m_header->isSectionHidden(logical) || visibleCount() > 1);
        connect(action, &QAction::toggled, this, [this, logical](bool on) { setColumnVisible(logical, on); });
    }
    menu->addSeparator();
    menu->addAction(tr("Clear Filters"), m_header, &FilterHeaderView::clearFilters);
    menu->addAction(tr("Reset Columns"), this, &TableColumns::reset);
    return menu;
}

void TableColumns::fit()
{
    // The rows on screen, or that will be once shown, and a few more; measured from the top of the view.
    const int rowHeight = qMax(1, m_view->verticalHeader()->defaultSectionSize());
    m_header->setResizeContentsPrecision(qMax(FitFirstRows, m_view->viewport()->height() / rowHeight + 1));
    m_view->resizeColumnsToContents();
    m_header->setResizeContentsPrecision(FitSampleRows);
    QList<int> columns;
    QList<int> wanted;
    QList<double> weights;
    for (int column = 0; column < m_header->count(); ++column) {
        if (!m_header->isSectionHidden(column)) {
            columns.append(column);
            wanted.append(m_header->sectionSize(column));
            weights.append(column == m_mainColumn ? MainColumnWeight : 1.0);
        }
    }
    const QList<int> widths = fairWidths(wanted, weights, m_view->viewport()->width());
    for (qsizetype i = 0; i < columns.size(); ++i) {
        m_header->resizeSection(columns[i], widths[i]);
    }
}

void TableColumns::save() const
{
    if (!m_settingsKey.isEmpty()) {
        QSettings().setValue(m_settingsKey, m_header->saveState());
    }
}

} // namespace Palier
