// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the consolidation: copies the rows of regional files into the national database, table by table, with
// the keys read by readSchema() (see Consolidation.h for the rules).

#include "Result.h"
#include "consolidation/Consolidation.h"
#include "consolidation/ConsolidationSchema.h"

#include <QHash>
#include <QList>
#include <QVariant>

namespace Palier {

class Database;

class TableCopier
{
public:
    TableCopier(const Database& national, const DatabaseSchema& schema);

    /// Copies every table of `source`, referenced tables first; the caller holds the national transaction.
    Result<void> copyFile(const Database& source);
    /// Per table, in copy order: rows copied, merged, in conflict, over every file copied so far.
    const QList<ConsolidationTable>& stats() const { return m_stats; }

private:
    /// The national value of foreign key `key` holding `value` in the regional file; false when it points nowhere.
    bool remap(const ForeignKeyColumn& key, QVariant& value) const;
    Result<void> copyTable(const Database& source, const TableSchema& table, ConsolidationTable& stats);
    Error dangling(const Database& source, const TableSchema& table, const ForeignKeyColumn& key,
                   const QVariantList& row) const;

    const Database& m_national;
    const DatabaseSchema& m_schema;
    QList<ConsolidationTable> m_stats;
    QHash<QString, QHash<qint64, qint64>> m_maps; ///< per table: regional id → national id, for the current file
};

} // namespace Palier
