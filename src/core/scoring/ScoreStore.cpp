// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/ScoreStore.h"

#include "db/Database.h"
#include "db/RowVersion.h"
#include "scoring/ScoringDb.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Palier {

namespace {

using ScoringDb::DomainRow;

Error unknownEvaluator(qint64 evaluatorId)
{
    return {
        QStringLiteral("scoring.unknown-evaluator"),
        QCoreApplication::translate("Palier::Scoring", "There is no evaluator %1 in this database.").arg(evaluatorId),
        QStringLiteral("evaluator id %1").arg(evaluatorId)};
}

Result<std::optional<qint64>> findEvaluator(const Database& db, const QString& name)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT id FROM evaluator WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec()) {
        return sqlError(ScoringDb::readFailed(), query);
    }
    return query.next() ? std::optional<qint64>(query.value(0).toLongLong()) : std::nullopt;
}

/// States before instruction: a file there without scores is simply not ranked yet.
bool beforeInstruction(const QString& state)
{
    return state == QLatin1String("recu") || state == QLatin1String("recevable");
}

} // namespace

Result<qint64> createEvaluator(const Database& db, const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return Error{QStringLiteral("scoring.evaluator-name"),
                     QCoreApplication::translate("Palier::Scoring", "An evaluator needs a name."),
                     {}};
    }
    Result<std::optional<qint64>> existing = findEvaluator(db, trimmed);
    if (!existing) {
        return existing.error();
    }
    if (existing.value()) {
        return Error{
            QStringLiteral("scoring.evaluator-exists"),
            QCoreApplication::translate("Palier::Scoring", "There is already an evaluator named “%1”.").arg(trimmed),
            QStringLiteral("evaluator id %1").arg(*existing.value())};
    }
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("INSERT INTO evaluator (name) VALUES (?)"));
    query.addBindValue(trimmed);
    if (!query.exec()) {
        return sqlError(ScoringDb::writeFailed(), query);
    }
    return query.lastInsertId().toLongLong();
}

Result<qint64> ensureEvaluator(const Database& db, const QString& name)
{
    Result<std::optional<qint64>> existing = findEvaluator(db, name.trimmed());
    if (!existing) {
        return existing.error();
    }
    if (existing.value()) {
        return *existing.value();
    }
    return createEvaluator(db, name);
}

Result<QList<Evaluator>> loadEvaluators(const Database& db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT id, name FROM evaluator ORDER BY name, id"))) {
        return sqlError(ScoringDb::readFailed(), query);
    }
    QList<Evaluator> evaluators;
    while (query.next()) {
        evaluators.append({query.value(0).toLongLong(), query.value(1).toString()});
    }
    return evaluators;
}

Result<void> renameEvaluator(const Database& db, qint64 id, const QString& name, std::optional<qint64> expectedVersion)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return Error{QStringLiteral("scoring.evaluator-name"),
                     QCoreApplication::translate("Palier::Scoring", "An evaluator needs a name."),
                     {}};
    }
    Result<std::optional<qint64>> existing = findEvaluator(db, trimmed);
    if (!existing) {
        return existing.error();
    }
    if (existing.value() && *existing.value() != id) {
        return Error{
            QStringLiteral("scoring.evaluator-exists"),
            QCoreApplication::translate("Palier::Scoring", "There is already an evaluator named “%1”.").arg(trimmed),
            QStringLiteral("evaluator id %1").arg(*existing.value())};
    }
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("UPDATE evaluator SET name = ? WHERE id = ?"));
    query.addBindValue(trimmed);
    query.addBindValue(id);
    if (!query.exec()) {
        return sqlError(ScoringDb::writeFailed(), query);
    }
    if (query.numRowsAffected() == 0) {
        return unknownEvaluator(id);
    }
    if (expectedVersion) {
        // Inside the caller's transaction: refused, and rolled back by it, when a colleague changed the name since.
        if (Result<qint64> confirmed = confirmUpdatedVersion(db, QStringLiteral("evaluator"), id, *expectedVersion);
            !confirmed) {
            return confirmed.error();
        }
    }
    return {};
}

Result<void> removeEvaluator(const Database& db, qint64 id)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT e.name, (SELECT count(*) FROM score s WHERE s.evaluator_id = e.id) "
                                 "FROM evaluator e WHERE e.id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return sqlError(ScoringDb::readFailed(), query);
    }
    if (!query.next()) {
        return unknownEvaluator(id);
    }
    if (const int scores = query.value(1).toInt(); scores > 0) {
        // Removing them would remove their scores with them (ON DELETE CASCADE): a decision is never lost that way.
        return Error{QStringLiteral("scoring.evaluator-has-scores"),
                     QCoreApplication::translate("Palier::Scoring",
                                                 "“%1” entered %Ln score(s) and cannot be removed: rename them "
                                                 "instead, or clear their scores first.",
                                                 nullptr, scores)
                         .arg(query.value(0).toString()),
                     QStringLiteral("evaluator id %1").arg(id)};
    }
    QSqlQuery remove(db.connection());
    remove.prepare(QStringLiteral("DELETE FROM evaluator WHERE id = ?"));
    remove.addBindValue(id);
    if (!remove.exec()) {
        return sqlError(ScoringDb::writeFailed(), remove);
    }
    return {};
}

Result<QHash<qint64, int>> scoreCountByEvaluator(const Database& db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT evaluator_id, count(*) FROM score GROUP BY evaluator_id"))) {
        return sqlError(ScoringDb::readFailed(), query);
    }
    QHash<qint64, int> counts;
    while (query.next()) {
        counts.insert(query.value(0).toLongLong(), query.value(1).toInt());
    }
    return counts;
}

Result<void> setScore(const Database& db, qint64 candidatureId, const QString& criterionCode, qint64 evaluatorId,
                      int value, const QString& comment)
{
    return ScoreWriter(db).write(candidatureId, criterionCode, evaluatorId, value, comment);
}

Result<void> setScoreComment(const Database& db, qint64 candidatureId, const QString& criterionCode, qint64 evaluatorId,
                             const QString& comment)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral(
        "UPDATE score SET comment = ? WHERE candidature_id = ? AND criterion_code = ? AND evaluator_id = ?"));
    query.addBindValue(comment.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                   : QVariant(comment.trimmed()));
    query.addBindValue(candidatureId);
    query.addBindValue(criterionCode);
    query.addBindValue(evaluatorId);
    if (!query.exec()) {
        return sqlError(ScoringDb::writeFailed(), query);
    }
    if (query.numRowsAffected() < 1) {
        return Error{QStringLiteral("scoring.no-score"),
                     QCoreApplication::translate("Palier::Scoring",
                                                 "There is no score on %1 to comment yet: enter the score first.")
                         .arg(criterionCode),
                     QStringLiteral("candidature %1, criterion %2, evaluator %3")
                         .arg(candidatureId)
                         .arg(criterionCode)
                         .arg(evaluatorId)};
    }
    return {};
}

Result<void> clearScore(const Database& db, qint64 candidatureId, const QString& criterionCode, qint64 evaluatorId)
{
    QSqlQuery query(db.connection());
    query.prepare(
        QStringLiteral("DELETE FROM score WHERE candidature_id = ? AND criterion_code = ? AND evaluator_id = ?"));
    query.addBindValue(candidatureId);
    query.addBindValue(criterionCode);
    query.addBindValue(evaluatorId);
    if (!query.exec()) {
        return sqlError(ScoringDb::writeFailed(), query);
    }
    return {};
}

namespace {

QString scoreKey(qint64 candidatureId, const QString& criterionCode, qint64 evaluatorId)
{
    return QStringLiteral("candidature %1, criterion %2, evaluator %3")
        .arg(candidatureId)
        .arg(criterionCode)
        .arg(evaluatorId);
}

QVariant commentValue(const QString& comment)
{
    const QString trimmed = comment.trimmed();
    return trimmed.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(trimmed);
}

Error scoreConflict(qint64 candidatureId, const QString& criterionCode, qint64 evaluatorId, qint64 expectedVersion,
                    const ScoreCell& now)
{
    return {QStringLiteral("db.conflict"),
            QCoreApplication::translate("Palier::Scoring",
                                        "Someone else changed this score while you were entering yours, which was not "
                                        "saved. Compare both, then keep theirs or enter yours again."),
            QStringLiteral("score of %1: expected version %2, now %3")
                .arg(scoreKey(candidatureId, criterionCode, evaluatorId))
                .arg(expectedVersion)
                .arg(now.version)};
}

} // namespace

Result<ScoreCell> readScore(const Database& db, qint64 candidatureId, const QString& criterionCode, qint64 evaluatorId)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT value, comment, row_version FROM score WHERE candidature_id = ? AND "
                                 "criterion_code = ? AND evaluator_id = ?"));
    query.addBindValue(candidatureId);
    query.addBindValue(criterionCode);
    query.addBindValue(evaluatorId);
    if (!query.exec()) {
        return sqlError(ScoringDb::readFailed(), query);
    }
    ScoreCell cell;
    if (query.next()) {
        cell.value = query.value(0).toInt();
        cell.comment = query.value(1).toString();
        cell.version = query.value(2).toLongLong();
    }
    return cell;
}

Result<qint64> writeScore(const Database& db, qint64 candidatureId, const QString& criterionCode, qint64 evaluatorId,
                          std::optional<int> value, const QString& comment, qint64 expectedVersion, ScoreCell* current)
{
    QString code = criterionCode;
    if (value) {
        // Checked before the transaction: on SQLite a transaction that reads first may not write once another
        // connection has written.
        Result<QString> checked = ScoreWriter(db).check(candidatureId, criterionCode, evaluatorId, *value);
        if (!checked) {
            return checked.error();
        }
        code = checked.value();
    }
    TransactionGuard transaction(db);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    // One statement that writes only on the version seen: on PostgreSQL a concurrent writer waits for the first
    // one's commit, then finds the version moved on (or, for a first score, the row there).
    QSqlQuery query(db.connection());
    qint64 written = NoScoreYet;
    if (expectedVersion == NoScoreYet && value) {
        query.prepare(QStringLiteral(
            "INSERT INTO score (candidature_id, criterion_code, evaluator_id, value, comment, scored_at) VALUES (?, ?, "
            "?, ?, ?, ?) ON CONFLICT (candidature_id, criterion_code, evaluator_id) DO NOTHING"));
        query.addBindValue(candidatureId);
        query.addBindValue(code);
        query.addBindValue(evaluatorId);
        query.addBindValue(*value);
        query.addBindValue(commentValue(comment));
        query.addBindValue(ScoringDb::now());
        written = 1; // the default version of a new row
    } else if (value) {
        // scored_at is when the value was given: a comment alone leaves it.
        query.prepare(QStringLiteral(
            "UPDATE score SET scored_at = CASE WHEN value = ? THEN scored_at ELSE ? END, value = ?, comment = ?, "
            "row_version = row_version + 1 WHERE candidature_id = ? AND criterion_code = ? AND evaluator_id = ? AND "
            "row_version = ?"));
        query.addBindValue(*value);
        query.addBindValue(ScoringDb::now());
        query.addBindValue(*value);
        query.addBindValue(commentValue(comment));
        query.addBindValue(candidatureId);
        query.addBindValue(code);
        query.addBindValue(evaluatorId);
        query.addBindValue(expectedVersion);
        written = expectedVersion + 1;
    } else if (expectedVersion != NoScoreYet) {
        query.prepare(QStringLiteral("DELETE FROM score WHERE candidature_id = ? AND criterion_code = ? AND "
                                     "evaluator_id = ? AND row_version = ?"));
        query.addBindValue(candidatureId);
        query.addBindValue(code);
        query.addBindValue(evaluatorId);
        query.addBindValue(expectedVersion);
    }
    bool done = false;
    if (value || expectedVersion != NoScoreYet) {
        if (!query.exec()) {
            return sqlError(ScoringDb::writeFailed(), query);
        }
        done = query.numRowsAffected() == 1;
        query.finish();
    }
    Result<ScoreCell> now = readScore(db, candidatureId, code, evaluatorId);
    if (!now) {
        return now.error();
    }
    // Nothing to remove from an empty cell is done, unless someone else entered a score there meanwhile.
    if (!done && !(expectedVersion == NoScoreYet && !value && !now->value)) {
        if (current) {
            *current = now.value();
        }
        return scoreConflict(candidatureId, code, evaluatorId, expectedVersion, now.value());
    }
    if (Result<void> committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return written;
}

LastChange lastScoreChange(const Database& db, qint64 candidatureId, const QString& criterionCode, qint64 evaluatorId)
{
    return lastChangeMatching(
        db, QStringLiteral("score"), candidatureId,
        {{QStringLiteral("criterion_code"), criterionCode}, {QStringLiteral("evaluator_id"), evaluatorId}});
}

ScoreWriter::ScoreWriter(const Database& db)
    : m_db(db)
    , m_upsert(db.connection())
{}

Result<const ScoringGrid*> ScoreWriter::gridOf(qint64 candidatureId)
{
    auto domain = m_domainOf.constFind(candidatureId);
    if (domain == m_domainOf.cend()) {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("SELECT d.code FROM candidature c JOIN domain d ON d.id = c.domain_id "
                                     "WHERE c.id = ?"));
        query.addBindValue(candidatureId);
        if (!query.exec()) {
            return sqlError(ScoringDb::readFailed(), query);
        }
        if (!query.next()) {
            return Error{QStringLiteral("scoring.unknown-candidature"),
                         tr("There is no candidature %1 in this database.").arg(candidatureId),
                         QStringLiteral("candidature id %1").arg(candidatureId)};
        }
        domain = m_domainOf.insert(candidatureId, query.value(0).toString());
    }
    auto grid = m_grids.constFind(*domain);
    if (grid == m_grids.cend()) {
        Result<DomainRow> row = ScoringDb::domain(m_db, *domain);
        if (!row) {
            return row.error();
        }
        Result<std::optional<ScoringGrid>> latest = ScoringDb::latestGrid(m_db, row.value());
        if (!latest) {
            return latest.error();
        }
        if (!latest.value()) {
            return ScoringDb::noGrid(row.value());
        }
        grid = m_grids.insert(*domain, *latest.value());
    }
    return &*grid;
}

Result<void> ScoreWriter::checkEvaluator(qint64 evaluatorId)
{
    if (m_evaluators.contains(evaluatorId)) {
        return {};
    }
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM evaluator WHERE id = ?"));
    query.addBindValue(evaluatorId);
    if (!query.exec()) {
        return sqlError(ScoringDb::readFailed(), query);
    }
    if (!query.next()) {
        return unknownEvaluator(evaluatorId);
    }
    m_evaluators.insert(evaluatorId);
    return {};
}

Result<QString> ScoreWriter::check(qint64 candidatureId, const QString& criterionCode, qint64 evaluatorId, int value)
{
    Result<const ScoringGrid*> grid = gridOf(candidatureId);
    if (!grid) {
        return grid.error();
    }
    const ScoringGrid& g = *grid.value();
    const qsizetype index = g.indexOf(criterionCode);
    if (index < 0) {
        QStringList codes;
        for (const Criterion& c : g.criteria) {
            codes.append(c.code);
        }
        return Error{QStringLiteral("scoring.unknown-criterion"),
                     tr("“%1” is not a criterion of the %2 grid (version %3). Its criteria are: %4.")
                         .arg(criterionCode, g.domainCode)
                         .arg(g.version)
                         .arg(codes.join(QStringLiteral(", "))),
                     QStringLiteral("candidature %1, criterion %2").arg(candidatureId).arg(criterionCode)};
    }
    const Criterion& c = g.criteria.at(index);
    if (value < c.scaleMin || value > c.scaleMax) {
        return Error{
            QStringLiteral("scoring.out-of-scale"),
            tr("%1 is outside the scale of criterion %2 (%3): enter a whole number from %4 to %5.")
                .arg(value)
                .arg(c.code, c.label)
                .arg(c.scaleMin)
                .arg(c.scaleMax),
            QStringLiteral("candidature %1, criterion %2, value %3").arg(candidatureId).arg(c.code).arg(value)};
    }
    if (Result<void> known = checkEvaluator(evaluatorId); !known) {
        return known.error();
    }
    return c.code;
}

Result<void> ScoreWriter::write(qint64 candidatureId, const QString& criterionCode, qint64 evaluatorId, int value,
                                const QString& comment, const QDateTime& scoredAt)
{
    Result<QString> code = check(candidatureId, criterionCode, evaluatorId, value);
    if (!code) {
        return code.error();
    }
    QSqlQuery& query = m_upsert;
    if (!m_prepared) {
        m_prepared = query.prepare(QStringLiteral(
            "INSERT INTO score (candidature_id, criterion_code, evaluator_id, value, comment, scored_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (candidature_id, criterion_code, evaluator_id) "
            "DO UPDATE SET value = excluded.value, comment = excluded.comment, scored_at = excluded.scored_at"));
        if (!m_prepared) {
            return sqlError(ScoringDb::writeFailed(), query);
        }
    }
    query.addBindValue(candidatureId);
    query.addBindValue(code.value());
    query.addBindValue(evaluatorId);
    query.addBindValue(value);
    query.addBindValue(comment.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(comment));
    query.addBindValue(scoredAt.isValid() ? scoredAt.toUTC().toString(Qt::ISODateWithMs) : ScoringDb::now());
    if (!query.exec()) {
        return sqlError(ScoringDb::writeFailed(), query);
    }
    return {};
}

Result<DomainScores> loadDomainScores(const Database& db, const QString& domainCode)
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
    DomainScores result;
    result.grid = *grid.value();

    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT c.id, e.finess_et, e.name, c.state, c.submitted_on FROM candidature c "
                                 "JOIN establishment e ON e.id = c.establishment_id "
                                 "WHERE c.domain_id = ? AND c.state <> 'irrecevable' ORDER BY c.id"));
    query.addBindValue(domain->id);
    if (!query.exec()) {
        return sqlError(ScoringDb::readFailed(), query);
    }
    QList<CandidatureScores> all;
    QHash<qint64, qsizetype> indexById;
    while (query.next()) {
        CandidatureScores file;
        file.candidatureId = query.value(0).toLongLong();
        file.finess = query.value(1).toString();
        file.establishment = query.value(2).toString();
        file.state = query.value(3).toString();
        file.submittedOn = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        indexById.insert(file.candidatureId, all.size());
        all.append(file);
    }
    query.prepare(QStringLiteral("SELECT s.candidature_id, s.criterion_code, s.evaluator_id, v.name, s.value, "
                                 "s.comment, s.row_version FROM score s JOIN candidature c ON c.id = s.candidature_id "
                                 "JOIN evaluator v ON v.id = s.evaluator_id "
                                 "WHERE c.domain_id = ? AND c.state <> 'irrecevable'"));
    query.addBindValue(domain->id);
    if (!query.exec()) {
        return sqlError(ScoringDb::readFailed(), query);
    }
    const ScoringGrid& g = result.grid;
    while (query.next()) {
        const auto file = indexById.constFind(query.value(0).toLongLong());
        const qsizetype criterion = g.indexOf(query.value(1).toString());
        const int value = query.value(4).toInt();
        if (file == indexById.cend() || criterion < 0 || value < g.criteria.at(criterion).scaleMin ||
            value > g.criteria.at(criterion).scaleMax) {
            continue;
        }
        all[*file].scores.append({g.criteria.at(criterion).code, query.value(2).toLongLong(), query.value(3).toString(),
                                  value, query.value(5).toString(), query.value(6).toLongLong()});
    }
    for (CandidatureScores& file : all) {
        std::sort(file.scores.begin(), file.scores.end(), [&g](const Score& a, const Score& b) {
            if (a.evaluatorName != b.evaluatorName) {
                return a.evaluatorName < b.evaluatorName;
            }
            if (a.evaluatorId != b.evaluatorId) {
                return a.evaluatorId < b.evaluatorId;
            }
            return g.indexOf(a.criterionCode) < g.indexOf(b.criterionCode);
        });
        if (!file.scores.isEmpty()) {
            result.candidatures.append(std::move(file));
        } else if (!beforeInstruction(file.state)) {
            result.unscored.append(file.candidatureId);
        }
    }
    return result;
}

Result<QList<DomainScores>> loadAllDomainScores(const Database& db)
{
    Result<QList<DomainRow>> domains = ScoringDb::domains(db);
    if (!domains) {
        return domains.error();
    }
    QList<DomainScores> all;
    for (const DomainRow& domain : domains.value()) {
        Result<DomainScores> scores = loadDomainScores(db, domain.code);
        if (!scores && scores.error().code == QLatin1String("scoring.no-grid")) {
            continue;
        }
        if (!scores) {
            return scores.error();
        }
        all.append(std::move(scores).value());
    }
    return all;
}

} // namespace Palier
