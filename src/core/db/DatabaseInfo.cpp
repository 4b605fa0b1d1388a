// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/DatabaseInfo.h"

#include "audit/AuditTrail.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Palier {

namespace {
// lupdate files tr() calls made in namespace Palier under the context "Palier".
QString tr(const char* text)
{
    return QCoreApplication::translate("Palier", text);
}

QString quoteIdentifier(const QString& name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}
} // namespace

Result<DatabaseSummary> summarizeDatabase(const Database& db)
{
    DatabaseSummary summary;
    summary.schemaVersion = db.schemaVersion();
    QSqlQuery tables(db.connection());
    const QString list =
        db.isPostgres()
            ? QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> "
                             "'palier_schema' ORDER BY tablename")
            : QStringLiteral(
                  "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
    if (!tables.exec(list)) {
        return sqlError(tr("Cannot list the tables of the database."), tables);
    }
    QSqlQuery count(db.connection());
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        // Table names come from sqlite_schema, not from the user; they cannot be bound, so they are quoted.
        if (!count.exec(QStringLiteral("SELECT count(*) FROM %1").arg(quoteIdentifier(table))) || !count.next()) {
            return sqlError(tr("Cannot count the rows of the table %1.").arg(table), count);
        }
        summary.tables.append({table, count.value(0).toLongLong()});
    }
    const bool hasCampaign = std::any_of(summary.tables.cbegin(), summary.tables.cend(), [](const TableCount& t) {
        return t.table == QLatin1String("campaign") && t.rows > 0;
    });
    if (hasCampaign) {
        Result<CampaignInfo> campaign = loadCampaign(db);
        if (!campaign) {
            return campaign.error();
        }
        summary.campaign = campaign.value();
    }
    return summary;
}

Result<CheckReport> checkDatabase(const Database& db)
{
    CheckReport report;
    QSqlQuery query(db.connection());
    // PostgreSQL checks its pages and foreign keys itself: only the audit chain is Palier's to verify there.
    if (db.isPostgres()) {
        if (Result<AuditVerification> audit = verifyAuditChain(db); !audit) {
            return audit.error();
        } else if (!audit->ok()) {
            report.auditProblems.append(audit->problem);
        }
        return report;
    }
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        return sqlError(tr("Cannot run the integrity check."), query);
    }
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok")) {
            report.integrityProblems.append(line);
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        return sqlError(tr("Cannot run the foreign key check."), query);
    }
    while (query.next()) {
        report.foreignKeyProblems.append(
            tr("table %1, row %2: no matching row in %3")
                .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString()));
    }
    query.finish();
    if (db.schemaVersion() >= AuditSchemaVersion) {
        Result<AuditVerification> audit = verifyAuditChain(db);
        if (!audit) {
            return audit.error();
        }
        if (!audit->ok()) {
            report.auditProblems.append(audit->problem);
        }
    }
    return report;
}

} // namespace Palier
