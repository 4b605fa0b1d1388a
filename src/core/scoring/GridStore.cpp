// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/GridStore.h"

#include "db/Database.h"
#include "programme/ProgrammeDefinition.h"
#include "programme/ProgrammeStore.h"
#include "scoring/GridRules.h"
#include "scoring/ScoringDb.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace Palier {

namespace {

using ScoringDb::DomainRow;

QString defaultGridNote(const QString& programmeCode)
{
    return QCoreApplication::translate("Palier::Scoring", "Default grid of the programme definition “%1”.")
        .arg(programmeCode);
}

/// The author recorded for grids Palier creates itself (not translated: it is a name).
const QString PalierAuthor = QStringLiteral("Palier");

Error invalidGrid(const QString& domainCode, const QList<Criterion>& criteria, const GridFault& fault)
{
    QString message;
    if (fault.criterion < 0) {
        message = QCoreApplication::translate("Palier::Scoring", "The grid of %1 was not saved: %2.")
                      .arg(domainCode, fault.what);
    } else {
        const Criterion& c = criteria.at(fault.criterion);
        message =
            QCoreApplication::translate("Palier::Scoring", "The grid of %1 was not saved — criterion %2 (%3): %4.")
                .arg(domainCode)
                .arg(fault.criterion + 1)
                .arg(c.code.trimmed().isEmpty() ? QStringLiteral("—") : c.code, fault.what);
    }
    return {QStringLiteral("scoring.invalid-grid"), message,
            QStringLiteral("criterion %1, field %2").arg(fault.criterion).arg(fault.field)};
}

/// Refuses a grid whose scales would leave scores already entered on this domain outside them.
Result<void> checkScoresFit(const Database& db, const DomainRow& domain, const QList<Criterion>& criteria)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM score s JOIN candidature c ON c.id = s.candidature_id "
                                 "WHERE c.domain_id = ? AND s.criterion_code = ? AND (s.value < ? OR s.value > ?)"));
    for (const Criterion& c : criteria) {
        query.addBindValue(domain.id);
        query.addBindValue(c.code);
        query.addBindValue(c.scaleMin);
        query.addBindValue(c.scaleMax);
        if (!query.exec() || !query.next()) {
            return sqlError(ScoringDb::readFailed(), query);
        }
        const int outside = query.value(0).toInt();
        query.finish();
        if (outside > 0) {
            return Error{QStringLiteral("scoring.scores-out-of-scale"),
                         QCoreApplication::translate("Palier::Scoring",
                                                     "The grid of %1 was not saved: %Ln score(s) of criterion %2 "
                                                     "already entered would be outside its new scale, %3 to %4. "
                                                     "Change or clear them first.",
                                                     nullptr, outside)
                             .arg(domain.code, c.code)
                             .arg(c.scaleMin)
                             .arg(c.scaleMax),
                         QStringLiteral("%1 scores of %2/%3 outside %4..%5")
                             .arg(outside)
                             .arg(domain.code, c.code)
                             .arg(c.scaleMin)
                             .arg(c.scaleMax)};
        }
    }
    return {};
}

} // namespace

Result<QList<ScoringGrid>> loadCurrentGrids(const Database& db)
{
    Result<QList<DomainRow>> domains = ScoringDb::domains(db);
    if (!domains) {
        return domains.error();
    }
    QList<ScoringGrid> grids;
    for (const DomainRow& domain : domains.value()) {
        Result<std::optional<ScoringGrid>> grid = ScoringDb::latestGrid(db, domain);
        if (!grid) {
            return grid.error();
        }
        if (grid.value()) {
            grids.append(*grid.value());
        }
    }
    return grids;
}

Result<ScoringGrid> loadCurrentGrid(const Database& db, const QString& domainCode)
{
    Result<DomainRow> domain = ScoringDb::domain(db, domainCode);
    if (!domain) {
        return domain.error();
    }
    Result<std::optional<ScoringGrid>> grid = ScoringDb::latestGrid(db, domain.value());
    if (!grid) {
        return grid.error();
    }
    if (!grid.value()) {
        return ScoringDb::noGrid(domain.value());
    }
    return *grid.value();
}

Result<QList<ScoringGrid>> loadGridHistory(const Database& db, const QString& domainCode)
{
    Result<DomainRow> domain = ScoringDb::domain(db, domainCode);
    if (!domain) {
        return domain.error();
    }
    return ScoringDb::allGrids(db, domain.value());
}

Result<int> saveGrid(const Database& db, const QString& domainCode, const QList<Criterion>& criteria,
                     const QString& author, const QString& note)
{
    if (const std::optional<GridFault> fault = findGridFault(criteria)) {
        return invalidGrid(domainCode, criteria, *fault);
    }
    if (author.trimmed().isEmpty()) {
        return Error{QStringLiteral("scoring.author"),
                     QCoreApplication::translate("Palier::Scoring",
                                                 "Say who changes the grid of %1: every version records its author.")
                         .arg(domainCode),
                     {}};
    }
    TransactionGuard transaction(db);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    Result<DomainRow> domain = ScoringDb::domain(db, domainCode);
    if (!domain) {
        return domain.error();
    }
    Result<std::optional<ScoringGrid>> current = ScoringDb::latestGrid(db, domain.value());
    if (!current) {
        return current.error();
    }
    if (current.value() && current.value()->criteria == criteria) {
        return current.value()->version;
    }
    if (Result<void> fits = checkScoresFit(db, domain.value(), criteria); !fits) {
        return fits.error();
    }
    const int version = current.value() ? current.value()->version + 1 : 1;
    if (Result<void> inserted = ScoringDb::insertGrid(db, domain->id, version, criteria, author.trimmed(), note);
        !inserted) {
        return inserted.error();
    }
    if (Result<void> committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return version;
}

Result<void> storeDefaultScoringGrids(const Database& db, qint64 programmeId, const ProgrammeDefinition& def)
{
    if (def.scoringCriteria.isEmpty()) {
        return {};
    }
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT id, code FROM domain WHERE programme_id = ? ORDER BY sort_order, id"));
    query.addBindValue(programmeId);
    if (!query.exec()) {
        return sqlError(ScoringDb::writeFailed(), query);
    }
    QList<qint64> domainIds;
    while (query.next()) {
        domainIds.append(query.value(0).toLongLong());
    }
    for (qint64 domainId : domainIds) {
        Result<void> inserted =
            ScoringDb::insertGrid(db, domainId, 1, def.scoringCriteria, PalierAuthor, defaultGridNote(def.code));
        if (!inserted) {
            return inserted;
        }
    }
    return {};
}

Result<int> ensureDefaultScoringGrids(const Database& db)
{
    TransactionGuard transaction(db);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT programme_id FROM campaign WHERE id = 1"))) {
        return sqlError(ScoringDb::readFailed(), query);
    }
    if (!query.next()) {
        return 0;
    }
    Result<ProgrammeDefinition> def = loadStoredProgramme(db, query.value(0).toLongLong());
    if (!def) {
        return def.error();
    }
    if (def->scoringCriteria.isEmpty()) {
        // Stored before programme definitions had a grid: take the one this Palier ships for the programme.
        if (Result<ProgrammeDefinition> shipped = loadShippedProgramme(def->code); shipped) {
            def->scoringCriteria = shipped->scoringCriteria;
        }
    }
    Result<QList<DomainRow>> domains = ScoringDb::domains(db);
    if (!domains) {
        return domains.error();
    }
    int created = 0;
    for (const DomainRow& domain : domains.value()) {
        Result<std::optional<ScoringGrid>> grid = ScoringDb::latestGrid(db, domain);
        if (!grid) {
            return grid.error();
        }
        if (grid.value() || def->scoringCriteria.isEmpty()) {
            continue;
        }
        Result<void> inserted =
            ScoringDb::insertGrid(db, domain.id, 1, def->scoringCriteria, PalierAuthor, defaultGridNote(def->code));
        if (!inserted) {
            return inserted.error();
        }
        ++created;
    }
    if (Result<void> committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return created;
}

} // namespace Palier
