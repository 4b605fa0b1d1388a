// SPDX-License-Identifier: GPL-3.0-or-later
#include "EstablishmentModel.h"

#include "db/Database.h"
#include "model/Identifiers.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Palier {

namespace {

QString selectSql(const QString& where)
{
    return QStringLiteral("SELECT e.id, e.finess_et, e.finess_ej, e.name, e.legal_status, s.label, e.category_label, "
                          "e.department_code, d.name, e.town, e.ght_code, g.short_name, g.name, e.siret, e.address, "
                          "e.postal_code, e.row_version "
                          "FROM establishment e "
                          "LEFT JOIN legal_status s ON s.code = e.legal_status "
                          "LEFT JOIN department d ON d.code = e.department_code "
                          "LEFT JOIN ght g ON g.code = e.ght_code %1 "
                          "ORDER BY e.name, e.finess_et")
        .arg(where);
}

/// The database column behind a table column; empty for a column that is not stored as such.
QString sqlColumn(EstablishmentColumn column)
{
    switch (column) {
    case EstablishmentColumn::FinessEt:
        return QStringLiteral("finess_et");
    case EstablishmentColumn::FinessEj:
        return QStringLiteral("finess_ej");
    case EstablishmentColumn::Name:
        return QStringLiteral("name");
    case EstablishmentColumn::Status:
        return QStringLiteral("legal_status");
    case EstablishmentColumn::Department:
        return QStringLiteral("department_code");
    case EstablishmentColumn::Town:
        return QStringLiteral("town");
    case EstablishmentColumn::Ght:
        return QStringLiteral("ght_code");
    case EstablishmentColumn::Siret:
        return QStringLiteral("siret");
    case EstablishmentColumn::Address:
        return QStringLiteral("address");
    case EstablishmentColumn::PostalCode:
        return QStringLiteral("postal_code");
    case EstablishmentColumn::Category:
    case EstablishmentColumn::Count:
        break;
    }
    return {};
}

} // namespace

EstablishmentModel::EstablishmentModel(QObject* parent)
    : RowTableModel(parent)
{}

EstablishmentRow EstablishmentModel::readRow(const QSqlQuery& query)
{
    EstablishmentRow row;
    row.id = query.value(0).toLongLong();
    row.finessEt = query.value(1).toString();
    row.finessEj = query.value(2).toString();
    row.name = query.value(3).toString();
    row.statusCode = query.value(4).toString();
    row.status = statusLabel(row.statusCode, query.value(5).toString());
    row.category = query.value(6).toString();
    row.departmentCode = query.value(7).toString();
    const QString departmentName = query.value(8).toString();
    row.department = departmentName.isEmpty() ? row.departmentCode
                                              : QStringLiteral("%1 (%2)").arg(departmentName, row.departmentCode);
    row.town = query.value(9).toString();
    row.ghtCode = query.value(10).toString();
    row.ghtShortName = query.value(11).toString();
    row.ghtName = query.value(12).toString();
    row.siret = query.value(13).toString();
    row.street = query.value(14).toString();
    row.postalCode = query.value(15).toString();
    row.version = query.value(16).toLongLong();
    QStringList address{row.street.trimmed(), QStringList{row.postalCode, row.town}.join(u' ').trimmed()};
    address.removeAll(QString());
    row.address = address.join(QStringLiteral(", "));
    return row;
}

Result<void> EstablishmentModel::load(const Database& db)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    bool ok = query.exec(selectSql({}));
    QList<EstablishmentRow> rows;
    while (ok && query.next()) {
        rows.append(readRow(query));
    }
    ok = ok && !query.lastError().isValid(); // a failure while stepping ends next() too
    setRows(ok ? std::move(rows) : QList<EstablishmentRow>());
    if (!ok) {
        return sqlError(tr("Cannot read the establishments of this database."), query);
    }
    return {};
}

Result<void> EstablishmentModel::refreshRecord(const Database& db, qint64 id, int row)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(selectSql(QStringLiteral("WHERE e.id = ?")));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        return sqlError(tr("Cannot read the establishment again after saving it."), query);
    }
    replaceRow(row, readRow(query));
    return {};
}

Result<void> EstablishmentModel::updateRecord(const Database& db, qint64 id, const QList<FieldValue>& values)
{
    QStringList assignments;
    for (const FieldValue& value : values) {
        assignments.append(sqlColumn(Column(value.column)) + QLatin1String(" = ?"));
    }
    QSqlQuery query(db.connection());
    query.prepare(
        QStringLiteral("UPDATE establishment SET %1 WHERE id = ?").arg(assignments.join(QStringLiteral(", "))));
    for (const FieldValue& value : values) {
        const QString text = value.value.toString().trimmed();
        // An empty optional value is stored as NULL, never as an empty string.
        query.addBindValue(text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text));
    }
    query.addBindValue(id);
    if (!query.exec()) {
        if (query.lastError().nativeErrorCode() == QLatin1String("2067")) { // SQLITE_CONSTRAINT_UNIQUE
            return sqlError(tr("Another establishment already has this FINESS number."), query);
        }
        return sqlError(tr("Cannot save the changes to this establishment."), query);
    }
    return {};
}

QString EstablishmentModel::countText(int shown, int total) const
{
    if (shown == total) {
        return tr("%Ln establishment(s)", "", total);
    }
    return tr("%1 of %Ln establishment(s)", "", total).arg(shown);
}

QString EstablishmentModel::rowName(int row) const
{
    return rowAt(row).name;
}

qint64 EstablishmentModel::recordId(int row) const
{
    return row >= 0 && row < rowCount() ? rowAt(row).id : -1;
}

QString EstablishmentModel::versionedTable() const
{
    return QStringLiteral("establishment");
}

qint64 EstablishmentModel::recordVersion(int row) const
{
    return row >= 0 && row < rowCount() ? rowAt(row).version : -1;
}

bool EstablishmentModel::isColumnEditable(int column) const
{
    return !sqlColumn(Column(column)).isEmpty();
}

QString EstablishmentModel::invalidReason(int column, const QVariant& value) const
{
    const QString text = value.toString().trimmed();
    switch (Column(column)) {
    case Column::FinessEt:
        return Identifiers::finessError(text);
    case Column::FinessEj:
        return text.isEmpty() ? QString() : Identifiers::finessError(text);
    case Column::Siret:
        return text.isEmpty() ? QString() : Identifiers::siretError(text);
    case Column::Name:
        return text.isEmpty() ? tr("The name cannot be empty.") : QString();
    case Column::Status:
        return text.isEmpty() ? tr("Choose a legal status.") : QString();
    default:
        return {};
    }
}

QVariant EstablishmentModel::rowData(const EstablishmentRow& row, Column column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return display(row, column);
    case Qt::EditRole:
        return editValue(row, column);
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

QVariant EstablishmentModel::editValue(const EstablishmentRow& row, Column column)
{
    switch (column) {
    case Column::Status:
        return row.statusCode;
    case Column::Department:
        return row.departmentCode;
    case Column::Ght:
        return row.ghtCode;
    case Column::Address:
        return row.street;
    default:
        return display(row, column);
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
    case Column::Siret:
        return row.siret;
    case Column::Address:
        return row.street;
    case Column::PostalCode:
        return row.postalCode;
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
    case Column::Siret:
        return tr("SIRET");
    case Column::Address:
        return tr("Address");
    case Column::PostalCode:
        return tr("Postal Code");
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
