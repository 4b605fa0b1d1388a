// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/Importer.h"

#include <QAbstractTableModel>

namespace Palier {

/// What an import changes in records that exist already: one row per changed value, with the line of the file,
/// the record's key, the field, and the value before and after.
class UpdateTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Line, Key, Field, Before, After, Count };

    using QAbstractTableModel::QAbstractTableModel;

    /// `kind` gives the labels of the fields.
    void setUpdates(ImportKind kind, const QList<RowUpdate>& updates);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

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
