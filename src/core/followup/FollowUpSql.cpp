// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/FollowUpSql.h"
// From this folder too: lupdate, run without include paths, then files FollowUp::tr under Palier::FollowUp.
#include "FollowUpTypes.h"

#include "db/Database.h"

#include <QLocale>
#include <QSqlQuery>

namespace Palier::FollowUpSql {

namespace {

QDate dateOf(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QDateTime timeOf(const QVariant& value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid()) {
        time = QDateTime::fromString(value.toString(), Qt::ISODate);
    }
    time.setTimeSpec(Qt::UTC);
    return time;
}

bool execWith(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    setSequentialReading(query);
    if (!query.prepare(sql)) {
        return false;
    }
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    return query.exec();
}

} // namespace

Result<QList<Project>> projects(const Database& db, const QString& where, const QVariantList& values)
{
    const QString sql =
        QStringLiteral(
            "SELECT p.id, p.candidature_id, c.establishment_id, e.finess_et, e.name, e.legal_status, "
            "e.department_code, d.code, c.title, p.state, p.granted_cents, p.selection_year, p.usage_year, "
            "p.started_on, p.finished_on, p.state_reason, p.created_at, "
            // No condition on the state in the sub-queries: SQLite would take the payment_state index and read
            // every paid tranche for each project; on project_id it reads the project's two.
            "COALESCE((SELECT SUM(CASE WHEN state = 'verse' THEN amount_cents END) FROM payment WHERE project_id = "
            "p.id), 0), "
            "COALESCE((SELECT SUM(CASE WHEN state = 'du' THEN amount_cents END) FROM payment WHERE project_id = "
            "p.id), 0), "
            "COALESCE((SELECT SUM(CASE WHEN state = 'prevu' THEN amount_cents END) FROM payment WHERE project_id = "
            "p.id), 0), "
            "COALESCE((SELECT SUM(CASE WHEN state = 'annule' THEN amount_cents END) FROM payment WHERE project_id = "
            "p.id), 0), p.row_version "
            "FROM project p JOIN candidature c ON c.id = p.candidature_id "
            "JOIN establishment e ON e.id = c.establishment_id JOIN domain d ON d.id = c.domain_id %1 "
            "ORDER BY d.sort_order, e.finess_et, p.id")
            .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where);
    QSqlQuery query(db.connection());
    if (!execWith(query, sql, values)) {
        return sqlError(FollowUp::tr("Cannot read the projects."), query);
    }
    QList<Project> result;
    while (query.next()) {
        Project p;
        p.id = query.value(0).toLongLong();
        p.candidatureId = query.value(1).toLongLong();
        p.establishmentId = query.value(2).toLongLong();
        p.finess = query.value(3).toString();
        p.establishment = query.value(4).toString();
        p.legalStatus = query.value(5).toString();
        p.department = query.value(6).toString();
        p.domainCode = query.value(7).toString();
        p.title = query.value(8).toString();
        p.state = projectStateFromCode(query.value(9).toString()).value_or(ProjectState::InProgress);
        p.grantedCents = query.value(10).toLongLong();
        p.selectionYear = query.value(11).toInt();
        p.usageYear = query.value(12).toInt();
        p.startedOn = dateOf(query.value(13));
        p.finishedOn = dateOf(query.value(14));
        p.stateReason = query.value(15).toString();
        p.createdAt = timeOf(query.value(16));
        p.totals.paidCents = query.value(17).toLongLong();
        p.totals.dueCents = query.value(18).toLongLong();
        p.totals.plannedCents = query.value(19).toLongLong();
        p.totals.cancelledCents = query.value(20).toLongLong();
        p.rowVersion = query.value(21).toLongLong();
        result.append(p);
    }
    return result;
}

Result<QList<Payment>> payments(const Database& db, const QString& where, const QVariantList& values)
{
    const QString sql =
        QStringLiteral(
            "SELECT y.id, y.project_id, y.tranche, y.planned_year, y.amount_cents, y.state, y.due_on, "
            "y.paid_on, y.reference, y.changed_at, p.candidature_id, e.finess_et, e.name, d.code, p.state, "
            "y.row_version FROM payment y JOIN project p ON p.id = y.project_id "
            "JOIN candidature c ON c.id = p.candidature_id "
            "JOIN establishment e ON e.id = c.establishment_id JOIN domain d ON d.id = c.domain_id %1 "
            "ORDER BY COALESCE(y.due_on, CAST(y.planned_year AS TEXT) || '-12-31'), e.finess_et, d.sort_order, "
            "y.tranche, y.id")
            .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where);
    QSqlQuery query(db.connection());
    if (!execWith(query, sql, values)) {
        return sqlError(FollowUp::tr("Cannot read the payments."), query);
    }
    QList<Payment> result;
    while (query.next()) {
        Payment y;
        y.id = query.value(0).toLongLong();
        y.projectId = query.value(1).toLongLong();
        y.tranche = trancheFromCode(query.value(2).toString()).value_or(Tranche::Seed);
        y.plannedYear = query.value(3).toInt();
        y.amountCents = query.value(4).toLongLong();
        y.state = paymentStateFromCode(query.value(5).toString()).value_or(PaymentState::Planned);
        y.dueOn = dateOf(query.value(6));
        y.paidOn = dateOf(query.value(7));
        y.reference = query.value(8).toString();
        y.changedAt = timeOf(query.value(9));
        y.candidatureId = query.value(10).toLongLong();
        y.finess = query.value(11).toString();
        y.establishment = query.value(12).toString();
        y.domainCode = query.value(13).toString();
        y.projectState = projectStateFromCode(query.value(14).toString()).value_or(ProjectState::InProgress);
        y.rowVersion = query.value(15).toLongLong();
        result.append(y);
    }
    return result;
}

QVariant dateValue(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QString timeText(const QDateTime& when)
{
    return (when.isValid() ? when : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODate);
}

QString money(qint64 cents)
{
    return QLocale().toCurrencyString(double(cents) / 100.0, QStringLiteral("€"), cents % 100 == 0 ? 0 : 2);
}

Error unknownProject(qint64 projectId)
{
    return {QStringLiteral("followup.unknown-project"), FollowUp::tr("There is no project number %1.").arg(projectId),
            QString::number(projectId)};
}

Error unknownPayment(qint64 paymentId)
{
    return {QStringLiteral("followup.unknown-payment"), FollowUp::tr("There is no payment number %1.").arg(paymentId),
            QString::number(paymentId)};
}

} // namespace Palier::FollowUpSql
