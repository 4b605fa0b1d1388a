// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

namespace Palier {

namespace Ui {
class TablePage;
}

class Database;
class DatabaseTableModel;
class SearchFilterProxyModel;

/// A page listing one table of the database: a title, a search box, a sortable view and the row count.
/// A load error shows inline above the view; the rest of the window stays usable.
class TablePage : public QWidget
{
    Q_OBJECT

public:
    /// Takes ownership of `model`.
    TablePage(const QString& title, DatabaseTableModel* model, QWidget* parent = nullptr);
    ~TablePage() override;

    /// Loads the rows of `db`, or empties the page when `db` is null; returns whether the rows could be read.
    bool reload(const Database* db);
    /// The column that names a row: the rows are sorted on it at first, and it gets more room than the others.
    void setMainColumn(int column);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateCount();
    void fitColumns();
    void showError(const QString& message);

    std::unique_ptr<Ui::TablePage> m_ui;
    DatabaseTableModel* m_model;
    SearchFilterProxyModel* m_proxy;
    int m_mainColumn = 0;
    bool m_columnsToFit = false;
};

} // namespace Palier
