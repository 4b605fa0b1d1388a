// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "prerequisites/Prerequisites.h"

#include <QAbstractTableModel>

namespace Palier {

class Database;

/// The prerequisites P1–P4 of one establishment, one row per indicator: value, target and status. The value is
/// editable; it is checked and written at once through setIndicatorValue() (an empty value clears it).
class PrerequisitesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Prerequisite, Indicator, Value, Target, Status, Count };

    using QAbstractTableModel::QAbstractTableModel;

    /// Reads the prerequisites of `establishmentId` in `db` (kept for writing); a null `db` empties the model.
    Result<void> load(const Database* db, qint64 establishmentId);
    bool eligible() const { return m_data.eligible; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /// The colour showing `status`: green reached, red not reached, grey not filled in.
    static QColor statusColor(IndicatorStatus status);

Q_SIGNALS:
    /// A value could not be written: `message` says why.
    void writeFailed(const QString& message);

private:
    struct Row
    {
        QString prerequisiteCode;
        QString prerequisite;
        IndicatorAssessment assessment;
    };
    QString display(const Row& row, Column column) const;

    const Database* m_db = nullptr;
    qint64 m_establishmentId = -1;
    EstablishmentPrerequisites m_data;
    QList<Row> m_rows;
};

} // namespace Palier
