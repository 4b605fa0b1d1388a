// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QMenu;
class QTableView;
class QWidget;

namespace Palier {

class FilterHeaderView;

/// The columns of a table view: which are shown, in which order, how wide. The user's choice of columns, their
/// order and the sort are remembered in the settings; the widths are fitted to the content and the window.
class TableColumns : public QObject
{
    Q_OBJECT

public:
    TableColumns(QTableView* view, FilterHeaderView* header);

    /// The column that names a row: it gets more room than the others.
    void setMainColumn(int column) { m_mainColumn = column; }
    /// Columns hidden until the user shows them; they are hidden at once.
    void setHiddenByDefault(const QList<int>& columns);
    /// Restores the saved state under `settingsKey` (if any), where later changes are saved.
    void restore(const QString& settingsKey);
    /// Back to the model's order with only the default columns shown; forgets the saved state.
    void reset();
    /// Shows or hides `column`; the last column shown stays.
    void setColumnVisible(int column, bool visible);
    /// The menu of the header: a check box per column, "Clear Filters" and "Reset Columns".
    QMenu* createMenu(QWidget* parent);
    /// Shares the width of the view between the shown columns.
    void fit();

private:
    void save() const;
    int visibleCount() const;

    QTableView* m_view;
    FilterHeaderView* m_header;
    QList<int> m_hiddenByDefault;
    QString m_settingsKey;
    int m_mainColumn = 0;
};

} // namespace Palier
