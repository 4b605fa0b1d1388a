// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Palier {

class Database;

/// One change of state of a file (table candidature_history).
struct HistoryEntry
{
    qint64 id = 0;
    qint64 candidatureId = 0;
    QString fromState; ///< empty for the first state recorded
    QString toState;
    QDateTime changedAt; ///< UTC
    QString author;
    QString reason; ///< may be empty
};

/// The changes of state of the file `candidatureId`, oldest first; error "workflow.unknown-candidature" when
/// there is no such file.
Result<QList<HistoryEntry>> history(const Database& db, qint64 candidatureId);

} // namespace Palier
