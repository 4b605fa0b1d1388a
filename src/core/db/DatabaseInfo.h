// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "campaign/Campaign.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace Palier {

class Database;

struct TableCount
{
    QString table;
    qint64 rows = 0;
};

/// What `palier-cli info` reports.
struct DatabaseSummary
{
    int schemaVersion = 0;
    QList<TableCount> tables; ///< every table of the schema, by name
    std::optional<CampaignInfo> campaign;
};

/// Counts the rows of every table and reads the campaign, if any.
Result<DatabaseSummary> summarizeDatabase(const Database& db);

/// What `palier-cli check` reports: empty lists mean the database is sound.
struct CheckReport
{
    QStringList integrityProblems;
    QStringList foreignKeyProblems;
    QStringList auditProblems; ///< the first broken entry of the audit chain, if any
    qsizetype problemCount() const
    {
        return integrityProblems.size() + foreignKeyProblems.size() + auditProblems.size();
    }
    bool ok() const { return problemCount() == 0; }
};

/// Runs SQLite's integrity check, the foreign key check and the audit chain's check over the whole database.
Result<CheckReport> checkDatabase(const Database& db);

} // namespace Palier
