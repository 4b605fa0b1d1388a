// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardFileModel.h"

#include "CandidatureModel.h"
#include "EstablishmentModel.h"
#include "Formats.h"
#include "db/Database.h"
#include "followup/FollowUpTypes.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Palier {

Result<void> DashboardFileModel::load(const Database& db)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    bool ok = query.exec(QStringLiteral(
        "SELECT c.id, e.name, e.finess_et, coalesce(e.department_code, ''), e.legal_status, d.code, c.state, "
        "coalesce(s.label, c.state), c.requested_cents, p.granted_cents, p.state, p.finished_on "
        "FROM candidature c JOIN establishment e ON e.id = c.establishment_id JOIN domain d ON d.id = c.domain_id "
        "LEFT JOIN candidature_state s ON s.code = c.state LEFT JOIN project p ON p.candidature_id = c.id "
        "ORDER BY e.name, d.sort_order"));
    QList<DashboardFileRow> rows;
    while (ok && query.next()) {
        DashboardFileRow row;
        row.id = query.value(0).toLongLong();
        row.establishment = query.value(1).toString();
        row.finess = query.value(2).toString();
        row.department = query.value(3).toString();
        row.status = query.value(4).toString();
        row.domain = query.value(5).toString();
        row.stateCode = query.value(6).toString();
        row.state = CandidatureModel::stateLabel(row.stateCode, query.value(7).toString());
        row.requestedCents = query.value(8).toLongLong();
        row.grantedCents = query.isNull(9) ? -1 : query.value(9).toLongLong();
        row.projectState = query.value(10).toString();
        row.finishedYear = query.isNull(11) ? 0 : query.value(11).toString().left(4).toInt();
        rows.append(row);
    }
    ok = ok && !query.lastError().isValid();
    setRows(ok ? std::move(rows) : QList<DashboardFileRow>());
    if (!ok) {
        return sqlError(tr("Cannot read the applications of this database."), query);
    }
    return {};
}

QString DashboardFileModel::countText(int shown, int total) const
{
    if (shown == total) {
        return tr("%Ln application(s)", "", total);
    }
    return tr("%1 of %Ln application(s)", "", total).arg(shown);
}

QString DashboardFileModel::rowName(int row) const
{
    return rowAt(row).establishment;
}

qint64 DashboardFileModel::recordId(int row) const
{
    return row >= 0 && row < rowCount() ? rowAt(row).id : -1;
}

QVariant DashboardFileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return RowTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Column::Establishment:
        return tr("Establishment");
    case Column::Finess:
        return tr("FINESS");
    case Column::Department:
        return tr("Department");
    case Column::Status:
        return tr("Status");
    case Column::Domain:
        return tr("Domain");
    case Column::State:
        return tr("State");
    case Column::Requested:
        return tr("Requested");
    case Column::Granted:
        return tr("Granted");
    case Column::ProjectState:
        return tr("Project");
    case Column::Finished:
        return tr("Finished in");
    case Column::Count:
        break;
    }
    return {};
}

QVariant DashboardFileModel::rowData(const DashboardFileRow& row, Column column, int role) const
{
    if (role == Qt::TextAlignmentRole) {
        return column == Column::Requested || column == Column::Granted ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                        : QVariant();
    }
    if (role == SortRole) {
        switch (column) {
        case Column::Requested:
            return row.requestedCents;
        case Column::Granted:
            return row.grantedCents;
        case Column::Finished:
            return row.finishedYear;
        default:
            return rowData(row, column, Qt::DisplayRole);
        }
    }
    // Qt::EditRole: the codes a click on a chart filters on.
    if (role == Qt::EditRole) {
        switch (column) {
        case Column::Department:
            return row.department;
        case Column::Status:
            return row.status;
        case Column::Domain:
            return row.domain;
        case Column::State:
            return row.stateCode;
        case Column::ProjectState:
            return row.projectState;
        case Column::Finished:
            return row.finishedYear;
        default:
            return rowData(row, column, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (column) {
    case Column::Establishment:
        return row.establishment;
    case Column::Finess:
        return row.finess;
    case Column::Department:
        return row.department;
    case Column::Status:
        return EstablishmentModel::statusLabel(row.status, row.status);
    case Column::Domain:
        return row.domain;
    case Column::State:
        return row.state;
    case Column::Requested:
        return Formats::amount(row.requestedCents);
    case Column::Granted:
        return row.grantedCents < 0 ? QString() : Formats::amount(row.grantedCents);
    case Column::ProjectState:
        if (const std::optional<ProjectState> state = projectStateFromCode(row.projectState)) {
            return projectStateLabel(*state);
        }
        return QString();
    case Column::Finished:
        return row.finishedYear > 0 ? QString::number(row.finishedYear) : QString();
    case Column::Count:
        break;
    }
    return {};
}

} // namespace Palier
