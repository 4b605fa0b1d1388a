// SPDX-License-Identifier: GPL-3.0-or-later
#include "selection/Roadmap.h"

#include "db/Database.h"
#include "db/RowVersion.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace Palier {

namespace {

QString readFailed()
{
    return QCoreApplication::translate("Palier::Roadmap", "Cannot read the regional roadmap.");
}

QString writeFailed()
{
    return QCoreApplication::translate("Palier::Roadmap", "Cannot record the regional roadmap.");
}

std::optional<double> optionalReal(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

QVariant nullable(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

QString kindCode(QuotaKind kind)
{
    return kind == QuotaKind::Status ? QStringLiteral("status") : QStringLiteral("domain");
}

/// The planned split, written row by row by id (schema version 10): a share kept keeps its id, a share whose values
/// did not change is not written at all, so that the audit trail names each share by the same id from its first
/// entry to its last and records only real changes.
Result<void> writeShares(const Database& db, const QList<RoadmapShare>& shares)
{
    struct Stored
    {
        qint64 id;
        QVariantList values; ///< unit, planned, min_value, max_value, weight
    };
    QHash<QString, Stored> stored; // kind + ' ' + code → row
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT id, kind, code, unit, planned, min_value, max_value, weight FROM "
                                   "roadmap_share"))) {
        return sqlError(writeFailed(), query);
    }
    while (query.next()) {
        stored.insert(query.value(1).toString() + u' ' + query.value(2).toString(),
                      {query.value(0).toLongLong(),
                       {query.value(3).toString(), optionalReal(query.value(4)).value_or(-1),
                        optionalReal(query.value(5)).value_or(-1), optionalReal(query.value(6)).value_or(-1),
                        query.value(7).toDouble()}});
    }
    query.finish();
    QSqlQuery insert(db.connection());
    insert.prepare(QStringLiteral("INSERT INTO roadmap_share (unit, planned, min_value, max_value, weight, kind, code) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery update(db.connection());
    update.prepare(QStringLiteral("UPDATE roadmap_share SET unit = ?, planned = ?, min_value = ?, max_value = ?, "
                                  "weight = ? WHERE id = ?"));
    for (const RoadmapShare& share : shares) {
        const QString unit = share.percent ? QStringLiteral("percent") : QStringLiteral("cents");
        const QVariantList values{unit, share.planned.value_or(-1), share.min.value_or(-1), share.max.value_or(-1),
                                  share.weight};
        const auto found = stored.constFind(kindCode(share.kind) + u' ' + share.code);
        if (found != stored.cend() && found->values == values) {
            stored.remove(found.key());
            continue;
        }
        QSqlQuery& write = found == stored.cend() ? insert : update;
        write.addBindValue(unit);
        write.addBindValue(nullable(share.planned));
        write.addBindValue(nullable(share.min));
        write.addBindValue(nullable(share.max));
        write.addBindValue(share.weight);
        if (found == stored.cend()) {
            write.addBindValue(kindCode(share.kind));
            write.addBindValue(share.code);
        } else {
            write.addBindValue(found->id);
            stored.remove(found.key());
        }
        if (!write.exec()) {
            return sqlError(writeFailed(), write);
        }
    }
    // The shares no longer planned, by id, in a stable order.
    QList<qint64> removed;
    for (const Stored& row : std::as_const(stored)) {
        removed.append(row.id);
    }
    std::sort(removed.begin(), removed.end());
    QSqlQuery remove(db.connection());
    remove.prepare(QStringLiteral("DELETE FROM roadmap_share WHERE id = ?"));
    for (const qint64 id : std::as_const(removed)) {
        remove.addBindValue(id);
        if (!remove.exec()) {
            return sqlError(writeFailed(), remove);
        }
    }
    return {};
}

} // namespace

Result<Roadmap> loadRoadmap(const Database& db)
{
    Roadmap roadmap;
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT correspondent, strategy_html, envelope_cents, weight_by_domain, "
                                   "dgos_deadline, row_version FROM roadmap WHERE id = 1"))) {
        return sqlError(readFailed(), query);
    }
    if (query.next()) {
        roadmap.correspondent = query.value(0).toString();
        roadmap.strategyHtml = query.value(1).toString();
        roadmap.envelopeCents = query.value(2).toLongLong();
        roadmap.weightByDomain = query.value(3).toBool();
        roadmap.dgosDeadline = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        roadmap.version = query.value(5).toLongLong();
    }
    if (!query.exec(QStringLiteral("SELECT year, envelope_cents FROM roadmap_envelope_year ORDER BY year"))) {
        return sqlError(readFailed(), query);
    }
    while (query.next()) {
        roadmap.envelopePerYear.insert(query.value(0).toInt(), query.value(1).toLongLong());
    }
    if (!query.exec(QStringLiteral("SELECT a.title, a.description, group_concat(d.code, ' ') FROM roadmap_axis a "
                                   "LEFT JOIN roadmap_axis_domain ad ON ad.axis_id = a.id "
                                   "LEFT JOIN domain d ON d.id = ad.domain_id GROUP BY a.id ORDER BY a.sort_order"))) {
        return sqlError(readFailed(), query);
    }
    while (query.next()) {
        QStringList domains = query.value(2).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        domains.sort();
        roadmap.axes.append({query.value(0).toString(), query.value(1).toString(), domains});
    }
    if (!query.exec(QStringLiteral("SELECT kind, code, unit, planned, min_value, max_value, weight FROM roadmap_share "
                                   "ORDER BY kind, code"))) {
        return sqlError(readFailed(), query);
    }
    while (query.next()) {
        roadmap.shares.append(
            {query.value(0).toString() == QLatin1String("status") ? QuotaKind::Status : QuotaKind::Domain,
             query.value(1).toString(), query.value(2).toString() == QLatin1String("percent"),
             optionalReal(query.value(3)), optionalReal(query.value(4)), optionalReal(query.value(5)),
             query.value(6).toDouble()});
    }
    return roadmap;
}

Result<void> writeRoadmap(const Database& db, const Roadmap& roadmap)
{
    QSqlQuery query(db.connection());
    for (const char* table : {"roadmap_axis_domain", "roadmap_axis", "roadmap_envelope_year"}) {
        if (!query.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)))) {
            return sqlError(writeFailed(), query);
        }
    }
    query.prepare(
        QStringLiteral("INSERT INTO roadmap (id, correspondent, strategy_html, envelope_cents, "
                       "weight_by_domain, dgos_deadline, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (id) DO UPDATE SET correspondent = excluded.correspondent, "
                       "strategy_html = excluded.strategy_html, envelope_cents = excluded.envelope_cents, "
                       "weight_by_domain = excluded.weight_by_domain, dgos_deadline = excluded.dgos_deadline, "
                       "updated_at = excluded.updated_at"));
    query.addBindValue(roadmap.correspondent);
    query.addBindValue(roadmap.strategyHtml);
    query.addBindValue(roadmap.envelopeCents);
    query.addBindValue(roadmap.weightByDomain ? 1 : 0);
    query.addBindValue(roadmap.dgosDeadline.isValid() ? QVariant(roadmap.dgosDeadline.toString(Qt::ISODate))
                                                      : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        return sqlError(writeFailed(), query);
    }
    query.prepare(QStringLiteral("INSERT INTO roadmap_envelope_year (year, envelope_cents) VALUES (?, ?)"));
    for (auto it = roadmap.envelopePerYear.cbegin(); it != roadmap.envelopePerYear.cend(); ++it) {
        query.addBindValue(it.key());
        query.addBindValue(it.value());
        if (!query.exec()) {
            return sqlError(writeFailed(), query);
        }
    }
    QSqlQuery link(db.connection());
    link.prepare(
        QStringLiteral("INSERT INTO roadmap_axis_domain (axis_id, domain_id) SELECT ?, id FROM domain WHERE "
                       "code = ? AND programme_id = COALESCE((SELECT programme_id FROM campaign WHERE id = 1), "
                       "(SELECT min(id) FROM programme))"));
    query.prepare(QStringLiteral("INSERT INTO roadmap_axis (title, description, sort_order) VALUES (?, ?, ?)"));
    for (int n = 0; n < roadmap.axes.size(); ++n) {
        const RoadmapAxis& axis = roadmap.axes.at(n);
        query.addBindValue(axis.title);
        query.addBindValue(axis.description);
        query.addBindValue(n + 1);
        if (!query.exec()) {
            return sqlError(writeFailed(), query);
        }
        const qint64 axisId = query.lastInsertId().toLongLong();
        for (const QString& domain : axis.domains) {
            link.addBindValue(axisId);
            link.addBindValue(domain);
            if (!link.exec()) {
                return sqlError(writeFailed(), link);
            }
        }
    }
    return writeShares(db, roadmap.shares);
}

Result<void> saveRoadmap(const Database& db, const Roadmap& roadmap)
{
    if (const QStringList problems = validateRoadmap(roadmap); !problems.isEmpty()) {
        return Error{QStringLiteral("roadmap.invalid"), problems.join(QLatin1Char('\n')), {}};
    }
    TransactionGuard guard(db);
    if (!guard.started()) {
        return guard.started().error();
    }
    if (Result<void> written = writeRoadmap(db, roadmap); !written) {
        return written;
    }
    return guard.commit();
}

LastChange lastRoadmapChange(const Database& db)
{
    const LastChange last = lastChangeOfEntities(
        db, {QStringLiteral("roadmap"), QStringLiteral("envelope_year"), QStringLiteral("roadmap_axis"),
             QStringLiteral("roadmap_axis_domain"), QStringLiteral("roadmap_share")});
    return last.at.isValid() || !last.user.isEmpty() ? last : lastChange(db, QStringLiteral("roadmap"), 1);
}

Result<qint64> saveRoadmapChecked(const Database& db, const Roadmap& roadmap, qint64 expectedVersion)
{
    if (const QStringList problems = validateRoadmap(roadmap); !problems.isEmpty()) {
        return Error{QStringLiteral("roadmap.invalid"), problems.join(QLatin1Char('\n')), {}};
    }
    TransactionGuard guard(db);
    if (!guard.started()) {
        return guard.started().error();
    }
    // The roadmap row stands for the whole roadmap: every save writes it. Touching it first holds it (PostgreSQL:
    // the row; SQLite: the database) until the commit and raises its version, so that the check below sees every
    // save committed before, and none can come in between.
    QSqlQuery hold(db.connection());
    if (!hold.exec(QStringLiteral("UPDATE roadmap SET row_version = row_version WHERE id = 1"))) {
        return sqlError(writeFailed(), hold);
    }
    const bool existed = hold.numRowsAffected() == 1;
    hold.finish();
    bool stale = !existed && expectedVersion > 0; // the roadmap the edit was prepared on is gone
    if (existed) {
        Result<qint64> held = confirmUpdatedVersion(db, QStringLiteral("roadmap"), 1, expectedVersion);
        if (!held && held.error().code != QLatin1String("db.conflict")) {
            return held.error();
        }
        stale = !held;
    }
    if (stale) {
        // Read inside the transaction, which wrote no entry: the last entry is the colleague's.
        const LastChange last = lastRoadmapChange(db);
        QString message;
        if (last.at.isValid()) {
            const QDateTime local = last.at.toLocalTime();
            message = QCoreApplication::translate(
                          "Palier::Roadmap",
                          "%1 saved the regional roadmap on %2 at %3 while you were editing it. Your change was not "
                          "saved: compare both versions, then keep theirs or apply yours again.")
                          .arg(last.user.isEmpty() ? QCoreApplication::translate("Palier::Roadmap", "Someone else")
                                                   : last.user,
                               QLocale().toString(local.date(), QStringLiteral("d MMMM yyyy")),
                               QLocale().toString(local.time(), QLocale::ShortFormat));
        } else {
            message = QCoreApplication::translate(
                "Palier::Roadmap", "Someone else saved the regional roadmap while you were editing it. Your change "
                                   "was not saved: compare both versions, then keep theirs or apply yours again.");
        }
        return Error{QStringLiteral("db.conflict"), message,
                     QStringLiteral("roadmap: version %1 expected").arg(expectedVersion)};
    }
    if (Result<void> written = writeRoadmap(db, roadmap); !written) {
        return written.error();
    }
    Result<qint64> version = rowVersion(db, QStringLiteral("roadmap"), 1);
    if (!version) {
        return version;
    }
    if (Result<void> committed = guard.commit(); !committed) {
        return committed.error();
    }
    return version;
}

qint64 shareCents(const RoadmapShare& share, double value, qint64 envelopeCents)
{
    return share.percent ? qint64(std::llround(double(envelopeCents) * value / 100.0)) : qint64(std::llround(value));
}

SelectionParameters parametersFromRoadmap(const Roadmap& roadmap, SelectionMethod method)
{
    SelectionParameters parameters;
    parameters.method = method;
    parameters.envelopeCents = roadmap.envelopeCents;
    for (auto it = roadmap.envelopePerYear.cbegin(); it != roadmap.envelopePerYear.cend(); ++it) {
        parameters.envelopePerYear.insert(it.key(), it.value());
    }
    parameters.weightByDomain = roadmap.weightByDomain;
    for (const RoadmapShare& share : roadmap.shares) {
        if (share.kind == QuotaKind::Domain) {
            parameters.domainWeights.insert(share.code, share.weight);
        }
        if (!share.min && !share.max) {
            continue;
        }
        Quota quota{share.kind, share.code, std::nullopt, std::nullopt};
        if (share.min) {
            quota.minCents = shareCents(share, *share.min, roadmap.envelopeCents);
        }
        if (share.max) {
            quota.maxCents = shareCents(share, *share.max, roadmap.envelopeCents);
        }
        parameters.quotas.append(quota);
    }
    return parameters;
}

Result<QList<Milestone>> loadMilestones(const Database& db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(
            QStringLiteral("SELECT due_on, label, source, id, row_version FROM milestone ORDER BY due_on, id"))) {
        return sqlError(readFailed(), query);
    }
    QList<Milestone> milestones;
    while (query.next()) {
        milestones.append({QDate::fromString(query.value(0).toString(), Qt::ISODate), query.value(1).toString(),
                           query.value(2).toString(), query.value(3).toLongLong(), query.value(4).toLongLong()});
    }
    return milestones;
}

Result<QDate> dgosDeadline(const Database& db)
{
    Result<Roadmap> roadmap = loadRoadmap(db);
    if (!roadmap) {
        return roadmap.error();
    }
    if (roadmap->dgosDeadline.isValid()) {
        return roadmap->dgosDeadline;
    }
    Result<QList<Milestone>> milestones = loadMilestones(db);
    if (!milestones) {
        return milestones.error();
    }
    // The programme definitions word it "…transmet à la DGOS … sa présélection".
    for (const Milestone& m : milestones.value()) {
        if (m.label.contains(QLatin1String("DGOS")) && m.label.contains(QStringLiteral("présélection"))) {
            return m.dueOn;
        }
    }
    return QDate();
}

} // namespace Palier
