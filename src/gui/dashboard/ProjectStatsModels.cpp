// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectStatsModels.h"

#include "db/Database.h"
#include "followup/FollowUpTypes.h"

#include <QMap>
#include <QSqlQuery>

namespace Palier {

EnvelopeYearModel::EnvelopeYearModel(QObject* parent)
    : DashboardTableModel(parent)
{
    setColumns({{tr("Year"), Kind::Text},
                {tr("Envelope"), Kind::Amount},
                {tr("Committed"), Kind::Amount},
                {tr("Paid"), Kind::Amount}});
}

Result<void> EnvelopeYearModel::load(const Database& db)
{
    clear();
    struct Year
    {
        qint64 envelope = 0;
        qint64 committed = 0;
        qint64 paid = 0;
    };
    QMap<int, Year> years;
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT year, envelope_cents FROM roadmap_envelope_year"))) {
        return sqlError(tr("Cannot read the envelope per year."), query);
    }
    while (query.next()) {
        years[query.value(0).toInt()].envelope = query.value(1).toLongLong();
    }
    // A cancelled tranche commits nothing; the year is the one the tranche is planned for.
    if (!query.exec(
            QStringLiteral("SELECT planned_year, sum(CASE WHEN state <> 'annule' THEN amount_cents ELSE 0 END), "
                           "sum(CASE WHEN state = 'verse' THEN amount_cents ELSE 0 END) FROM payment "
                           "GROUP BY planned_year"))) {
        return sqlError(tr("Cannot read the payments per year."), query);
    }
    while (query.next()) {
        Year& year = years[query.value(0).toInt()];
        year.committed = query.value(1).toLongLong();
        year.paid = query.value(2).toLongLong();
    }
    QList<Row> rows;
    for (auto it = years.cbegin(); it != years.cend(); ++it) {
        rows.append(
            {it.key(), {QString::number(it.key()), euros(it->envelope), euros(it->committed), euros(it->paid)}});
    }
    setRows(rows);
    return {};
}

FinishedProjectsModel::FinishedProjectsModel(QObject* parent)
    : DashboardTableModel(parent)
{
    setColumns({{tr("Year"), Kind::Text},
                {tr("Finished"), Kind::Count},
                {tr("Finished to date"), Kind::Count},
                {tr("Share of the projects"), Kind::Percent}});
}

Result<void> FinishedProjectsModel::load(const Database& db)
{
    clear();
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM project")) || !query.next()) {
        return sqlError(tr("Cannot count the projects."), query);
    }
    const qint64 projects = query.value(0).toLongLong();
    if (!query.exec(QStringLiteral("SELECT substr(finished_on, 1, 4) AS year, count(*) FROM project "
                                   "WHERE state = 'termine' GROUP BY year ORDER BY year"))) {
        return sqlError(tr("Cannot count the projects finished."), query);
    }
    QList<Row> rows;
    qint64 cumulative = 0;
    while (query.next()) {
        const int year = query.value(0).toInt();
        cumulative += query.value(1).toLongLong();
        rows.append({year,
                     {QString::number(year), query.value(1).toLongLong(), cumulative,
                      percent(double(cumulative), double(projects))}});
    }
    setRows(rows);
    return {};
}

ProjectStateModel::ProjectStateModel(QObject* parent)
    : DashboardTableModel(parent)
{
    setColumns({{tr("State"), Kind::Text}, {tr("Projects"), Kind::Count}, {tr("Granted"), Kind::Amount}});
}

Result<void> ProjectStateModel::load(const Database& db)
{
    clear();
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT state, count(*), sum(granted_cents) FROM project GROUP BY state"))) {
        return sqlError(tr("Cannot count the projects."), query);
    }
    QHash<QString, std::pair<qint64, qint64>> counts;
    while (query.next()) {
        counts.insert(query.value(0).toString(), {query.value(1).toLongLong(), query.value(2).toLongLong()});
    }
    QList<Row> rows;
    // Every state is listed, in the order of a project's life, so that the pie keeps its colours.
    for (ProjectState state : {ProjectState::InProgress, ProjectState::Finished, ProjectState::Abandoned}) {
        const QString code = projectStateCode(state);
        const auto [count, granted] = counts.value(code);
        rows.append({code, {projectStateLabel(state), count, euros(granted)}});
    }
    setRows(rows);
    return {};
}

} // namespace Palier
