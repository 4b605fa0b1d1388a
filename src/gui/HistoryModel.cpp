// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryModel.h"

#include "CandidatureModel.h"
#include "workflow/Workflow.h"

#include <QTimeZone>

namespace Palier {

Result<void> HistoryModel::load(const Database& db, const Workflow& workflow, qint64 candidatureId)
{
    Result<QList<HistoryEntry>> entries = history(db, candidatureId);
    beginResetModel();
    m_rows.clear();
    if (entries) {
        for (const HistoryEntry& entry : entries.value()) {
            const QString to = CandidatureModel::stateLabel(entry.toState, workflow.label(entry.toState));
            const QString change =
                entry.fromState.isEmpty()
                    ? to
                    : QStringLiteral("%1 → %2").arg(
                          CandidatureModel::stateLabel(entry.fromState, workflow.label(entry.fromState)), to);
            m_rows.append({entry, change});
        }
    }
    endResetModel();
    if (!entries) {
        return entries.error();
    }
    return {};
}

void HistoryModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    switch (Column(index.column())) {
    case Column::Date:
        // Recorded in UTC, shown in the user's time, the French way.
        return row.entry.changedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    case Column::Change:
        return row.change;
    case Column::Author:
        return row.entry.author;
    case Column::Reason:
        return row.entry.reason;
    case Column::Count:
        break;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(section)) {
    case Column::Date:
        return tr("Date");
    case Column::Change:
        return tr("Change");
    case Column::Author:
        return tr("Author");
    case Column::Reason:
        return tr("Reason");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace Palier
