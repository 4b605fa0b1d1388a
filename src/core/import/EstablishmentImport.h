// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ImportRows.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <array>

// Internal to the import: establishments, validated row by row (EstablishmentRows.cpp) and upserted by FINESS
// number (EstablishmentImport.cpp).

namespace Palier {

struct Department;

namespace EstablishmentData {

/// The stored columns, in the order of the SQL statements.
enum Column {
    CFinessEj,
    CName,
    CStatus,
    CCategoryCode,
    CCategoryLabel,
    CDepartment,
    CGht,
    CSiret,
    CAddress,
    CPostalCode,
    CTown,
    CSizeClass
};
constexpr int ColumnCount = CSizeClass + 1;

using Values = std::array<QString, ColumnCount>;

/// The field key (ImportField::key) and SQL column of each stored column.
QLatin1String fieldKey(int column);
const char* sqlColumn(int column);

/// What the database already holds, and what rows refer to.
struct Lookup
{
    struct Existing
    {
        qint64 id = 0;
        Values values;
    };
    QHash<QString, Existing> existing;                  ///< by FINESS ET
    QHash<QString, const Palier::Department*> byPrefix; ///< "01", "2A", "9701": how FINESS numbers start
    QSet<QString> departments;                          ///< the codes of the department table
    QSet<QString> ghts;                                 ///< the codes of the ght table
    // Caches: a national file repeats a few hundred distinct values over 100,000 rows.
    QHash<QString, QString> statusTexts;      ///< status cell → legal_status code (or empty)
    QHash<QString, QString> statusAttributes; ///< category, SPH code and labels, joined → code (or empty)
    QHash<QString, QString> departmentTexts;  ///< department cell → department code (or empty)
};

/// A row turned into column values. `provided` has bit c set when the row gives column c.
struct RowValues
{
    QString finess; ///< empty when the key is invalid
    Values values;
    quint32 provided = 0;
};

/// The source columns of the fields readRow() reads.
FieldColumns fieldColumns(const ColumnMapping& mapping);

/// Validates a row against `lookup`; problems go through `row`.
RowValues readRow(RowView& row, Lookup& lookup);

} // namespace EstablishmentData

} // namespace Palier
