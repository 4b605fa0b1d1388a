// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Funded projects: created from the notified, retained files; finished or abandoned, with the candidature's
// workflow kept in step; progress notes.

#include "Result.h"
#include "followup/FollowUpTypes.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace Palier {

class Database;

/// A file that could become a project but did not, and why (translated).
struct ProjectSkipped
{
    qint64 candidatureId = 0;
    QString reason;
};

/// What createProjects() did.
struct ProjectCreation
{
    QList<qint64> created;         ///< ids of the new projects, by candidature id
    int alreadyProjects = 0;       ///< retained files that already had a project (untouched)
    QList<ProjectSkipped> skipped; ///< notified files with no selected item in the current sealed version
    qint64 createdCents = 0;       ///< total granted to the new projects
};

/// Creates a project for every file in state notifie (or later: en_cours, termine, abandonne) that the current
/// sealed preselection version selected and that has no project yet: granted = that version's amount, selection
/// and usage years from paymentPlan() (Funding.h), started on the file's planned start (else `today`), with its
/// schedule (amorçage and usage tranches, planned). Files in notifie go to en_cours through the workflow
/// (history kept). Idempotent: a second call creates nothing. One transaction. Refused as a whole, nothing
/// written, with error "followup.envelope-exceeded" when the commitments would pass the roadmap's envelope (total,
/// or a year of envelopePerYear); "followup.no-sealed-run" when there is no sealed version.
Result<ProjectCreation> createProjects(const Database& db, const QDate& today = QDate::currentDate());
/// createProjects() inside a transaction the caller holds (the demo): opens none; on error the caller rolls back.
/// `when` is recorded as the creation and workflow time, `author` (empty: currentAuthor()) in the files' history.
Result<ProjectCreation> createProjectsInTransaction(const Database& db, const QDateTime& when,
                                                    const QString& author = {});

/// Every project, by domain then FINESS, with its payments' totals. One query.
Result<QList<Project>> listProjects(const Database& db);
/// One project; error "followup.unknown-project".
Result<Project> loadProject(const Database& db, qint64 projectId);

/// The states a project in `from` may go to: en_cours → termine | abandonne; none from the two others.
QList<ProjectState> allowedProjectTargets(ProjectState from);

/// A requested change of a project's state.
struct ProjectStateChange
{
    ProjectState to = ProjectState::Finished;
    QDate date;     ///< termine: the finishing date (required); abandonne: when (invalid: today)
    QString reason; ///< abandonne: required
    QString author; ///< empty: currentAuthor()
};

/// Moves a project (and its candidature, through the workflow, history kept) to `change.to`, in one transaction.
/// Abandoning cancels its planned and due tranches (paid ones stay) and records the reason as a note. Errors:
/// "followup.unknown-project", "followup.project-transition" (not allowed from its state: the message says which
/// are), "followup.date-required" (termine without a date, or a date before the start), "followup.reason-required",
/// the workflow's. With `expectedVersion` (the Project::rowVersion the user saw), "db.conflict" when someone changed
/// the project since: the message says who, when and where it stands now (projectStateDescription()), nothing is
/// written.
Result<Project> changeProjectState(const Database& db, qint64 projectId, const ProjectStateChange& change,
                                   std::optional<qint64> expectedVersion = std::nullopt);
/// changeProjectState() inside the caller's transaction (the demo, tests); `when` is the time recorded.
Result<Project> applyProjectStateChange(const Database& db, qint64 projectId, const ProjectStateChange& change,
                                        const QDateTime& when, std::optional<qint64> expectedVersion = std::nullopt);
/// Where a project stands, in words (translated): "in progress", "finished on 30 June 2022", "abandoned (reason)".
QString projectStateDescription(const Project& project);

/// Adds a note to a project; error "followup.unknown-project", "followup.empty-note". Opens its own transaction.
Result<ProjectNote> addProjectNote(const Database& db, qint64 projectId, const QString& body,
                                   const QString& author = {});
/// addProjectNote() inside the caller's transaction, written at `when`.
Result<ProjectNote> insertProjectNote(const Database& db, qint64 projectId, const QString& body, const QString& author,
                                      const QDateTime& when);
/// The notes of a project, oldest first.
Result<QList<ProjectNote>> projectNotes(const Database& db, qint64 projectId);

} // namespace Palier
