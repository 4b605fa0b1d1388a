// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/Importer.h"

#include <QJsonArray>

namespace Palier {

namespace {

QJsonArray issuesJson(const QList<RowIssue>& issues)
{
    QJsonArray array;
    for (const RowIssue& issue : issues) {
        array.append(QJsonObject{{QStringLiteral("line"), issue.line},
                                 {QStringLiteral("column"), issue.column},
                                 {QStringLiteral("reason"), issue.reason}});
    }
    return array;
}

} // namespace

QJsonObject importReportJson(const ImportReport& report)
{
    QJsonArray updates;
    for (const RowUpdate& update : report.updates) {
        QJsonArray changes;
        for (const FieldChange& change : update.changes) {
            changes.append(QJsonObject{{QStringLiteral("field"), change.field},
                                       {QStringLiteral("before"), change.before},
                                       {QStringLiteral("after"), change.after}});
        }
        updates.append(QJsonObject{{QStringLiteral("line"), update.line},
                                   {QStringLiteral("key"), update.key},
                                   {QStringLiteral("changes"), changes}});
    }
    return {{QStringLiteral("read"), report.read},
            {QStringLiteral("inserted"), report.inserted},
            {QStringLiteral("updated"), report.updated},
            {QStringLiteral("unchanged"), report.unchanged},
            {QStringLiteral("rejectedRows"), report.rejectedRows},
            {QStringLiteral("rejected"), issuesJson(report.rejected)},
            {QStringLiteral("warnings"), issuesJson(report.warnings)},
            {QStringLiteral("updates"), updates},
            {QStringLiteral("committed"), report.committed}};
}

} // namespace Palier
