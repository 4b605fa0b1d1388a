// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The regional roadmap: axes, envelope, planned split, strategy, calendar.

#include "Result.h"
#include "selection/SelectionTypes.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Palier {

class Database;

struct RoadmapAxis
{
    QString title;
    QString description;
    QStringList domains; ///< domain codes
};

/// A planned share of the envelope for a domain or a status, in % of the envelope or in cents.
struct RoadmapShare
{
    QuotaKind kind = QuotaKind::Domain;
    QString code;
    bool percent = true;
    std::optional<double> planned;
    std::optional<double> min;
    std::optional<double> max;
    double weight = 1; ///< domain weight of the optimal method's "score × weight" setting
};

struct Roadmap
{
    QString correspondent;
    QString strategyHtml;
    qint64 envelopeCents = 0;
    bool weightByDomain = false;
    QDate dgosDeadline; ///< invalid: found among the milestones
    QMap<int, qint64> envelopePerYear;
    QList<RoadmapAxis> axes;
    QList<RoadmapShare> shares;
};

/// A date of the calendar: the programme's and the ARS's own.
struct Milestone
{
    QDate dueOn;
    QString label;
    QString source; ///< programme, ars
    qint64 id = 0;
};

/// A domain of the campaign's programme a roadmap axis or share can name.
struct RoadmapDomain
{
    QString code;
    QString label;
};

/// The roadmap (an empty one when none was recorded).
Result<Roadmap> loadRoadmap(const Database& db);
/// Replaces the roadmap. Opens no transaction: the caller holds one (see saveRoadmapNow()).
Result<void> writeRoadmap(const Database& db, const Roadmap& roadmap);
/// writeRoadmap() in its own transaction.
Result<void> saveRoadmap(const Database& db, const Roadmap& roadmap);

/// The cents of `value` for `share` (a percentage of `envelopeCents`, or cents).
qint64 shareCents(const RoadmapShare& share, double value, qint64 envelopeCents);

/// Parameters for a run from the roadmap: envelope, per-year caps, min/max quotas in cents, weights.
SelectionParameters parametersFromRoadmap(const Roadmap& roadmap, SelectionMethod method);

/// What keeps `roadmap` from being saved, one translated sentence each; empty when it can be saved.
QStringList validateRoadmap(const Roadmap& roadmap);
/// The domains of the campaign's programme, in their order.
Result<QList<RoadmapDomain>> loadRoadmapDomains(const Database& db);
/// The legal status codes a share can name.
QStringList roadmapStatusCodes();

/// Every milestone of the campaign, by date.
Result<QList<Milestone>> loadMilestones(const Database& db);
/// Records an ARS milestone (under `milestone.id` when set, to undo a removal); its id. Own transaction.
Result<qint64> addMilestone(const Database& db, const Milestone& milestone);
/// Changes the date and label of the ARS milestone `milestone.id`; the programme's are refused. Own transaction.
Result<void> updateMilestone(const Database& db, const Milestone& milestone);
/// Removes the ARS milestone `id`; the programme's are refused. Own transaction.
Result<void> removeMilestone(const Database& db, qint64 id);
/// The date the preselection is due at DGOS: the roadmap's, else the milestone that says so; invalid if none.
Result<QDate> dgosDeadline(const Database& db);

} // namespace Palier
