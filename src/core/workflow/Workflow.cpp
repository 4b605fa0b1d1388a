// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/Workflow.h"

#include "db/Database.h"

#include <QSqlQuery>

#include <algorithm>

namespace Palier {

Result<Workflow> Workflow::load(const Database& db)
{
    Workflow workflow;
    QSqlQuery query(db.connection());
    setSequentialReading(query);
    if (!query.exec(
            QStringLiteral("SELECT code, label, sort_order FROM candidature_state ORDER BY sort_order, code"))) {
        return sqlError(tr("Cannot read the states of the file workflow."), query);
    }
    while (query.next()) {
        workflow.m_index.insert(query.value(0).toString(), workflow.m_states.size());
        workflow.m_states.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toInt()});
    }
    if (!query.exec(QStringLiteral("SELECT t.from_state, t.to_state, t.requires_reason FROM state_transition t "
                                   "JOIN candidature_state f ON f.code = t.from_state "
                                   "JOIN candidature_state s ON s.code = t.to_state "
                                   "ORDER BY f.sort_order, s.sort_order"))) {
        return sqlError(tr("Cannot read the allowed transitions of the file workflow."), query);
    }
    while (query.next()) {
        workflow.m_transitions.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toInt() == 1});
    }
    return workflow;
}

QString Workflow::label(const QString& code) const
{
    const auto it = m_index.constFind(code);
    return it == m_index.constEnd() ? code : m_states.at(*it).label;
}

QStringList Workflow::allowedTargets(const QString& fromState) const
{
    QStringList targets;
    for (const StateTransition& t : m_transitions) {
        if (t.from == fromState) {
            targets.append(t.to);
        }
    }
    return targets;
}

const StateTransition* Workflow::transition(const QString& from, const QString& to) const
{
    const auto it = std::find_if(m_transitions.cbegin(), m_transitions.cend(),
                                 [&](const StateTransition& t) { return t.from == from && t.to == to; });
    return it == m_transitions.cend() ? nullptr : &*it;
}

QString Workflow::confirmationText(int count, const QString& toState) const
{
    return tr("Move %Ln file(s) to %1?", nullptr, count).arg(label(toState));
}

QString Workflow::labelsJoinedWithOr(const QStringList& codes) const
{
    QStringList labels;
    for (const QString& code : codes) {
        labels.append(label(code));
    }
    if (labels.size() < 2) {
        return labels.value(0);
    }
    const QString last = labels.takeLast();
    return tr("%1 or %2", "the last two items of a list of choices").arg(labels.join(QStringLiteral(", ")), last);
}

QString currentAuthor()
{
    for (const char* variable : {"USER", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty()) {
            return name;
        }
    }
    return QStringLiteral("palier");
}

} // namespace Palier
