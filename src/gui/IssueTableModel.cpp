// SPDX-License-Identifier: GPL-3.0-or-later
#include "IssueTableModel.h"

namespace Palier {

void IssueTableModel::setIssues(const QList<RowIssue>& issues)
{
    beginResetModel();
    m_issues = issues;
    endResetModel();
}

int IssueTableModel::reportRowCount() const
{
    return int(m_issues.size());
}

QVariant IssueTableModel::cell(int row, int column) const
{
    const RowIssue& issue = m_issues.at(row);
    switch (Column(column)) {
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
