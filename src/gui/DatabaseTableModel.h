// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QAbstractTableModel>
#include <QList>

namespace Palier {

class Database;

/// A read-only table computed from the database by one query: the base of the models behind the table pages.
class DatabaseTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// The raw value to sort on (a number, a date) where the displayed text would sort wrongly.
    static constexpr int SortRole = Qt::UserRole;

    using QAbstractTableModel::QAbstractTableModel;

    /// Replaces the rows with those of `db`; on error the model is left empty.
    virtual Result<void> load(const Database& db) = 0;
    /// Empties the model (no database open).
    virtual void clear() = 0;
    /// "112 establishments", or "12 of 112 establishments" when a filter hides some.
    virtual QString countText(int shown, int total) const = 0;
};

/// The row bookkeeping shared by the table models: a list of `Row` values, columns from `Column::Count`.
template <typename Row, typename Column>
class RowTableModel : public DatabaseTableModel
{
public:
    using DatabaseTableModel::DatabaseTableModel;

    void clear() override { setRows({}); }

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(Column::Count); }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
            return {};
        }
        return rowData(m_rows.at(index.row()), Column(index.column()), role);
    }

protected:
    virtual QVariant rowData(const Row& row, Column column, int role) const = 0;
    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }

private:
    QList<Row> m_rows;
};

} // namespace Palier
