// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseTableModel.h"

#include "db/Database.h"
#include "db/RowVersion.h"

namespace Palier {

QString DatabaseTableModel::rowName(int row) const
{
    return index(row, 0).data().toString();
}

qint64 DatabaseTableModel::recordId(int) const
{
    return -1;
}

int DatabaseTableModel::rowOfRecord(qint64 id) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (recordId(row) == id) {
            return row;
        }
    }
    return -1;
}

Qt::ItemFlags DatabaseTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && isColumnEditable(index.column()) && recordId(index.row()) >= 0) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

bool DatabaseTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !(flags(index) & Qt::ItemIsEditable) || !invalidReason(index.column(), value).isEmpty()) {
        return false;
    }
    QMap<int, QVariant>& pending = m_pending[index.row()];
    // An empty text and no value are the same stored NULL: neither is a change of the other.
    const QVariant stored = storedValue(index);
    const bool unchanged = stored == value || (stored.toString().isEmpty() && value.toString().isEmpty() &&
                                               stored.userType() != QMetaType::QDate);
    if (unchanged) {
        pending.remove(index.column());
    } else {
        pending.insert(index.column(), value);
    }
    if (pending.isEmpty()) {
        m_pending.remove(index.row());
    }
    Q_EMIT dataChanged(index, index, {Qt::EditRole});
    return true;
}

QString DatabaseTableModel::invalidReason(int, const QVariant&) const
{
    return {};
}

QList<DatabaseTableModel::PendingEdit> DatabaseTableModel::pendingEdits(int row) const
{
    QList<PendingEdit> edits;
    const QMap<int, QVariant> pending = m_pending.value(row);
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        edits.append({it.key(), storedValue(index(row, it.key())), it.value()});
    }
    return edits;
}

void DatabaseTableModel::revertRow(int row)
{
    if (m_pending.remove(row) > 0) {
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1), {Qt::EditRole});
    }
}

Result<void> DatabaseTableModel::writeRecord(const Database& db, qint64 id, const QList<FieldValue>& values)
{
    Result<void> written = write(db, id, values);
    if (!written && !m_conflict) {
        Q_EMIT writeFailed(written.error().message);
    }
    return written;
}

Result<void> DatabaseTableModel::write(const Database& db, qint64 id, const QList<FieldValue>& values)
{
    m_conflict.reset();
    const int row = rowOfRecord(id);
    for (const FieldValue& value : values) {
        if (!isColumnEditable(value.column)) {
            return Error{QStringLiteral("gui.read-only"), tr("This value cannot be changed here."),
                         QStringLiteral("column %1").arg(value.column)};
        }
        if (const QString reason = invalidReason(value.column, value.value); !reason.isEmpty()) {
            return Error{QStringLiteral("gui.invalid"), reason, QStringLiteral("column %1").arg(value.column)};
        }
    }
    if (Result<void> written = writeChecked(db, id, row, values); !written) {
        if (written.error().code == QLatin1String("db.conflict") && row >= 0) {
            // Rolled back: the row shows the record as the colleague left it, and the conflict keeps both sides.
            Conflict conflict{id, editableValues(row), {}, values, {}, {}};
            if (Result<void> refreshed = refreshRecord(db, id, row); !refreshed) {
                return refreshed;
            }
            conflict.theirs = editableValues(row);
            const LastChange last = lastChange(db, versionedTable(), id);
            conflict.user = last.user;
            conflict.at = last.at;
            m_conflict = conflict;
        }
        return written;
    }
    if (row >= 0) {
        m_pending.remove(row);
        return refreshRecord(db, id, row);
    }
    return {};
}

Result<void> DatabaseTableModel::writeChecked(const Database& db, qint64 id, int row, const QList<FieldValue>& values)
{
    // The version the values were read at, before the write changes the row.
    const qint64 version = row >= 0 ? recordVersion(row) : -1;
    // One transaction per edit: it is the unit of the audit trail.
    TransactionGuard transaction(db);
    if (!transaction.started()) {
        return transaction.started();
    }
    if (Result<void> updated = updateRecord(db, id, values); !updated) {
        return updated;
    }
    if (version > 0 && !versionedTable().isEmpty()) {
        if (Result<qint64> confirmed = confirmUpdatedVersion(db, versionedTable(), id, version); !confirmed) {
            return confirmed.error();
        }
    }
    return transaction.commit();
}

QList<FieldValue> DatabaseTableModel::editableValues(int row) const
{
    QList<FieldValue> values;
    for (int column = 0; column < columnCount(); ++column) {
        if (isColumnEditable(column)) {
            values.append({column, storedValue(index(row, column))});
        }
    }
    return values;
}

bool DatabaseTableModel::isColumnEditable(int) const
{
    return false;
}

QString DatabaseTableModel::versionedTable() const
{
    return {};
}

qint64 DatabaseTableModel::recordVersion(int) const
{
    return -1;
}

QVariant DatabaseTableModel::storedValue(const QModelIndex& index) const
{
    return index.data(Qt::EditRole);
}

Result<void> DatabaseTableModel::updateRecord(const Database&, qint64 id, const QList<FieldValue>&)
{
    return Error{QStringLiteral("gui.read-only"), tr("This table cannot be changed here."),
                 QStringLiteral("record %1").arg(id)};
}

Result<void> DatabaseTableModel::refreshRecord(const Database& db, qint64, int)
{
    return load(db);
}

std::optional<QVariant> DatabaseTableModel::pendingValue(const QModelIndex& index) const
{
    const auto row = m_pending.constFind(index.row());
    if (row == m_pending.cend()) {
        return std::nullopt;
    }
    const auto value = row->constFind(index.column());
    if (value == row->cend()) {
        return std::nullopt;
    }
    return *value;
}

} // namespace Palier
