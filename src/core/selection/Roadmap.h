// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The regional roadmap: axes, envelope, planned split, strategy, calendar.

#include "Result.h"
#include "db/RowVersion.h"
#include "selection/SelectionTypes.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

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
    qint64 version = 0; ///< the row version of the whole roadmap as read (RowVersion.h); 0: none recorded yet
};

/// A date of the calendar: the programme's and the ARS's own.
struct Milestone
{
    QDate dueOn;
    QString label;
    QString source; ///< programme, ars
    qint64 id = 0;
    qint64 version = 0; ///< its row version as read (RowVersion.h); 0: unknown
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
/// saveRoadmap() of an edit prepared on version `expectedVersion` of the roadmap (Roadmap::version as loaded; 0 when
/// none was recorded): its new version; "db.conflict" when someone saved the roadmap since (its axes, envelopes,
/// shares or settings), with who and when when the audit trail says: nothing is written, the caller reads the
/// roadmap again to show both. Own transaction.
Result<qint64> saveRoadmapChecked(const Database& db, const Roadmap& roadmap, qint64 expectedVersion);
/// Who saved the roadmap last (its row, envelopes, axes or shares) and when, if the audit trail says.
LastChange lastRoadmapChange(const Database& db);

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
/// Records an ARS milestone (under `milestone.id` when set, to undo a removal, then with `milestone.version` when
/// set); its id. Own transaction.
Result<qint64> addMilestone(const Database& db, const Milestone& milestone);
/// Changes the date and label of the ARS milestone `milestone.id`; the programme's are refused. When
/// `milestone.version` is set, only if it is still at that version (see updateMilestoneVersioned()). Own transaction.
Result<void> updateMilestone(const Database& db, const Milestone& milestone);
/// updateMilestone() of an edit prepared on `milestone.version`: the milestone's new version; "db.conflict" when
/// someone changed it since (`conflict`, when given, gets both values: due_on, label), "roadmap.milestone" when it
/// is gone. Own transaction.
Result<qint64> updateMilestoneVersioned(const Database& db, const Milestone& milestone,
                                        VersionConflict* conflict = nullptr);
/// Removes the ARS milestone `id`; the programme's are refused. With `expectedVersion`, only if it is still at that
/// version ("db.conflict" otherwise). Own transaction.
Result<void> removeMilestone(const Database& db, qint64 id, std::optional<qint64> expectedVersion = std::nullopt);
/// The date the preselection is due at DGOS: the roadmap's, else the milestone that says so; invalid if none.
Result<QDate> dgosDeadline(const Database& db);

} // namespace Palier
