// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/Reconciliation.h"
// From this folder too: lupdate, run without include paths, then files FollowUp::tr under Palier::FollowUp.
#include "FollowUpTypes.h"

#include "db/Database.h"
#include "followup/FollowUpSql.h"
#include "selection/Roadmap.h"

#include <QHash>
#include <QSqlQuery>

namespace Palier {

namespace {

using FollowUpSql::money;

bool sameTotals(const PaymentTotals& a, const PaymentTotals& b)
{
    return a.paidCents == b.paidCents && a.dueCents == b.dueCents && a.plannedCents == b.plannedCents &&
           a.cancelledCents == b.cancelledCents;
}

/// The projects with their tranches, read row by row (the per-project sums are made here, the group sums by SQL:
/// two independent computations that must agree).
Result<void> readProjects(const Database& db, ReconciliationReport& report)
{
    QSqlQuery query(db.connection());
    setSequentialReading(query);
    if (!query.exec(QStringLiteral(
            "SELECT p.id, p.candidature_id, e.finess_et, d.code, p.state, p.granted_cents, c.state, y.tranche, "
            "y.state, y.amount_cents FROM project p JOIN candidature c ON c.id = p.candidature_id "
            "JOIN establishment e ON e.id = c.establishment_id JOIN domain d ON d.id = c.domain_id "
            "LEFT JOIN payment y ON y.project_id = p.id ORDER BY d.sort_order, e.finess_et, p.id, y.tranche"))) {
        return sqlError(FollowUp::tr("Cannot read the projects and their payments."), query);
    }
    QHash<qint64, QStringList> tranches;
    QHash<qint64, QString> candidatureStates;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (report.projects.isEmpty() || report.projects.last().projectId != id) {
            ProjectBalance b;
            b.projectId = id;
            b.candidatureId = query.value(1).toLongLong();
            b.finess = query.value(2).toString();
            b.domainCode = query.value(3).toString();
            b.state = projectStateFromCode(query.value(4).toString()).value_or(ProjectState::InProgress);
            b.grantedCents = query.value(5).toLongLong();
            candidatureStates.insert(id, query.value(6).toString());
            report.projects.append(b);
        }
        if (query.isNull(7)) {
            continue;
        }
        ProjectBalance& b = report.projects.last();
        ++b.payments;
        tranches[id].append(query.value(7).toString());
        b.totals.add(paymentStateFromCode(query.value(8).toString()).value_or(PaymentState::Planned),
                     query.value(9).toLongLong());
    }
    for (const ProjectBalance& b : std::as_const(report.projects)) {
        report.grantedCents += b.grantedCents;
        const auto problem = [&](const char* code, const QString& message) {
            report.problems.append({QString::fromLatin1(code), b.projectId, message});
        };
        if (b.totals.scheduledCents() != b.grantedCents) {
            problem("project-balance",
                    FollowUp::tr("Project %1 (%2, %3): paid %4 + due %5 + planned %6 + cancelled %7 = %8, but %9 was "
                                 "granted.")
                        .arg(b.projectId)
                        .arg(b.finess, b.domainCode, money(b.totals.paidCents), money(b.totals.dueCents),
                             money(b.totals.plannedCents), money(b.totals.cancelledCents),
                             money(b.totals.scheduledCents()), money(b.grantedCents)));
        }
        QStringList kinds = tranches.value(b.projectId);
        kinds.sort();
        if (kinds != QStringList{QStringLiteral("amorcage"), QStringLiteral("usage")}) {
            problem("schedule", FollowUp::tr("Project %1 (%2, %3) should have one start-up and one usage tranche; it "
                                             "has %Ln tranche(s).",
                                             "", int(kinds.size()))
                                    .arg(b.projectId)
                                    .arg(b.finess, b.domainCode));
        }
        if (b.state == ProjectState::Abandoned && (b.totals.dueCents != 0 || b.totals.plannedCents != 0)) {
            problem("abandoned-unpaid",
                    FollowUp::tr("Project %1 (%2, %3) is abandoned but still has %4 due or planned.")
                        .arg(b.projectId)
                        .arg(b.finess, b.domainCode, money(b.totals.dueCents + b.totals.plannedCents)));
        }
        if (candidatureStates.value(b.projectId) != projectStateCode(b.state)) {
            problem("workflow", FollowUp::tr("Project %1 is %2 but its file %3 is in state “%4”.")
                                    .arg(b.projectId)
                                    .arg(projectStateLabel(b.state))
                                    .arg(b.candidatureId)
                                    .arg(candidatureStates.value(b.projectId)));
        }
        report.totals.paidCents += b.totals.paidCents;
        report.totals.dueCents += b.totals.dueCents;
        report.totals.plannedCents += b.totals.plannedCents;
        report.totals.cancelledCents += b.totals.cancelledCents;
    }
    return {};
}

/// Group sums computed by SQL: per domain (`byDomain`) or per planned year.
Result<QList<GroupBalance>> groups(const Database& db, bool byDomain)
{
    QSqlQuery query(db.connection());
    setSequentialReading(query);
    const QString sql =
        byDomain ? QStringLiteral(
                       "SELECT d.code, y.state, SUM(y.amount_cents), count(DISTINCT p.id), "
                       "(SELECT SUM(p2.granted_cents) FROM project p2 JOIN candidature c2 ON c2.id = p2.candidature_id "
                       " WHERE c2.domain_id = d.id) "
                       "FROM payment y JOIN project p ON p.id = y.project_id JOIN candidature c ON c.id = "
                       "p.candidature_id JOIN domain d ON d.id = c.domain_id GROUP BY d.id, y.state "
                       "ORDER BY d.sort_order, y.state")
                 : QStringLiteral("SELECT CAST(y.planned_year AS TEXT), y.state, SUM(y.amount_cents), "
                                  "count(DISTINCT y.project_id), NULL FROM payment y "
                                  "GROUP BY y.planned_year, y.state ORDER BY y.planned_year, y.state");
    if (!query.exec(sql)) {
        return sqlError(FollowUp::tr("Cannot add up the payments."), query);
    }
    QList<GroupBalance> result;
    while (query.next()) {
        const QString key = query.value(0).toString();
        if (result.isEmpty() || result.last().key != key) {
            GroupBalance g;
            g.key = key;
            g.grantedCents = query.value(4).toLongLong();
            result.append(g);
        }
        GroupBalance& g = result.last();
        g.totals.add(paymentStateFromCode(query.value(1).toString()).value_or(PaymentState::Planned),
                     query.value(2).toLongLong());
        g.projects = qMax(g.projects, query.value(3).toInt());
        if (!byDomain) {
            g.grantedCents = g.totals.scheduledCents();
        }
    }
    return result;
}

/// Projects per group are counted over every state of the group (count(DISTINCT) per state only gives a lower
/// bound).
Result<void> countProjects(const Database& db, QList<GroupBalance>& groupsList, bool byDomain)
{
    QSqlQuery query(db.connection());
    setSequentialReading(query);
    const QString sql = byDomain ? QStringLiteral("SELECT d.code, count(*) FROM project p JOIN candidature c ON c.id = "
                                                  "p.candidature_id JOIN domain d ON d.id = c.domain_id GROUP BY d.id")
                                 : QStringLiteral("SELECT CAST(planned_year AS TEXT), count(DISTINCT project_id) FROM "
                                                  "payment GROUP BY planned_year");
    if (!query.exec(sql)) {
        return sqlError(FollowUp::tr("Cannot add up the payments."), query);
    }
    QHash<QString, int> counts;
    while (query.next()) {
        counts.insert(query.value(0).toString(), query.value(1).toInt());
    }
    for (GroupBalance& g : groupsList) {
        g.projects = counts.value(g.key, g.projects);
    }
    return {};
}

void checkGroups(ReconciliationReport& report, const QList<GroupBalance>& list, const char* code, const QString& what)
{
    PaymentTotals sum;
    qint64 granted = 0;
    for (const GroupBalance& g : list) {
        sum.paidCents += g.totals.paidCents;
        sum.dueCents += g.totals.dueCents;
        sum.plannedCents += g.totals.plannedCents;
        sum.cancelledCents += g.totals.cancelledCents;
        granted += g.grantedCents;
    }
    if (!sameTotals(sum, report.totals) || granted != report.grantedCents) {
        report.problems.append(
            {QString::fromLatin1(code), 0,
             FollowUp::tr("The sums %1 (paid %2, due %3, planned %4, cancelled %5, granted %6) differ from the totals "
                          "of the projects (paid %7, due %8, planned %9, cancelled %10, granted %11).")
                 .arg(what, money(sum.paidCents), money(sum.dueCents), money(sum.plannedCents),
                      money(sum.cancelledCents), money(granted), money(report.totals.paidCents),
                      money(report.totals.dueCents), money(report.totals.plannedCents))
                 .arg(money(report.totals.cancelledCents), money(report.grantedCents))});
    }
}

} // namespace

Result<ReconciliationReport> reconcile(const Database& db)
{
    ReconciliationReport report;
    if (Result<void> read = readProjects(db, report); !read) {
        return read.error();
    }
    for (const bool byDomain : {true, false}) {
        Result<QList<GroupBalance>> list = groups(db, byDomain);
        if (!list) {
            return list.error();
        }
        if (Result<void> counted = countProjects(db, list.value(), byDomain); !counted) {
            return counted.error();
        }
        (byDomain ? report.byDomain : report.byYear) = std::move(list).value();
    }
    checkGroups(report, report.byDomain, "domain-sum", FollowUp::tr("per domain"));
    checkGroups(report, report.byYear, "year-sum", FollowUp::tr("per year"));

    Result<Roadmap> roadmap = loadRoadmap(db);
    if (!roadmap) {
        return roadmap.error();
    }
    report.envelopeCents = roadmap->envelopeCents;
    report.committedCents = report.totals.committedCents();
    if (report.envelopeCents > 0 && report.committedCents > report.envelopeCents) {
        report.problems.append({QStringLiteral("envelope"), 0,
                                FollowUp::tr("The projects commit %1 (paid, due and planned) where the regional "
                                             "envelope is %2: %3 over.")
                                    .arg(money(report.committedCents), money(report.envelopeCents),
                                         money(report.committedCents - report.envelopeCents))});
    }
    for (GroupBalance& year : report.byYear) {
        const auto cap = roadmap->envelopePerYear.constFind(year.key.toInt());
        if (cap == roadmap->envelopePerYear.cend()) {
            continue;
        }
        year.envelopeCents = *cap;
        if (year.totals.committedCents() > *cap) {
            report.problems.append({QStringLiteral("envelope-year"), 0,
                                    FollowUp::tr("The payments of %1 come to %2 where the envelope of that year is %3.")
                                        .arg(year.key, money(year.totals.committedCents()), money(*cap))});
        }
    }
    return report;
}

} // namespace Palier
