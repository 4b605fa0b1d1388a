// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QVariant>

class QSqlQuery;

namespace Palier {

class Database;

/// A small table of figures behind one card of the dashboard, read by its table view and by its chart (through a
/// Qt Charts model mapper). Qt::DisplayRole holds the raw value (a number, a date), as the mappers need it; the
/// view formats it in French through DashboardDelegate, which reads the column's kind from KindRole. Amounts are
/// in euros, shares in percent.
class DashboardTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// How a column reads.
    enum class Kind { Text, Count, Amount, Percent, Date, DaysLeft };
    static constexpr int KindRole = Qt::UserRole + 1;
    /// The code naming a row ("D3", "public", "93", 2021): what a click on its bar filters on.
    static constexpr int KeyRole = Qt::UserRole + 2;

    struct ColumnSpec
    {
        QString title; ///< short: it also names the bar set in the chart's legend
        Kind kind = Kind::Text;
        QString toolTip; ///< what the column counts, in full
    };

    using QAbstractTableModel::QAbstractTableModel;

    /// Replaces the rows with those of `db`; on error the model is left empty.
    virtual Result<void> load(const Database& db) = 0;
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The code of `row` (see KeyRole).
    QVariant key(int row) const;
    /// The raw value of a cell.
    QVariant value(int row, int column) const;

protected:
    void setColumns(QList<ColumnSpec> columns) { m_columns = std::move(columns); }
    /// One row: its key, then one value per column.
    struct Row
    {
        QVariant key;
        QVariantList values;
    };
    void setRows(QList<Row> rows);
    const QList<Row>& rows() const { return m_rows; }
    /// A cell coloured red: an overdue date.
    virtual bool isAlert(int row, int column) const;

    /// Euros from cents, for the Amount columns.
    static double euros(qint64 cents) { return double(cents) / 100.0; }
    /// `part` in percent of `total`; 0 when the total is 0.
    static double percent(double part, double total) { return total > 0 ? 100.0 * part / total : 0.0; }

private:
    QList<ColumnSpec> m_columns;
    QList<Row> m_rows;
};

} // namespace Palier
