// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/RowVersion.h"

#include "audit/AuditTrail.h"
#include "db/Database.h"
#include "db/Migrations.h"
#include "db/SqlDialect.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimeZone>

namespace Palier {

namespace {

struct RowVersionText
{
    Q_DECLARE_TR_FUNCTIONS(Palier::RowVersion)
};

Error notVersioned(const QString& what)
{
    return {QStringLiteral("db.not-versioned"),
            RowVersionText::tr("Palier cannot check for concurrent changes here. Report the problem with its details."),
            what};
}

Result<void> checkNames(const QString& table, const QVariantMap& changes)
{
    if (!versionedTables().contains(table)) {
        return notVersioned(QStringLiteral("table %1 has no row_version").arg(table));
    }
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (!isPlainIdentifier(it.key()) || it.key() == QLatin1String("row_version") ||
            it.key() == QLatin1String("id")) {
            return notVersioned(QStringLiteral("column %1 of %2").arg(it.key(), table));
        }
    }
    return {};
}

Error notFound(const QString& table, qint64 id)
{
    return {QStringLiteral("db.not-found"),
            RowVersionText::tr("This entry was deleted by someone else meanwhile; your change was not saved."),
            QStringLiteral("%1 id %2").arg(table).arg(id)};
}

Error conflictError(const VersionConflict& found)
{
    const QJsonObject detail{{QStringLiteral("table"), found.table},
                             {QStringLiteral("id"), found.id},
                             {QStringLiteral("expectedVersion"), found.expectedVersion},
                             {QStringLiteral("currentVersion"), found.currentVersion},
                             {QStringLiteral("current"), QJsonObject::fromVariantMap(found.current)},
                             {QStringLiteral("proposed"), QJsonObject::fromVariantMap(found.proposed)}};
    return Error{QStringLiteral("db.conflict"),
                 RowVersionText::tr("Someone else changed this entry while you were editing it (it is now at version "
                                    "%1, your change was based on version %2). Your change was not saved: compare "
                                    "both values, then keep theirs or apply yours again.")
                     .arg(found.currentVersion)
                     .arg(found.expectedVersion),
                 QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))};
}

} // namespace

Result<qint64> rowVersion(const Database& db, const QString& table, qint64 id)
{
    if (Result<void> names = checkNames(table, {}); !names) {
        return names.error();
    }
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT row_version FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    if (!query.exec()) {
        return sqlError(RowVersionText::tr("Cannot read the entry."), query);
    }
    if (!query.next()) {
        return notFound(table, id);
    }
    return query.value(0).toLongLong();
}

Result<qint64> updateWithVersion(const Database& db, const QString& table, qint64 id, qint64 expectedVersion,
                                 const QVariantMap& changes, VersionConflict* conflict)
{
    if (Result<void> names = checkNames(table, changes); !names) {
        return names.error();
    }
    QStringList assignments;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        assignments.append(it.key() + QStringLiteral(" = ?"));
    }
    assignments.append(QStringLiteral("row_version = row_version + 1"));
    // The version in the WHERE clause is the whole check: on PostgreSQL a concurrent writer's UPDATE waits for the
    // first one's commit, then re-reads the row and finds the version moved on.
    QSqlQuery update(db.connection());
    update.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND row_version = ?")
                       .arg(table, assignments.join(QStringLiteral(", "))));
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        update.addBindValue(it.value());
    }
    update.addBindValue(id);
    update.addBindValue(expectedVersion);
    if (!update.exec()) {
        return sqlError(RowVersionText::tr("Cannot save the change."), update);
    }
    if (update.numRowsAffected() == 1) {
        return expectedVersion + 1;
    }

    QSqlQuery current(db.connection());
    current.prepare(QStringLiteral("SELECT row_version%1 FROM %2 WHERE id = ?")
                        .arg(changes.isEmpty() ? QString() : QStringLiteral(", ") + changes.keys().join(u','), table));
    current.addBindValue(id);
    if (!current.exec()) {
        return sqlError(RowVersionText::tr("Cannot read the entry."), current);
    }
    if (!current.next()) {
        return notFound(table, id);
    }
    VersionConflict found{table, id, expectedVersion, current.value(0).toLongLong(), {}, changes};
    const QStringList columns = changes.keys();
    for (int i = 0; i < columns.size(); ++i) {
        found.current.insert(columns.at(i), current.value(i + 1));
    }
    if (conflict) {
        *conflict = found;
    }
    return conflictError(found);
}

Result<qint64> confirmUpdatedVersion(const Database& db, const QString& table, qint64 id, qint64 expectedVersion)
{
    Result<qint64> version = rowVersion(db, table, id);
    if (!version) {
        return version;
    }
    // The trigger raised the version by one from the one the UPDATE found.
    if (version.value() == expectedVersion + 1) {
        return version;
    }
    return conflictError(VersionConflict{table, id, expectedVersion, version.value() - 1, {}, {}});
}

namespace {

/// An audit entry's author and time (ISO text, UTC, with or without milliseconds).
LastChange changeBy(const QString& user, const QString& at)
{
    QDateTime when = QDateTime::fromString(at, Qt::ISODateWithMs);
    if (!when.isValid()) {
        when = QDateTime::fromString(at, Qt::ISODate);
    }
    when.setTimeZone(QTimeZone::utc());
    return {user, when};
}

} // namespace

LastChange lastChange(const Database& db, const QString& table, qint64 id)
{
    const Result<QList<AuditEntry>> entries = auditEntries(db, table, id, 1);
    if (!entries || entries->isEmpty()) {
        return {};
    }
    return changeBy(entries->constFirst().user, entries->constFirst().at);
}

LastChange lastChangeMatching(const Database& db, const QString& entity, qint64 entityId, const QVariantMap& match)
{
    const Result<QList<AuditEntry>> entries = auditEntries(db, entity, entityId, 500);
    if (!entries) {
        return {};
    }
    for (const AuditEntry& entry : entries.value()) {
        const QJsonObject values =
            QJsonDocument::fromJson((entry.after.isEmpty() ? entry.before : entry.after).toUtf8()).object();
        bool matches = !values.isEmpty();
        for (auto it = match.cbegin(); matches && it != match.cend(); ++it) {
            matches = values.value(it.key()).toVariant().toString() == it.value().toString();
        }
        if (matches) {
            return changeBy(entry.user, entry.at);
        }
    }
    return {};
}

LastChange lastChangeOfEntities(const Database& db, const QStringList& entities)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT \"user\", at FROM audit_entry WHERE entity IN (%1) ORDER BY id DESC LIMIT 1")
                      .arg(QStringList(entities.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
    for (const QString& entity : entities) {
        query.addBindValue(entity);
    }
    if (!query.exec() || !query.next()) {
        return {};
    }
    return changeBy(query.value(0).toString(), query.value(1).toString());
}

} // namespace Palier
