// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Palier {

class Database;

/// One state of the file workflow (table candidature_state), e.g. "recu" / "Reçu".
struct CandidatureState
{
    QString code;
    QString label;
    int sortOrder = 0;
};

/// One allowed move between two states (table state_transition).
struct StateTransition
{
    QString from;
    QString to;
    bool requiresReason = false; ///< irrecevable, non retenu, back to instruction…
};

/// The file workflow as the database defines it: the states and the allowed transitions are data, not code.
class Workflow
{
    Q_DECLARE_TR_FUNCTIONS(Palier::Workflow)

public:
    /// Reads the states and the allowed transitions of `db`.
    static Result<Workflow> load(const Database& db);

    /// Every state, in their display order.
    const QList<CandidatureState>& states() const { return m_states; }
    /// Every allowed transition, by origin then target in display order.
    const QList<StateTransition>& transitions() const { return m_transitions; }
    bool hasState(const QString& code) const { return m_index.contains(code); }
    /// The label of `code` ("Reçu"), or the code itself when it is unknown.
    QString label(const QString& code) const;
    /// The states a file in `fromState` may go to, in display order.
    QStringList allowedTargets(const QString& fromState) const;
    /// The transition from `from` to `to`, or nullptr when it is not allowed.
    const StateTransition* transition(const QString& from, const QString& to) const;
    /// The question a bulk action asks before moving `count` files: “Move 37 files to En instruction?”.
    QString confirmationText(int count, const QString& toState) const;
    /// “A, B or C” for the labels of `codes`.
    QString labelsJoinedWithOr(const QStringList& codes) const;

private:
    QList<CandidatureState> m_states;
    QList<StateTransition> m_transitions;
    QHash<QString, qsizetype> m_index; ///< state code → position in m_states
};

/// The name recorded as the author of a change: the operating-system user (USER, USERNAME), or "palier".
QString currentAuthor();

} // namespace Palier
