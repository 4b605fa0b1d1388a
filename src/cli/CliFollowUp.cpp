// SPDX-License-Identifier: GPL-3.0-or-later
// palier-cli projects [create] and palier-cli project.
#include "CliFollowUp.h"

#include "CliOptions.h"
#include "CliOutput.h"
#include "db/Database.h"
#include "followup/Declarations.h"
#include "followup/Projects.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace Palier::Cli {

namespace {

/// The first schema that has the follow-up tables.
constexpr int FollowUpSchemaVersion = 8;

const QString IdOption = QStringLiteral("id");
const QString StateOption = QStringLiteral("state");
const QString DateOption = QStringLiteral("date");
const QString ReasonOption = QStringLiteral("reason");
const QString NoteOption = QStringLiteral("note");

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Palier::Cli::FollowUp)
};

QJsonValue dateJson(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject projectJson(const Project& p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("candidature"), p.candidatureId},
            {QStringLiteral("finess"), p.finess},
            {QStringLiteral("establishment"), p.establishment},
            {QStringLiteral("status"), p.legalStatus},
            {QStringLiteral("department"), p.department},
            {QStringLiteral("domain"), p.domainCode},
            {QStringLiteral("title"), p.title},
            {QStringLiteral("state"), projectStateCode(p.state)},
            {QStringLiteral("granted_cents"), p.grantedCents},
            {QStringLiteral("paid_cents"), p.totals.paidCents},
            {QStringLiteral("due_cents"), p.totals.dueCents},
            {QStringLiteral("planned_cents"), p.totals.plannedCents},
            {QStringLiteral("cancelled_cents"), p.totals.cancelledCents},
            {QStringLiteral("selection_year"), p.selectionYear},
            {QStringLiteral("usage_year"), p.usageYear},
            {QStringLiteral("started_on"), dateJson(p.startedOn)},
            {QStringLiteral("finished_on"), dateJson(p.finishedOn)},
            {QStringLiteral("state_reason"), p.stateReason.isEmpty() ? QJsonValue() : QJsonValue(p.stateReason)}};
}

void printProject(Output& output, const Project& p)
{
    output.line(QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9")
                    .arg(p.id, 5)
                    .arg(p.finess, p.domainCode)
                    .arg(projectStateLabel(p.state), -12)
                    .arg(FollowUpCli::money(p.grantedCents), 13)
                    .arg(FollowUpCli::money(p.totals.paidCents), 13)
                    .arg(FollowUpCli::money(p.totals.dueCents), 13)
                    .arg(FollowUpCli::money(p.totals.plannedCents), 13)
                    .arg(p.establishment));
}

int listProjects(const Database& db, Output& output)
{
    Result<QList<Project>> projects = Palier::listProjects(db);
    if (!projects) {
        return output.fail(projects.error());
    }
    QJsonArray list;
    PaymentTotals totals;
    qint64 granted = 0;
    QHash<ProjectState, int> counts;
    output.line(Text::tr("   id  FINESS     domain  state        granted        paid           due            planned  "
                         "      establishment"));
    for (const Project& p : std::as_const(projects.value())) {
        printProject(output, p);
        list.append(projectJson(p));
        granted += p.grantedCents;
        totals.paidCents += p.totals.paidCents;
        totals.dueCents += p.totals.dueCents;
        totals.plannedCents += p.totals.plannedCents;
        totals.cancelledCents += p.totals.cancelledCents;
        ++counts[p.state];
    }
    output.line(
        Text::tr("%1 project(s): %2 in progress, %3 finished, %4 abandoned; granted %5, paid %6, due %7, planned "
                 "%8, cancelled %9.")
            .arg(projects->size())
            .arg(counts.value(ProjectState::InProgress))
            .arg(counts.value(ProjectState::Finished))
            .arg(counts.value(ProjectState::Abandoned))
            .arg(FollowUpCli::money(granted), FollowUpCli::money(totals.paidCents), FollowUpCli::money(totals.dueCents),
                 FollowUpCli::money(totals.plannedCents), FollowUpCli::money(totals.cancelledCents)));
    output.json(
        {{QStringLiteral("projects"), list},
         {QStringLiteral("totals"), QJsonObject{{QStringLiteral("projects"), int(projects->size())},
                                                {QStringLiteral("en_cours"), counts.value(ProjectState::InProgress)},
                                                {QStringLiteral("termine"), counts.value(ProjectState::Finished)},
                                                {QStringLiteral("abandonne"), counts.value(ProjectState::Abandoned)},
                                                {QStringLiteral("granted_cents"), granted},
                                                {QStringLiteral("paid_cents"), totals.paidCents},
                                                {QStringLiteral("due_cents"), totals.dueCents},
                                                {QStringLiteral("planned_cents"), totals.plannedCents},
                                                {QStringLiteral("cancelled_cents"), totals.cancelledCents}}}});
    return Success;
}

int createProjects(const Database& db, Output& output)
{
    Result<ProjectCreation> creation = Palier::createProjects(db);
    if (!creation) {
        return output.fail(creation.error(), FollowUpCli::exitCodeOf(creation.error()));
    }
    output.line(Text::tr("%1 project(s) created for %2; %3 file(s) already had one.")
                    .arg(creation->created.size())
                    .arg(FollowUpCli::money(creation->createdCents))
                    .arg(creation->alreadyProjects));
    QJsonArray skipped;
    for (const ProjectSkipped& s : std::as_const(creation->skipped)) {
        output.line(Text::tr("Not created: %1").arg(s.reason));
        skipped.append(
            QJsonObject{{QStringLiteral("candidature"), s.candidatureId}, {QStringLiteral("reason"), s.reason}});
    }
    QJsonArray created;
    for (qint64 id : std::as_const(creation->created)) {
        created.append(id);
    }
    output.json({{QStringLiteral("created"), created},
                 {QStringLiteral("created_cents"), creation->createdCents},
                 {QStringLiteral("already"), creation->alreadyProjects},
                 {QStringLiteral("skipped"), skipped}});
    return creation->skipped.isEmpty() ? Success : ProblemsFound;
}

} // namespace

namespace FollowUpCli {

Result<std::unique_ptr<Database>> open(const QString& path, bool write)
{
    Result<std::unique_ptr<Database>> db = Database::open(path, {.readOnly = !write});
    if (db && db.value()->schemaVersion() < FollowUpSchemaVersion) {
        return Error{QStringLiteral("db.old-schema"),
                     QCoreApplication::translate("Palier::Cli::FollowUp",
                                                 "“%1” was written by an older Palier (schema version %2) and has no "
                                                 "follow-up yet. Open it once with Palier to upgrade it.")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(db.value()->schemaVersion()),
                     path};
    }
    return db;
}

Result<QDate> dateOption(const QCommandLineParser& parser, const QString& name, const QDate& fallback)
{
    if (!parser.isSet(name)) {
        return fallback;
    }
    const QDate date = QDate::fromString(parser.value(name).trimmed(), Qt::ISODate);
    if (!date.isValid()) {
        return argumentError(
            QCoreApplication::translate("Palier::Cli::FollowUp", "--%1 takes a date written YYYY-MM-DD, not “%2”.")
                .arg(name, parser.value(name)));
    }
    return date;
}

Result<qint64> idOption(const QCommandLineParser& parser, const QString& name)
{
    bool ok = false;
    const qint64 id = parser.value(name).toLongLong(&ok);
    if (!parser.isSet(name) || !ok || id <= 0) {
        return argumentError(
            QCoreApplication::translate("Palier::Cli::FollowUp", "--%1 N is required: the number of the %1.")
                .arg(name));
    }
    return id;
}

QString money(qint64 cents)
{
    return QLocale().toCurrencyString(double(cents) / 100.0, QStringLiteral("€"), cents % 100 == 0 ? 0 : 2);
}

int exitCodeOf(const Error& error)
{
    static const QStringList conflicts{
        QStringLiteral("followup.envelope-exceeded"), QStringLiteral("followup.project-transition"),
        QStringLiteral("followup.payment-transition"), QStringLiteral("workflow.refused")};
    return conflicts.contains(error.code) ? ProblemsFound : UnusableInput;
}

} // namespace FollowUpCli

QList<QCommandLineOption> projectsOptions()
{
    return {};
}

int runProjects(QCommandLineParser& parser, Output& output)
{
    const QStringList arguments = parser.positionalArguments();
    const bool create = !arguments.isEmpty() && arguments.first() == QLatin1String("create");
    if (!arguments.isEmpty() && !create) {
        return output.fail(
            argumentError(Text::tr("projects takes no argument, or “create”: palier-cli projects create --db FILE.")));
    }
    Result<std::unique_ptr<Database>> db = FollowUpCli::open(parser.value(dbOption()), create);
    if (!db) {
        return output.fail(db.error());
    }
    return create ? createProjects(*db.value(), output) : listProjects(*db.value(), output);
}

QList<QCommandLineOption> projectOptions()
{
    return {QCommandLineOption(IdOption, Text::tr("The number of the project."), Text::tr("number")),
            QCommandLineOption(StateOption,
                               Text::tr("The new state: termine (with --date) or abandonne (with --reason)."),
                               Text::tr("state")),
            QCommandLineOption(DateOption, Text::tr("termine: the date the project was finished (YYYY-MM-DD)."),
                               Text::tr("date")),
            QCommandLineOption(ReasonOption, Text::tr("abandonne: why the project is abandoned."), Text::tr("text")),
            QCommandLineOption(NoteOption, Text::tr("Add a progress note to the project."), Text::tr("text"))};
}

int runProject(QCommandLineParser& parser, Output& output)
{
    Result<qint64> id = FollowUpCli::idOption(parser, IdOption);
    if (!id) {
        return output.fail(id.error());
    }
    std::optional<ProjectState> state;
    if (parser.isSet(StateOption)) {
        state = projectStateFromCode(parser.value(StateOption).trimmed());
        if (!state || *state == ProjectState::InProgress) {
            return output.fail(argumentError(
                Text::tr("--state takes “termine” or “abandonne”, not “%1”.").arg(parser.value(StateOption))));
        }
    }
    Result<QDate> date = FollowUpCli::dateOption(parser, DateOption, {});
    if (!date) {
        return output.fail(date.error());
    }
    const bool write = state || parser.isSet(NoteOption);
    Result<std::unique_ptr<Database>> db = FollowUpCli::open(parser.value(dbOption()), write);
    if (!db) {
        return output.fail(db.error());
    }
    if (parser.isSet(NoteOption)) {
        Result<ProjectNote> note = addProjectNote(*db.value(), id.value(), parser.value(NoteOption));
        if (!note) {
            return output.fail(note.error(), FollowUpCli::exitCodeOf(note.error()));
        }
        output.line(Text::tr("Note added to project %1.").arg(id.value()));
    }
    Result<Project> project = loadProject(*db.value(), id.value());
    if (state) {
        project =
            changeProjectState(*db.value(), id.value(), {*state, date.value(), parser.value(ReasonOption), QString()});
        if (project) {
            output.line(Text::tr("Project %1 is now %2.").arg(id.value()).arg(projectStateLabel(project->state)));
        }
    }
    if (!project) {
        return output.fail(project.error(), FollowUpCli::exitCodeOf(project.error()));
    }
    printProject(output, project.value());
    Result<QList<ProjectNote>> notes = projectNotes(*db.value(), id.value());
    if (!notes) {
        return output.fail(notes.error());
    }
    QJsonArray notesJson;
    for (const ProjectNote& n : std::as_const(notes.value())) {
        output.line(QStringLiteral("  %1  %2: %3").arg(n.writtenAt.toString(Qt::ISODate), n.author, n.body));
        notesJson.append(QJsonObject{{QStringLiteral("written_at"), n.writtenAt.toString(Qt::ISODate)},
                                     {QStringLiteral("author"), n.author},
                                     {QStringLiteral("body"), n.body}});
    }
    Result<ProjectTargets> targets = projectTargets(*db.value(), id.value());
    if (!targets) {
        return output.fail(targets.error());
    }
    QJsonArray targetsJson;
    for (const ProjectUsageTarget& t : std::as_const(targets->targets)) {
        output.line(Text::tr("  %1 target %2: %3 (%4)")
                        .arg(t.code)
                        .arg(t.target)
                        .arg(t.latestValue ? QString::number(*t.latestValue) : QStringLiteral("—"),
                             t.latestPeriod.isEmpty()
                                 ? indicatorStatusLabel(t.status)
                                 : t.latestPeriod + QStringLiteral(", ") + indicatorStatusLabel(t.status)));
        targetsJson.append(
            QJsonObject{{QStringLiteral("code"), t.code},
                        {QStringLiteral("target"), t.target},
                        {QStringLiteral("value"), t.latestValue ? QJsonValue(*t.latestValue) : QJsonValue()},
                        {QStringLiteral("period"), t.latestPeriod},
                        {QStringLiteral("status"), indicatorStatusCode(t.status)}});
    }
    output.line(targets->targetsReached ? Text::tr("Every usage target is reached.")
                                        : Text::tr("The usage targets are not all reached."));
    output.line(targets->prerequisitesMet ? Text::tr("The establishment meets every prerequisite.")
                                          : Text::tr("The establishment does not meet every prerequisite yet."));
    QJsonObject json = projectJson(project.value());
    json.insert(QStringLiteral("notes"), notesJson);
    json.insert(QStringLiteral("targets"), targetsJson);
    json.insert(QStringLiteral("targets_reached"), targets->targetsReached);
    json.insert(QStringLiteral("prerequisites_met"), targets->prerequisitesMet);
    output.json({{QStringLiteral("project"), json}});
    return Success;
}

} // namespace Palier::Cli
