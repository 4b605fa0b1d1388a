// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/SourceTable.h"

#include <QAbstractTableModel>

namespace Palier {

/// The first rows of a file as the reader sees them: the header names the columns ("Column 3" where there is
/// none), the vertical header gives each row's line in the file, as the validation report does.
class PreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setPreview(const TablePreview& preview);
    void clear() { setPreview({}); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The names of the columns, as the header shows them.
    QStringList columnNames() const;
    /// The name of column `column` in a file without header: "Column 3 (C)".
    static QString genericColumnName(int column);

private:
    TablePreview m_preview;
    int m_columns = 0;
};

} // namespace Palier
