// SPDX-License-Identifier: GPL-3.0-or-later
#include "IssueTableModel.h"

namespace Palier {

void IssueTableModel::setIssues(const QList<RowIssue>& issues)
{
    beginResetModel();
    m_issues = issues;
    endResetModel();
}

int IssueTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int IssueTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant IssueTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const RowIssue& issue = m_issues.at(index.row());
    if (role == Qt::TextAlignmentRole && Column(index.column()) == Column::Line) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (Column(index.column())) {
    case Column::Line:
        return issue.line;
    case Column::SourceColumn:
        return issue.column;
    case Column::Reason:
        return issue.reason;
    case Column::Count:
        break;
    }
    return {};
}

QVariant IssueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(section)) {
    case Column::Line:
        return tr("Line");
    case Column::SourceColumn:
        return tr("Column");
    case Column::Reason:
        return tr("Reason");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace Palier
