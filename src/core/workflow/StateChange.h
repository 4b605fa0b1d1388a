// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Palier {

class Database;
class Workflow;

/// A candidature as the workflow shows it: number, state and what names it to the user.
struct WorkflowFile
{
    qint64 id = 0;
    QString state;
    QString stateReason; ///< why the file is in its state (the motivation of irrecevable, non retenu…), may be empty
    QString establishmentName;
    QString domainCode;

    /// “12 (Centre hospitalier fictif de Valbrune, D2)”.
    QString describe() const;
};

/// One file moved by a state change.
struct StateChange
{
    qint64 candidatureId = 0;
    QString fromState;
    QString toState;
};

/// What changeState() did: the same target, reason, author and time for every file moved.
struct TransitionReport
{
    QString toState;
    QString reason;
    QString author;
    QDateTime changedAt;        ///< UTC, as written in candidature_history
    QList<StateChange> changes; ///< one per file, in the order asked
};

/// The files `ids` (duplicates ignored, order kept); error "workflow.unknown-candidature" naming the numbers that
/// match no file.
Result<QList<WorkflowFile>> loadWorkflowFiles(const Database& db, const QList<qint64>& ids);

/// Checks, without writing, that every file of `ids` may go to `toState` with `reason`. Errors:
/// "workflow.no-file" (empty list), "workflow.unknown-state", "workflow.unknown-candidature",
/// "workflow.refused" (the message names the files, their state and where they may go),
/// "workflow.reason-required".
Result<QList<StateChange>> checkStateChange(const Database& db, const Workflow& workflow, const QList<qint64>& ids,
                                            const QString& toState, const QString& reason);

/// Moves every file of `ids` to `toState`, all or nothing, in one transaction: each file gets a history row
/// (from, to, UTC time, author, reason) and keeps `reason` as its state_reason (why it is in its current
/// state). An empty `author` records currentAuthor(). Nothing is written when any file is refused.
Result<TransitionReport> changeState(const Database& db, const QList<qint64>& ids, const QString& toState,
                                     const QString& reason, const QString& author);

/// changeState() at a given time (an invalid one means now), for a caller that already holds a transaction (the
/// demo generator): opens none. On error the caller must roll back.
Result<TransitionReport> applyStateChange(const Database& db, const Workflow& workflow, const QList<qint64>& ids,
                                          const QString& toState, const QString& reason, const QString& author,
                                          const QDateTime& changedAt);

/// One file to move and why, for applyStateMoves().
struct StateMove
{
    qint64 candidatureId = 0;
    QString toState;
    QString reason; ///< kept as the file's state_reason and in its history row; may be empty when not required
};

/// Several moves with their own targets and reasons (sealing a preselection: each file left out says why), checked
/// as changeState() checks them (the files read 200 per query) and written in one pass: on PostgreSQL a hundred files
/// per UPDATE and per multi-row history INSERT, on SQLite the prepared statements run per file. Opens no
/// transaction; on error the caller must roll back. Returns what each file went from and to, in the order of `moves`
/// (a file named twice: error "workflow.duplicate-move").
Result<QList<StateChange>> applyStateMoves(const Database& db, const Workflow& workflow, const QList<StateMove>& moves,
                                           const QString& author, const QDateTime& changedAt);

} // namespace Palier
