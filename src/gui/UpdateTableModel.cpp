// SPDX-License-Identifier: GPL-3.0-or-later
#include "UpdateTableModel.h"

#include <QHash>

namespace Palier {

void UpdateTableModel::setUpdates(ImportKind kind, const QList<RowUpdate>& updates)
{
    QHash<QString, QString> labels;
    for (const ImportField& field : importFields(kind)) {
        labels.insert(field.key, field.label);
    }
    beginResetModel();
    m_changes.clear();
    for (const RowUpdate& update : updates) {
        for (const FieldChange& change : update.changes) {
            m_changes.append(
                {update.line, update.key, labels.value(change.field, change.field), change.before, change.after});
        }
    }
    endResetModel();
}

int UpdateTableModel::reportRowCount() const
{
    return int(m_changes.size());
}

QVariant UpdateTableModel::cell(int row, int column) const
{
    const Change& change = m_changes.at(row);
    switch (Column(column)) {
    case Column::Line:
        return change.line;
    case Column::Key:
        return change.key;
    case Column::Field:
        return change.field;
    case Column::Before:
        return change.before;
    case Column::After:
        return change.after;
    case Column::Count:
        break;
    }
    return {};
}

QVariant UpdateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(section)) {
    case Column::Line:
        return tr("Line");
    case Column::Key:
        return tr("Record");
    case Column::Field:
        return tr("Value");
    case Column::Before:
        return tr("Before");
    case Column::After:
        return tr("After");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace Palier
