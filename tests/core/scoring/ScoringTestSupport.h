// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers of the scoring tests: a campaign database with establishments and candidatures written directly.

#include "campaign/Campaign.h"
#include "db/Database.h"
#include "io/SourceTable.h"

#include <QDate>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>
#include <numeric>

namespace ScoringTest {

/// A new database at `path` holding a Hop'EN campaign of region 93 (so every domain has its default grid).
inline std::unique_ptr<Palier::Database> campaignDatabase(const QString& path,
                                                          const QString& programme = QStringLiteral("hopen-2019"))
{
    auto db = Palier::Database::open(path, {.create = true});
    if (!db) {
        qWarning() << db.error().message << db.error().detail;
        return nullptr;
    }
    const Palier::Result<Palier::CampaignInfo> campaign =
        Palier::createCampaign(*db.value(), QStringLiteral("93"), programme);
    if (!campaign) {
        qWarning() << campaign.error().message << campaign.error().detail;
        return nullptr;
    }
    return std::move(db).value();
}

/// Inserts a fictitious establishment whose FINESS is "13" followed by `number` on 7 digits; returns its id.
inline qint64 addEstablishment(const Palier::Database& db, int number)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("INSERT INTO establishment (finess_et, name, legal_status) VALUES (?, ?, 'public')"));
    query.addBindValue(QStringLiteral("13%1").arg(number, 7, 10, QLatin1Char('0')));
    query.addBindValue(QStringLiteral("CH fictif n° %1").arg(number));
    if (!query.exec()) {
        qWarning() << query.lastError().text();
        return -1;
    }
    return query.lastInsertId().toLongLong();
}

/// Inserts a candidature of a new establishment in `domain`; returns its id.
inline qint64 addCandidature(const Palier::Database& db, int number, const QString& domain, const QString& state,
                             const QDate& submittedOn = QDate(2019, 5, 1))
{
    const qint64 establishment = addEstablishment(db, number);
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("INSERT INTO candidature (establishment_id, domain_id, title, requested_cents, "
                                 "submitted_on, state) SELECT ?, id, ?, 100000, ?, ? FROM domain WHERE code = ?"));
    query.addBindValue(establishment);
    query.addBindValue(QStringLiteral("Projet fictif %1").arg(number));
    query.addBindValue(submittedOn.isValid() ? QVariant(submittedOn.toString(Qt::ISODate))
                                             : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(state);
    query.addBindValue(domain);
    if (!query.exec() || query.numRowsAffected() != 1) {
        qWarning() << query.lastError().text();
        return -1;
    }
    return query.lastInsertId().toLongLong();
}

/// The single integer `sql` selects, or -1.
inline qint64 scalar(const Palier::Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}

/// A sheet or CSV file of the scores export, read back through the import layer.
struct ExportTable
{
    QStringList header;
    QList<QStringList> rows;
};

inline ExportTable readExport(const QString& path, const QString& sheet = {})
{
    ExportTable table;
    Palier::Result<Palier::TableFormat> format = Palier::detectTableFormat(path);
    if (!format) {
        qWarning() << format.error().message;
        return table;
    }
    format->sheet = sheet;
    const Palier::Result<QStringList> header =
        Palier::readTable(path, format.value(), [&table](const Palier::SourceRow& row) {
            table.rows.append(row.cells);
            return true;
        });
    if (header) {
        table.header = header.value();
    }
    return table;
}

/// Totals recomputed from the export alone, as someone without Palier would: per candidature, the mean of each
/// criterion's notes, weighted by the grids table; a criterion without notes counts at its minimum.
inline QHash<qint64, double> recomputeTotals(const ExportTable& scores, const ExportTable& grids)
{
    struct Weight
    {
        double weight, min, max;
    };
    QHash<QString, QHash<QString, Weight>> weights; // domain → criterion → weight and scale
    for (const QStringList& row : grids.rows) {
        weights[row.at(0)][row.at(3)] = {row.at(5).toDouble(), row.at(6).toDouble(), row.at(7).toDouble()};
    }
    QHash<qint64, QString> domainOf;
    QHash<qint64, QHash<QString, QList<double>>> notes;
    for (const QStringList& row : scores.rows) {
        domainOf[row.at(0).toLongLong()] = row.at(3);
        notes[row.at(0).toLongLong()][row.at(5)].append(row.at(7).toDouble());
    }
    QHash<qint64, double> totals;
    for (auto file = notes.cbegin(); file != notes.cend(); ++file) {
        double sum = 0;
        double weightSum = 0;
        const QHash<QString, Weight>& grid = weights.value(domainOf.value(file.key()));
        for (auto c = grid.cbegin(); c != grid.cend(); ++c) {
            weightSum += c->weight;
            const QList<double> values = file->value(c.key());
            if (!values.isEmpty()) {
                const double mean = std::accumulate(values.cbegin(), values.cend(), 0.0) / values.size();
                sum += c->weight * (mean - c->min) / (c->max - c->min);
            }
        }
        totals.insert(file.key(), sum / weightSum * 100);
    }
    return totals;
}

} // namespace ScoringTest
