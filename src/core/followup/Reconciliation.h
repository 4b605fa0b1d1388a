// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Do the amounts add up? Per project, per domain, per year, and against the roadmap's envelope.

#include "Result.h"
#include "followup/FollowUpTypes.h"

#include <QList>
#include <QMap>
#include <QString>

namespace Palier {

class Database;

/// One project's balance.
struct ProjectBalance
{
    qint64 projectId = 0;
    qint64 candidatureId = 0;
    QString finess;
    QString domainCode;
    ProjectState state = ProjectState::InProgress;
    qint64 grantedCents = 0;
    PaymentTotals totals;
    int payments = 0; ///< number of tranches (2 expected)
};

/// The sums of a group of tranches (a domain, or a planned year).
struct GroupBalance
{
    QString key;             ///< domain code, or the year as text
    int projects = 0;        ///< projects with a tranche in the group
    qint64 grantedCents = 0; ///< per domain: granted of its projects; per year: the tranches planned that year
    PaymentTotals totals;
    qint64 envelopeCents = -1; ///< per year: the roadmap's envelope for that year, -1 when none is set
};

/// One broken invariant, in words (translated) and as a code.
struct ReconciliationProblem
{
    QString code;         ///< "project-balance", "abandoned-unpaid", "schedule", "workflow", "domain-sum", "year-sum",
                          ///< "envelope", "envelope-year"
    qint64 projectId = 0; ///< 0 when it concerns a group
    QString message;
};

/// The reconciliation report: what `palier-cli reconcile` and the national report show.
struct ReconciliationReport
{
    QList<ProjectBalance> projects;
    QList<GroupBalance> byDomain; ///< by domain code
    QList<GroupBalance> byYear;   ///< by planned year
    qint64 grantedCents = 0;      ///< Σ granted of every project
    PaymentTotals totals;         ///< Σ over every tranche
    /// Envelope consumption: paid + due + planned of every project (an abandoned project counts what it was paid).
    qint64 committedCents = 0;
    qint64 envelopeCents = 0; ///< the roadmap's; 0 when none is set (then not checked)
    QList<ReconciliationProblem> problems;

    bool ok() const { return problems.isEmpty(); }
};

/// Checks, from the database as it is:
/// - per project: paid + due + planned + cancelled = granted, two tranches (amorçage and usage), an abandoned project
///   has nothing planned or due, the candidature's workflow state equals the project's;
/// - per domain and per year: the sums of the groups equal the totals;
/// - the envelope: committed ≤ roadmap envelope, and per year when envelopePerYear is set.
Result<ReconciliationReport> reconcile(const Database& db);

} // namespace Palier
