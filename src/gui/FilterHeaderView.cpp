// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilterHeaderView.h"

#include <QLineEdit>

namespace Palier {

namespace {
constexpr int FilterMargin = 1;
} // namespace

FilterHeaderView::FilterHeaderView(QWidget* parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setSectionsMovable(true);
    setHighlightSections(false);
    setDefaultAlignment(Qt::AlignCenter);
    connect(this, &QHeaderView::sectionCountChanged, this, &FilterHeaderView::createFilters);
    connect(this, &QHeaderView::sectionResized, this, &FilterHeaderView::adjustFilterPositions);
    connect(this, &QHeaderView::sectionMoved, this, &FilterHeaderView::adjustFilterPositions);
    connect(this, &QHeaderView::geometriesChanged, this, &FilterHeaderView::adjustFilterPositions);
}

QSize FilterHeaderView::sizeHint() const
{
    QSize size = QHeaderView::sizeHint();
    size.rheight() += filterHeight();
    return size;
}

int FilterHeaderView::filterHeight() const
{
    return m_filters.isEmpty() ? 0 : m_filters.constFirst()->sizeHint().height() + 2 * FilterMargin;
}

void FilterHeaderView::createFilters()
{
    while (m_filters.size() > count()) {
        delete m_filters.takeLast();
    }
    while (m_filters.size() < count()) {
        const int logical = int(m_filters.size());
        auto* filter = new QLineEdit(this);
        filter->setObjectName(QStringLiteral("filter%1LineEdit").arg(logical));
        filter->setClearButtonEnabled(true);
        filter->setPlaceholderText(tr("Filter"));
        connect(filter, &QLineEdit::textChanged, this,
                [this, logical](const QString& text) { Q_EMIT filterChanged(logical, text); });
        m_filters.append(filter);
    }
    for (int logical = 0; logical < count(); ++logical) {
        const QString title = model() ? model()->headerData(logical, orientation()).toString() : QString();
        m_filters[logical]->setToolTip(tr("Shows the rows whose “%1” holds every word typed here.").arg(title));
        m_filters[logical]->setAccessibleName(tr("Filter on %1").arg(title));
    }
    // Made when the columns are known, after the rest of the window: Tab goes from the table to its filters.
    QWidget* previous = parentWidget() ? parentWidget() : this;
    for (QLineEdit* filter : std::as_const(m_filters)) {
        QWidget::setTabOrder(previous, filter);
        previous = filter;
    }
    updateGeometries();
}

void FilterHeaderView::clearFilters()
{
    for (QLineEdit* filter : std::as_const(m_filters)) {
        filter->clear();
    }
}

void FilterHeaderView::updateGeometries()
{
    // The sections keep their height; the filter lines take a margin under them, outside the viewport.
    setViewportMargins(0, 0, 0, filterHeight());
    QHeaderView::updateGeometries();
    adjustFilterPositions();
}

void FilterHeaderView::adjustFilterPositions()
{
    const int top = height() - filterHeight() + FilterMargin;
    for (int logical = 0; logical < int(m_filters.size()); ++logical) {
        QLineEdit* filter = m_filters.at(logical);
        const bool shown = logical < count() && !isSectionHidden(logical);
        filter->setVisible(shown);
        if (shown) {
            filter->setGeometry(sectionViewportPosition(logical) + FilterMargin, top,
                                sectionSize(logical) - 2 * FilterMargin, filterHeight() - 2 * FilterMargin);
        }
    }
}

} // namespace Palier
