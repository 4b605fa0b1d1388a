// SPDX-License-Identifier: GPL-3.0-or-later
#include "pg/DatabaseCopy.h"

#include "db/Database.h"
#include "db/Migrations.h"
#include "db/SqlDialect.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMultiMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace Palier {

namespace {

struct CopyText
{
    Q_DECLARE_TR_FUNCTIONS(Palier::DatabaseCopy)
};

Error readFailed(const QSqlQuery& query)
{
    return sqlError(CopyText::tr("Cannot read the database to copy."), query);
}

Error writeFailed(const QSqlQuery& query)
{
    return sqlError(CopyText::tr("Cannot write the copy; nothing was written. See the details."), query);
}

Result<QStringList> strings(const Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        return readFailed(query);
    }
    QStringList values;
    while (query.next()) {
        values.append(query.value(0).toString());
    }
    return values;
}

/// The tables of the schema, by name: not the engine's, nor palier_schema (PostgreSQL's schema version).
Result<QStringList> tableNames(const Database& db)
{
    return strings(db, db.isPostgres()
                           ? QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND "
                                            "tablename <> 'palier_schema' ORDER BY tablename")
                           : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                            "'sqlite_%' ORDER BY name"));
}

/// The columns of `table`, sorted by name: the same list on both engines whatever order ALTER TABLE left them in.
Result<QStringList> columnNames(const Database& db, const QString& table)
{
    Result<QStringList> columns = strings(
        db, db.isPostgres() ? QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                             "current_schema() AND table_name = '%1'")
                                  .arg(table)
                            : QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
    if (columns) {
        std::sort(columns->begin(), columns->end());
    }
    return columns;
}

/// Foreign keys: (table, referenced table, column) triples.
struct Reference
{
    QString table;
    QString referenced;
    QString column;
};

Result<QList<Reference>> references(const Database& db, const QStringList& tables)
{
    QList<Reference> found;
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (db.isPostgres()) {
        if (!query.exec(QStringLiteral(
                "SELECT c.conrelid::regclass::text, c.confrelid::regclass::text, a.attname FROM pg_constraint c "
                "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey) "
                "WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace"))) {
            return readFailed(query);
        }
        while (query.next()) {
            found.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
        }
        return found;
    }
    for (const QString& table : tables) {
        if (!query.exec(QStringLiteral("SELECT \"table\", \"from\" FROM pragma_foreign_key_list('%1')").arg(table))) {
            return readFailed(query);
        }
        while (query.next()) {
            found.append({table, query.value(0).toString(), query.value(1).toString()});
        }
    }
    return found;
}

/// Referenced tables first (a table referencing itself is handled by the copy), then by name.
QStringList dependencyOrder(const QStringList& tables, const QList<Reference>& refs)
{
    QStringList ordered;
    QSet<QString> done;
    while (ordered.size() < tables.size()) {
        bool progressed = false;
        for (const QString& table : tables) {
            if (done.contains(table)) {
                continue;
            }
            const bool ready = std::all_of(refs.cbegin(), refs.cend(), [&](const Reference& r) {
                return r.table != table || r.referenced == table || done.contains(r.referenced) ||
                       !tables.contains(r.referenced);
            });
            if (ready) {
                ordered.append(table);
                done.insert(table);
                progressed = true;
            }
        }
        if (!progressed) { // a cycle between tables (none in Palier's schema): keep the remaining ones by name
            for (const QString& table : tables) {
                if (!done.contains(table)) {
                    ordered.append(table);
                    done.insert(table);
                }
            }
        }
    }
    return ordered;
}

/// One value as the checksum sees it: the same on both engines for the same stored value.
QByteArray canonical(const QVariant& value)
{
    if (value.isNull()) {
        return QByteArrayLiteral("\x01N");
    }
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::abs(d) < 9.0e15) {
            return QByteArray::number(qint64(d));
        }
        return QByteArray::number(d, 'g', 17);
    }
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return QByteArray::number(value.toLongLong());
    case QMetaType::QByteArray:
        return QByteArrayLiteral("\x02") + value.toByteArray().toHex();
    default:
        return value.toString().toUtf8();
    }
}

/// Accumulates the digest of a table row by row.
class Digester
{
public:
    void add(const QSqlQuery& query, int columns)
    {
        QCryptographicHash row(QCryptographicHash::Sha256);
        for (int i = 0; i < columns; ++i) {
            row.addData(canonical(query.value(i)));
            row.addData(QByteArrayView("\x1f", 1));
        }
        m_rows.append(row.result());
    }
    TableDigest finish(const QString& table)
    {
        std::sort(m_rows.begin(), m_rows.end());
        QCryptographicHash all(QCryptographicHash::Sha256);
        for (const QByteArray& row : std::as_const(m_rows)) {
            all.addData(row);
        }
        return {table, qint64(m_rows.size()), QString::fromLatin1(all.result().toHex())};
    }

private:
    QList<QByteArray> m_rows;
};

QString selectAll(const QString& table, const QStringList& columns)
{
    QStringList quoted;
    for (const QString& column : columns) {
        quoted.append(quotedIdentifier(column));
    }
    return QStringLiteral("SELECT %1 FROM %2").arg(quoted.join(QStringLiteral(", ")), quotedIdentifier(table));
}

Result<TableDigest> digestOf(const Database& db, const QString& table, const QStringList& columns)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(selectAll(table, columns))) {
        return readFailed(query);
    }
    Digester digester;
    while (query.next()) {
        digester.add(query, int(columns.size()));
    }
    return digester.finish(table);
}

Result<void> exec(const Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql)) {
        return writeFailed(query);
    }
    return {};
}

/// Copies one table's rows; columns in `deferred` (a reference to the table itself) are written once every row is.
Result<TableDigest> copyTable(const Database& source, const Database& target, const QString& table,
                              const QStringList& columns, const QStringList& deferred)
{
    QSqlQuery read(source.connection());
    read.setForwardOnly(true);
    if (!read.exec(selectAll(table, columns))) {
        return readFailed(read);
    }
    QStringList quoted;
    QStringList marks;
    for (const QString& column : columns) {
        quoted.append(quotedIdentifier(column));
        marks.append(QStringLiteral("?"));
    }
    QSqlQuery write(target.connection());
    if (!write.prepare(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(quotedIdentifier(table), quoted.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))))) {
        return writeFailed(write);
    }
    const qsizetype idColumn = columns.indexOf(QStringLiteral("id"));
    QList<QPair<QVariant, QVariantList>> later; // id → the deferred values
    Digester digester;
    while (read.next()) {
        digester.add(read, int(columns.size()));
        QVariantList laterValues;
        for (int i = 0; i < columns.size(); ++i) {
            if (deferred.contains(columns.at(i))) {
                laterValues.append(read.value(i));
                write.addBindValue(QVariant());
            } else {
                write.addBindValue(read.value(i));
            }
        }
        if (!write.exec()) {
            return writeFailed(write);
        }
        if (!deferred.isEmpty()) {
            later.append({read.value(int(idColumn)), laterValues});
        }
    }
    if (!deferred.isEmpty()) {
        QStringList assignments;
        for (const QString& column : deferred) {
            assignments.append(quotedIdentifier(column) + QStringLiteral(" = ?"));
        }
        QSqlQuery update(target.connection());
        update.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                           .arg(quotedIdentifier(table), assignments.join(QStringLiteral(", "))));
        for (const auto& [id, values] : std::as_const(later)) {
            for (const QVariant& value : values) {
                update.addBindValue(value);
            }
            update.addBindValue(id);
            if (!update.exec()) {
                return writeFailed(update);
            }
        }
    }
    return digester.finish(table);
}

Result<qint64> count(const Database& db, const QString& table)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !query.next()) {
        return readFailed(query);
    }
    return query.value(0).toLongLong();
}

/// The tables whose ids are never given twice (schema version 10) continue after the highest id a row has or an
/// audit entry names, on either engine: a row removed before the copy keeps its id to itself after it.
Result<void> keepIdsUnreused(const Database& target)
{
    for (const QString& table : neverReusedIdTables()) {
        const QString highest = QStringLiteral("SELECT COALESCE(max(id), 0) FROM (SELECT max(id) AS id FROM %1 UNION "
                                               "ALL SELECT max(entity_id) FROM audit_entry WHERE entity = '%1') ids")
                                    .arg(table);
        QStringList statements;
        if (target.isPostgres()) {
            statements += QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), (%2) + 1, false)")
                              .arg(table, highest);
        } else {
            statements += QStringLiteral("INSERT INTO sqlite_sequence (name, seq) SELECT '%1', 0 WHERE NOT EXISTS "
                                         "(SELECT 1 FROM sqlite_sequence WHERE name = '%1')")
                              .arg(table);
            statements += QStringLiteral("UPDATE sqlite_sequence SET seq = (%2) WHERE name = '%1'").arg(table, highest);
        }
        for (const QString& statement : std::as_const(statements)) {
            if (Result<void> done = exec(target, statement); !done) {
                return done;
            }
        }
    }
    return {};
}

/// Everything done on the target inside its transaction. On success, the report; the caller commits if it is ok.
Result<CopyReport> copyRows(const Database& source, const Database& target)
{
    Result<QStringList> tables = tableNames(source);
    if (!tables) {
        return tables.error();
    }
    Result<QStringList> targetTables = tableNames(target);
    if (!targetTables) {
        return targetTables.error();
    }
    if (tables.value() != targetTables.value()) {
        return Error{QStringLiteral("copy.schema"),
                     CopyText::tr("The two databases do not have the same tables; nothing was copied."),
                     QStringLiteral("source: %1; target: %2").arg(tables->join(u' '), targetTables->join(u' '))};
    }
    for (const QString& table : tables.value()) {
        if (!isPlainIdentifier(table)) {
            return Error{QStringLiteral("copy.schema"),
                         CopyText::tr("The database holds a table Palier does not know; nothing was copied."), table};
        }
    }
    Result<QList<Reference>> refs = references(target, tables.value());
    if (!refs) {
        return refs.error();
    }
    const QStringList order = dependencyOrder(tables.value(), refs.value());

    // Triggers (audit trail, sealed runs, paid payments, row versions) stay out of a verbatim copy: the rows copied
    // already carry their audit entries and versions.
    QList<QPair<QString, QString>> sqliteTriggers;
    if (target.isPostgres()) {
        for (const QString& table : order) {
            if (Result<void> done = exec(target, QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(table));
                !done) {
                return done.error();
            }
        }
    } else {
        QSqlQuery triggers(target.connection());
        if (!triggers.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY "
                                          "rowid"))) {
            return readFailed(triggers);
        }
        while (triggers.next()) {
            sqliteTriggers.append({triggers.value(0).toString(), triggers.value(1).toString()});
        }
        triggers.finish();
        if (Result<void> done = exec(target, QStringLiteral("PRAGMA defer_foreign_keys = ON")); !done) {
            return done.error();
        }
        for (const auto& trigger : std::as_const(sqliteTriggers)) {
            if (Result<void> done = exec(target, QStringLiteral("DROP TRIGGER %1").arg(trigger.first)); !done) {
                return done.error();
            }
        }
    }
    // The rows the migrations wrote (states, statuses, settings…) are replaced by the source's.
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        if (Result<void> done = exec(target, QStringLiteral("DELETE FROM %1").arg(*it)); !done) {
            return done.error();
        }
    }
    CopyReport report;
    for (const QString& table : order) {
        Result<QStringList> columns = columnNames(source, table);
        if (!columns) {
            return columns.error();
        }
        Result<QStringList> targetColumns = columnNames(target, table);
        if (!targetColumns) {
            return targetColumns.error();
        }
        if (columns.value() != targetColumns.value()) {
            return Error{QStringLiteral("copy.schema"),
                         CopyText::tr("The table “%1” does not have the same columns in both databases; nothing was "
                                      "copied.")
                             .arg(table),
                         QStringLiteral("source: %1; target: %2").arg(columns->join(u' '), targetColumns->join(u' '))};
        }
        QStringList deferred;
        if (target.isPostgres()) { // SQLite defers every foreign key check to the commit instead
            for (const Reference& r : refs.value()) {
                if (r.table == table && r.referenced == table) {
                    deferred.append(r.column);
                }
            }
            if (!deferred.isEmpty() && !columns->contains(QStringLiteral("id"))) {
                return Error{QStringLiteral("copy.schema"),
                             CopyText::tr("The table “%1” cannot be copied; nothing was copied.").arg(table),
                             QStringLiteral("self reference without id")};
            }
        }
        Result<TableDigest> copied = copyTable(source, target, table, columns.value(), deferred);
        if (!copied) {
            return copied.error();
        }
        Result<TableDigest> written = digestOf(target, table, columns.value());
        if (!written) {
            return written.error();
        }
        report.tables.append({copied.value(), written.value()});
    }
    if (target.isPostgres()) {
        for (const QString& table : order) {
            if (Result<void> done = exec(target, QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(table));
                !done) {
                return done.error();
            }
        }
        // The next id of every table continues after the copied rows.
        Result<QStringList> identities =
            strings(target, QStringLiteral("SELECT table_name FROM information_schema.columns WHERE table_schema = "
                                           "current_schema() AND column_name = 'id' AND is_identity = 'YES'"));
        if (!identities) {
            return identities.error();
        }
        for (const QString& table : identities.value()) {
            if (Result<void> done = exec(target, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                                                "COALESCE((SELECT MAX(id) FROM %1), 0) + 1, false)")
                                                     .arg(table));
                !done) {
                return done.error();
            }
        }
    } else {
        for (const auto& trigger : std::as_const(sqliteTriggers)) {
            if (Result<void> done = exec(target, trigger.second); !done) {
                return done.error();
            }
        }
    }
    if (Result<void> kept = keepIdsUnreused(target); !kept) {
        return kept.error();
    }
    std::sort(report.tables.begin(), report.tables.end(),
              [](const TableCheck& a, const TableCheck& b) { return a.source.table < b.source.table; });
    return report;
}

Error schemaVersionError(const Database& db, const QString& location)
{
    return {QStringLiteral("copy.version"),
            CopyText::tr("“%1” is at schema version %2; open it once with this Palier (version %3) before copying it.")
                .arg(Database::displayLocation(location))
                .arg(db.schemaVersion())
                .arg(Database::currentSchemaVersion()),
            {}};
}

Result<CopyReport> copyOpened(const Database& source, const QString& from, const Database& target, const QString& to)
{
    if (source.schemaVersion() != Database::currentSchemaVersion()) {
        return schemaVersionError(source, from);
    }
    if (target.schemaVersion() != Database::currentSchemaVersion()) {
        return schemaVersionError(target, to);
    }
    if (target.isReadOnly()) {
        return Error{QStringLiteral("copy.read-only"),
                     CopyText::tr("You may not write to “%1”: connect as its owner (the user that ran pg-setup).")
                         .arg(Database::displayLocation(to)),
                     {}};
    }
    if (target.isPostgres()) {
        for (const char* table : {"campaign", "establishment", "audit_entry"}) {
            Result<qint64> rows = count(target, QString::fromLatin1(table));
            if (!rows) {
                return rows.error();
            }
            if (rows.value() > 0) {
                return Error{QStringLiteral("copy.not-empty"),
                             CopyText::tr("“%1” already holds a campaign; a copy never overwrites one. Copy into an "
                                          "empty database.")
                                 .arg(Database::displayLocation(to)),
                             QString::fromLatin1(table)};
            }
        }
    }
    // One snapshot of the source for the whole copy.
    QSqlDatabase in = source.connection();
    if (!in.transaction()) {
        return Error{QStringLiteral("db.transaction"), CopyText::tr("Cannot read the database to copy."),
                     in.lastError().text()};
    }
    if (source.isPostgres()) {
        if (Result<void> done = exec(source, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"));
            !done) {
            in.rollback();
            return done.error();
        }
    }
    QSqlDatabase out = target.connection();
    if (!out.transaction()) {
        in.rollback();
        return Error{QStringLiteral("db.transaction"), CopyText::tr("Cannot write the copy; nothing was written."),
                     out.lastError().text()};
    }
    Result<CopyReport> report = copyRows(source, target);
    in.rollback();
    if (!report || !report->ok()) {
        out.rollback();
        return report;
    }
    if (!out.commit()) {
        const QString detail = out.lastError().text();
        out.rollback();
        return Error{QStringLiteral("db.commit"), CopyText::tr("Cannot write the copy; nothing was written."), detail};
    }
    return report;
}

} // namespace

bool CopyReport::ok() const
{
    return std::all_of(tables.cbegin(), tables.cend(), [](const TableCheck& t) { return t.matches(); });
}

Result<QList<TableDigest>> tableDigests(const Database& db)
{
    Result<QStringList> tables = tableNames(db);
    if (!tables) {
        return tables.error();
    }
    QList<TableDigest> digests;
    for (const QString& table : tables.value()) {
        Result<QStringList> columns = columnNames(db, table);
        if (!columns) {
            return columns.error();
        }
        Result<TableDigest> digest = digestOf(db, table, columns.value());
        if (!digest) {
            return digest.error();
        }
        digests.append(digest.value());
    }
    return digests;
}

Result<CopyReport> copyDatabase(const QString& from, const QString& to)
{
    const bool newFile = !Database::isPostgresLocation(to);
    if (newFile && QFileInfo::exists(to)) {
        return Error{QStringLiteral("copy.exists"),
                     CopyText::tr("“%1” already exists. Choose a new file name; an existing database is never "
                                  "overwritten.")
                         .arg(QDir::toNativeSeparators(to)),
                     to};
    }
    Result<CopyReport> report = [&]() -> Result<CopyReport> {
        Result<std::unique_ptr<Database>> source = Database::open(from, {.readOnly = true});
        if (!source) {
            return source.error();
        }
        Result<std::unique_ptr<Database>> target = Database::open(to, {.create = true});
        if (!target) {
            return target.error();
        }
        return copyOpened(*source.value(), from, *target.value(), to);
    }();
    if (newFile && (!report || !report->ok())) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(to + suffix);
        }
    }
    return report;
}

} // namespace Palier
