// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/StateChange.h"

#include "db/Database.h"
#include "workflow/Workflow.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace Palier {

namespace {

/// How many files a message names before it says “and N more”.
constexpr qsizetype MaxNamedFiles = 5;

/// How many files one statement reads: the values bound stay far below SQLite's and PostgreSQL's limits, and one
/// statement of each size is prepared and reused.
constexpr qsizetype FilesPerStatement = 200;

/// How many files one writing statement moves. PostgreSQL: a hundred, one round trip each instead of one per
/// file. SQLite: one, the statement prepared once and run per file (no round trip to save; SQLite compiles a
/// VALUES list of n rows into n selects, so long lists cost more to prepare than they save: measured with callgrind
/// on the national seal, 2026-11-22).
qsizetype filesPerWrite(const Database& db)
{
    return db.dialect() == SqlDialect::Postgres ? 100 : 1;
}

/// `rows` times `row`, separated by commas: the VALUES or IN list of a statement naming several files.
QString repeated(qsizetype rows, const QString& row)
{
    QStringList list;
    list.fill(row, rows);
    return list.join(QStringLiteral(", "));
}

/// One file to write: its state before (the UPDATE refuses a file that changed since it was checked) and after.
struct FileWrite
{
    qint64 id = 0;
    QString fromState;
    QString toState;
    QVariant reason; ///< null when empty
};

/// Moves `writes` and records their history rows, several files per statement on PostgreSQL; every file must still be
/// in its `fromState`, or nothing is written (the caller rolls back).
Result<void> writeFiles(const Database& db, const QList<FileWrite>& writes, const QString& at, const QString& author)
{
    QSqlQuery update(db.connection());
    QSqlQuery history(db.connection());
    qsizetype prepared = -1;
    const qsizetype perStatement = filesPerWrite(db);
    for (qsizetype first = 0; first < writes.size(); first += perStatement) {
        const qsizetype n = std::min(perStatement, writes.size() - first);
        if (n != prepared) {
            // One file: the plain UPDATE. Several: UPDATE … FROM a VALUES list (SQLite 3.33 and PostgreSQL alike; a
            // VALUES list's columns are column1… on both).
            const QString statement =
                n == 1 ? QStringLiteral("UPDATE candidature SET state = ?, state_reason = ? WHERE id = ? AND state = ?")
                       : QStringLiteral("UPDATE candidature SET state = m.column3, state_reason = m.column4 FROM "
                                        "(VALUES %1) AS m WHERE candidature.id = m.column1 AND candidature.state = "
                                        "m.column2")
                             .arg(repeated(n, QStringLiteral("(CAST(? AS BIGINT), ?, ?, ?)")));
            if (!update.prepare(statement)) {
                return sqlError(Workflow::tr("Cannot change the state of the files."), update);
            }
            if (!history.prepare(QStringLiteral("INSERT INTO candidature_history (candidature_id, from_state, "
                                                "to_state, changed_at, author, reason) VALUES %1")
                                     .arg(repeated(n, QStringLiteral("(?, ?, ?, ?, ?, ?)"))))) {
                return sqlError(Workflow::tr("Cannot record the history of the files."), history);
            }
            prepared = n;
        }
        for (qsizetype i = first; i < first + n; ++i) {
            const FileWrite& w = writes.at(i);
            if (n == 1) {
                update.addBindValue(w.toState);
                update.addBindValue(w.reason);
                update.addBindValue(w.id);
                update.addBindValue(w.fromState);
            } else {
                update.addBindValue(w.id);
                update.addBindValue(w.fromState);
                update.addBindValue(w.toState);
                update.addBindValue(w.reason);
            }
            history.addBindValue(w.id);
            history.addBindValue(w.fromState);
            history.addBindValue(w.toState);
            history.addBindValue(at);
            history.addBindValue(author);
            history.addBindValue(w.reason);
        }
        if (!update.exec()) {
            return sqlError(Workflow::tr("Cannot change the state of the file %1.").arg(writes.at(first).id), update);
        }
        if (update.numRowsAffected() != n) {
            QStringList ids;
            for (qsizetype i = first; i < first + n; ++i) {
                ids.append(QString::number(writes.at(i).id));
            }
            return Error{QStringLiteral("workflow.conflict"),
                         n == 1 ? Workflow::tr("The file %1 changed while it was being moved; nothing was changed. "
                                               "Try again.")
                                      .arg(writes.at(first).id)
                                : Workflow::tr("Some of the files changed while they were being moved; nothing was "
                                               "changed. Try again."),
                         QStringLiteral("expected %1 files in their checked state, found %2: %3")
                             .arg(n)
                             .arg(update.numRowsAffected())
                             .arg(ids.join(QLatin1Char(',')))};
        }
        if (!history.exec()) {
            return sqlError(Workflow::tr("Cannot record the history of the file %1.").arg(writes.at(first).id),
                            history);
        }
    }
    return {};
}

/// The author recorded: `author`, or the user running Palier.
QString authorOrCurrent(const QString& author)
{
    return author.trimmed().isEmpty() ? currentAuthor() : author.trimmed();
}

/// Whole seconds, UTC: what the history column keeps, so that a report and a later read agree.
QString historyTime(const QDateTime& changedAt)
{
    return (changedAt.isValid() ? changedAt : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODate);
}

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
    QList<qint64> unique;
    QSet<qint64> seen;
    for (const qint64 id : ids) {
        if (!seen.contains(id)) {
            seen.insert(id);
            unique.append(id);
        }
    }
    // A few hundred files per query (the seal of a national version moves thousands), then in the order asked.
    QHash<qint64, WorkflowFile> found;
    QSqlQuery query(db.connection());
    qsizetype prepared = -1;
    for (qsizetype first = 0; first < unique.size(); first += FilesPerStatement) {
        const qsizetype n = std::min(FilesPerStatement, unique.size() - first);
        if (n != prepared) {
            query.prepare(QStringLiteral("SELECT c.id, c.state, c.state_reason, e.name, d.code FROM candidature c "
                                         "JOIN establishment e ON e.id = c.establishment_id "
                                         "JOIN domain d ON d.id = c.domain_id WHERE c.id IN (%1)")
                              .arg(repeated(n, QStringLiteral("?"))));
            prepared = n;
        }
        for (qsizetype i = first; i < first + n; ++i) {
            query.addBindValue(unique.at(i));
        }
        if (!query.exec()) {
            return sqlError(Workflow::tr("Cannot read the files to change."), query);
        }
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            found.insert(id, {id, query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                              query.value(4).toString()});
        }
        query.finish();
    }
    QList<WorkflowFile> files;
    files.reserve(unique.size());
    QStringList unknown;
    for (const qint64 id : std::as_const(unique)) {
        const auto it = found.constFind(id);
        if (it == found.constEnd()) {
            unknown.append(QString::number(id));
        } else {
            files.append(*it);
        }
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
    report.author = authorOrCurrent(author);
    const QString at = historyTime(changedAt);
    report.changedAt = QDateTime::fromString(at, Qt::ISODate);
    report.changes = changes.value();

    const QVariant reasonValue = report.reason.isEmpty() ? QVariant() : QVariant(report.reason);
    QList<FileWrite> writes;
    writes.reserve(report.changes.size());
    for (const StateChange& change : std::as_const(report.changes)) {
        writes.append({change.candidatureId, change.fromState, toState, reasonValue});
    }
    if (Result<void> written = writeFiles(db, writes, at, report.author); !written) {
        return written.error();
    }
    return report;
}

Result<QList<StateChange>> applyStateMoves(const Database& db, const Workflow& workflow, const QList<StateMove>& moves,
                                           const QString& author, const QDateTime& changedAt)
{
    // Checked as changeState() checks them, per target and per "has a reason" (the same messages), then written
    // together in the order of `moves`.
    QHash<qint64, qsizetype> position;
    QList<QPair<QString, bool>> groups;
    QHash<QPair<QString, bool>, QList<qint64>> idsOf;
    for (qsizetype i = 0; i < moves.size(); ++i) {
        const StateMove& move = moves.at(i);
        if (position.contains(move.candidatureId)) {
            return Error{QStringLiteral("workflow.duplicate-move"),
                         Workflow::tr("The file %1 is moved twice; nothing was changed.").arg(move.candidatureId),
                         {}};
        }
        position.insert(move.candidatureId, i);
        const QPair<QString, bool> group{move.toState, !move.reason.trimmed().isEmpty()};
        if (!idsOf.contains(group)) {
            groups.append(group);
        }
        idsOf[group].append(move.candidatureId);
    }
    QList<StateChange> changes(moves.size());
    for (const QPair<QString, bool>& group : std::as_const(groups)) {
        Result<QList<StateChange>> checked = checkStateChange(db, workflow, idsOf.value(group), group.first,
                                                              group.second ? QStringLiteral("-") : QString());
        if (!checked) {
            return checked.error();
        }
        for (const StateChange& change : checked.value()) {
            changes[position.value(change.candidatureId)] = change;
        }
    }
    const QString at = historyTime(changedAt);
    QList<FileWrite> writes;
    writes.reserve(moves.size());
    for (qsizetype i = 0; i < moves.size(); ++i) {
        const QString reason = moves.at(i).reason.trimmed();
        writes.append({changes.at(i).candidatureId, changes.at(i).fromState, changes.at(i).toState,
                       reason.isEmpty() ? QVariant() : QVariant(reason)});
    }
    if (Result<void> written = writeFiles(db, writes, at, authorOrCurrent(author)); !written) {
        return written.error();
    }
    return changes;
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
