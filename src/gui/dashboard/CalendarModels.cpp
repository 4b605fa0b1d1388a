// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarModels.h"

#include "db/Database.h"
#include "prerequisites/Eligibility.h"
#include "selection/Roadmap.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <array>

namespace Palier {

PrerequisiteReachModel::PrerequisiteReachModel(QObject* parent)
    : DashboardTableModel(parent)
{
    setColumns({{tr("Prerequisite"), Kind::Text},
                {tr("Reached"), Kind::Count},
                {tr("Not reached"), Kind::Count},
                {tr("Not filled in"), Kind::Count},
                {tr("Name"), Kind::Text}});
}

Result<void> PrerequisiteReachModel::load(const Database& db)
{
    clear();
    Result<EligibilityTable> table = eligibilityTable(db);
    if (!table) {
        return table.error();
    }
    // The establishments that applied: the registry holds many more that never will.
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT DISTINCT establishment_id FROM candidature"))) {
        return sqlError(tr("Cannot read the candidate establishments."), query);
    }
    QSet<qint64> candidates;
    while (query.next()) {
        candidates.insert(query.value(0).toLongLong());
    }
    const qsizetype count = table->prerequisites.size();
    QList<std::array<qint64, 3>> counts(count, {0, 0, 0});
    for (const EligibilityRow& row : table->rows) {
        if (!candidates.contains(row.establishmentId)) {
            continue;
        }
        for (qsizetype i = 0; i < count && i < row.prerequisites.size(); ++i) {
            ++counts[i][size_t(row.prerequisites.at(i))];
        }
    }
    QList<Row> rows;
    for (qsizetype i = 0; i < count; ++i) {
        const Prerequisite& prerequisite = table->prerequisites.at(i);
        const auto& c = counts.at(i);
        rows.append({prerequisite.code,
                     {prerequisite.code, c[size_t(IndicatorStatus::Reached)], c[size_t(IndicatorStatus::NotReached)],
                      c[size_t(IndicatorStatus::Missing)], prerequisite.label}});
    }
    setRows(rows);
    return {};
}

DeadlineModel::DeadlineModel(QObject* parent)
    : DashboardTableModel(parent)
{
    setColumns({{tr("Date"), Kind::Date}, {tr("Days left"), Kind::DaysLeft}, {tr("Milestone"), Kind::Text}});
}

Result<void> DeadlineModel::load(const Database& db)
{
    clear();
    Result<QList<Milestone>> milestones = loadMilestones(db);
    if (!milestones) {
        return milestones.error();
    }
    Result<Roadmap> roadmap = loadRoadmap(db);
    if (!roadmap) {
        return roadmap.error();
    }
    QList<Milestone> dates = milestones.value();
    // The roadmap may set its own DGOS deadline, apart from the calendar.
    const QDate deadline = roadmap->dgosDeadline;
    if (deadline.isValid() &&
        std::none_of(dates.cbegin(), dates.cend(), [&deadline](const Milestone& m) { return m.dueOn == deadline; })) {
        Milestone m;
        m.dueOn = deadline;
        m.label = tr("Preselection due at DGOS (roadmap)");
        dates.append(m);
        std::stable_sort(dates.begin(), dates.end(),
                         [](const Milestone& a, const Milestone& b) { return a.dueOn < b.dueOn; });
    }
    QList<Row> rows;
    for (const Milestone& m : dates) {
        rows.append({m.dueOn, {m.dueOn, m_today.daysTo(m.dueOn), m.label}});
    }
    setRows(rows);
    return {};
}

} // namespace Palier
