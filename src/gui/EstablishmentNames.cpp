// SPDX-License-Identifier: GPL-3.0-or-later
#include "EstablishmentNames.h"

#include <QCoreApplication>
#include <QStringBuilder>

#include <sqlite3.h>

namespace Palier {

QString establishmentNamesSql()
{
    // Only the establishments that have files: the registry may hold 100,000. DISTINCT: each establishment once in
    // the list of the subquery (2,800 for 6,600 files nationally), read in the order of the candidatures' index.
    return QStringLiteral("SELECT e.id, e.name, e.finess_et FROM establishment e "
                          "WHERE e.id IN (SELECT DISTINCT establishment_id FROM candidature)");
}

void appendEstablishmentName(EstablishmentNames& names, qint64 id, QString name, QString finess)
{
    names.ids.append(id);
    names.shown.append(name % u" (" % finess % u')'); // one allocation
    names.names.append(std::move(name));
    names.finess.append(std::move(finess));
}

Result<EstablishmentNames> readEstablishmentNames(sqlite3* connection)
{
    EstablishmentNames names;
    sqlite3_stmt* statement = nullptr;
    int status = sqlite3_prepare_v2(connection, establishmentNamesSql().toUtf8().constData(), -1, &statement, nullptr);
    const auto text = [&statement](int column) {
        return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, column)),
                                 sqlite3_column_bytes(statement, column));
    };
    while (status == SQLITE_OK && (status = sqlite3_step(statement)) == SQLITE_ROW) {
        appendEstablishmentName(names, sqlite3_column_int64(statement, 0), text(1), text(2));
        status = SQLITE_OK;
    }
    const QString detail = QString::fromUtf8(sqlite3_errmsg(connection));
    sqlite3_finalize(statement);
    if (status != SQLITE_DONE) {
        return Error{
            QStringLiteral("db.read"),
            QCoreApplication::translate("Palier::CandidatureModel", "Cannot read the applications of this database."),
            detail};
    }
    return names;
}

} // namespace Palier
