// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace Palier {

/// A read-only table of what an import reports, one row per item, its first column the line of the file
/// (right-aligned). Subclasses give the size and the text of each cell; their headers stay their own.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    virtual int reportRowCount() const = 0;
    virtual int reportColumnCount() const = 0;
    /// The text of a cell, shown as is and as its tooltip.
    virtual QVariant cell(int row, int column) const = 0;
};

} // namespace Palier
