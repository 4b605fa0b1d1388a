// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectListModel.h"

#include "Formats.h"
#include "followup/Declarations.h"
#include "followup/Projects.h"

namespace Palier {

Result<void> ProjectListModel::load(const Database& db)
{
    Result<QList<Project>> projects = listProjects(db);
    if (!projects) {
        setRows({});
        return projects.error();
    }
    Result<QHash<qint64, ProjectTargets>> targets = allProjectTargets(db);
    if (!targets) {
        setRows({});
        return targets.error();
    }
    QList<ProjectRow> rows;
    rows.reserve(projects->size());
    for (const Project& project : projects.value()) {
        ProjectRow row{project};
        for (const ProjectUsageTarget& target : targets->value(project.id).targets) {
            ++row.targetsTotal;
            row.targetsReached += target.status == IndicatorStatus::Reached ? 1 : 0;
        }
        rows.append(row);
    }
    setRows(rows);
    return {};
}

QString ProjectListModel::countText(int shown, int total) const
{
    if (shown == total) {
        return tr("%Ln project(s)", "", total);
    }
    return tr("%1 of %Ln project(s)", "", total).arg(shown);
}

QString ProjectListModel::rowName(int row) const
{
    const Project& p = rowAt(row).project;
    return tr("%1, %2").arg(p.establishment, p.domainCode);
}

qint64 ProjectListModel::recordId(int row) const
{
    return row >= 0 && row < rowCount() ? rowAt(row).project.id : -1;
}

QVariant ProjectListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && Column(section) == Column::Targets) {
        return tr("Usage indicators of the domain at their target, out of all of them");
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return RowTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Column::Establishment:
        return tr("Establishment");
    case Column::Finess:
        return tr("FINESS");
    case Column::Domain:
        return tr("Domain");
    case Column::State:
        return tr("State");
    case Column::Granted:
        return tr("Granted");
    case Column::Paid:
        return tr("Paid");
    case Column::Due:
        return tr("Due");
    case Column::Planned:
        return tr("Planned");
    case Column::Targets:
        return tr("Targets");
    case Column::Count:
        break;
    }
    return {};
}

QVariant ProjectListModel::rowData(const ProjectRow& row, Column column, int role) const
{
    const Project& p = row.project;
    const bool money = column == Column::Granted || column == Column::Paid || column == Column::Due ||
                       column == Column::Planned || column == Column::Targets;
    if (role == Qt::TextAlignmentRole) {
        return money ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    if (role == SortRole || role == Qt::EditRole) {
        switch (column) {
        case Column::State:
            return projectStateCode(p.state);
        case Column::Granted:
            return p.grantedCents;
        case Column::Paid:
            return p.totals.paidCents;
        case Column::Due:
            return p.totals.dueCents;
        case Column::Planned:
            return p.totals.plannedCents;
        case Column::Targets:
            return row.targetsTotal > 0 ? double(row.targetsReached) / row.targetsTotal : -1.0;
        default:
            return rowData(row, column, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && column == Column::State && !p.stateReason.isEmpty()) {
        return p.stateReason;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case Column::Establishment:
        return p.establishment;
    case Column::Finess:
        return p.finess;
    case Column::Domain:
        return p.domainCode;
    case Column::State:
        return projectStateLabel(p.state);
    case Column::Granted:
        return Formats::amount(p.grantedCents);
    case Column::Paid:
        return Formats::amount(p.totals.paidCents);
    case Column::Due:
        return Formats::amount(p.totals.dueCents);
    case Column::Planned:
        return Formats::amount(p.totals.plannedCents);
    case Column::Targets:
        return row.targetsTotal > 0 ? tr("%1/%2").arg(row.targetsReached).arg(row.targetsTotal) : tr("—");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace Palier
