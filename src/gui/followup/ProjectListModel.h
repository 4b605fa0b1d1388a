// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseTableModel.h"
#include "followup/FollowUpTypes.h"

namespace Palier {

enum class ProjectColumn { Establishment, Finess, Domain, State, Granted, Paid, Due, Planned, Targets, Count };

/// One funded project as the follow-up table shows it.
struct ProjectRow
{
    Project project;
    int targetsReached = 0;
    int targetsTotal = 0;
};

/// The funded projects (listProjects()) with what was paid, is due and is planned, and how many of the usage
/// targets of their domain are reached.
class ProjectListModel : public RowTableModel<ProjectRow, ProjectColumn>
{
    Q_OBJECT

public:
    using Column = ProjectColumn;
    using RowTableModel::RowTableModel;

    Result<void> load(const Database& db) override;
    QString countText(int shown, int total) const override;
    QString rowName(int row) const override;
    qint64 recordId(int row) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const ProjectRow& project(int row) const { return rowAt(row); }

protected:
    QVariant rowData(const ProjectRow& row, Column column, int role) const override;
};

} // namespace Palier
