// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/ScoringDb.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace Palier::ScoringDb {

namespace {

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

/// Reads the criteria (with their level descriptors) of the grid row `gridId`.
Result<QList<Criterion>> criteriaOf(const Database& db, qint64 gridId)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT id, code, label, weight, scale_min, scale_max FROM criterion "
                                 "WHERE grid_id = ? ORDER BY sort_order, id"));
    query.addBindValue(gridId);
    if (!query.exec()) {
        return sqlError(readFailed(), query);
    }
    QList<Criterion> criteria;
    QHash<qint64, qsizetype> indexById;
    while (query.next()) {
        Criterion c;
        c.code = query.value(1).toString();
        c.label = query.value(2).toString();
        c.weight = query.value(3).toDouble();
        c.scaleMin = query.value(4).toInt();
        c.scaleMax = query.value(5).toInt();
        // A descriptor missing from the table reads as empty rather than shifting the others.
        c.levels = QStringList(qMax(0, c.levelCount()), QString());
        indexById.insert(query.value(0).toLongLong(), criteria.size());
        criteria.append(c);
    }
    query.prepare(QStringLiteral("SELECT l.criterion_id, l.level, l.descriptor FROM criterion_level l "
                                 "JOIN criterion c ON c.id = l.criterion_id WHERE c.grid_id = ?"));
    query.addBindValue(gridId);
    if (!query.exec()) {
        return sqlError(readFailed(), query);
    }
    while (query.next()) {
        Criterion& c = criteria[indexById.value(query.value(0).toLongLong())];
        const int index = query.value(1).toInt() - c.scaleMin;
        if (index >= 0 && index < c.levels.size()) {
            c.levels[index] = query.value(2).toString();
        }
    }
    return criteria;
}

/// The grids of `domain` from `sql` (which selects id, version, created_at, author, note for one domain id).
Result<QList<ScoringGrid>> gridsOf(const Database& db, const DomainRow& domain, const QString& sql)
{
    QSqlQuery query(db.connection());
    query.prepare(sql);
    query.addBindValue(domain.id);
    if (!query.exec()) {
        return sqlError(readFailed(), query);
    }
    QList<ScoringGrid> grids;
    QList<qint64> ids;
    while (query.next()) {
        ScoringGrid grid;
        grid.domainCode = domain.code;
        grid.domainLabel = domain.label;
        grid.version = query.value(1).toInt();
        grid.createdAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
        grid.author = query.value(3).toString();
        grid.note = query.value(4).toString();
        grids.append(grid);
        ids.append(query.value(0).toLongLong());
    }
    for (qsizetype i = 0; i < grids.size(); ++i) {
        Result<QList<Criterion>> criteria = criteriaOf(db, ids.at(i));
        if (!criteria) {
            return criteria.error();
        }
        grids[i].criteria = std::move(criteria).value();
    }
    return grids;
}

} // namespace

QString readFailed()
{
    return QCoreApplication::translate("Palier::Scoring",
                                       "Cannot read the scoring grids and scores from the database: the file may be "
                                       "damaged.");
}

QString writeFailed()
{
    return QCoreApplication::translate("Palier::Scoring",
                                       "Cannot record the scoring change in the database. Check that the disk is not "
                                       "full and the file is writable.");
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Result<QList<DomainRow>> domains(const Database& db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT id, code, label FROM domain WHERE programme_id = COALESCE("
                                   "(SELECT programme_id FROM campaign WHERE id = 1), (SELECT min(id) FROM programme)) "
                                   "ORDER BY sort_order, id"))) {
        return sqlError(readFailed(), query);
    }
    QList<DomainRow> rows;
    while (query.next()) {
        rows.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    }
    return rows;
}

Result<DomainRow> domain(const Database& db, const QString& code)
{
    Result<QList<DomainRow>> all = domains(db);
    if (!all) {
        return all.error();
    }
    QStringList codes;
    for (const DomainRow& row : all.value()) {
        if (row.code == code) {
            return row;
        }
        codes.append(row.code);
    }
    return Error{QStringLiteral("scoring.unknown-domain"),
                 QCoreApplication::translate("Palier::Scoring", "“%1” is not a domain of this campaign. Its domains "
                                                                "are: %2.")
                     .arg(code, codes.isEmpty() ? QStringLiteral("—") : codes.join(QStringLiteral(", "))),
                 code};
}

Result<std::optional<ScoringGrid>> latestGrid(const Database& db, const DomainRow& domain)
{
    Result<QList<ScoringGrid>> grids =
        gridsOf(db, domain,
                QStringLiteral("SELECT id, version, created_at, author, note FROM scoring_grid WHERE domain_id = ? "
                               "ORDER BY version DESC LIMIT 1"));
    if (!grids) {
        return grids.error();
    }
    if (grids->isEmpty()) {
        return std::optional<ScoringGrid>();
    }
    return std::optional<ScoringGrid>(grids->constFirst());
}

Result<QList<ScoringGrid>> allGrids(const Database& db, const DomainRow& domain)
{
    return gridsOf(db, domain,
                   QStringLiteral("SELECT id, version, created_at, author, note FROM scoring_grid WHERE domain_id = ? "
                                  "ORDER BY version"));
}

Result<void> insertGrid(const Database& db, qint64 domainId, int version, const QList<Criterion>& criteria,
                        const QString& author, const QString& note)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO scoring_grid (domain_id, version, created_at, author, note) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(domainId);
    query.addBindValue(version);
    query.addBindValue(now());
    query.addBindValue(author);
    query.addBindValue(textOrNull(note));
    if (!query.exec()) {
        return sqlError(writeFailed(), query);
    }
    const qint64 gridId = query.lastInsertId().toLongLong();
    QSqlQuery level(db.connection());
    level.prepare(QStringLiteral("INSERT INTO criterion_level (criterion_id, level, descriptor) VALUES (?, ?, ?)"));
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        const Criterion& c = criteria.at(i);
        query.prepare(QStringLiteral("INSERT INTO criterion (grid_id, code, label, weight, scale_min, scale_max, "
                                     "sort_order) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(gridId);
        query.addBindValue(c.code);
        query.addBindValue(c.label);
        query.addBindValue(c.weight);
        query.addBindValue(c.scaleMin);
        query.addBindValue(c.scaleMax);
        query.addBindValue(int(i + 1));
        if (!query.exec()) {
            return sqlError(writeFailed(), query);
        }
        const qint64 criterionId = query.lastInsertId().toLongLong();
        for (qsizetype l = 0; l < c.levels.size(); ++l) {
            level.addBindValue(criterionId);
            level.addBindValue(c.scaleMin + int(l));
            level.addBindValue(c.levels.at(l));
            if (!level.exec()) {
                return sqlError(writeFailed(), level);
            }
        }
    }
    return {};
}

Error noGrid(const DomainRow& domain)
{
    return {QStringLiteral("scoring.no-grid"),
            QCoreApplication::translate("Palier::Scoring",
                                        "The domain %1 has no scoring grid yet: create its grid before scoring.")
                .arg(domain.code),
            domain.code};
}

} // namespace Palier::ScoringDb
