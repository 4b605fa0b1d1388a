// SPDX-License-Identifier: GPL-3.0-or-later
// Sealing a preselection run: the snapshot, superseding the current sealed version, the files' new states.
#include "selection/RunStore.h"

#include "db/AdvisoryLock.h"
#include "db/Database.h"
#include "workflow/StateChange.h"
#include "workflow/Workflow.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace Palier {

namespace {

QString readFailed()
{
    return QCoreApplication::translate("Palier::Selection", "Cannot read the preselection versions.");
}

QString writeFailed()
{
    return QCoreApplication::translate("Palier::Selection", "Cannot record the preselection version.");
}

Error alreadySealed(qint64 id)
{
    return Error{QStringLiteral("selection.already-sealed"),
                 QCoreApplication::translate("Palier::Selection",
                                             "Version %1 is already sealed. Save a new version to change the "
                                             "preselection.")
                     .arg(id),
                 {}};
}

QString isoTime(const QDateTime& when)
{
    return (when.isValid() ? when : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

namespace {

/// What the run used besides its parameters: grid weights and scoring settings, and every item.
Result<QJsonObject> snapshot(const Database& db, const RunSummary& run, const QList<RunRow>& rows)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral(
            "SELECT d.code, g.version, c.code, c.weight, c.scale_min, c.scale_max FROM scoring_grid g "
            "JOIN domain d ON d.id = g.domain_id JOIN criterion c ON c.grid_id = g.id "
            "WHERE g.version = (SELECT max(version) FROM scoring_grid g2 WHERE g2.domain_id = g.domain_id) "
            "ORDER BY d.code, c.sort_order"))) {
        return sqlError(readFailed(), query);
    }
    QJsonObject grids;
    while (query.next()) {
        QJsonObject grid = grids.value(query.value(0).toString()).toObject();
        grid.insert(QStringLiteral("version"), query.value(1).toInt());
        QJsonArray criteria = grid.value(QStringLiteral("criteria")).toArray();
        criteria.append(QJsonObject{{QStringLiteral("code"), query.value(2).toString()},
                                    {QStringLiteral("weight"), query.value(3).toDouble()},
                                    {QStringLiteral("scale_min"), query.value(4).toInt()},
                                    {QStringLiteral("scale_max"), query.value(5).toInt()}});
        grid.insert(QStringLiteral("criteria"), criteria);
        grids.insert(query.value(0).toString(), grid);
    }
    QJsonObject settings;
    if (!query.exec(QStringLiteral("SELECT key, value FROM setting WHERE key LIKE 'scoring.%' ORDER BY key"))) {
        return sqlError(readFailed(), query);
    }
    while (query.next()) {
        settings.insert(query.value(0).toString(), query.value(1).toString());
    }
    QJsonArray items;
    for (const RunRow& r : rows) {
        items.append(QJsonObject{{QStringLiteral("candidature"), r.item.candidatureId},
                                 {QStringLiteral("finess"), r.finess},
                                 {QStringLiteral("domain"), r.domainCode},
                                 {QStringLiteral("score"), r.item.score},
                                 {QStringLiteral("rank"), r.item.domainRank},
                                 {QStringLiteral("amount_cents"), r.item.amountCents},
                                 {QStringLiteral("decision"), r.item.decision}});
    }
    return QJsonObject{{QStringLiteral("parameters"), parametersToJson(run.parameters)},
                       {QStringLiteral("grids"), grids},
                       {QStringLiteral("scoring_settings"), settings},
                       {QStringLiteral("items"), items}};
}

} // namespace

Result<void> sealRunInTransaction(const Database& db, qint64 id, const QString& sha256, const QString& author,
                                  const QDateTime& sealedAt)
{
    // Two referents cannot seal at once (issue 8): the second is told to wait.
    if (Result<void> locked = lockForTransaction(db, QStringLiteral("seal")); !locked) {
        return locked;
    }
    Result<RunSummary> run = loadRun(db, id);
    if (!run) {
        return run.error();
    }
    if (run->sealed()) {
        return alreadySealed(id);
    }
    Result<QList<RunRow>> rows = loadRunRows(db, id);
    if (!rows) {
        return rows.error();
    }
    return sealRunInTransaction(db, id, rows.value(), sha256, author, sealedAt);
}

Result<void> sealRunInTransaction(const Database& db, qint64 id, const QList<RunRow>& rows, const QString& sha256,
                                  const QString& author, const QDateTime& sealedAt)
{
    if (Result<void> locked = lockForTransaction(db, QStringLiteral("seal")); !locked) {
        return locked;
    }
    Result<RunSummary> run = loadRun(db, id);
    if (!run) {
        return run.error();
    }
    if (run->sealed()) {
        return alreadySealed(id);
    }
    Result<QJsonObject> frozen = snapshot(db, run.value(), rows);
    if (!frozen) {
        return frozen.error();
    }
    const QString who = author.isEmpty() ? currentAuthor() : author;
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("UPDATE preselection_run SET superseded_by = ? WHERE sealed_at IS NOT NULL AND "
                                 "superseded_by IS NULL AND id <> ?"));
    query.addBindValue(id);
    query.addBindValue(id);
    if (!query.exec()) {
        return sqlError(writeFailed(), query);
    }
    query.prepare(QStringLiteral("UPDATE preselection_run SET sealed_at = ?, sealed_by = ?, export_sha256 = ?, "
                                 "snapshot_json = ? WHERE id = ?"));
    query.addBindValue(isoTime(sealedAt));
    query.addBindValue(who);
    query.addBindValue(sha256);
    query.addBindValue(QString::fromUtf8(QJsonDocument(frozen.value()).toJson(QJsonDocument::Compact)));
    query.addBindValue(id);
    if (!query.exec()) {
        return sqlError(writeFailed(), query);
    }
    Result<Workflow> workflow = Workflow::load(db);
    if (!workflow) {
        return workflow.error();
    }
    // Every file in one pass, each with its reason (a file left out says why); one audit entry per file moved.
    QList<StateMove> moves;
    const QString version = QCoreApplication::translate("Palier::Selection", "Preselection version %1").arg(id);
    for (const RunRow& r : rows) {
        if (r.state != r.item.decision) {
            const QString reason =
                r.item.decision == QLatin1String("non_retenu") && !r.item.reason.isEmpty() ? r.item.reason : version;
            moves.append({r.item.candidatureId, r.item.decision, reason});
        }
    }
    if (Result<QList<StateChange>> moved = applyStateMoves(db, workflow.value(), moves, who, sealedAt); !moved) {
        return moved.error();
    }
    return {};
}

} // namespace Palier
