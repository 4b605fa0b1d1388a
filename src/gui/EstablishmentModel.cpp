// SPDX-License-Identifier: GPL-3.0-or-later
#include "EstablishmentModel.h"

#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Palier {

EstablishmentModel::EstablishmentModel(QObject* parent)
    : RowTableModel(parent)
{}

Result<void> EstablishmentModel::load(const Database& db)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    bool ok = query.exec(QStringLiteral(
        "SELECT e.finess_et, e.finess_ej, e.name, e.legal_status, s.label, e.category_label, e.department_code, "
        "d.name, e.town, g.short_name, g.name, e.address, e.postal_code "
        "FROM establishment e "
        "LEFT JOIN legal_status s ON s.code = e.legal_status "
        "LEFT JOIN department d ON d.code = e.department_code "
        "LEFT JOIN ght g ON g.code = e.ght_code "
        "ORDER BY e.name, e.finess_et"));
    QList<EstablishmentRow> rows;
    while (ok && query.next()) {
        EstablishmentRow row;
        row.finessEt = query.value(0).toString();
        row.finessEj = query.value(1).toString();
        row.name = query.value(2).toString();
        row.status = statusLabel(query.value(3).toString(), query.value(4).toString());
        row.category = query.value(5).toString();
        const QString departmentCode = query.value(6).toString();
        const QString departmentName = query.value(7).toString();
        row.department =
            departmentName.isEmpty() ? departmentCode : QStringLiteral("%1 (%2)").arg(departmentName, departmentCode);
        row.town = query.value(8).toString();
        row.ghtShortName = query.value(9).toString();
        row.ghtName = query.value(10).toString();
        QStringList address{query.value(11).toString().trimmed(),
                            QStringList{query.value(12).toString(), row.town}.join(u' ').trimmed()};
        address.removeAll(QString());
        row.address = address.join(QStringLiteral(", "));
        rows.append(std::move(row));
    }
    ok = ok && !query.lastError().isValid(); // a failure while stepping ends next() too
    setRows(ok ? std::move(rows) : QList<EstablishmentRow>());
    if (!ok) {
        return sqlError(tr("Cannot read the establishments of this database."), query);
    }
    return {};
}

QString EstablishmentModel::countText(int shown, int total) const
{
    if (shown == total) {
        return tr("%n establishment(s)", "", total);
    }
    return tr("%1 of %n establishment(s)", "", total).arg(shown);
}

QVariant EstablishmentModel::rowData(const EstablishmentRow& row, Column column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return display(row, column);
    case Qt::ToolTipRole:
        // The whole text, since narrow columns cut it, with the address under the name.
        if (column == Column::Ght) {
            return row.ghtName;
        }
        if (column == Column::Name && !row.address.isEmpty()) {
            return QStringLiteral("%1\n%2").arg(row.name, row.address);
        }
        return display(row, column);
    default:
        return {};
    }
}

QVariant EstablishmentModel::display(const EstablishmentRow& row, Column column)
{
    switch (column) {
    case Column::FinessEt:
        return row.finessEt;
    case Column::FinessEj:
        return row.finessEj;
    case Column::Name:
        return row.name;
    case Column::Status:
        return row.status;
    case Column::Category:
        return row.category;
    case Column::Department:
        return row.department;
    case Column::Town:
        return row.town;
    case Column::Ght:
        return row.ghtShortName.isEmpty() ? row.ghtName : row.ghtShortName;
    case Column::Count:
        break;
    }
    return {};
}

QVariant EstablishmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(section)) {
    case Column::FinessEt:
        return tr("FINESS ET");
    case Column::FinessEj:
        return tr("FINESS EJ");
    case Column::Name:
        return tr("Name");
    case Column::Status:
        return tr("Status");
    case Column::Category:
        return tr("Category");
    case Column::Department:
        return tr("Department");
    case Column::Town:
        return tr("Town");
    case Column::Ght:
        return tr("GHT");
    case Column::Count:
        break;
    }
    return {};
}

QString EstablishmentModel::statusLabel(const QString& code, const QString& fallback)
{
    if (code == QLatin1String("public")) {
        return tr("Public");
    }
    if (code == QLatin1String("prive_lucratif")) {
        return tr("Private for-profit");
    }
    if (code == QLatin1String("prive_non_lucratif")) {
        return tr("Private non-profit (ESPIC)");
    }
    if (code == QLatin1String("clcc")) {
        return tr("Cancer centre (CLCC)");
    }
    return fallback.isEmpty() ? code : fallback;
}

} // namespace Palier
