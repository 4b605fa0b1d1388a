// SPDX-License-Identifier: GPL-3.0-or-later
#include "CandidatureModel.h"

#include "Formats.h"
#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Palier {

CandidatureModel::CandidatureModel(QObject* parent)
    : RowTableModel(parent)
{}

Result<void> CandidatureModel::load(const Database& db)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    bool ok = query.exec(QStringLiteral(
        "SELECT e.name, e.finess_et, d.code, d.label, d.sort_order, c.title, c.requested_cents, c.state, s.label, "
        "s.sort_order, c.submitted_on, c.vendor "
        "FROM candidature c "
        "JOIN establishment e ON e.id = c.establishment_id "
        "JOIN domain d ON d.id = c.domain_id "
        "LEFT JOIN candidature_state s ON s.code = c.state "
        "ORDER BY e.name, d.sort_order"));
    QList<CandidatureRow> rows;
    while (ok && query.next()) {
        CandidatureRow row;
        row.establishmentName = query.value(0).toString();
        row.finessEt = query.value(1).toString();
        row.domainCode = query.value(2).toString();
        row.domainLabel = query.value(3).toString();
        row.domainOrder = query.value(4).toInt();
        row.title = query.value(5).toString();
        row.requestedCents = query.value(6).toLongLong();
        row.state = stateLabel(query.value(7).toString(), query.value(8).toString());
        row.stateOrder = query.value(9).toInt();
        row.submittedOn = QDate::fromString(query.value(10).toString(), Qt::ISODate);
        row.vendor = query.value(11).toString();
        rows.append(std::move(row));
    }
    ok = ok && !query.lastError().isValid(); // a failure while stepping ends next() too
    setRows(ok ? std::move(rows) : QList<CandidatureRow>());
    if (!ok) {
        return sqlError(tr("Cannot read the applications of this database."), query);
    }
    return {};
}

QString CandidatureModel::countText(int shown, int total) const
{
    if (shown == total) {
        return tr("%n application(s)", "", total);
    }
    return tr("%1 of %n application(s)", "", total).arg(shown);
}

QVariant CandidatureModel::rowData(const CandidatureRow& row, Column column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case SortRole:
        return sortKey(row, column);
    case Qt::ToolTipRole:
        // The whole text, since narrow columns cut it, with the vendor under the title.
        if (column == Column::Title && !row.vendor.isEmpty()) {
            return QStringLiteral("%1\n%2").arg(row.title, tr("Vendor: %1").arg(row.vendor));
        }
        return display(row, column);
    case Qt::TextAlignmentRole:
        if (column == Column::Requested) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    default:
        return {};
    }
}

QVariant CandidatureModel::display(const CandidatureRow& row, Column column)
{
    switch (column) {
    case Column::Establishment:
        return QStringLiteral("%1 (%2)").arg(row.establishmentName, row.finessEt);
    case Column::Domain:
        return QStringLiteral("%1 – %2").arg(row.domainCode, row.domainLabel);
    case Column::Title:
        return row.title;
    case Column::Requested:
        return Formats::amount(row.requestedCents);
    case Column::State:
        return row.state;
    case Column::Submitted:
        return Formats::shortDate(row.submittedOn);
    case Column::Count:
        break;
    }
    return {};
}

QVariant CandidatureModel::sortKey(const CandidatureRow& row, Column column)
{
    switch (column) {
    case Column::Domain:
        return row.domainOrder;
    case Column::Requested:
        return row.requestedCents;
    case Column::State:
        return row.stateOrder;
    case Column::Submitted:
        return row.submittedOn;
    default:
        return display(row, column);
    }
}

QVariant CandidatureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(section)) {
    case Column::Establishment:
        return tr("Establishment");
    case Column::Domain:
        return tr("Domain");
    case Column::Title:
        return tr("Title");
    case Column::Requested:
        return tr("Requested");
    case Column::State:
        return tr("State");
    case Column::Submitted:
        return tr("Submitted");
    case Column::Count:
        break;
    }
    return {};
}

QString CandidatureModel::stateLabel(const QString& code, const QString& fallback)
{
    if (code == QLatin1String("recu")) {
        return tr("Received");
    }
    if (code == QLatin1String("recevable")) {
        return tr("Admissible");
    }
    if (code == QLatin1String("irrecevable")) {
        return tr("Inadmissible");
    }
    if (code == QLatin1String("en_instruction")) {
        return tr("Under review");
    }
    if (code == QLatin1String("instruit")) {
        return tr("Reviewed");
    }
    return fallback.isEmpty() ? code : fallback;
}

} // namespace Palier
