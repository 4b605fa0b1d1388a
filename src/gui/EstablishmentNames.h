// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QList>
#include <QStringList>

struct sqlite3;

namespace Palier {

/// The establishments that have files, as the candidatures page names them: "name (FINESS)".
struct EstablishmentNames
{
    QList<qint64> ids;
    QStringList names;
    QStringList finess;
    QStringList shown; ///< name and FINESS, the text the page shows and sorts
    /// firstCollatedRanks(shown, rankedFirst) when the reader ranked them too (rankedFirst > 0), else empty.
    QList<int> firstRanks;
    qsizetype rankedFirst = 0;
};

/// Reads the establishments that have files through an SQLite connection, in UTF-8 straight from SQLite: through
/// QSqlQuery, SQLite converts every text to UTF-16 itself and each cell becomes a QVariant, three times the cost of
/// these few thousand rows, which are read before the window first shows. Any thread may call it with its own
/// connection. The error's detail is SQLite's.
Result<EstablishmentNames> readEstablishmentNames(sqlite3* connection);

/// The query readEstablishmentNames() runs, for other drivers: id, name, FINESS.
QString establishmentNamesSql();

/// Adds one establishment to `names`.
void appendEstablishmentName(EstablishmentNames& names, qint64 id, QString name, QString finess);

} // namespace Palier
