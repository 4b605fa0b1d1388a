// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolidation/ConsolidationSchema.h"

#include "consolidation/Consolidation.h"
#include "db/Database.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace Palier {

namespace {

Error schemaError(const QSqlQuery& query)
{
    return sqlError(Consolidation::tr("Cannot read the structure of the national database."), query);
}

/// The columns of one index, in order.
Result<QList<int>> indexColumns(const Database& db, const QString& index, const QStringList& columns)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("PRAGMA index_info(%1)").arg(quotedName(index)))) {
        return schemaError(query);
    }
    QList<int> result;
    while (query.next()) {
        result.append(int(columns.indexOf(query.value(2).toString())));
    }
    return result;
}

Result<TableSchema> readTable(const Database& db, const QString& name, const QString& sql)
{
    TableSchema table;
    table.name = name;
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quotedName(name)))) {
        return schemaError(query);
    }
    QMap<int, int> primaryKey; // position in the key → column
    QStringList types;
    while (query.next()) {
        table.columns.append(query.value(1).toString());
        types.append(query.value(2).toString());
        if (const int pk = query.value(5).toInt(); pk > 0) {
            primaryKey.insert(pk, int(table.columns.size()) - 1);
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quotedName(name)))) {
        return schemaError(query);
    }
    while (query.next()) {
        table.foreignKeys.append({int(table.columns.indexOf(query.value(3).toString())), query.value(2).toString(),
                                  query.value(4).toString()});
    }

    // One INTEGER primary key column is SQLite's row id: a number that means something in its own file only.
    static const QRegularExpression pinnedId(QStringLiteral(R"(CHECK\s*\(\s*id\s*=\s*1\s*\))"),
                                             QRegularExpression::CaseInsensitiveOption);
    const QList<int> pkColumns = primaryKey.values();
    if (pkColumns.size() == 1 &&
        types.at(pkColumns.first()).compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0 &&
        !table.foreignKeyOf(pkColumns.first())) {
        if (pinnedId.match(sql).hasMatch()) {
            table.singleton = true;
            table.naturalKey = pkColumns;
        } else {
            table.rowIdColumn = pkColumns.first();
        }
    } else {
        table.naturalKey = pkColumns;
    }
    if (table.hasRowId()) {
        // The first UNIQUE constraint names the row across files (index_list lists the latest index first).
        if (!query.exec(QStringLiteral("PRAGMA index_list(%1)").arg(quotedName(name)))) {
            return schemaError(query);
        }
        QList<QString> uniques;
        while (query.next()) {
            if (query.value(2).toInt() == 1 && query.value(3).toString() == QLatin1String("u") &&
                query.value(4).toInt() == 0) {
                uniques.prepend(query.value(1).toString());
            }
        }
        query.finish();
        if (!uniques.isEmpty()) {
            Result<QList<int>> key = indexColumns(db, uniques.first(), table.columns);
            if (!key) {
                return key.error();
            }
            table.naturalKey = key.value();
        }
    }
    return table;
}

} // namespace

QString quotedName(const QString& name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

const ForeignKeyColumn* TableSchema::foreignKeyOf(int column) const
{
    for (const ForeignKeyColumn& key : foreignKeys) {
        if (key.column == column) {
            return &key;
        }
    }
    return nullptr;
}

const TableSchema* DatabaseSchema::table(const QString& name) const
{
    for (const TableSchema& t : tables) {
        if (t.name == name) {
            return &t;
        }
    }
    return nullptr;
}

Result<DatabaseSchema> readSchema(const Database& db)
{
    DatabaseSchema schema;
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
                                   "ORDER BY rowid"))) {
        return schemaError(query);
    }
    QList<std::pair<QString, QString>> tables;
    while (query.next()) {
        const QString type = query.value(0).toString();
        const QString name = query.value(1).toString();
        const QString sql = query.value(2).toString();
        if (type == QLatin1String("table")) {
            // The audit trail stays in each regional file (see Consolidation.h).
            if (name.startsWith(QLatin1String("audit_"))) {
                schema.skipped.append(name);
            } else {
                tables.append({name, sql});
            }
        } else if (type == QLatin1String("index") && !sql.isEmpty()) {
            schema.indexes.append({name, sql, sql.contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive)});
        } else if (type == QLatin1String("trigger")) {
            schema.triggers.append({name, sql, false});
        }
    }
    query.finish();

    QList<TableSchema> pending;
    for (const auto& [name, sql] : tables) {
        Result<TableSchema> table = readTable(db, name, sql);
        if (!table) {
            return table.error();
        }
        pending.append(table.value());
    }
    // Referenced tables first (a table referring to itself is fine: its ids are all known before its rows go in).
    QSet<QString> placed;
    while (!pending.isEmpty()) {
        bool progressed = false;
        for (qsizetype i = 0; i < pending.size(); ++i) {
            bool ready = true;
            for (const ForeignKeyColumn& key : pending.at(i).foreignKeys) {
                if (key.table != pending.at(i).name && !placed.contains(key.table) &&
                    !schema.skipped.contains(key.table)) {
                    ready = false;
                    break;
                }
            }
            if (ready) {
                placed.insert(pending.at(i).name);
                schema.tables.append(pending.takeAt(i));
                progressed = true;
                break;
            }
        }
        if (!progressed) {
            return Error{QStringLiteral("consolidation.schema"),
                         Consolidation::tr("The tables of the database refer to each other in a circle: they cannot be "
                                           "copied. Report the problem with its details."),
                         pending.first().name};
        }
    }
    return schema;
}

} // namespace Palier
