// SPDX-License-Identifier: GPL-3.0-or-later
// palier-cli state | history | eligibility
#include "CliWorkflow.h"

#include "CliOptions.h"
#include "CliOutput.h"
#include "db/Database.h"
#include "prerequisites/Eligibility.h"
#include "prerequisites/Prerequisites.h"
#include "workflow/History.h"
#include "workflow/StateChange.h"
#include "workflow/Workflow.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace Palier::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Palier::Cli::CliWorkflow)
};

const QString CandidatureOption = QStringLiteral("candidature");
const QString ToOption = QStringLiteral("to");
const QString ReasonOption = QStringLiteral("reason");
const QString AuthorOption = QStringLiteral("author");
const QString FinessOption = QStringLiteral("finess");

/// The file numbers of every --candidature, each a comma-separated list.
Result<QList<qint64>> candidatureIds(const QCommandLineParser& parser)
{
    QList<qint64> ids;
    for (const QString& value : parser.values(CandidatureOption)) {
        for (const QString& part : value.split(QLatin1Char(','))) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok || id <= 0) {
                return argumentError(Text::tr("--candidature takes file numbers separated by commas, e.g. "
                                              "--candidature 12,15; “%1” is not one.")
                                         .arg(part.trimmed()));
            }
            ids.append(id);
        }
    }
    if (ids.isEmpty()) {
        return argumentError(Text::tr("The option --candidature ID is required, e.g. --candidature 12."));
    }
    return ids;
}

/// Refusals by the workflow are problems found (1); the rest is unusable input (2).
int failureCode(const Error& error)
{
    static const QStringList refused{QStringLiteral("workflow.refused"), QStringLiteral("workflow.reason-required"),
                                     QStringLiteral("workflow.conflict")};
    return refused.contains(error.code) ? ProblemsFound : UnusableInput;
}

template <typename Run>
int withDatabase(QCommandLineParser& parser, Output& output, const Database::Options& options, Run run)
{
    auto db = Database::open(parser.value(dbOption()), options);
    if (!db) {
        return output.fail(db.error());
    }
    return run(*db.value());
}

QJsonValue optionalString(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QString formatValue(IndicatorValueType type, double value)
{
    switch (type) {
    case IndicatorValueType::Boolean:
        return value == 1 ? Text::tr("yes") : Text::tr("no");
    case IndicatorValueType::Ratio:
        return Text::tr("%1 %").arg(QLocale().toString(value, 'g', 12));
    case IndicatorValueType::Count:
        break;
    }
    return QLocale().toString(value, 'g', 12);
}

int eligibilityOfAll(Output& output, const Database& db)
{
    Result<EligibilityTable> table = eligibilityTable(db);
    if (!table) {
        return output.fail(table.error());
    }
    QJsonArray prerequisites;
    for (const Prerequisite& p : table->prerequisites) {
        prerequisites.append(QJsonObject{{QStringLiteral("code"), p.code}, {QStringLiteral("label"), p.label}});
    }
    QJsonArray establishments;
    for (const EligibilityRow& row : table->rows) {
        QJsonObject statuses;
        QStringList unmet;
        for (qsizetype i = 0; i < row.prerequisites.size(); ++i) {
            const QString& code = table->prerequisites.at(i).code;
            statuses.insert(code, indicatorStatusCode(row.prerequisites.at(i)));
            if (row.prerequisites.at(i) != IndicatorStatus::Reached) {
                unmet.append(QStringLiteral("%1 %2").arg(code, indicatorStatusLabel(row.prerequisites.at(i))));
            }
        }
        establishments.append(QJsonObject{{QStringLiteral("finess"), row.finess},
                                          {QStringLiteral("name"), row.name},
                                          {QStringLiteral("eligible"), row.eligible},
                                          {QStringLiteral("prerequisites"), statuses},
                                          {QStringLiteral("missingIndicators"), row.missingIndicators},
                                          {QStringLiteral("notReachedIndicators"), row.notReachedIndicators}});
        output.line(
            row.eligible
                ? Text::tr("%1  eligible      %2").arg(row.finess, row.name)
                : Text::tr("%1  not eligible  %2 (%3)").arg(row.finess, row.name, unmet.join(QStringLiteral(", "))));
    }
    const int eligible = table->eligibleCount();
    output.line(
        Text::tr("%1 of %Ln establishment(s) eligible for payment.", nullptr, int(table->rows.size())).arg(eligible));
    output.json({{QStringLiteral("prerequisites"), prerequisites},
                 {QStringLiteral("establishments"), establishments},
                 {QStringLiteral("eligible"), eligible},
                 {QStringLiteral("total"), int(table->rows.size())}});
    return Success;
}

int eligibilityOfOne(Output& output, const Database& db, const QString& finess)
{
    Result<qint64> id = establishmentIdByFiness(db, finess);
    if (!id) {
        return output.fail(id.error());
    }
    Result<EstablishmentPrerequisites> result = establishmentPrerequisites(db, id.value());
    if (!result) {
        return output.fail(result.error());
    }
    output.line(result->eligible ? Text::tr("%1 %2: eligible for payment.").arg(result->finess, result->name)
                                 : Text::tr("%1 %2: not eligible for payment.").arg(result->finess, result->name));
    QJsonArray prerequisites;
    for (const PrerequisiteAssessment& p : result->prerequisites) {
        output.line(QStringLiteral("  %1 %2: %3").arg(p.code, p.label, indicatorStatusLabel(p.status)));
        QJsonArray indicators;
        for (const IndicatorAssessment& a : p.indicators) {
            const IndicatorValueType type = a.indicator.valueType;
            QString line = a.value ? Text::tr("    %1: %2 (target %3), %4")
                                         .arg(a.indicator.code, formatValue(type, *a.value),
                                              formatValue(type, a.indicator.target), indicatorStatusLabel(a.status))
                                   : Text::tr("    %1: no value (target %2), %3")
                                         .arg(a.indicator.code, formatValue(type, a.indicator.target),
                                              indicatorStatusLabel(a.status));
            if (a.measuredOn.isValid()) {
                line += Text::tr(", measured on %1").arg(a.measuredOn.toString(Qt::ISODate));
            }
            output.line(line);
            indicators.append(
                QJsonObject{{QStringLiteral("code"), a.indicator.code},
                            {QStringLiteral("label"), a.indicator.label},
                            {QStringLiteral("valueType"), indicatorValueTypeCode(a.indicator.valueType)},
                            {QStringLiteral("target"), a.indicator.target},
                            {QStringLiteral("value"), a.value ? QJsonValue(*a.value) : QJsonValue()},
                            {QStringLiteral("measuredOn"),
                             a.measuredOn.isValid() ? QJsonValue(a.measuredOn.toString(Qt::ISODate)) : QJsonValue()},
                            {QStringLiteral("evidence"), optionalString(a.evidence)},
                            {QStringLiteral("status"), indicatorStatusCode(a.status)}});
        }
        prerequisites.append(QJsonObject{{QStringLiteral("code"), p.code},
                                         {QStringLiteral("label"), p.label},
                                         {QStringLiteral("status"), indicatorStatusCode(p.status)},
                                         {QStringLiteral("indicators"), indicators}});
    }
    output.json({{QStringLiteral("finess"), result->finess},
                 {QStringLiteral("name"), result->name},
                 {QStringLiteral("eligible"), result->eligible},
                 {QStringLiteral("prerequisites"), prerequisites}});
    return Success;
}

} // namespace

QList<QCommandLineOption> stateOptions()
{
    return {
        QCommandLineOption(CandidatureOption,
                           Text::tr("The file(s) to move: numbers separated by commas; may be repeated."),
                           Text::tr("id,…")),
        QCommandLineOption(ToOption, Text::tr("The state to move them to, e.g. en_instruction."), Text::tr("state")),
        QCommandLineOption(ReasonOption,
                           Text::tr("Why (required for irrecevable, non retenu and going back to instruction); "
                                    "kept in the history."),
                           Text::tr("text")),
        QCommandLineOption(AuthorOption, Text::tr("Who makes the change (default: the system user name)."),
                           Text::tr("name"))};
}

QList<QCommandLineOption> historyOptions()
{
    return {QCommandLineOption(CandidatureOption, Text::tr("The file whose history to show."), Text::tr("id"))};
}

QList<QCommandLineOption> eligibilityOptions()
{
    return {QCommandLineOption(FinessOption, Text::tr("Show one establishment's indicators in detail."),
                               Text::tr("finess"))};
}

int runState(QCommandLineParser& parser, Output& output)
{
    return withDatabase(parser, output, {}, [&](const Database& db) { return runState(parser, output, db); });
}

int runState(QCommandLineParser& parser, Output& output, const Database& db)
{
    Result<QList<qint64>> ids = candidatureIds(parser);
    if (!ids) {
        return output.fail(ids.error());
    }
    if (!parser.isSet(ToOption)) {
        return output.fail(argumentError(Text::tr("The option --to STATE is required, e.g. --to en_instruction.")));
    }
    const QString author = parser.isSet(AuthorOption) ? parser.value(AuthorOption) : currentAuthor();
    Result<TransitionReport> report =
        changeState(db, ids.value(), parser.value(ToOption), parser.value(ReasonOption), author);
    if (!report) {
        return output.fail(report.error(), failureCode(report.error()));
    }
    Result<Workflow> workflow = Workflow::load(db);
    const auto label = [&](const QString& code) { return workflow ? workflow->label(code) : code; };
    QJsonArray changes;
    for (const StateChange& change : report->changes) {
        changes.append(QJsonObject{{QStringLiteral("candidature"), change.candidatureId},
                                   {QStringLiteral("from"), change.fromState},
                                   {QStringLiteral("to"), change.toState}});
        output.line(QStringLiteral("  %1: %2 → %3")
                        .arg(QString::number(change.candidatureId), label(change.fromState), label(change.toState)));
    }
    output.line(
        Text::tr("%Ln file(s) moved to “%1”.", nullptr, int(report->changes.size())).arg(label(report->toState)));
    output.json({{QStringLiteral("to"), report->toState},
                 {QStringLiteral("toLabel"), label(report->toState)},
                 {QStringLiteral("moved"), int(report->changes.size())},
                 {QStringLiteral("reason"), optionalString(report->reason)},
                 {QStringLiteral("author"), report->author},
                 {QStringLiteral("changedAt"), report->changedAt.toString(Qt::ISODate)},
                 {QStringLiteral("changes"), changes}});
    return Success;
}

int runHistory(QCommandLineParser& parser, Output& output)
{
    return withDatabase(parser, output, {.readOnly = true},
                        [&](const Database& db) { return runHistory(parser, output, db); });
}

int runHistory(QCommandLineParser& parser, Output& output, const Database& db)
{
    Result<QList<qint64>> ids = candidatureIds(parser);
    if (!ids) {
        return output.fail(ids.error());
    }
    if (ids->size() != 1) {
        return output.fail(argumentError(Text::tr("history shows one file at a time: give one --candidature ID.")));
    }
    Result<QList<WorkflowFile>> file = loadWorkflowFiles(db, ids.value());
    if (!file) {
        return output.fail(file.error());
    }
    Result<QList<HistoryEntry>> entries = history(db, ids->first());
    if (!entries) {
        return output.fail(entries.error());
    }
    Result<Workflow> workflow = Workflow::load(db);
    if (!workflow) {
        return output.fail(workflow.error());
    }
    const WorkflowFile& f = file->first();
    output.line(Text::tr("File %1: %2").arg(f.describe(), workflow->label(f.state)));
    QJsonArray rows;
    for (const HistoryEntry& e : entries.value()) {
        const QString at = e.changedAt.toString(Qt::ISODate);
        output.line(Text::tr("  %1  %2 → %3  by %4")
                        .arg(at, e.fromState.isEmpty() ? QStringLiteral("—") : workflow->label(e.fromState),
                             workflow->label(e.toState), e.author));
        if (!e.reason.isEmpty()) {
            output.line(Text::tr("      Reason: %1").arg(e.reason));
        }
        rows.append(QJsonObject{{QStringLiteral("from"), optionalString(e.fromState)},
                                {QStringLiteral("to"), e.toState},
                                {QStringLiteral("changedAt"), at},
                                {QStringLiteral("author"), e.author},
                                {QStringLiteral("reason"), optionalString(e.reason)}});
    }
    if (entries->isEmpty()) {
        output.line(Text::tr("  No change of state recorded."));
    }
    output.json({{QStringLiteral("candidature"), f.id},
                 {QStringLiteral("establishment"), f.establishmentName},
                 {QStringLiteral("domain"), f.domainCode},
                 {QStringLiteral("state"), f.state},
                 {QStringLiteral("stateLabel"), workflow->label(f.state)},
                 {QStringLiteral("stateReason"), optionalString(f.stateReason)},
                 {QStringLiteral("history"), rows}});
    return Success;
}

int runEligibility(QCommandLineParser& parser, Output& output)
{
    return withDatabase(parser, output, {.readOnly = true},
                        [&](const Database& db) { return runEligibility(parser, output, db); });
}

int runEligibility(QCommandLineParser& parser, Output& output, const Database& db)
{
    return parser.isSet(FinessOption) ? eligibilityOfOne(output, db, parser.value(FinessOption))
                                      : eligibilityOfAll(output, db);
}

} // namespace Palier::Cli
