// SPDX-License-Identifier: GPL-3.0-or-later
#include "selection/Funding.h"

#include "db/Database.h"
#include "workflow/Workflow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Palier {

qint64 grantedAmount(const FundingRules& rules, const QString& sizeClass, const QString& domainCode,
                     qint64 requestedCents, std::optional<qint64> overrideCents)
{
    if (overrideCents) {
        return *overrideCents;
    }
    const auto forfait = rules.grid.constFind({sizeClass, domainCode});
    if (!sizeClass.isEmpty() && forfait != rules.grid.cend()) {
        return *forfait;
    }
    return qBound(rules.forfaitMinCents, requestedCents, qMax(rules.forfaitMinCents, rules.forfaitMaxCents));
}

PaymentPlan paymentPlan(const FundingRules& rules, qint64 amountCents, const QDate& plannedEnd)
{
    PaymentPlan plan;
    plan.seedYear = rules.selectionYear;
    plan.seedCents = amountCents * rules.seedSharePercent / 100;
    plan.usageCents = amountCents - plan.seedCents;
    const int last = qMax(rules.lastYear, rules.selectionYear + 1);
    plan.usageYear =
        plannedEnd.isValid() ? qBound(rules.selectionYear, plannedEnd.year(), last) : rules.selectionYear + 1;
    return plan;
}

Result<FundingRules> loadFundingRules(const Database& db)
{
    FundingRules rules;
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral(
            "SELECT p.id, p.forfait_min_cents, p.forfait_max_cents, p.seed_share_percent, c.first_year, c.last_year "
            "FROM programme p LEFT JOIN campaign c ON c.programme_id = p.id "
            "WHERE p.id = COALESCE((SELECT programme_id FROM campaign WHERE id = 1), (SELECT min(id) FROM "
            "programme))"))) {
        return sqlError(QCoreApplication::translate("Palier::Funding", "Cannot read the programme's funding rules."),
                        query);
    }
    qint64 programmeId = 0;
    if (query.next()) {
        programmeId = query.value(0).toLongLong();
        rules.forfaitMinCents = query.value(1).toLongLong();
        rules.forfaitMaxCents = query.value(2).toLongLong();
        rules.seedSharePercent = query.value(3).toInt();
        rules.selectionYear = query.value(4).isNull() ? QDate::currentDate().year() : query.value(4).toInt();
        rules.lastYear = query.value(5).isNull() ? rules.selectionYear + 4 : query.value(5).toInt();
    }
    query.prepare(QStringLiteral("SELECT g.size_class, d.code, g.amount_cents FROM forfait_grid g "
                                 "JOIN domain d ON d.id = g.domain_id WHERE g.programme_id = ?"));
    query.addBindValue(programmeId);
    if (!query.exec()) {
        return sqlError(QCoreApplication::translate("Palier::Funding", "Cannot read the forfait grid."), query);
    }
    while (query.next()) {
        rules.grid.insert({query.value(0).toString(), query.value(1).toString()}, query.value(2).toLongLong());
    }
    return rules;
}

Result<void> setAmountOverride(const Database& db, qint64 candidatureId, std::optional<qint64> amountCents,
                               const QString& reason, const QString& author)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM candidature WHERE id = ?"));
    query.addBindValue(candidatureId);
    if (!query.exec() || !query.next()) {
        return Error{QStringLiteral("funding.unknown-candidature"),
                     QCoreApplication::translate("Palier::Funding", "There is no file number %1.").arg(candidatureId),
                     query.lastError().text()};
    }
    if (!amountCents) {
        query.prepare(QStringLiteral("DELETE FROM amount_override WHERE candidature_id = ?"));
        query.addBindValue(candidatureId);
    } else {
        if (reason.trimmed().isEmpty() || *amountCents < 0) {
            return Error{
                QStringLiteral("funding.reason-required"),
                QCoreApplication::translate(
                    "Palier::Funding", "Give a reason for changing the amount granted, and an amount of 0 or more."),
                {}};
        }
        // Portable (SQLite and PostgreSQL), and an update rather than a delete and an insert in the audit trail.
        query.prepare(QStringLiteral(
            "INSERT INTO amount_override (candidature_id, amount_cents, reason, author, changed_at) VALUES (?, ?, ?, "
            "?, ?) ON CONFLICT (candidature_id) DO UPDATE SET amount_cents = excluded.amount_cents, reason = "
            "excluded.reason, author = excluded.author, changed_at = excluded.changed_at"));
        query.addBindValue(candidatureId);
        query.addBindValue(*amountCents);
        query.addBindValue(reason.trimmed());
        query.addBindValue(author.isEmpty() ? currentAuthor() : author);
        query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    }
    if (!query.exec()) {
        return sqlError(QCoreApplication::translate("Palier::Funding", "Cannot record the amount granted."), query);
    }
    return {};
}

} // namespace Palier
