// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A demo database with the follow-up stage, for the dashboard and follow-up page tests.

#include "db/Database.h"
#include "demo/DemoGenerator.h"
#include "followup/DemoFollowUp.h"

#include <QSqlQuery>
#include <QString>

#include <memory>

namespace Palier::TestSupport {

/// Creates the regional demo in `path`, with projects and payments (added here when the demo does not make them).
inline std::unique_ptr<Database> followUpDemo(const QString& path)
{
    auto opened = Database::open(path, {.create = true});
    if (!opened) {
        return {};
    }
    std::unique_ptr<Database> db = std::move(opened).value();
    if (!generateDemo(*db, {})) {
        return {};
    }
    QSqlQuery query(db->connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM project")) || !query.next()) {
        return {};
    }
    if (query.value(0).toInt() == 0) {
        TransactionGuard guard(*db);
        if (!guard.started() || !addDemoFollowUp(*db, 2019) || !guard.commit()) {
            return {};
        }
    }
    return db;
}

/// The single number `sql` selects.
inline qint64 scalar(const Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace Palier::TestSupport
