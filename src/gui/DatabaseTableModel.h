// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>

#include <optional>

namespace Palier {

class Database;

/// A value for one column of a record, as written to the database.
struct FieldValue
{
    int column = 0;
    QVariant value;
};

/// A table computed from the database by one query: the base of the models behind the table pages.
/// Models whose rows are records may make some columns editable: setData() with Qt::EditRole keeps the value
/// pending (as QSqlTableModel does with OnManualSubmit) until pendingEdits() are written by an undo command
/// through writeRecord(); the displayed text stays the stored one until then.
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
    /// The name of a row in messages and undo entries ("CH de Valbrune").
    virtual QString rowName(int row) const;

    /// The database id of the record shown in `row`, or -1 for models whose rows are not records.
    virtual qint64 recordId(int row) const;
    /// The row showing the record `id`, or -1.
    int rowOfRecord(qint64 id) const;
    /// The `row_version` of the record in `row` as it was read, or -1 when unknown (not checked).
    virtual qint64 recordVersion(int row) const;

    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /// Why `value` cannot be stored in `column` (translated), or an empty string when it can.
    virtual QString invalidReason(int column, const QVariant& value) const;

    /// The values set on `row` and not written yet, with the stored values they replace.
    struct PendingEdit
    {
        int column = 0;
        QVariant before;
        QVariant after;
    };
    QList<PendingEdit> pendingEdits(int row) const;
    /// Forgets the values set on `row` and not written.
    void revertRow(int row);

    /// Writes `values` to the record `id` in one statement and shows the stored result in its row; a failure is
    /// also reported through writeFailed(), but a conflict: for models with a versionedTable(), the write is refused
    /// ("db.conflict") when someone else changed the record since it was read; the row then shows the record as it
    /// is now, and lastConflict() holds both sides for the caller to show.
    Result<void> writeRecord(const Database& db, qint64 id, const QList<FieldValue>& values);

    /// A write refused because the record changed meanwhile: the editable values as they were read (`base`), as
    /// they are now (`theirs`, also shown by the row since) and as the refused write wanted them (`mine`).
    struct Conflict
    {
        qint64 id = -1;
        QList<FieldValue> base;
        QList<FieldValue> theirs;
        QList<FieldValue> mine;
        QString user; ///< who made the last change, when the audit trail says
        QDateTime at;
    };
    /// The conflict of the last write, if it was refused as one.
    std::optional<Conflict> lastConflict() const { return m_conflict; }

Q_SIGNALS:
    /// A write failed: `message` says why, in words the user can act on.
    void writeFailed(const QString& message);

protected:
    virtual bool isColumnEditable(int column) const;
    /// The table whose `row_version` guards the writes of the records (RowVersion.h); empty: not checked.
    virtual QString versionedTable() const;
    /// The stored value of a cell for editing: a code where the table shows a label.
    virtual QVariant storedValue(const QModelIndex& index) const;
    /// Runs the UPDATE for `values` (every column editable, every value valid).
    virtual Result<void> updateRecord(const Database& db, qint64 id, const QList<FieldValue>& values);
    /// Reads the record `id` again after a write and shows it in `row`.
    virtual Result<void> refreshRecord(const Database& db, qint64 id, int row);

    /// The pending value of a cell, if any: what Qt::EditRole returns until it is written.
    std::optional<QVariant> pendingValue(const QModelIndex& index) const;
    /// Drops every pending value: the rows are about to change.
    void forgetPendingEdits() { m_pending.clear(); }

private:
    Result<void> write(const Database& db, qint64 id, const QList<FieldValue>& values);
    Result<void> writeChecked(const Database& db, qint64 id, int row, const QList<FieldValue>& values);
    QList<FieldValue> editableValues(int row) const;

    QHash<int, QMap<int, QVariant>> m_pending; ///< row → column → value
    std::optional<Conflict> m_conflict;
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
    /// QAbstractTableModel::index() without its three virtual calls: a sort or a search of the proxy asks for
    /// millions of indexes.
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override
    {
        return !parent.isValid() && row >= 0 && row < m_rows.size() && column >= 0 && column < int(Column::Count)
                   ? createIndex(row, column)
                   : QModelIndex();
    }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
            return {};
        }
        if (role == Qt::EditRole) {
            if (std::optional<QVariant> pending = pendingValue(index)) {
                return *pending;
            }
        }
        return rowData(m_rows.at(index.row()), Column(index.column()), role);
    }

protected:
    virtual QVariant rowData(const Row& row, Column column, int role) const = 0;
    QVariant storedValue(const QModelIndex& index) const override
    {
        return rowData(m_rows.at(index.row()), Column(index.column()), Qt::EditRole);
    }
    const Row& rowAt(int row) const { return m_rows.at(row); }
    void setRows(QList<Row> rows)
    {
        beginResetModel();
        forgetPendingEdits();
        m_rows = std::move(rows);
        endResetModel();
    }
    /// Adds `rows` after the last row (rows read in several steps); the rows already there keep their numbers.
    void appendRows(QList<Row> rows)
    {
        if (!rows.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
            m_rows.append(std::move(rows));
            endInsertRows();
        }
    }
    /// Shows `value` in place of the row `row`, e.g. after its record was written.
    void replaceRow(int row, Row value)
    {
        m_rows[row] = std::move(value);
        Q_EMIT dataChanged(index(row, 0), index(row, int(Column::Count) - 1));
    }

private:
    QList<Row> m_rows;
};

} // namespace Palier
