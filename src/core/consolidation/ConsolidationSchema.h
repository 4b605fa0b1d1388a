// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the consolidation: what the schema of a database says about each table's keys, read from SQLite's
// own description of it (PRAGMA table_info, foreign_key_list, index_list, index_info).

#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Palier {

class Database;

struct ForeignKeyColumn
{
    int column = 0;       ///< index in TableSchema::columns
    QString table;        ///< the table referred to
    QString targetColumn; ///< its column
};

struct TableSchema
{
    QString name;
    QStringList columns;
    int rowIdColumn = -1;   ///< the INTEGER PRIMARY KEY column when the table has one (and it is not a foreign key)
    bool singleton = false; ///< CHECK (id = 1): one row per file
    QList<int> naturalKey;  ///< columns identifying a row across files; empty: none
    QList<ForeignKeyColumn> foreignKeys;

    bool hasRowId() const { return rowIdColumn >= 0; }
    /// The foreign key of column `column`, or nullptr.
    const ForeignKeyColumn* foreignKeyOf(int column) const;
};

struct SchemaObject
{
    QString name;
    QString sql;
    bool unique = false;
};

struct DatabaseSchema
{
    QList<TableSchema> tables;   ///< the tables to copy, referenced tables before the tables referring to them
    QStringList skipped;         ///< the audit trail's tables
    QList<SchemaObject> indexes; ///< explicit indexes (CREATE INDEX)
    QList<SchemaObject> triggers;

    const TableSchema* table(const QString& name) const;
};

/// `name` as an SQL identifier: "name", inner quotes doubled.
QString quotedName(const QString& name);

/// Reads the schema of `db`.
Result<DatabaseSchema> readSchema(const Database& db);

} // namespace Palier
