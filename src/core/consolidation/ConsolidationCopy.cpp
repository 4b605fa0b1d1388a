// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolidation/ConsolidationCopy.h"

#include "db/Database.h"

#include <QDir>
#include <QSqlQuery>

namespace Palier {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

/// Whether two values read from SQLite are the same (NULL equals NULL here).
bool sameValue(const QVariant& a, const QVariant& b)
{
    if (a.isNull() || b.isNull()) {
        return a.isNull() && b.isNull();
    }
    if (a.typeId() == QMetaType::QByteArray || b.typeId() == QMetaType::QByteArray) {
        return a.toByteArray() == b.toByteArray();
    }
    return a.toString() == b.toString();
}

} // namespace

TableCopier::TableCopier(const Database& national, const DatabaseSchema& schema)
    : m_national(national)
    , m_schema(schema)
{
    for (const TableSchema& table : schema.tables) {
        m_stats.append({table.name, 0, 0, 0});
    }
}

Result<void> TableCopier::copyFile(const Database& source)
{
    m_maps.clear();
    for (qsizetype i = 0; i < m_schema.tables.size(); ++i) {
        if (Result<void> copied = copyTable(source, m_schema.tables.at(i), m_stats[i]); !copied) {
            return copied;
        }
    }
    return {};
}

bool TableCopier::remap(const ForeignKeyColumn& key, QVariant& value) const
{
    if (value.isNull()) {
        return true;
    }
    const TableSchema* target = m_schema.table(key.table);
    if (!target || !target->hasRowId() || target->columns.at(target->rowIdColumn) != key.targetColumn) {
        return true; // a code (region, state…): the same in every file
    }
    const auto map = m_maps.constFind(key.table);
    if (map == m_maps.cend() || !map->contains(value.toLongLong())) {
        return false;
    }
    value = map->value(value.toLongLong());
    return true;
}

Result<void> TableCopier::copyTable(const Database& source, const TableSchema& table, ConsolidationTable& stats)
{
    QStringList columns;
    for (const QString& column : table.columns) {
        columns.append(quotedName(column));
    }
    const QString columnList = columns.join(QStringLiteral(", "));
    QSqlQuery read(source.connection());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(columnList, quotedName(table.name)))) {
        return sqlError(Consolidation::tr("Cannot read the table %1 of “%2”.").arg(table.name, native(source.path())),
                        read);
    }
    QList<QVariantList> rows;
    while (read.next()) {
        QVariantList row;
        row.reserve(table.columns.size());
        for (int c = 0; c < table.columns.size(); ++c) {
            row.append(read.value(c));
        }
        rows.append(row);
    }
    read.finish();

    qint64 offset = 0;
    if (table.hasRowId()) {
        QSqlQuery max(m_national.connection());
        if (!max.exec(QStringLiteral("SELECT coalesce(max(%1), 0) FROM %2")
                          .arg(quotedName(table.columns.at(table.rowIdColumn)), quotedName(table.name))) ||
            !max.next()) {
            return sqlError(Consolidation::tr("Cannot write the national database."), max);
        }
        offset = max.value(0).toLongLong();
    }
    QHash<qint64, qint64>& map = m_maps[table.name];

    QSqlQuery lookup(m_national.connection());
    if (!table.naturalKey.isEmpty()) {
        QStringList conditions;
        for (const int c : table.naturalKey) {
            conditions.append(QStringLiteral("%1 IS NOT DISTINCT FROM ?").arg(quotedName(table.columns.at(c))));
        }
        lookup.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                           .arg(columnList, quotedName(table.name), conditions.join(QStringLiteral(" AND "))));
    }
    // First pass: foreign keys to other tables, then the natural key: already there, or a new id.
    QList<bool> insert(rows.size(), true);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QVariantList& row = rows[r];
        for (const ForeignKeyColumn& key : table.foreignKeys) {
            if (key.table != table.name && !remap(key, row[key.column])) {
                return dangling(source, table, key, row);
            }
        }
        const qint64 oldId = table.hasRowId() ? row.at(table.rowIdColumn).toLongLong() : 0;
        if (!table.naturalKey.isEmpty()) {
            for (const int c : table.naturalKey) {
                lookup.addBindValue(row.at(c));
            }
            if (!lookup.exec()) {
                return sqlError(Consolidation::tr("Cannot write the national database."), lookup);
            }
            if (lookup.next()) {
                insert[r] = false;
                bool same = true;
                for (int c = 0; c < table.columns.size(); ++c) {
                    const ForeignKeyColumn* key = table.foreignKeyOf(c);
                    if (c != table.rowIdColumn && !(key && key->table == table.name) &&
                        !sameValue(lookup.value(c), row.at(c))) {
                        same = false;
                    }
                }
                ++(same ? stats.merged : stats.conflicts);
                if (table.hasRowId()) {
                    map.insert(oldId, lookup.value(table.rowIdColumn).toLongLong());
                }
                lookup.finish();
                continue;
            }
            lookup.finish();
        }
        if (table.hasRowId()) {
            map.insert(oldId, oldId + offset);
        }
    }
    // Second pass: the new rows, their ids and their references to their own table now all known.
    QSqlQuery write(m_national.connection());
    write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(quotedName(table.name), columnList,
                           QStringList(table.columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (!insert.at(r)) {
            continue;
        }
        QVariantList& row = rows[r];
        if (table.hasRowId()) {
            row[table.rowIdColumn] = map.value(row.at(table.rowIdColumn).toLongLong());
        }
        for (const ForeignKeyColumn& key : table.foreignKeys) {
            if (key.table == table.name && !remap(key, row[key.column])) {
                return dangling(source, table, key, row);
            }
        }
        for (int c = 0; c < row.size(); ++c) {
            write.bindValue(c, row.at(c));
        }
        if (!write.exec()) {
            return sqlError(Consolidation::tr("Cannot copy the table %1 of “%2” into the national database.")
                                .arg(table.name, native(source.path())),
                            write);
        }
        ++stats.copied;
    }
    return {};
}

Error TableCopier::dangling(const Database& source, const TableSchema& table, const ForeignKeyColumn& key,
                            const QVariantList& row) const
{
    return Error{
        QStringLiteral("consolidation.dangling"),
        Consolidation::tr("“%1”: a row of the table %2 refers to a row of %3 that does not exist. Run "
                          "palier-cli check on this file, repair it, then consolidate again.")
            .arg(native(source.path()), table.name, key.table),
        QStringLiteral("%1.%2 = %3").arg(table.name, table.columns.at(key.column), row.at(key.column).toString())};
}

} // namespace Palier
