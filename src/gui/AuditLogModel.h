// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditTrail.h"

#include <QAbstractTableModel>

namespace Palier {

class Database;

/// The entries of the audit trail, most recent first: when, who, what, which change, why.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, User, Entity, Id, Action, Change, Reason, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    Result<void> load(const Database& db, int limit);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "title: Ancien → Nouveau; state: recu → recevable": the recorded columns that differ.
    static QString describeChange(const AuditEntry& entry);

private:
    QList<AuditEntry> m_entries;
};

} // namespace Palier
