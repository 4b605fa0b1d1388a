// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/History.h"

#include "db/Database.h"
#include "workflow/StateChange.h"
#include "workflow/Workflow.h"

#include <QSqlQuery>

namespace Palier {

Result<QList<HistoryEntry>> history(const Database& db, qint64 candidatureId)
{
    if (Result<QList<WorkflowFile>> file = loadWorkflowFiles(db, {candidatureId}); !file) {
        return file.error();
    }
    QSqlQuery query(db.connection());
    setSequentialReading(query);
    query.prepare(QStringLiteral("SELECT id, from_state, to_state, changed_at, author, reason FROM candidature_history "
                                 "WHERE candidature_id = ? ORDER BY changed_at, id"));
    query.addBindValue(candidatureId);
    if (!query.exec()) {
        return sqlError(Workflow::tr("Cannot read the history of the file %1.").arg(candidatureId), query);
    }
    QList<HistoryEntry> entries;
    while (query.next()) {
        HistoryEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.candidatureId = candidatureId;
        entry.fromState = query.value(1).toString();
        entry.toState = query.value(2).toString();
        entry.changedAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODate).toUTC();
        entry.author = query.value(4).toString();
        entry.reason = query.value(5).toString();
        entries.append(entry);
    }
    return entries;
}

} // namespace Palier
