// SPDX-License-Identifier: GPL-3.0-or-later
#include "prerequisites/Eligibility.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace Palier {

namespace {

struct EligibilityText
{
    Q_DECLARE_TR_FUNCTIONS(Palier::Eligibility)
};

} // namespace

const EligibilityRow* EligibilityTable::find(qint64 establishmentId) const
{
    const auto it = index.constFind(establishmentId);
    return it == index.constEnd() ? nullptr : &rows.at(*it);
}

int EligibilityTable::eligibleCount() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const EligibilityRow& r) { return r.eligible; }));
}

Result<EligibilityTable> eligibilityTable(const Database& db)
{
    Result<QList<Prerequisite>> prerequisites = campaignPrerequisites(db);
    if (!prerequisites) {
        return prerequisites.error();
    }
    EligibilityTable table;
    table.prerequisites = prerequisites.value();
    QHash<qint64, qsizetype> column;
    QList<int> indicatorCount;
    int totalIndicators = 0;
    QList<IndicatorStatus> nothingFilledIn;
    for (qsizetype i = 0; i < table.prerequisites.size(); ++i) {
        const int count = int(table.prerequisites.at(i).indicators.size());
        column.insert(table.prerequisites.at(i).id, i);
        indicatorCount.append(count);
        totalIndicators += count;
        // A prerequisite without indicators has nothing to reach.
        nothingFilledIn.append(count == 0 ? IndicatorStatus::Reached : IndicatorStatus::Missing);
    }

    // Per establishment and prerequisite: how many indicators have a value, how many of those miss their target.
    // The rule is indicatorStatus()'s: a boolean equals its target, a ratio or a count reaches it (1e-9 tolerance).
    // Two queries joined here rather than one LEFT JOIN: SQLite sorted the groups again into an automatic index and
    // the rows repeated each establishment's name once per prerequisite (national database: 395 M → 296 M
    // instructions, callgrind 2026-11-22).
    struct Group
    {
        qsizetype position = 0;
        int present = 0;
        int notReached = 0;
    };
    QHash<qint64, QList<Group>> groups;
    QSqlQuery query(db.connection());
    setSequentialReading(query);
    if (!query.exec(QStringLiteral("SELECT v.establishment_id, i.prerequisite_id, count(*) AS present, "
                                   "    SUM(CASE WHEN i.value_type = 'boolean' THEN "
                                   "          (CASE WHEN abs(v.value - i.target) < 1e-9 THEN 0 ELSE 1 END) "
                                   "        WHEN v.value >= i.target - 1e-9 THEN 0 ELSE 1 END) AS not_reached "
                                   "FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id "
                                   "JOIN campaign c ON c.programme_id = i.programme_id "
                                   "WHERE i.prerequisite_id IS NOT NULL AND v.value IS NOT NULL "
                                   "GROUP BY v.establishment_id, i.prerequisite_id"))) {
        return sqlError(EligibilityText::tr("Cannot compute the eligibility of the establishments."), query);
    }
    while (query.next()) {
        const qsizetype position = column.value(query.value(1).toLongLong(), -1);
        if (position >= 0) {
            groups[query.value(0).toLongLong()].append({position, query.value(2).toInt(), query.value(3).toInt()});
        }
    }
    query.finish();
    if (!query.exec(QStringLiteral("SELECT id, finess_et, name FROM establishment ORDER BY finess_et, id"))) {
        return sqlError(EligibilityText::tr("Cannot compute the eligibility of the establishments."), query);
    }
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        table.index.insert(id, table.rows.size());
        EligibilityRow row{
            id, query.value(1).toString(), query.value(2).toString(), false, nothingFilledIn, totalIndicators, 0};
        for (const Group& g : groups.value(id)) {
            const int missing = indicatorCount.at(g.position) - g.present;
            row.missingIndicators -= g.present;
            row.notReachedIndicators += g.notReached;
            row.prerequisites[g.position] = g.notReached > 0 ? IndicatorStatus::NotReached
                                            : missing > 0    ? IndicatorStatus::Missing
                                                             : IndicatorStatus::Reached;
        }
        table.rows.append(row);
    }
    for (EligibilityRow& row : table.rows) {
        row.eligible = row.missingIndicators == 0 && row.notReachedIndicators == 0;
    }
    return table;
}

} // namespace Palier
