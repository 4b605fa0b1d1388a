// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseTableModel.h"

namespace Palier {

enum class DashboardFileColumn {
    Establishment,
    Finess,
    Department,
    Status,
    Domain,
    State,
    Requested,
    Granted,
    ProjectState,
    Finished,
    Count
};

/// One candidature as the list under the dashboard's charts shows it.
struct DashboardFileRow
{
    qint64 id = -1;
    QString establishment;
    QString finess;
    QString department;
    QString status; ///< legal status code
    QString domain; ///< domain code
    QString stateCode;
    QString state;
    qint64 requestedCents = 0;
    qint64 grantedCents = -1; ///< -1: no project
    QString projectState;     ///< code, empty without a project
    int finishedYear = 0;     ///< 0: not finished
};

/// The candidatures behind the dashboard's charts: clicking a bar keeps the rows of its domain, status,
/// department, project state or year of completion (Qt::EditRole holds those codes).
class DashboardFileModel : public RowTableModel<DashboardFileRow, DashboardFileColumn>
{
    Q_OBJECT

public:
    using Column = DashboardFileColumn;
    using RowTableModel::RowTableModel;

    Result<void> load(const Database& db) override;
    QString countText(int shown, int total) const override;
    QString rowName(int row) const override;
    qint64 recordId(int row) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QVariant rowData(const DashboardFileRow& row, Column column, int role) const override;
};

} // namespace Palier
