// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/Projects.h"
// From this folder too: lupdate, run without include paths, then files FollowUp::tr under Palier::FollowUp.
#include "FollowUpTypes.h"

#include "db/Database.h"
#include "db/RowVersion.h"
#include "followup/FollowUpSql.h"
#include "selection/Funding.h"
#include "selection/Roadmap.h"
#include "workflow/StateChange.h"
#include "workflow/Workflow.h"

#include <QLocale>
#include <QMap>
#include <QSqlQuery>

namespace Palier {

namespace {

using FollowUpSql::dateValue;
using FollowUpSql::money;
using FollowUpSql::timeText;

/// A retained file that becomes a project.
struct NewProject
{
    qint64 candidatureId = 0;
    QString state;
    qint64 grantedCents = 0;
    QDate plannedStart;
    PaymentPlan plan;
};

/// The amount each file was granted by the latest sealed version that decided it (a later version may hold only
/// the files still competing when it ran): candidature → amount, for the selected ones.
Result<QHash<qint64, qint64>> sealedGrants(const Database& db, bool& anySealed)
{
    QSqlQuery query(db.connection());
    setSequentialReading(query);
    if (!query.exec(QStringLiteral("SELECT i.candidature_id, i.amount_cents, i.selected FROM preselection_item i "
                                   "JOIN preselection_run r ON r.id = i.run_id "
                                   "WHERE r.sealed_at IS NOT NULL ORDER BY r.id"))) {
        return sqlError(FollowUp::tr("Cannot read the sealed preselection."), query);
    }
    QHash<qint64, qint64> grants;
    anySealed = false;
    while (query.next()) {
        anySealed = true;
        const qint64 candidature = query.value(0).toLongLong();
        if (query.value(2).toBool()) {
            grants.insert(candidature, query.value(1).toLongLong());
        } else {
            grants.remove(candidature);
        }
    }
    return grants;
}

/// What the projects already commit, in total and per planned year (paid + due + planned).
struct Commitments
{
    qint64 total = 0;
    QMap<int, qint64> perYear;
};

Result<Commitments> currentCommitments(const Database& db)
{
    QSqlQuery query(db.connection());
    setSequentialReading(query);
    if (!query.exec(QStringLiteral(
            "SELECT planned_year, SUM(amount_cents) FROM payment WHERE state <> 'annule' GROUP BY planned_year"))) {
        return sqlError(FollowUp::tr("Cannot read the payments."), query);
    }
    Commitments c;
    while (query.next()) {
        c.perYear.insert(query.value(0).toInt(), query.value(1).toLongLong());
        c.total += query.value(1).toLongLong();
    }
    return c;
}

/// Refuses new commitments that would pass the roadmap's envelope, in total or for one year.
Result<void> checkEnvelope(const Database& db, const QList<NewProject>& projects)
{
    Result<Roadmap> roadmap = loadRoadmap(db);
    if (!roadmap) {
        return roadmap.error();
    }
    Result<Commitments> current = currentCommitments(db);
    if (!current) {
        return current.error();
    }
    Commitments after = current.value();
    for (const NewProject& p : projects) {
        after.total += p.grantedCents;
        after.perYear[p.plan.seedYear] += p.plan.seedCents;
        after.perYear[p.plan.usageYear] += p.plan.usageCents;
    }
    const auto refuse = [](const QString& message) {
        return Error{QStringLiteral("followup.envelope-exceeded"), message, {}};
    };
    if (roadmap->envelopeCents > 0 && after.total > roadmap->envelopeCents) {
        return refuse(
            FollowUp::tr("Creating these %Ln project(s) would commit %1 where the regional envelope is %2 "
                         "(%3 over). Nothing was created: raise the envelope in the roadmap, or check the "
                         "amounts of the sealed preselection.",
                         "", int(projects.size()))
                .arg(money(after.total), money(roadmap->envelopeCents), money(after.total - roadmap->envelopeCents)));
    }
    for (auto it = roadmap->envelopePerYear.cbegin(); it != roadmap->envelopePerYear.cend(); ++it) {
        const qint64 year = after.perYear.value(it.key());
        if (year > it.value() && year > current->perYear.value(it.key())) {
            return refuse(FollowUp::tr("Creating these projects would plan %1 of payments in %2 where the envelope of "
                                       "that year is %3. Nothing was created: raise the envelope of %2 in the "
                                       "roadmap.")
                              .arg(money(year))
                              .arg(it.key())
                              .arg(money(it.value())));
        }
    }
    return {};
}

Result<QList<NewProject>> projectsToCreate(const Database& db, ProjectCreation& creation)
{
    bool anySealed = false;
    Result<QHash<qint64, qint64>> grants = sealedGrants(db, anySealed);
    if (!grants) {
        return grants.error();
    }
    Result<FundingRules> rules = loadFundingRules(db);
    if (!rules) {
        return rules.error();
    }
    QSqlQuery query(db.connection());
    setSequentialReading(query);
    if (!query.exec(QStringLiteral("SELECT c.id, c.state, c.planned_start, c.planned_end, "
                                   "(SELECT count(*) FROM project p WHERE p.candidature_id = c.id) FROM candidature c "
                                   "WHERE c.state IN ('notifie', 'en_cours', 'termine', 'abandonne') ORDER BY c.id"))) {
        return sqlError(FollowUp::tr("Cannot read the notified files."), query);
    }
    QList<NewProject> result;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (query.value(4).toInt() > 0) {
            ++creation.alreadyProjects;
            continue;
        }
        const auto grant = grants->constFind(id);
        if (grant == grants->cend()) {
            creation.skipped.append(
                {id, anySealed
                         ? FollowUp::tr("file %1 is notified but no sealed preselection version selected it").arg(id)
                         : FollowUp::tr("file %1 is notified but no preselection version is sealed").arg(id)});
            continue;
        }
        NewProject p;
        p.candidatureId = id;
        p.state = query.value(1).toString();
        p.grantedCents = *grant;
        p.plannedStart = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        p.plan = paymentPlan(rules.value(), *grant, QDate::fromString(query.value(3).toString(), Qt::ISODate));
        result.append(p);
    }
    return result;
}

Result<void> insertProject(const Database& db, const NewProject& p, const QDateTime& when, ProjectCreation& creation)
{
    const QString createdAt = timeText(when);
    // A file already past notifie (moved by hand) keeps its state; a finished or abandoned one needs what the
    // project's checks ask for.
    const QString state = p.state == QLatin1String("notifie") ? QStringLiteral("en_cours") : p.state;
    QSqlQuery insert(db.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO project (candidature_id, state, granted_cents, selection_year, usage_year, started_on, "
        "finished_on, state_reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(p.candidatureId);
    insert.addBindValue(state);
    insert.addBindValue(p.grantedCents);
    insert.addBindValue(p.plan.seedYear);
    insert.addBindValue(qMax(p.plan.usageYear, p.plan.seedYear));
    insert.addBindValue(dateValue(p.plannedStart.isValid() ? p.plannedStart : when.date()));
    insert.addBindValue(state == QLatin1String("termine") ? dateValue(when.date()) : dateValue({}));
    insert.addBindValue(state == QLatin1String("abandonne")
                            ? QVariant(FollowUp::tr("abandoned before the follow-up started"))
                            : QVariant(QMetaType(QMetaType::QString)));
    insert.addBindValue(createdAt);
    if (!insert.exec()) {
        return sqlError(FollowUp::tr("Cannot create the project of file %1.").arg(p.candidatureId), insert);
    }
    const qint64 projectId = insert.lastInsertId().toLongLong();
    QSqlQuery payment(db.connection());
    payment.prepare(QStringLiteral("INSERT INTO payment (project_id, tranche, planned_year, amount_cents, state, "
                                   "changed_at) VALUES (?, ?, ?, ?, ?, ?)"));
    const QString paymentState =
        state == QLatin1String("abandonne") ? QStringLiteral("annule") : QStringLiteral("prevu");
    for (const auto& [tranche, year, cents] :
         {std::tuple{Tranche::Seed, p.plan.seedYear, p.plan.seedCents},
          std::tuple{Tranche::Usage, qMax(p.plan.usageYear, p.plan.seedYear), p.plan.usageCents}}) {
        payment.addBindValue(projectId);
        payment.addBindValue(trancheCode(tranche));
        payment.addBindValue(year);
        payment.addBindValue(cents);
        payment.addBindValue(paymentState);
        payment.addBindValue(createdAt);
        if (!payment.exec()) {
            return sqlError(FollowUp::tr("Cannot write the payment schedule of file %1.").arg(p.candidatureId),
                            payment);
        }
    }
    creation.created.append(projectId);
    creation.createdCents += p.grantedCents;
    return {};
}

Result<ProjectCreation> createInTransaction(const Database& db, const QDateTime& when, const QString& author)
{
    ProjectCreation creation;
    Result<QList<NewProject>> toCreate = projectsToCreate(db, creation);
    if (!toCreate) {
        return toCreate.error();
    }
    if (toCreate->isEmpty()) {
        return creation;
    }
    if (Result<void> envelope = checkEnvelope(db, toCreate.value()); !envelope) {
        return envelope.error();
    }
    QList<qint64> notified;
    for (const NewProject& p : std::as_const(toCreate.value())) {
        if (Result<void> inserted = insertProject(db, p, when, creation); !inserted) {
            return inserted.error();
        }
        if (p.state == QLatin1String("notifie")) {
            notified.append(p.candidatureId);
        }
    }
    if (!notified.isEmpty()) {
        Result<Workflow> workflow = Workflow::load(db);
        if (!workflow) {
            return workflow.error();
        }
        Result<TransitionReport> moved =
            applyStateChange(db, workflow.value(), notified, QStringLiteral("en_cours"), {}, author, when);
        if (!moved) {
            return moved.error();
        }
    }
    return creation;
}

Error transitionRefused(const Project& project, ProjectState to)
{
    const QList<ProjectState> allowed = allowedProjectTargets(project.state);
    QStringList labels;
    for (ProjectState s : allowed) {
        labels.append(projectStateLabel(s));
    }
    return {QStringLiteral("followup.project-transition"),
            allowed.isEmpty()
                ? FollowUp::tr("Project %1 is %2: it cannot become %3 any more.")
                      .arg(project.id)
                      .arg(projectStateLabel(project.state), projectStateLabel(to))
                : FollowUp::tr("Project %1 is %2: it may become %3, not %4.")
                      .arg(project.id)
                      .arg(projectStateLabel(project.state), labels.join(FollowUp::tr(" or ")), projectStateLabel(to)),
            QStringLiteral("%1 -> %2").arg(projectStateCode(project.state), projectStateCode(to))};
}

/// The error of an edit prepared on version `expectedVersion` of a project that is now `now`.
Error projectConflict(const Database& db, const Project& now, qint64 expectedVersion)
{
    const LastChange last = lastChange(db, QStringLiteral("project"), now.id);
    const QString state = projectStateDescription(now);
    QString message;
    if (last.at.isValid()) {
        const QDateTime local = last.at.toLocalTime();
        message = FollowUp::tr("%1 changed project %2 on %3 at %4 while you were working on it: it is now %5. Your "
                               "change was not saved; the page now shows the project as it is.")
                      .arg(last.user.isEmpty() ? FollowUp::tr("Someone else") : last.user)
                      .arg(now.id)
                      .arg(QLocale().toString(local.date(), QStringLiteral("d MMMM yyyy")),
                           QLocale().toString(local.time(), QLocale::ShortFormat), state);
    } else {
        message = FollowUp::tr("Someone else changed project %1 while you were working on it: it is now %2. Your "
                               "change was not saved; the page now shows the project as it is.")
                      .arg(now.id)
                      .arg(state);
    }
    return {QStringLiteral("db.conflict"), message,
            QStringLiteral("project %1: version %2 expected, %3 found")
                .arg(now.id)
                .arg(expectedVersion)
                .arg(now.rowVersion)};
}

} // namespace

QString projectStateDescription(const Project& project)
{
    switch (project.state) {
    case ProjectState::Finished:
        return project.finishedOn.isValid()
                   ? FollowUp::tr("finished on %1")
                         .arg(QLocale().toString(project.finishedOn, QStringLiteral("d MMMM yyyy")))
                   : projectStateLabel(project.state);
    case ProjectState::Abandoned:
        return project.stateReason.isEmpty() ? projectStateLabel(project.state)
                                             : FollowUp::tr("abandoned (%1)").arg(project.stateReason);
    case ProjectState::InProgress:
        break;
    }
    return projectStateLabel(project.state);
}

Result<ProjectCreation> createProjects(const Database& db, const QDate& today)
{
    TransactionGuard transaction(db);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Result<ProjectCreation> creation = createInTransaction(
        db, today == now.date() || !today.isValid() ? now : QDateTime(today, QTime(12, 0), Qt::UTC), currentAuthor());
    if (!creation) {
        return creation;
    }
    if (Result<void> committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return creation;
}

Result<ProjectCreation> createProjectsInTransaction(const Database& db, const QDateTime& when, const QString& author)
{
    return createInTransaction(db, when, author.isEmpty() ? currentAuthor() : author);
}

Result<QList<Project>> listProjects(const Database& db)
{
    return FollowUpSql::projects(db, {}, {});
}

Result<Project> loadProject(const Database& db, qint64 projectId)
{
    Result<QList<Project>> found = FollowUpSql::projects(db, QStringLiteral("p.id = ?"), {projectId});
    if (!found) {
        return found.error();
    }
    if (found->isEmpty()) {
        return FollowUpSql::unknownProject(projectId);
    }
    return found->constFirst();
}

QList<ProjectState> allowedProjectTargets(ProjectState from)
{
    // The same moves as the workflow's en_cours → termine | abandonne (state_transition).
    if (from == ProjectState::InProgress) {
        return {ProjectState::Finished, ProjectState::Abandoned};
    }
    return {};
}

Result<Project> applyProjectStateChange(const Database& db, qint64 projectId, const ProjectStateChange& change,
                                        const QDateTime& when, std::optional<qint64> expectedVersion)
{
    Result<Project> project = loadProject(db, projectId);
    if (!project) {
        return project;
    }
    if (expectedVersion && project->rowVersion != *expectedVersion) {
        return projectConflict(db, project.value(), *expectedVersion);
    }
    if (!allowedProjectTargets(project->state).contains(change.to)) {
        return transitionRefused(project.value(), change.to);
    }
    const QDate today = (when.isValid() ? when : QDateTime::currentDateTimeUtc()).date();
    const QString reason = change.reason.trimmed();
    QDate endedOn = change.date;
    if (change.to == ProjectState::Finished) {
        if (!endedOn.isValid()) {
            return Error{QStringLiteral("followup.date-required"),
                         FollowUp::tr("Give the date project %1 was finished.").arg(projectId),
                         {}};
        }
    } else {
        if (reason.isEmpty()) {
            return Error{QStringLiteral("followup.reason-required"),
                         FollowUp::tr("Give the reason why project %1 is abandoned.").arg(projectId),
                         {}};
        }
        if (!endedOn.isValid()) {
            endedOn = today;
        }
    }
    if (endedOn > today || (project->startedOn.isValid() && endedOn < project->startedOn)) {
        return Error{QStringLiteral("followup.date-required"),
                     FollowUp::tr("The date %1 is not possible for project %2: it must be between its start (%3) and "
                                  "today.")
                         .arg(QLocale().toString(endedOn, QLocale::LongFormat))
                         .arg(projectId)
                         .arg(QLocale().toString(project->startedOn, QLocale::LongFormat)),
                     endedOn.toString(Qt::ISODate)};
    }
    const QString author = change.author.isEmpty() ? currentAuthor() : change.author;
    QSqlQuery update(db.connection());
    update.prepare(QStringLiteral("UPDATE project SET state = ?, finished_on = ?, state_reason = ? WHERE id = ?") +
                   (expectedVersion ? QStringLiteral(" AND row_version = ?") : QString()));
    update.addBindValue(projectStateCode(change.to));
    update.addBindValue(dateValue(endedOn));
    update.addBindValue(reason.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(reason));
    update.addBindValue(projectId);
    if (expectedVersion) {
        update.addBindValue(*expectedVersion);
    }
    if (!update.exec()) {
        return sqlError(FollowUp::tr("Cannot change the state of project %1.").arg(projectId), update);
    }
    if (expectedVersion && update.numRowsAffected() != 1) {
        // Changed by someone else between the reading and the writing (PostgreSQL: their commit came in between).
        Result<Project> now = loadProject(db, projectId);
        if (!now) {
            return now;
        }
        return projectConflict(db, now.value(), *expectedVersion);
    }
    if (change.to == ProjectState::Abandoned) {
        QSqlQuery cancel(db.connection());
        cancel.prepare(QStringLiteral("UPDATE payment SET state = 'annule', changed_at = ? "
                                      "WHERE project_id = ? AND state IN ('prevu', 'du')"));
        cancel.addBindValue(timeText(when));
        cancel.addBindValue(projectId);
        if (!cancel.exec()) {
            return sqlError(FollowUp::tr("Cannot cancel the payments of project %1.").arg(projectId), cancel);
        }
        Result<ProjectNote> note =
            insertProjectNote(db, projectId, FollowUp::tr("Project abandoned: %1").arg(reason), author, when);
        if (!note) {
            return note.error();
        }
    }
    // The candidature follows, through the workflow so that its history is kept.
    Result<Workflow> workflow = Workflow::load(db);
    if (!workflow) {
        return workflow.error();
    }
    Result<TransitionReport> moved = applyStateChange(db, workflow.value(), {project->candidatureId},
                                                      projectStateCode(change.to), reason, author, when);
    if (!moved) {
        return moved.error();
    }
    return loadProject(db, projectId);
}

Result<Project> changeProjectState(const Database& db, qint64 projectId, const ProjectStateChange& change,
                                   std::optional<qint64> expectedVersion)
{
    TransactionGuard transaction(db);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    Result<Project> project =
        applyProjectStateChange(db, projectId, change, QDateTime::currentDateTimeUtc(), expectedVersion);
    if (!project) {
        return project;
    }
    if (Result<void> committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return project;
}

Result<ProjectNote> insertProjectNote(const Database& db, qint64 projectId, const QString& body, const QString& author,
                                      const QDateTime& when)
{
    if (body.trimmed().isEmpty()) {
        return Error{QStringLiteral("followup.empty-note"), FollowUp::tr("Write the text of the note."), {}};
    }
    QSqlQuery exists(db.connection());
    exists.prepare(QStringLiteral("SELECT 1 FROM project WHERE id = ?"));
    exists.addBindValue(projectId);
    if (!exists.exec()) {
        return sqlError(FollowUp::tr("Cannot read the projects."), exists);
    }
    if (!exists.next()) {
        return FollowUpSql::unknownProject(projectId);
    }
    ProjectNote note{0, projectId, (when.isValid() ? when : QDateTime::currentDateTimeUtc()).toUTC(),
                     author.isEmpty() ? currentAuthor() : author, body.trimmed()};
    QSqlQuery insert(db.connection());
    insert.prepare(
        QStringLiteral("INSERT INTO project_note (project_id, written_at, author, body) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(projectId);
    insert.addBindValue(timeText(note.writtenAt));
    insert.addBindValue(note.author);
    insert.addBindValue(note.body);
    if (!insert.exec()) {
        return sqlError(FollowUp::tr("Cannot record the note of project %1.").arg(projectId), insert);
    }
    note.id = insert.lastInsertId().toLongLong();
    return note;
}

Result<ProjectNote> addProjectNote(const Database& db, qint64 projectId, const QString& body, const QString& author)
{
    TransactionGuard transaction(db);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    Result<ProjectNote> note = insertProjectNote(db, projectId, body, author, QDateTime::currentDateTimeUtc());
    if (!note) {
        return note;
    }
    if (Result<void> committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return note;
}

Result<QList<ProjectNote>> projectNotes(const Database& db, qint64 projectId)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral(
        "SELECT id, written_at, author, body FROM project_note WHERE project_id = ? ORDER BY written_at, id"));
    query.addBindValue(projectId);
    if (!query.exec()) {
        return sqlError(FollowUp::tr("Cannot read the notes of project %1.").arg(projectId), query);
    }
    QList<ProjectNote> notes;
    while (query.next()) {
        QDateTime at = QDateTime::fromString(query.value(1).toString(), Qt::ISODate);
        at.setTimeSpec(Qt::UTC);
        notes.append(
            {query.value(0).toLongLong(), projectId, at, query.value(2).toString(), query.value(3).toString()});
    }
    return notes;
}

} // namespace Palier
