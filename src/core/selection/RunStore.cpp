// SPDX-License-Identifier: GPL-3.0-or-later
#include "selection/RunStore.h"

#include "db/Database.h"
#include "selection/Funding.h"
#include "workflow/StateChange.h"
#include "workflow/Workflow.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
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

QJsonArray idsJson(const QSet<qint64>& ids)
{
    QList<qint64> sorted(ids.cbegin(), ids.cend());
    std::sort(sorted.begin(), sorted.end());
    QJsonArray array;
    for (qint64 id : sorted) {
        array.append(id);
    }
    return array;
}

QSet<qint64> idsFromJson(const QJsonValue& value)
{
    QSet<qint64> ids;
    for (const QJsonValue& v : value.toArray()) {
        ids.insert(v.toInteger());
    }
    return ids;
}

QString isoNow(const QDateTime& when)
{
    return (when.isValid() ? when : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODateWithMs);
}

RunSummary summaryFrom(const QSqlQuery& q)
{
    RunSummary run;
    run.id = q.value(0).toLongLong();
    run.method = methodFromCode(q.value(1).toString()).value_or(SelectionMethod::RankFill);
    run.parameters = parametersFromJson(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object());
    run.createdAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
    run.author = q.value(4).toString();
    run.totalScore = q.value(5).toDouble();
    run.totalCents = q.value(6).toLongLong();
    run.solverStatus = q.value(7).toString();
    run.gap = q.value(8).isNull() ? std::nullopt : std::optional<double>(q.value(8).toDouble());
    run.sealedAt = q.value(9).isNull() ? QDateTime() : QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
    run.sealedBy = q.value(10).toString();
    run.exportSha256 = q.value(11).toString();
    run.supersededBy = q.value(12).toLongLong();
    return run;
}

const QString RunColumns = QStringLiteral("id, method, parameters_json, created_at, author, total_score, total_cents, "
                                          "solver_status, gap, sealed_at, sealed_by, export_sha256, superseded_by");

} // namespace

QJsonObject parametersToJson(const SelectionParameters& p)
{
    QJsonArray quotas;
    for (const Quota& q : p.quotas) {
        QJsonObject quota{{QStringLiteral("key"), q.key()}};
        if (q.minCents) {
            quota.insert(QStringLiteral("min_cents"), *q.minCents);
        }
        if (q.maxCents) {
            quota.insert(QStringLiteral("max_cents"), *q.maxCents);
        }
        quotas.append(quota);
    }
    QJsonObject years;
    for (auto it = p.envelopePerYear.cbegin(); it != p.envelopePerYear.cend(); ++it) {
        years.insert(QString::number(it.key()), it.value());
    }
    QJsonObject weights;
    for (auto it = p.domainWeights.cbegin(); it != p.domainWeights.cend(); ++it) {
        weights.insert(it.key(), it.value());
    }
    QJsonObject reasons;
    for (auto it = p.forceReasons.cbegin(); it != p.forceReasons.cend(); ++it) {
        reasons.insert(QString::number(it.key()), it.value());
    }
    return {{QStringLiteral("method"), methodCode(p.method)},
            {QStringLiteral("envelope_cents"), p.envelopeCents},
            {QStringLiteral("envelope_per_year_cents"), years},
            {QStringLiteral("quotas"), quotas},
            {QStringLiteral("weight_by_domain"), p.weightByDomain},
            {QStringLiteral("domain_weights"), weights},
            {QStringLiteral("forced_in"), idsJson(p.forcedIn)},
            {QStringLiteral("forced_out"), idsJson(p.forcedOut)},
            {QStringLiteral("force_reasons"), reasons},
            {QStringLiteral("cover_departments"), p.coverDepartments},
            {QStringLiteral("cover_ghts"), p.coverGhts},
            {QStringLiteral("waiting_list_min_score"), p.waitingListMinScore},
            {QStringLiteral("time_limit_seconds"), p.timeLimitSeconds}};
}

SelectionParameters parametersFromJson(const QJsonObject& json)
{
    SelectionParameters p;
    p.method = methodFromCode(json.value(QStringLiteral("method")).toString()).value_or(SelectionMethod::RankFill);
    p.envelopeCents = json.value(QStringLiteral("envelope_cents")).toInteger();
    const QJsonObject years = json.value(QStringLiteral("envelope_per_year_cents")).toObject();
    for (auto it = years.constBegin(); it != years.constEnd(); ++it) {
        p.envelopePerYear.insert(it.key().toInt(), it.value().toInteger());
    }
    for (const QJsonValue& v : json.value(QStringLiteral("quotas")).toArray()) {
        const QJsonObject q = v.toObject();
        const QString key = q.value(QStringLiteral("key")).toString();
        Quota quota;
        if (key.startsWith(QLatin1String("status:"))) {
            quota.kind = QuotaKind::Status;
            quota.code = key.mid(7);
        } else {
            quota.code = key;
        }
        if (q.contains(QStringLiteral("min_cents"))) {
            quota.minCents = q.value(QStringLiteral("min_cents")).toInteger();
        }
        if (q.contains(QStringLiteral("max_cents"))) {
            quota.maxCents = q.value(QStringLiteral("max_cents")).toInteger();
        }
        p.quotas.append(quota);
    }
    p.weightByDomain = json.value(QStringLiteral("weight_by_domain")).toBool();
    const QJsonObject weights = json.value(QStringLiteral("domain_weights")).toObject();
    for (auto it = weights.constBegin(); it != weights.constEnd(); ++it) {
        p.domainWeights.insert(it.key(), it.value().toDouble());
    }
    p.forcedIn = idsFromJson(json.value(QStringLiteral("forced_in")));
    p.forcedOut = idsFromJson(json.value(QStringLiteral("forced_out")));
    p.coverDepartments = json.value(QStringLiteral("cover_departments")).toBool();
    p.coverGhts = json.value(QStringLiteral("cover_ghts")).toBool();
    const QJsonObject reasons = json.value(QStringLiteral("force_reasons")).toObject();
    for (auto it = reasons.constBegin(); it != reasons.constEnd(); ++it) {
        p.forceReasons.insert(it.key().toLongLong(), it.value().toString());
    }
    p.waitingListMinScore = json.value(QStringLiteral("waiting_list_min_score")).toDouble(50);
    p.timeLimitSeconds = json.value(QStringLiteral("time_limit_seconds")).toDouble(10);
    return p;
}

Result<qint64> insertRun(const Database& db, const SelectionParameters& parameters, const SelectionResult& result,
                         const QString& author, const QDateTime& createdAt)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("INSERT INTO preselection_run (method, parameters_json, created_at, author, "
                                 "total_score, total_cents, solver_status, gap) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(methodCode(result.method));
    query.addBindValue(QString::fromUtf8(QJsonDocument(parametersToJson(parameters)).toJson(QJsonDocument::Compact)));
    query.addBindValue(isoNow(createdAt));
    query.addBindValue(author.isEmpty() ? currentAuthor() : author);
    query.addBindValue(result.totalScore);
    query.addBindValue(result.totalCents);
    query.addBindValue(result.solverStatus);
    query.addBindValue(result.gap ? QVariant(*result.gap) : QVariant(QMetaType(QMetaType::Double)));
    if (!query.exec()) {
        return sqlError(writeFailed(), query);
    }
    const qint64 runId = query.lastInsertId().toLongLong();
    query.prepare(QStringLiteral("INSERT INTO preselection_item (run_id, candidature_id, selected, decision, "
                                 "amount_cents, score, domain_rank, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const SelectionItem& item : result.items) {
        query.addBindValue(runId);
        query.addBindValue(item.candidatureId);
        query.addBindValue(item.selected ? 1 : 0);
        query.addBindValue(item.decision);
        query.addBindValue(item.amountCents);
        query.addBindValue(item.score);
        query.addBindValue(item.domainRank);
        query.addBindValue(item.reason.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(item.reason));
        if (!query.exec()) {
            return sqlError(writeFailed(), query);
        }
    }
    return runId;
}

Result<qint64> saveRun(const Database& db, const SelectionParameters& parameters, const SelectionResult& result,
                       const QString& author)
{
    TransactionGuard guard(db);
    if (!guard.started()) {
        return guard.started().error();
    }
    Result<qint64> id = insertRun(db, parameters, result, author, {});
    if (!id) {
        return id;
    }
    if (Result<void> committed = guard.commit(); !committed) {
        return committed.error();
    }
    return id;
}

Result<QList<RunSummary>> listRuns(const Database& db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT %1 FROM preselection_run ORDER BY id DESC").arg(RunColumns))) {
        return sqlError(readFailed(), query);
    }
    QList<RunSummary> runs;
    while (query.next()) {
        runs.append(summaryFrom(query));
    }
    return runs;
}

Result<RunSummary> loadRun(const Database& db, qint64 id)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM preselection_run WHERE id = ?").arg(RunColumns));
    query.addBindValue(id);
    if (!query.exec()) {
        return sqlError(readFailed(), query);
    }
    if (!query.next()) {
        return Error{QStringLiteral("selection.unknown-run"),
                     QCoreApplication::translate("Palier::Selection",
                                                 "There is no preselection version %1. List the versions with "
                                                 "the Preselection page.")
                         .arg(id),
                     {}};
    }
    return summaryFrom(query);
}

Result<QList<RunRow>> loadRunRows(const Database& db, qint64 id)
{
    Result<FundingRules> rules = loadFundingRules(db);
    if (!rules) {
        return rules.error();
    }
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT i.candidature_id, i.selected, i.decision, i.amount_cents, i.score, i.domain_rank, i.reason, "
        "e.finess_et, e.finess_ej, e.name, e.legal_status, s.label, e.department_code, e.ght_code, d.code, c.title, "
        "c.state, c.requested_cents, c.planned_end, c.establishment_id FROM preselection_item i "
        "JOIN candidature c ON c.id = i.candidature_id JOIN establishment e ON e.id = c.establishment_id "
        "JOIN domain d ON d.id = c.domain_id LEFT JOIN legal_status s ON s.code = e.legal_status "
        "WHERE i.run_id = ? ORDER BY d.sort_order, d.code, i.domain_rank, i.candidature_id"));
    query.addBindValue(id);
    if (!query.exec()) {
        return sqlError(readFailed(), query);
    }
    QList<RunRow> rows;
    while (query.next()) {
        RunRow r;
        r.item = {query.value(0).toLongLong(), query.value(1).toBool(),   query.value(2).toString(),
                  query.value(3).toLongLong(), query.value(4).toDouble(), query.value(5).toInt(),
                  query.value(6).toString()};
        r.finess = query.value(7).toString();
        r.finessEj = query.value(8).toString();
        r.establishment = query.value(9).toString();
        r.status = query.value(10).toString();
        r.statusLabel = query.value(11).toString();
        r.department = query.value(12).toString();
        r.ght = query.value(13).toString();
        r.domainCode = query.value(14).toString();
        r.title = query.value(15).toString();
        r.state = query.value(16).toString();
        r.requestedCents = query.value(17).toLongLong();
        r.establishmentId = query.value(19).toLongLong();
        const PaymentPlan plan =
            paymentPlan(rules.value(), r.item.amountCents, QDate::fromString(query.value(18).toString(), Qt::ISODate));
        r.seedYear = plan.seedYear;
        r.seedCents = plan.seedCents;
        r.usageYear = plan.usageYear;
        r.usageCents = plan.usageCents;
        rows.append(r);
    }
    return rows;
}

} // namespace Palier
