// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/StateChange.h"

#include "db/Database.h"
#include "workflow/Workflow.h"

#include <QSet>
#include <QSqlQuery>

namespace Palier {

namespace {

/// How many files a message names before it says “and N more”.
constexpr qsizetype MaxNamedFiles = 5;

QString describeFiles(const QList<WorkflowFile>& files)
{
    QStringList names;
    for (qsizetype i = 0; i < files.size() && i < MaxNamedFiles; ++i) {
        names.append(files.at(i).describe());
    }
    const QString text = names.join(QStringLiteral("; "));
    if (files.size() <= MaxNamedFiles) {
        return text;
    }
    return Workflow::tr("%1 and %Ln more", nullptr, int(files.size() - MaxNamedFiles)).arg(text);
}

/// Why the files of `files`, all in `from`, cannot go to `to`; says where they may go instead.
QString refusal(const Workflow& workflow, const QString& from, const QList<WorkflowFile>& files, const QString& to)
{
    const int n = int(files.size());
    const QString fromLabel = workflow.label(from);
    const QString toLabel = workflow.label(to);
    const QStringList targets = workflow.allowedTargets(from);
    if (from == to) {
        return n == 1
                   ? Workflow::tr("The file %1 is already “%2”.").arg(files.first().describe(), fromLabel)
                   : Workflow::tr("%Ln files are already “%1”: %2.", nullptr, n).arg(fromLabel, describeFiles(files));
    }
    if (targets.isEmpty()) {
        return n == 1 ? Workflow::tr("The file %1 is “%2”: its state can no longer change, so it cannot go to %3.")
                            .arg(files.first().describe(), fromLabel, toLabel)
                      : Workflow::tr("%Ln files are “%1” (%2): their state can no longer change, so they cannot go "
                                     "to %3.",
                                     nullptr, n)
                            .arg(fromLabel, describeFiles(files), toLabel);
    }
    const QString possible = workflow.labelsJoinedWithOr(targets);
    return n == 1 ? Workflow::tr("The file %1 is “%2”: it can go to %3, not to %4.")
                        .arg(files.first().describe(), fromLabel, possible, toLabel)
                  : Workflow::tr("%Ln files are “%1” (%2): they can go to %3, not to %4.", nullptr, n)
                        .arg(fromLabel, describeFiles(files), possible, toLabel);
}

} // namespace

QString WorkflowFile::describe() const
{
    return QStringLiteral("%1 (%2, %3)").arg(QString::number(id), establishmentName, domainCode);
}

Result<QList<WorkflowFile>> loadWorkflowFiles(const Database& db, const QList<qint64>& ids)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT c.state, c.state_reason, e.name, d.code FROM candidature c "
                                 "JOIN establishment e ON e.id = c.establishment_id "
                                 "JOIN domain d ON d.id = c.domain_id WHERE c.id = ?"));
    QList<WorkflowFile> files;
    QStringList unknown;
    QSet<qint64> seen;
    for (const qint64 id : ids) {
        if (seen.contains(id)) {
            continue;
        }
        seen.insert(id);
        query.addBindValue(id);
        if (!query.exec()) {
            return sqlError(Workflow::tr("Cannot read the files to change."), query);
        }
        if (!query.next()) {
            unknown.append(QString::number(id));
            continue;
        }
        files.append({id, query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toString()});
        query.finish();
    }
    if (!unknown.isEmpty()) {
        return Error{QStringLiteral("workflow.unknown-candidature"),
                     Workflow::tr("No file has the number(s) %1. Check the numbers; nothing was changed.", nullptr,
                                  int(unknown.size()))
                         .arg(unknown.join(QStringLiteral(", "))),
                     QStringLiteral("unknown candidature ids: %1").arg(unknown.join(QLatin1Char(',')))};
    }
    return files;
}

Result<QList<StateChange>> checkStateChange(const Database& db, const Workflow& workflow, const QList<qint64>& ids,
                                            const QString& toState, const QString& reason)
{
    if (ids.isEmpty()) {
        return Error{
            QStringLiteral("workflow.no-file"), Workflow::tr("No file is selected: choose the files to move."), {}};
    }
    if (!workflow.hasState(toState)) {
        QStringList known;
        for (const CandidatureState& state : workflow.states()) {
            known.append(QStringLiteral("%1 (%2)").arg(state.code, state.label));
        }
        return Error{QStringLiteral("workflow.unknown-state"),
                     Workflow::tr("“%1” is not a state of the file workflow. Use one of: %2.")
                         .arg(toState, known.join(QStringLiteral(", "))),
                     toState};
    }
    Result<QList<WorkflowFile>> files = loadWorkflowFiles(db, ids);
    if (!files) {
        return files.error();
    }

    // Refused files, grouped by their state so that the message says once where each group may go.
    QList<QString> refusedStates;
    QHash<QString, QList<WorkflowFile>> refused;
    QList<WorkflowFile> needingReason;
    QList<StateChange> changes;
    QStringList detail;
    for (const WorkflowFile& file : files.value()) {
        const StateTransition* transition = workflow.transition(file.state, toState);
        if (!transition) {
            if (!refused.contains(file.state)) {
                refusedStates.append(file.state);
            }
            refused[file.state].append(file);
            detail.append(QStringLiteral("%1:%2->%3").arg(QString::number(file.id), file.state, toState));
            continue;
        }
        if (transition->requiresReason) {
            needingReason.append(file);
        }
        changes.append({file.id, file.state, toState});
    }
    if (!refusedStates.isEmpty()) {
        // In the workflow's display order; a state the workflow does not know (bad data) comes last.
        QStringList ordered;
        for (const CandidatureState& state : workflow.states()) {
            if (refused.contains(state.code)) {
                ordered.append(state.code);
            }
        }
        for (const QString& state : std::as_const(refusedStates)) {
            if (!workflow.hasState(state)) {
                ordered.append(state);
            }
        }
        QStringList sentences;
        for (const QString& state : std::as_const(ordered)) {
            sentences.append(refusal(workflow, state, refused.value(state), toState));
        }
        if (!changes.isEmpty()) {
            sentences.append(
                Workflow::tr("Nothing was changed, not even the other %Ln file(s).", nullptr, int(changes.size())));
        }
        return Error{QStringLiteral("workflow.refused"), sentences.join(QLatin1Char('\n')),
                     QStringLiteral("refused: %1").arg(detail.join(QLatin1Char(' ')))};
    }
    if (!needingReason.isEmpty() && reason.trimmed().isEmpty()) {
        const WorkflowFile& first = needingReason.first();
        const QString message =
            needingReason.size() == 1
                ? Workflow::tr("A reason is required to move the file %1 from “%2” to “%3”; it is kept in the "
                               "file's history.")
                      .arg(first.describe(), workflow.label(first.state), workflow.label(toState))
                : Workflow::tr("A reason is required to move %Ln files to “%1”; it is kept in their history.", nullptr,
                               int(needingReason.size()))
                      .arg(workflow.label(toState));
        return Error{QStringLiteral("workflow.reason-required"), message, QStringLiteral("to: %1").arg(toState)};
    }
    return changes;
}

Result<TransitionReport> applyStateChange(const Database& db, const Workflow& workflow, const QList<qint64>& ids,
                                          const QString& toState, const QString& reason, const QString& author,
                                          const QDateTime& changedAt)
{
    Result<QList<StateChange>> changes = checkStateChange(db, workflow, ids, toState, reason);
    if (!changes) {
        return changes.error();
    }
    TransitionReport report;
    report.toState = toState;
    report.reason = reason.trimmed();
    report.author = author.trimmed().isEmpty() ? currentAuthor() : author.trimmed();
    // Whole seconds: what the history column keeps, so that the report and a later read agree.
    const QString at =
        (changedAt.isValid() ? changedAt : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODate);
    report.changedAt = QDateTime::fromString(at, Qt::ISODate);
    report.changes = changes.value();

    QSqlQuery update(db.connection());
    update.prepare(QStringLiteral("UPDATE candidature SET state = ?, state_reason = ? WHERE id = ? AND state = ?"));
    QSqlQuery insert(db.connection());
    insert.prepare(QStringLiteral("INSERT INTO candidature_history (candidature_id, from_state, to_state, changed_at, "
                                  "author, reason) VALUES (?, ?, ?, ?, ?, ?)"));
    const QVariant reasonValue = report.reason.isEmpty() ? QVariant() : QVariant(report.reason);
    for (const StateChange& change : std::as_const(report.changes)) {
        update.addBindValue(toState);
        update.addBindValue(reasonValue);
        update.addBindValue(change.candidatureId);
        update.addBindValue(change.fromState);
        if (!update.exec()) {
            return sqlError(Workflow::tr("Cannot change the state of the file %1.").arg(change.candidatureId), update);
        }
        if (update.numRowsAffected() != 1) {
            return Error{QStringLiteral("workflow.conflict"),
                         Workflow::tr("The file %1 changed while it was being moved; nothing was changed. Try again.")
                             .arg(change.candidatureId),
                         QStringLiteral("expected state %1").arg(change.fromState)};
        }
        insert.addBindValue(change.candidatureId);
        insert.addBindValue(change.fromState);
        insert.addBindValue(toState);
        insert.addBindValue(at);
        insert.addBindValue(report.author);
        insert.addBindValue(reasonValue);
        if (!insert.exec()) {
            return sqlError(Workflow::tr("Cannot record the history of the file %1.").arg(change.candidatureId),
                            insert);
        }
    }
    return report;
}

Result<TransitionReport> changeState(const Database& db, const QList<qint64>& ids, const QString& toState,
                                     const QString& reason, const QString& author)
{
    TransactionGuard transaction(db);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    Result<Workflow> workflow = Workflow::load(db);
    if (!workflow) {
        return workflow.error();
    }
    Result<TransitionReport> report =
        applyStateChange(db, workflow.value(), ids, toState, reason, author, QDateTime::currentDateTimeUtc());
    if (!report) {
        return report; // the guard rolls back whatever was written
    }
    if (Result<void> committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return report;
}

} // namespace Palier
