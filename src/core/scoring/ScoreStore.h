// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "db/RowVersion.h"
#include "scoring/ScoringTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace Palier {

class Database;

/// Creates the evaluator `name` (trimmed) and returns its id. Errors "scoring.evaluator-name" (blank),
/// "scoring.evaluator-exists".
Result<qint64> createEvaluator(const Database& db, const QString& name);

/// The id of the evaluator `name`, created when there is none (imports, the demo).
Result<qint64> ensureEvaluator(const Database& db, const QString& name);

/// Every evaluator, by name.
Result<QList<Evaluator>> loadEvaluators(const Database& db);

/// Renames the evaluator `id` to `name` (trimmed); their scores follow. One statement. Errors
/// "scoring.evaluator-name", "scoring.evaluator-exists", "scoring.unknown-evaluator".
/// With `expectedVersion` (the row_version read with the name; call it in a transaction): "db.conflict" when someone
/// else changed the evaluator since, for the caller to roll back.
Result<void> renameEvaluator(const Database& db, qint64 id, const QString& name,
                             std::optional<qint64> expectedVersion = std::nullopt);

/// Removes the evaluator `id`, who must have entered no score. Errors "scoring.evaluator-has-scores",
/// "scoring.unknown-evaluator".
Result<void> removeEvaluator(const Database& db, qint64 id);

/// How many scores each evaluator entered, by evaluator id; evaluators without a score are absent.
Result<QHash<qint64, int>> scoreCountByEvaluator(const Database& db);

/// Records (or replaces) `evaluatorId`'s score on `criterionCode` of the candidature, checked against the current
/// grid of the candidature's domain. One statement: it joins the caller's transaction when there is one.
/// Errors: "scoring.unknown-candidature", "scoring.unknown-evaluator", "scoring.no-grid",
/// "scoring.unknown-criterion" (the message lists the grid's criteria), "scoring.out-of-scale" (it gives the scale).
Result<void> setScore(const Database& db, qint64 candidatureId, const QString& criterionCode, qint64 evaluatorId,
                      int value, const QString& comment);

/// Sets the comment of `evaluatorId`'s score on `criterionCode` of the candidature (a blank comment clears it), its
/// value unchanged. One statement. Error "scoring.no-score" when that score is not entered yet: a comment explains
/// a score.
Result<void> setScoreComment(const Database& db, qint64 candidatureId, const QString& criterionCode, qint64 evaluatorId,
                             const QString& comment);

/// Removes `evaluatorId`'s score on `criterionCode` of the candidature; nothing to remove is not an error.
Result<void> clearScore(const Database& db, qint64 candidatureId, const QString& criterionCode, qint64 evaluatorId);

/// The version of a score cell that holds no score: an edit made on an empty cell names it, so that two referents
/// entering the first score of the same cell at once do not overwrite each other (the second is refused).
constexpr qint64 NoScoreYet = 0;

/// One evaluator's score on one criterion of a candidature, as stored.
struct ScoreCell
{
    std::optional<int> value;    ///< none: no score entered
    QString comment;             ///< empty: none
    qint64 version = NoScoreYet; ///< the row_version of the score; NoScoreYet when there is no score
};

/// `evaluatorId`'s score on `criterionCode` of the candidature as stored now.
Result<ScoreCell> readScore(const Database& db, qint64 candidatureId, const QString& criterionCode, qint64 evaluatorId);

/// An edit of one score as the score sheet makes it: writes `value` with `comment` (blank: none), or removes the
/// score when `value` is empty, if the score is still at `expectedVersion`, the version the user saw
/// (Score::rowVersion; NoScoreYet for an empty cell). A value is checked as setScore() checks it. Returns the new
/// version (NoScoreYet once removed). Error "db.conflict" when someone else changed, entered or removed that score
/// meanwhile: nothing is written, and `current` (when given) gets the score as it is now, to show both. Opens its own
/// transaction, the unit of the audit trail: call it outside one. setScore(), setScoreComment() and clearScore() do not
/// check.
Result<qint64> writeScore(const Database& db, qint64 candidatureId, const QString& criterionCode, qint64 evaluatorId,
                          std::optional<int> value, const QString& comment, qint64 expectedVersion,
                          ScoreCell* current = nullptr);

/// Who made the last change of that score, and when, as the audit trail says (empty when it does not).
LastChange lastScoreChange(const Database& db, qint64 candidatureId, const QString& criterionCode, qint64 evaluatorId);

/// Writes many scores (an import, the demo) with the checks of setScore(), reading each grid once. Opens no
/// transaction: the caller holds one, so that the batch is written whole or not at all.
class ScoreWriter
{
    Q_DECLARE_TR_FUNCTIONS(Palier::ScoreWriter)

public:
    explicit ScoreWriter(const Database& db);

    /// As setScore(); `scoredAt` defaults to now (the demo passes fixed dates so that it is reproducible).
    Result<void> write(qint64 candidatureId, const QString& criterionCode, qint64 evaluatorId, int value,
                       const QString& comment, const QDateTime& scoredAt = {});
    /// The checks of write() alone: the criterion (its code as the grid spells it) when `value` may be written.
    Result<QString> check(qint64 candidatureId, const QString& criterionCode, qint64 evaluatorId, int value);

private:
    Result<const ScoringGrid*> gridOf(qint64 candidatureId);
    Result<void> checkEvaluator(qint64 evaluatorId);

    const Database& m_db;
    QHash<qint64, QString> m_domainOf;   ///< candidature id → domain code
    QHash<QString, ScoringGrid> m_grids; ///< domain code → current grid
    QSet<qint64> m_evaluators;           ///< ids known to exist
    QSqlQuery m_upsert;                  ///< prepared on first use, then only bound and run
    bool m_prepared = false;
};

/// The current grid of `domainCode` and the candidatures to rank: every candidature of the domain except the
/// irrecevable ones, with at least one score on a criterion of the grid (scores on criteria the grid no longer
/// has are left out, as are values outside the scale). Candidatures in instruction or later (not reçu, recevable
/// or irrecevable) without any such score are listed in `unscored`. Ordered by id; scores by evaluator name, then
/// criterion in grid order. Errors "scoring.unknown-domain", "scoring.no-grid".
Result<DomainScores> loadDomainScores(const Database& db, const QString& domainCode);

/// loadDomainScores() for every domain of the campaign that has a grid, in domain order.
Result<QList<DomainScores>> loadAllDomainScores(const Database& db);

} // namespace Palier
