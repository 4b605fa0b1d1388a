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
    // Establishments without any value come out once, with NULLs.
    QSqlQuery query(db.connection());
    setSequentialReading(query);
    if (!query.exec(QStringLiteral(
            "SELECT e.id, e.finess_et, e.name, g.prerequisite_id, g.present, g.not_reached FROM establishment e "
            "LEFT JOIN (SELECT v.establishment_id, i.prerequisite_id, count(*) AS present, "
            "    SUM(CASE WHEN i.value_type = 'boolean' THEN "
            "          (CASE WHEN abs(v.value - i.target) < 1e-9 THEN 0 ELSE 1 END) "
            "        WHEN v.value >= i.target - 1e-9 THEN 0 ELSE 1 END) AS not_reached "
            "  FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id "
            "  JOIN campaign c ON c.programme_id = i.programme_id "
            "  WHERE i.prerequisite_id IS NOT NULL AND v.value IS NOT NULL "
            "  GROUP BY v.establishment_id, i.prerequisite_id) g ON g.establishment_id = e.id "
            "ORDER BY e.finess_et, e.id"))) {
        return sqlError(EligibilityText::tr("Cannot compute the eligibility of the establishments."), query);
    }
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (table.rows.isEmpty() || table.rows.last().establishmentId != id) {
            table.index.insert(id, table.rows.size());
            table.rows.append(
                {id, query.value(1).toString(), query.value(2).toString(), false, nothingFilledIn, totalIndicators, 0});
        }
        const qsizetype position = query.isNull(3) ? -1 : column.value(query.value(3).toLongLong(), -1);
        if (position < 0) {
            continue;
        }
        EligibilityRow& row = table.rows.last();
        const int present = query.value(4).toInt();
        const int missing = indicatorCount.at(position) - present;
        const int notReached = query.value(5).toInt();
        row.missingIndicators -= present;
        row.notReachedIndicators += notReached;
        row.prerequisites[position] = notReached > 0 ? IndicatorStatus::NotReached
                                      : missing > 0  ? IndicatorStatus::Missing
                                                     : IndicatorStatus::Reached;
    }
    for (EligibilityRow& row : table.rows) {
        row.eligible = row.missingIndicators == 0 && row.notReachedIndicators == 0;
    }
    return table;
}

} // namespace Palier
