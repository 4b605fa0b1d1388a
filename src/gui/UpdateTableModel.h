// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportTableModel.h"
#include "import/Importer.h"

namespace Palier {

/// What an import changes in records that exist already: one row per changed value, with the line of the file,
/// the record's key, the field, and the value before and after.
class UpdateTableModel : public ReportTableModel
{
    Q_OBJECT

public:
    enum class Column { Line, Key, Field, Before, After, Count };

    using ReportTableModel::ReportTableModel;

    /// `kind` gives the labels of the fields.
    void setUpdates(ImportKind kind, const QList<RowUpdate>& updates);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int reportRowCount() const override;
    int reportColumnCount() const override { return int(Column::Count); }
    QVariant cell(int row, int column) const override;

private:
    struct Change
    {
        int line = 0;
        QString key;
        QString field;
        QString before;
        QString after;
    };
    QList<Change> m_changes;
};

} // namespace Palier
