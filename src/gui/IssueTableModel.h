// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/Importer.h"

#include <QAbstractTableModel>

namespace Palier {

/// The rows an import rejected or warned about: line of the file, column, reason.
class IssueTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Line, SourceColumn, Reason, Count };

    using QAbstractTableModel::QAbstractTableModel;

    void setIssues(const QList<RowIssue>& issues);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RowIssue> m_issues;
};

} // namespace Palier
