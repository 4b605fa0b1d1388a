// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditTrail.h"

#include "db/Database.h"
#include "db/SqlDialect.h"

#include <QCryptographicHash>
#include <QSqlQuery>

#include <algorithm>

namespace Palier {

namespace {

struct AuditText
{
    Q_DECLARE_TR_FUNCTIONS(Palier::AuditTrail)
};

/// json_object('a', ROW.a, 'b', ROW.b…) of the recorded columns.
QString jsonOf(const AuditedTable& table, const QString& row)
{
    QStringList pairs;
    for (const QString& column : table.columns) {
        pairs.append(QStringLiteral("'%1', %2.%1").arg(column, row));
    }
    return QStringLiteral("json_object(%1)").arg(pairs.join(QStringLiteral(", ")));
}

QString entryInsert(const AuditedTable& table, const QString& action, const QString& keyRow, const QString& before,
                    const QString& after)
{
    return QStringLiteral("INSERT INTO audit_entry (user, entity, entity_id, action, before_json, after_json, reason) "
                          "SELECT user, '%1', %2.%3, '%4', %5, %6, reason FROM audit_context WHERE id = 1;")
        .arg(table.entity, keyRow, table.key, action, before, after);
}

AuditEntry readEntry(const QSqlQuery& query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(),   query.value(2).toString(),
            query.value(3).toString(),   query.value(4).toLongLong(), query.value(5).toString(),
            query.value(6).toString(),   query.value(7).toString(),   query.value(8).toString(),
            query.value(9).toString(),   query.value(10).toString()};
}

/// How many entries one sealing statement writes. PostgreSQL: a hundred, one round trip each instead of one per
/// entry. SQLite: one, the statement prepared once and run per entry: there is no round trip to save, and SQLite
/// compiles a VALUES list of n rows into n selects, dearer to prepare than the runs they replace (callgrind, national
/// seal, 2026-11-22).
qsizetype entriesPerStatement(const Database& db)
{
    return db.dialect() == SqlDialect::Postgres ? 100 : 1;
}

const QString EntryColumns =
    QStringLiteral("id, at, \"user\", entity, entity_id, action, before_json, after_json, reason, prev_hash, hash");

} // namespace

QStringList auditTriggerStatements(const AuditedTable& table)
{
    QStringList changed;
    for (const QString& column : table.columns) {
        changed.append(QStringLiteral("OLD.%1 IS NOT NEW.%1").arg(column));
    }
    const QString prefix = QStringLiteral("audit_") + table.table;
    return {
        QStringLiteral("CREATE TRIGGER %1_insert AFTER INSERT ON %2 BEGIN %3 END")
            .arg(prefix, table.table,
                 entryInsert(table, QStringLiteral("insert"), QStringLiteral("NEW"), QStringLiteral("NULL"),
                             jsonOf(table, QStringLiteral("NEW")))),
        QStringLiteral("CREATE TRIGGER %1_update AFTER UPDATE ON %2 WHEN %3 BEGIN %4 END")
            .arg(prefix, table.table, changed.join(QStringLiteral(" OR ")),
                 entryInsert(table, QStringLiteral("update"), QStringLiteral("NEW"),
                             jsonOf(table, QStringLiteral("OLD")), jsonOf(table, QStringLiteral("NEW")))),
        QStringLiteral("CREATE TRIGGER %1_delete AFTER DELETE ON %2 BEGIN %3 END")
            .arg(prefix, table.table,
                 entryInsert(table, QStringLiteral("delete"), QStringLiteral("OLD"),
                             jsonOf(table, QStringLiteral("OLD")), QStringLiteral("NULL"))),
    };
}

QString auditEntryHash(const AuditEntry& e, const QString& previousHash)
{
    // Unit separators between the fields: no field can end where another begins.
    const QStringList fields{previousHash, QString::number(e.id),
                             e.at,         e.user,
                             e.entity,     QString::number(e.entityId),
                             e.action,     e.before,
                             e.after,      e.reason};
    return QString::fromLatin1(
        QCryptographicHash::hash(fields.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<void> setAuditContext(const Database& db, const QString& user, const QString& reason)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("UPDATE audit_context SET \"user\" = ?, reason = ? WHERE id = 1"));
    query.addBindValue(user);
    query.addBindValue(reason.isEmpty() ? QVariant() : QVariant(reason));
    if (!query.exec()) {
        return sqlError(AuditText::tr("Cannot record who makes this change."), query);
    }
    return {};
}

Result<void> sealAuditEntries(const Database& db)
{
    QSqlQuery last(db.connection());
    if (!last.exec(QStringLiteral("SELECT hash FROM audit_entry WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1"))) {
        return sqlError(AuditText::tr("Cannot read the audit trail."), last);
    }
    QString previous = last.next() ? last.value(0).toString() : QString();
    last.finish();

    QSqlQuery pending(db.connection());
    setSequentialReading(pending);
    // Entries without an author were written outside a Palier transaction (by hand, behind its back): they stay
    // unsealed, and verifyAuditChain() stops at them.
    if (!pending.exec(QStringLiteral("SELECT %1 FROM audit_entry WHERE hash IS NULL AND \"user\" IS NOT NULL "
                                     "ORDER BY id")
                          .arg(EntryColumns))) {
        return sqlError(AuditText::tr("Cannot read the audit trail."), pending);
    }
    QList<AuditEntry> entries;
    while (pending.next()) {
        entries.append(readEntry(pending));
    }
    pending.finish();

    // The chain computed here; on PostgreSQL a hundred entries per UPDATE … FROM a VALUES list (the same syntax
    // on SQLite 3.33), on SQLite the plain UPDATE run per entry.
    QSqlQuery seal(db.connection());
    qsizetype prepared = -1;
    const qsizetype perStatement = entriesPerStatement(db);
    for (qsizetype first = 0; first < entries.size(); first += perStatement) {
        const qsizetype n = std::min(perStatement, entries.size() - first);
        if (n != prepared) {
            QStringList rows;
            rows.fill(QStringLiteral("(CAST(? AS BIGINT), ?, ?)"), n);
            const QString statement =
                n == 1 ? QStringLiteral("UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE id = ?")
                       : QStringLiteral("UPDATE audit_entry SET prev_hash = m.column2, hash = m.column3 FROM "
                                        "(VALUES %1) AS m WHERE audit_entry.id = m.column1")
                             .arg(rows.join(QStringLiteral(", ")));
            if (!seal.prepare(statement)) {
                return sqlError(AuditText::tr("Cannot seal the audit trail."), seal);
            }
            prepared = n;
        }
        for (qsizetype i = first; i < first + n; ++i) {
            const AuditEntry& entry = entries.at(i);
            const QString hash = auditEntryHash(entry, previous);
            const QVariant previousValue = previous.isEmpty() ? QVariant() : QVariant(previous);
            if (n == 1) {
                seal.addBindValue(previousValue);
                seal.addBindValue(hash);
                seal.addBindValue(entry.id);
            } else {
                seal.addBindValue(entry.id);
                seal.addBindValue(previousValue);
                seal.addBindValue(hash);
            }
            previous = hash;
        }
        if (!seal.exec()) {
            return sqlError(AuditText::tr("Cannot seal the audit trail."), seal);
        }
        if (seal.numRowsAffected() != n) {
            return Error{QStringLiteral("audit.seal"), AuditText::tr("Cannot seal the audit trail."),
                         QStringLiteral("sealed %1 entries of %2").arg(seal.numRowsAffected()).arg(n)};
        }
    }
    // Until the next Palier transaction names its author, a change writes entries without one.
    QSqlQuery reset(db.connection());
    if (!reset.exec(QStringLiteral("UPDATE audit_context SET \"user\" = NULL, reason = NULL WHERE id = 1"))) {
        return sqlError(AuditText::tr("Cannot seal the audit trail."), reset);
    }
    return {};
}

Result<AuditVerification> verifyAuditChain(const Database& db)
{
    QSqlQuery query(db.connection());
    setSequentialReading(query);
    if (!query.exec(QStringLiteral("SELECT %1 FROM audit_entry ORDER BY id").arg(EntryColumns))) {
        return sqlError(AuditText::tr("Cannot read the audit trail."), query);
    }
    AuditVerification result;
    QString previous;
    while (query.next()) {
        const AuditEntry entry = readEntry(query);
        ++result.entries;
        QString problem;
        if (entry.hash.isEmpty()) {
            problem = AuditText::tr("entry %1 was written outside Palier: it is not sealed").arg(entry.id);
        } else if (entry.previousHash != previous) {
            problem = AuditText::tr("entry %1 does not follow the entry before it: an entry was removed or inserted")
                          .arg(entry.id);
        } else if (auditEntryHash(entry, previous) != entry.hash) {
            problem = AuditText::tr("entry %1 was changed after it was written").arg(entry.id);
        }
        if (!problem.isEmpty()) {
            result.firstBroken = entry.id;
            result.problem = problem;
            return result;
        }
        previous = entry.hash;
    }
    return result;
}

Result<QList<AuditEntry>> auditEntries(const Database& db, const QString& entity, std::optional<qint64> entityId,
                                       int limit)
{
    QSqlQuery query(db.connection());
    setSequentialReading(query);
    // The filters that apply, and only those: PostgreSQL cannot type a parameter compared with NULL alone.
    QStringList conditions{QStringLiteral("1 = 1")};
    QVariantList values;
    if (!entity.isEmpty()) {
        conditions.append(QStringLiteral("entity = ?"));
        values.append(entity);
    }
    if (entityId) {
        conditions.append(QStringLiteral("entity_id = ?"));
        values.append(*entityId);
    }
    values.append(limit);
    query.prepare(QStringLiteral("SELECT %1 FROM audit_entry WHERE %2 ORDER BY id DESC LIMIT ?")
                      .arg(EntryColumns, conditions.join(QStringLiteral(" AND "))));
    for (const QVariant& value : std::as_const(values)) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return sqlError(AuditText::tr("Cannot read the audit trail."), query);
    }
    QList<AuditEntry> entries;
    while (query.next()) {
        entries.append(readEntry(query));
    }
    return entries;
}

} // namespace Palier
