// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "workflow/History.h"

#include <QAbstractTableModel>

namespace Palier {

class Database;
class Workflow;

/// The changes of state of one file, oldest first: date, from → to, author, reason.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Date, Change, Author, Reason, Count };

    using QAbstractTableModel::QAbstractTableModel;

    /// Reads the history of `candidatureId`; the labels of the states come from `workflow`. Empties on error.
    Result<void> load(const Database& db, const Workflow& workflow, qint64 candidatureId);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        HistoryEntry entry;
        QString change;
    };
    QList<Row> m_rows;
};

} // namespace Palier
