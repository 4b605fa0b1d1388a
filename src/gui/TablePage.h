// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

#include <memory>

class QToolBar;
class QTableView;
class QUndoStack;

namespace Palier {

namespace Ui {
class TablePage;
}

class Database;
class DatabaseTableModel;
class DetailForm;
class FilterHeaderView;
class SearchFilterProxyModel;
class TableColumns;

/// A page listing one table of the database: a title, a search box, a sortable view with a filter under each
/// column, the row count, and optionally a form editing the current row. The columns shown and their order are
/// remembered. A load or write error shows inline above the view; the rest of the window stays usable.
class TablePage : public QWidget
{
    Q_OBJECT

public:
    /// Takes ownership of `model`.
    TablePage(const QString& title, DatabaseTableModel* model, QWidget* parent = nullptr);
    ~TablePage() override;

    /// Loads the rows of `db`, or empties the page when `db` is null; returns whether the rows could be read.
    /// The edits recorded for undo are forgotten: they belong to the rows as they were.
    bool reload(const Database* db);
    /// Reads the rows of the same database again after someone else changed it, keeping the selection, the current
    /// record, the scroll position and the undo history (each undo is checked against the row's version). Not
    /// done (false) while the form holds changes not saved: their save is checked against the version read.
    bool refresh();
    /// The column that names a row: the rows are sorted on it at first, and it gets more room than the others.
    void setMainColumn(int column);
    /// Columns hidden until the user shows them; call before restoreColumns().
    void setHiddenByDefault(const QList<int>& columns);
    /// Restores the columns shown, their order and the sort from the settings under `settingsKey`, where later
    /// changes are saved.
    void restoreColumns(const QString& settingsKey);
    /// Shows the columns of the model in their order, with only the default ones visible.
    void resetColumns();
    void setColumnVisible(int column, bool visible);

    /// Takes ownership of `form`, shown beside the table and editing its current row.
    void setDetailForm(DetailForm* form);
    DetailForm* detailForm() const { return m_form; }
    /// The edits made on this page, for Edit › Undo and Redo.
    QUndoStack* undoStack() const { return m_undoStack; }
    /// Makes the row showing the record `id` current; false when no shown row holds it.
    bool selectRecord(qint64 id);

    /// The database the page shows, or null.
    const Database* database() const { return m_database; }
    DatabaseTableModel* model() const { return m_model; }
    SearchFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* tableView() const;
    /// The record ids of the selected rows, in view order.
    QList<qint64> selectedRecordIds() const;
    /// Adds `widget` to the header, after the title.
    void addHeaderWidget(QWidget* widget);
    /// Shows or hides a widget added by addHeaderWidget() (QWidget::setVisible() has no effect in the header).
    void setHeaderWidgetVisible(QWidget* widget, bool visible);
    /// Takes ownership of `widget`, shown beside the table (in place of or after a detail form).
    void addSideWidget(QWidget* widget);
    /// Shows `message` inline above the table; an empty message hides the banner.
    void showMessage(const QString& message);
    /// Says again how many rows there are and how many are shown (the model's countText() changed).
    void updateCount();

Q_SIGNALS:
    /// The rows were read again (or emptied).
    void reloaded();
    /// The current record changed; -1 when there is none.
    void currentRecordChanged(qint64 id);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void setupHeader();
    void showHeaderMenu(const QPoint& position);
    void currentRowChanged();
    void fitColumns();
    void showError(const QString& message);

    std::unique_ptr<Ui::TablePage> m_ui;
    DatabaseTableModel* m_model;
    SearchFilterProxyModel* m_proxy;
    FilterHeaderView* m_header;
    QToolBar* m_headerBar = nullptr; ///< the page's own actions, after the title (addHeaderWidget)
    TableColumns* m_columns = nullptr;
    QUndoStack* m_undoStack;
    DetailForm* m_form = nullptr;
    const Database* m_database = nullptr;
    QString m_splitterKey;
    int m_mainColumn = 0;
    bool m_columnsToFit = false;
};

} // namespace Palier
