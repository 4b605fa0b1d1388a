// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportTableModel.h"
#include "import/Importer.h"

namespace Palier {

/// The rows an import rejected or warned about: line of the file, column, reason.
class IssueTableModel : public ReportTableModel
{
    Q_OBJECT

public:
    enum class Column { Line, SourceColumn, Reason, Count };

    using ReportTableModel::ReportTableModel;

    void setIssues(const QList<RowIssue>& issues);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int reportRowCount() const override;
    int reportColumnCount() const override { return int(Column::Count); }
    QVariant cell(int row, int column) const override;

private:
    QList<RowIssue> m_issues;
};

} // namespace Palier
