// SPDX-License-Identifier: GPL-3.0-or-later
// Editing the roadmap: what keeps it from being saved, the domains it can name, the ARS's own milestones.
#include "db/Database.h"
#include "db/RowVersion.h"
#include "selection/Roadmap.h"
#include "selection/Selection.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace Palier {

namespace {

QString shareName(const RoadmapShare& share)
{
    return share.kind == QuotaKind::Domain ? share.code : SelectionTexts::statusName(share.code);
}

void validateShares(const Roadmap& roadmap, QStringList& problems)
{
    QSet<QString> seen;
    QHash<int, qint64> minimums;   // per kind
    QHash<int, double> plannedPct; // per kind
    for (const RoadmapShare& share : roadmap.shares) {
        const QString name = shareName(share);
        const QString key = QString::number(int(share.kind)) + share.code;
        if (seen.contains(key)) {
            problems.append(
                QCoreApplication::translate("Palier::Roadmap", "The planned split names %1 twice.").arg(name));
        }
        seen.insert(key);
        for (const std::optional<double>& value : {share.planned, share.min, share.max}) {
            if (value && *value < 0) {
                problems.append(
                    QCoreApplication::translate("Palier::Roadmap", "The planned split of %1 cannot be negative.")
                        .arg(name));
                break;
            }
            if (value && share.percent && *value > 100) {
                problems.append(
                    QCoreApplication::translate("Palier::Roadmap", "The planned split of %1 is over 100 %.").arg(name));
                break;
            }
        }
        if (share.min && share.max && *share.min > *share.max) {
            problems.append(
                QCoreApplication::translate("Palier::Roadmap", "The minimum of %1 is above its maximum.").arg(name));
        } else if (share.planned &&
                   ((share.min && *share.planned < *share.min) || (share.max && *share.planned > *share.max))) {
            problems.append(QCoreApplication::translate("Palier::Roadmap",
                                                        "The planned share of %1 is outside its minimum and maximum.")
                                .arg(name));
        }
        if (share.weight < 0) {
            problems.append(
                QCoreApplication::translate("Palier::Roadmap", "The weight of %1 cannot be negative.").arg(name));
        }
        if (share.min) {
            minimums[int(share.kind)] += shareCents(share, *share.min, roadmap.envelopeCents);
        }
        if (share.planned && share.percent) {
            plannedPct[int(share.kind)] += *share.planned;
        }
    }
    for (QuotaKind kind : {QuotaKind::Domain, QuotaKind::Status}) {
        const bool domains = kind == QuotaKind::Domain;
        if (minimums.value(int(kind)) > roadmap.envelopeCents) {
            problems.append((domains ? QCoreApplication::translate(
                                           "Palier::Roadmap",
                                           "The minimums of the domains add up to %1, more than the envelope (%2).")
                                     : QCoreApplication::translate(
                                           "Palier::Roadmap",
                                           "The minimums of the statuses add up to %1, more than the envelope (%2)."))
                                .arg(SelectionTexts::money(minimums.value(int(kind))),
                                     SelectionTexts::money(roadmap.envelopeCents)));
        }
        // A tenth of a point of tolerance: shares are often typed rounded.
        if (plannedPct.value(int(kind)) > 100.1) {
            problems.append(
                (domains ? QCoreApplication::translate("Palier::Roadmap",
                                                       "The planned shares of the domains add up to more than 100 %.")
                         : QCoreApplication::translate(
                               "Palier::Roadmap", "The planned shares of the statuses add up to more than 100 %.")));
        }
    }
}

Error milestoneError(const QString& message)
{
    return Error{QStringLiteral("roadmap.milestone"), message, {}};
}

/// Refuses a milestone the programme defines, or one that does not exist.
Result<void> checkArsMilestone(const Database& db, qint64 id)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT source FROM milestone WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return sqlError(QCoreApplication::translate("Palier::Roadmap", "Cannot read the calendar."), query);
    }
    if (!query.next()) {
        return milestoneError(
            QCoreApplication::translate("Palier::Roadmap", "This milestone no longer exists: reload the page."));
    }
    if (query.value(0).toString() != QLatin1String("ars")) {
        return milestoneError(QCoreApplication::translate(
            "Palier::Roadmap", "The programme's milestones cannot be changed: add one of the ARS instead."));
    }
    return {};
}

Result<void> checkMilestone(const Milestone& milestone)
{
    if (!milestone.dueOn.isValid()) {
        return milestoneError(QCoreApplication::translate("Palier::Roadmap", "Give the milestone a date."));
    }
    if (milestone.label.trimmed().isEmpty()) {
        return milestoneError(QCoreApplication::translate("Palier::Roadmap", "Give the milestone a label."));
    }
    return {};
}

/// Runs `write` in its own transaction.
template <typename Write>
Result<void> inTransaction(const Database& db, Write write)
{
    TransactionGuard guard(db);
    if (!guard.started()) {
        return guard.started().error();
    }
    if (Result<void> written = write(); !written) {
        return written;
    }
    return guard.commit();
}

} // namespace

QStringList validateRoadmap(const Roadmap& roadmap)
{
    QStringList problems;
    if (roadmap.envelopeCents < 0) {
        problems.append(QCoreApplication::translate("Palier::Roadmap", "The envelope cannot be negative."));
    }
    for (auto it = roadmap.envelopePerYear.cbegin(); it != roadmap.envelopePerYear.cend(); ++it) {
        if (it.key() < 2000 || it.key() > 2100) {
            problems.append(
                QCoreApplication::translate("Palier::Roadmap", "%1 is not a year of the programme.").arg(it.key()));
        }
        if (it.value() < 0) {
            problems.append(
                QCoreApplication::translate("Palier::Roadmap", "The envelope of %1 cannot be negative.").arg(it.key()));
        }
    }
    for (int n = 0; n < roadmap.axes.size(); ++n) {
        if (roadmap.axes.at(n).title.trimmed().isEmpty()) {
            problems.append(QCoreApplication::translate("Palier::Roadmap", "Axis %1 has no title.").arg(n + 1));
        }
    }
    validateShares(roadmap, problems);
    return problems;
}

Result<QList<RoadmapDomain>> loadRoadmapDomains(const Database& db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT code, label FROM domain WHERE programme_id = COALESCE((SELECT programme_id "
                                   "FROM campaign WHERE id = 1), (SELECT min(id) FROM programme)) "
                                   "ORDER BY sort_order, id"))) {
        return sqlError(QCoreApplication::translate("Palier::Roadmap", "Cannot read the regional roadmap."), query);
    }
    QList<RoadmapDomain> domains;
    while (query.next()) {
        domains.append({query.value(0).toString(), query.value(1).toString()});
    }
    return domains;
}

QStringList roadmapStatusCodes()
{
    return {QStringLiteral("public"), QStringLiteral("prive_non_lucratif"), QStringLiteral("prive_lucratif"),
            QStringLiteral("clcc")};
}

Result<qint64> addMilestone(const Database& db, const Milestone& milestone)
{
    if (Result<void> valid = checkMilestone(milestone); !valid) {
        return valid.error();
    }
    qint64 id = milestone.id;
    Result<void> written = inTransaction(db, [&]() -> Result<void> {
        QSqlQuery query(db.connection());
        // The id column only when given: PostgreSQL's identity column takes no NULL. A milestone given back (an
        // undone removal) takes back its version too, so that the edits undone after it find it as they left it.
        const bool restored = id > 0 && milestone.version > 0;
        query.prepare(QStringLiteral("INSERT INTO milestone (%1programme_id, due_on, label, source%3) VALUES "
                                     "(%2(SELECT programme_id FROM campaign WHERE id = 1), ?, ?, 'ars'%4)")
                          .arg(id > 0 ? QStringLiteral("id, ") : QString(), id > 0 ? QStringLiteral("?, ") : QString(),
                               restored ? QStringLiteral(", row_version") : QString(),
                               restored ? QStringLiteral(", ?") : QString()));
        if (id > 0) {
            query.addBindValue(id);
        }
        query.addBindValue(milestone.dueOn.toString(Qt::ISODate));
        query.addBindValue(milestone.label.trimmed());
        if (restored) {
            query.addBindValue(milestone.version);
        }
        if (!query.exec()) {
            return sqlError(QCoreApplication::translate("Palier::Roadmap", "Cannot record the milestone."), query);
        }
        if (id <= 0) {
            id = query.lastInsertId().toLongLong();
        }
        return {};
    });
    if (!written) {
        return written.error();
    }
    return id;
}

Result<void> updateMilestone(const Database& db, const Milestone& milestone)
{
    if (milestone.version > 0) {
        Result<qint64> written = updateMilestoneVersioned(db, milestone);
        return written ? Result<void>() : Result<void>(written.error());
    }
    if (Result<void> valid = checkMilestone(milestone); !valid) {
        return valid;
    }
    return inTransaction(db, [&]() -> Result<void> {
        if (Result<void> ars = checkArsMilestone(db, milestone.id); !ars) {
            return ars;
        }
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("UPDATE milestone SET due_on = ?, label = ? WHERE id = ?"));
        query.addBindValue(milestone.dueOn.toString(Qt::ISODate));
        query.addBindValue(milestone.label.trimmed());
        query.addBindValue(milestone.id);
        if (!query.exec()) {
            return sqlError(QCoreApplication::translate("Palier::Roadmap", "Cannot record the milestone."), query);
        }
        return {};
    });
}

Result<qint64> updateMilestoneVersioned(const Database& db, const Milestone& milestone, VersionConflict* conflict)
{
    if (Result<void> valid = checkMilestone(milestone); !valid) {
        return valid.error();
    }
    qint64 version = 0;
    Result<void> written = inTransaction(db, [&]() -> Result<void> {
        if (Result<void> ars = checkArsMilestone(db, milestone.id); !ars) {
            return ars;
        }
        Result<qint64> updated = updateWithVersion(db, QStringLiteral("milestone"), milestone.id, milestone.version,
                                                   {{QStringLiteral("due_on"), milestone.dueOn.toString(Qt::ISODate)},
                                                    {QStringLiteral("label"), milestone.label.trimmed()}},
                                                   conflict);
        if (!updated) {
            return updated.error();
        }
        version = updated.value();
        return {};
    });
    if (!written) {
        return written.error();
    }
    return version;
}

Result<void> removeMilestone(const Database& db, qint64 id, std::optional<qint64> expectedVersion)
{
    return inTransaction(db, [&]() -> Result<void> {
        if (Result<void> ars = checkArsMilestone(db, id); !ars) {
            return ars;
        }
        if (expectedVersion) {
            // Nothing changed, only the version checked: "db.conflict" when someone changed it meanwhile.
            if (Result<qint64> same = updateWithVersion(db, QStringLiteral("milestone"), id, *expectedVersion, {});
                !same) {
                return same.error();
            }
        }
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("DELETE FROM milestone WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec()) {
            return sqlError(QCoreApplication::translate("Palier::Roadmap", "Cannot record the milestone."), query);
        }
        return {};
    });
}

} // namespace Palier
