// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHeaderView>
#include <QList>

class QLineEdit;

namespace Palier {

/// A horizontal header with a filter line under each section: what is typed there filters that column. The
/// lines follow the sections when they are resized, moved, hidden or scrolled.
class FilterHeaderView : public QHeaderView
{
    Q_OBJECT

public:
    explicit FilterHeaderView(QWidget* parent = nullptr);

    QSize sizeHint() const override;

    /// The filter line under the section `logicalIndex`, named "filter<N>LineEdit".
    QLineEdit* filterLineEdit(int logicalIndex) const { return m_filters.value(logicalIndex); }
    void clearFilters();
    /// Places the filter lines under their sections; call it when the view scrolls horizontally.
    void adjustFilterPositions();

Q_SIGNALS:
    void filterChanged(int logicalIndex, const QString& text);

protected:
    void updateGeometries() override;

private:
    void createFilters();
    int filterHeight() const;

    QList<QLineEdit*> m_filters;
};

} // namespace Palier
