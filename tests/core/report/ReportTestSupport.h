// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the report and consolidation tests: demo databases, and follow-up rows written directly in SQL so that
// the figures do not depend on how the demo generator builds its projects.

#include "db/Database.h"
#include "demo/DemoGenerator.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

namespace ReportTest {

/// A regional demo database of `region` at `path`, with or without the demo's follow-up stage.
inline std::unique_ptr<Palier::Database> demoDatabase(const QString& path, const QString& region = QStringLiteral("93"),
                                                      quint32 seed = 2019, bool followUp = true)
{
    auto db = Palier::Database::open(path, {.create = true});
    if (!db) {
        qWarning() << db.error().message << db.error().detail;
        return nullptr;
    }
    Palier::DemoOptions options;
    options.regionCode = region;
    options.seed = seed;
    // The demo's own follow-up stage is optional here: the tests write their own projects and payments.
    options.followUp = followUp;
    if (Palier::Result<Palier::DemoSummary> demo = Palier::generateDemo(*db.value(), options); !demo) {
        qWarning() << demo.error().message << demo.error().detail;
        return nullptr;
    }
    return std::move(db).value();
}

inline bool exec(QSqlQuery& query)
{
    if (!query.exec()) {
        qWarning() << query.lastError().text() << query.lastQuery();
        return false;
    }
    return true;
}

/// Turns up to `count` candidatures that are not projects yet into projects in every state, each with its two
/// tranches in every payment state, in one transaction. Deterministic: the i-th project's figures depend on i only.
/// Returns the number of projects written, or -1.
inline int addFixtureProjects(const Palier::Database& db, int count)
{
    Palier::TransactionGuard transaction(db);
    if (!transaction.started()) {
        return -1;
    }
    QSqlQuery free(db.connection());
    if (!free.exec(QStringLiteral("SELECT id FROM candidature WHERE id NOT IN (SELECT candidature_id FROM project) "
                                  "ORDER BY id LIMIT %1")
                       .arg(count))) {
        return -1;
    }
    QList<qint64> candidatures;
    while (free.next()) {
        candidatures.append(free.value(0).toLongLong());
    }
    QSqlQuery project(db.connection());
    project.prepare(QStringLiteral(
        "INSERT INTO project (candidature_id, state, granted_cents, selection_year, usage_year, started_on, "
        "finished_on, state_reason, created_at) VALUES (?, ?, ?, 2019, 2021, '2019-11-01', ?, ?, "
        "'2019-10-01T00:00:00Z')"));
    QSqlQuery payment(db.connection());
    payment.prepare(QStringLiteral("INSERT INTO payment (project_id, tranche, planned_year, amount_cents, state, "
                                   "due_on, paid_on, reference, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                                   "'2022-01-01T00:00:00Z')"));
    const QVariant none(QMetaType::fromType<QString>());
    for (int i = 0; i < candidatures.size(); ++i) {
        // States in turn: finished, in progress, finished, abandoned, in progress…
        static const char* const states[] = {"termine", "en_cours", "termine", "abandonne", "en_cours"};
        const QString state = QString::fromLatin1(states[i % 5]);
        const qint64 granted = 10'000'000 + qint64(i) * 1'234'567 + (i % 3 == 0 ? 50 : 0); // some odd cents
        project.addBindValue(candidatures.at(i));
        project.addBindValue(state);
        project.addBindValue(granted);
        project.addBindValue(state == QLatin1String("termine") ? QVariant(QStringLiteral("2022-06-30")) : none);
        project.addBindValue(state == QLatin1String("abandonne") ? QVariant(QStringLiteral("Projet fictif abandonné"))
                                                                 : none);
        if (!exec(project)) {
            return -1;
        }
        const qint64 projectId = project.lastInsertId().toLongLong();
        const qint64 seed = granted / 5;
        struct Tranche
        {
            const char* name;
            int year;
            qint64 amount;
            QString state;
        };
        const QString usageState = state == QLatin1String("abandonne") ? QStringLiteral("annule")
                                   : state == QLatin1String("termine")
                                       ? (i % 5 == 0 ? QStringLiteral("verse") : QStringLiteral("du"))
                                       : QStringLiteral("prevu");
        const Tranche tranches[] = {{"amorcage", 2020 + i % 2, seed, QStringLiteral("verse")},
                                    {"usage", 2021 + i % 3, granted - seed, usageState}};
        for (const Tranche& t : tranches) {
            const bool paid = t.state == QLatin1String("verse");
            payment.addBindValue(projectId);
            payment.addBindValue(QString::fromLatin1(t.name));
            payment.addBindValue(t.year);
            payment.addBindValue(t.amount);
            payment.addBindValue(t.state);
            payment.addBindValue(
                paid || t.state == QLatin1String("du") ? QVariant(QStringLiteral("%1-03-15").arg(t.year)) : none);
            // Paid a year after it was planned for some: the report counts it in the year it was paid.
            payment.addBindValue(paid ? QVariant(QStringLiteral("%1-04-0%2").arg(t.year + i % 2).arg(1 + i % 9))
                                      : none);
            payment.addBindValue(paid ? QVariant(QStringLiteral("VIR-FICTIF-%1-%2").arg(projectId).arg(t.name)) : none);
            if (!exec(payment)) {
                return -1;
            }
        }
    }
    if (!transaction.commit()) {
        return -1;
    }
    return int(candidatures.size());
}

/// The single number `sql` selects, or -1.
inline qint64 scalar(const Palier::Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next()) {
        qWarning() << query.lastError().text() << sql;
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace ReportTest
