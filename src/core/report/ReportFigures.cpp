// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportFigures.h"

#include "db/Database.h"

#include <QHash>
#include <QMap>
#include <QSqlQuery>

namespace Palier {

namespace {

// Every figure is one GROUP BY over the projects and one over their tranches; `%1` is the grouping key. Plain SQL that
// SQLite and PostgreSQL both run (no boolean sums, CASE branches of one type).
const QString ProjectSums = QStringLiteral(
    "SELECT %1, count(*), "
    "sum(CASE WHEN p.state = 'termine' THEN 1 ELSE 0 END), sum(CASE WHEN p.state = 'en_cours' THEN 1 ELSE 0 END), "
    "sum(CASE WHEN p.state = 'abandonne' THEN 1 ELSE 0 END), count(DISTINCT c.establishment_id), "
    "coalesce(sum(p.granted_cents), 0), "
    "coalesce(sum(CASE WHEN p.state = 'termine' THEN p.granted_cents ELSE 0 END), 0) "
    "FROM project p JOIN candidature c ON c.id = p.candidature_id JOIN domain d ON d.id = c.domain_id "
    "JOIN establishment e ON e.id = c.establishment_id GROUP BY 1");
const QString PaymentSums =
    QStringLiteral("SELECT %1, "
                   "coalesce(sum(CASE WHEN t.state = 'verse' THEN t.amount_cents END), 0), "
                   "coalesce(sum(CASE WHEN t.state = 'du' THEN t.amount_cents END), 0), "
                   "coalesce(sum(CASE WHEN t.state = 'prevu' THEN t.amount_cents END), 0), "
                   "coalesce(sum(CASE WHEN t.state = 'annule' THEN t.amount_cents END), 0) "
                   "FROM payment t JOIN project p ON p.id = t.project_id JOIN candidature c ON c.id = p.candidature_id "
                   "JOIN domain d ON d.id = c.domain_id JOIN establishment e ON e.id = c.establishment_id GROUP BY 1");

Error readError(const QSqlQuery& query)
{
    return sqlError(Report::tr("Cannot read the figures of the report from the database."), query);
}

/// Fills the rows of `rows` (by key) with the sums grouped by `key`.
Result<void> addSums(const Database& db, const QString& key, QHash<QString, ReportRow>& rows)
{
    QSqlQuery query(db.connection());
    setSequentialReading(query);
    if (!query.exec(ProjectSums.arg(key))) {
        return readError(query);
    }
    while (query.next()) {
        ReportRow& row = rows[query.value(0).toString()];
        row.projects = query.value(1).toInt();
        row.finished = query.value(2).toInt();
        row.inProgress = query.value(3).toInt();
        row.abandoned = query.value(4).toInt();
        row.establishments = query.value(5).toInt();
        row.grantedCents = query.value(6).toLongLong();
        row.finishedGrantedCents = query.value(7).toLongLong();
    }
    if (!query.exec(PaymentSums.arg(key))) {
        return readError(query);
    }
    while (query.next()) {
        ReportRow& row = rows[query.value(0).toString()];
        row.paidCents = query.value(1).toLongLong();
        row.dueCents = query.value(2).toLongLong();
        row.plannedCents = query.value(3).toLongLong();
        row.cancelledCents = query.value(4).toLongLong();
    }
    return {};
}

/// Rows for every (code, label) listed by `listing`, in its order, with the sums grouped by `key`.
Result<QList<ReportRow>> groupRows(const Database& db, const QString& listing, const QString& key)
{
    QHash<QString, ReportRow> sums;
    if (Result<void> added = addSums(db, key, sums); !added) {
        return added.error();
    }
    QSqlQuery query(db.connection());
    setSequentialReading(query);
    if (!query.exec(listing)) {
        return readError(query);
    }
    QList<ReportRow> rows;
    while (query.next()) {
        ReportRow row = sums.value(query.value(0).toString());
        row.code = query.value(0).toString();
        row.label = query.value(1).toString();
        rows.append(row);
    }
    return rows;
}

Result<QList<ReportYear>> yearRows(const Database& db)
{
    QSqlQuery query(db.connection());
    setSequentialReading(query);
    // Paid tranches count in the year they were paid; the others in the year they are planned for.
    if (!query.exec(QStringLiteral(
            "SELECT CASE WHEN state = 'verse' THEN CAST(substr(paid_on, 1, 4) AS INTEGER) ELSE planned_year END AS y, "
            "coalesce(sum(CASE WHEN state = 'verse' THEN amount_cents END), 0), "
            "coalesce(sum(CASE WHEN state = 'du' THEN amount_cents END), 0), "
            "coalesce(sum(CASE WHEN state = 'prevu' THEN amount_cents END), 0) "
            "FROM payment WHERE state <> 'annule' GROUP BY y ORDER BY y"))) {
        return readError(query);
    }
    QList<ReportYear> years;
    while (query.next()) {
        years.append({query.value(0).toInt(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                      query.value(3).toLongLong()});
    }
    return years;
}

} // namespace

Result<ReportFigures> computeReportFigures(const Database& db)
{
    ReportFigures figures;
    QSqlQuery query(db.connection());
    setSequentialReading(query);
    if (!query.exec(
            QStringLiteral("SELECT p.code, p.name, c.name, c.region_code, r.name FROM campaign c "
                           "JOIN programme p ON p.id = c.programme_id JOIN region r ON r.code = c.region_code"))) {
        return readError(query);
    }
    if (!query.next()) {
        return Error{QStringLiteral("campaign.none"),
                     Report::tr("This database holds no campaign yet: there is nothing to report. Create the campaign "
                                "or open another database."),
                     db.path()};
    }
    figures.programmeCode = query.value(0).toString();
    figures.programmeName = query.value(1).toString();
    figures.campaignName = query.value(2).toString();
    const ReportRegion campaignRegion{query.value(3).toString(), query.value(4).toString()};

    // A consolidated (national) database, or the national demo, spans several regions: those of its establishments.
    if (!query.exec(QStringLiteral("SELECT DISTINCT r.code, r.name FROM establishment e "
                                   "JOIN department d ON d.code = e.department_code "
                                   "JOIN region r ON r.code = d.region_code "
                                   "WHERE e.id IN (SELECT establishment_id FROM candidature) ORDER BY r.code"))) {
        return readError(query);
    }
    while (query.next()) {
        figures.regions.append({query.value(0).toString(), query.value(1).toString()});
    }
    if (figures.regions.isEmpty()) {
        figures.regions.append(campaignRegion);
    }
    query.finish();

    QHash<QString, ReportRow> total;
    if (Result<void> added = addSums(db, QStringLiteral("''"), total); !added) {
        return added.error();
    }
    figures.total = total.value(QString());

    // The programme's domains, and any other domain a project belongs to (none in a sound database).
    Result<QList<ReportRow>> domains =
        groupRows(db,
                  QStringLiteral("SELECT code, min(label) FROM domain WHERE programme_id IN (SELECT programme_id FROM "
                                 "campaign) OR id IN (SELECT c.domain_id FROM project p JOIN candidature c ON c.id = "
                                 "p.candidature_id) GROUP BY code ORDER BY min(sort_order), code"),
                  QStringLiteral("d.code"));
    if (!domains) {
        return domains.error();
    }
    figures.byDomain = domains.value();
    Result<QList<ReportRow>> statuses =
        groupRows(db, QStringLiteral("SELECT code, label FROM legal_status ORDER BY sort_order, code"),
                  QStringLiteral("e.legal_status"));
    if (!statuses) {
        return statuses.error();
    }
    figures.byStatus = statuses.value();
    Result<QList<ReportYear>> years = yearRows(db);
    if (!years) {
        return years.error();
    }
    figures.byYear = years.value();
    return figures;
}

} // namespace Palier
