// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "prerequisites/Prerequisites.h"

#include <QAbstractTableModel>

namespace Palier {

class Database;

/// The prerequisites P1–P4 of one establishment, one row per indicator: value, target and status. The value is
/// editable; it is checked and written at once through writeIndicatorValue() (an empty value clears it), on the
/// version read: when someone else changed, entered or removed it meanwhile, nothing is written, the panel shows the
/// value as it is now and the conflict dialog (ConflictDialog) lets the user keep theirs or save their own.
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
    /// A refused edit was settled in the conflict dialog: `saved` when the user's choices were written, false when
    /// cancelled (the panel shows the value in the database).
    void conflictResolved(bool saved);

private:
    struct Row
    {
        QString prerequisiteCode;
        QString prerequisite;
        IndicatorAssessment assessment;
    };
    /// An edit refused because the value changed meanwhile: the value as the user saw it, as they wanted it and as
    /// it is now.
    struct Conflict
    {
        qint64 establishmentId = 0;
        PrerequisiteIndicator indicator;
        StoredIndicatorValue base;
        StoredIndicatorValue mine;
        StoredIndicatorValue theirs;
    };
    QString display(const Row& row, Column column) const;
    /// A value as the panel shows it ("yes", "92,5"), or "(not filled in)".
    QString valueText(const PrerequisiteIndicator& indicator, const std::optional<double>& value) const;
    /// Reads the model again for the establishment shown; says why when it cannot.
    void reload();
    void resolveConflict(Conflict conflict);

    const Database* m_db = nullptr;
    qint64 m_establishmentId = -1;
    EstablishmentPrerequisites m_data;
    QList<Row> m_rows;
};

} // namespace Palier
