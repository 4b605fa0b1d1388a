// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardTableModel.h"

#include <QBrush>
#include <QColor>

namespace Palier {

void DashboardTableModel::clear()
{
    setRows({});
}

void DashboardTableModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int DashboardTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DashboardTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant DashboardTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Kind kind = m_columns.at(index.column()).kind;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return value(index.row(), index.column());
    case Qt::ToolTipRole:
        // A long label (a milestone, an establishment) reads in full where the column cuts it.
        return kind == Kind::Text ? value(index.row(), index.column()) : QVariant();
    case KindRole:
        return int(kind);
    case KeyRole:
        return key(index.row());
    case Qt::TextAlignmentRole:
        return kind == Kind::Text || kind == Kind::Date ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                        : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        return isAlert(index.row(), index.column()) ? QVariant(QBrush(QColor(190, 30, 30))) : QVariant();
    default:
        return {};
    }
}

QVariant DashboardTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < m_columns.size()) {
        if (role == Qt::DisplayRole) {
            return m_columns.at(section).title;
        }
        if (role == Qt::ToolTipRole && !m_columns.at(section).toolTip.isEmpty()) {
            return m_columns.at(section).toolTip;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

QVariant DashboardTableModel::key(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key : QVariant();
}

QVariant DashboardTableModel::value(int row, int column) const
{
    if (row < 0 || row >= m_rows.size()) {
        return {};
    }
    return m_rows.at(row).values.value(column);
}

bool DashboardTableModel::isAlert(int row, int column) const
{
    return m_columns.at(column).kind == Kind::DaysLeft && value(row, column).toLongLong() < 0;
}

} // namespace Palier
