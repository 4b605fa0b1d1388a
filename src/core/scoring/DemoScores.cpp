// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/DemoScores.h"

#include "db/Database.h"
#include "scoring/GridStore.h"
#include "scoring/ScoreStore.h"
#include "scoring/ScoringDb.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <array>
#include <cmath>

namespace Palier {

namespace {

constexpr std::array<const char*, 6> Remarks{
    "Projet bien articulé avec la feuille de route régionale.",
    "Calendrier ambitieux au regard des ressources annoncées.",
    "Éditeur engagé dans la démarche de certification HN Quality.",
    "Convergence avec le SI du GHT à préciser.",
    "Indicateurs d'usage encore loin des cibles.",
    "Budget cohérent avec le périmètre du projet.",
};
const char* const DisagreementRemark = "Avis divergent : à discuter en comité de sélection.";

struct DemoFile
{
    qint64 id = 0;
    QString domain;
    bool instructed = false;
    QDate submittedOn;
};

/// One evaluator's reading of a level between 0 and 1 on `c`'s scale: mostly right, sometimes a point off.
int reading(QRandomGenerator& rng, const Criterion& c, double level)
{
    const int draw = int(rng.bounded(10));
    const int noise = draw == 0 ? -1 : (draw == 9 ? 1 : 0);
    const int value = int(std::lround(c.scaleMin + level * (c.scaleMax - c.scaleMin))) + noise;
    return qBound(c.scaleMin, value, c.scaleMax);
}

QDateTime scoredAt(QRandomGenerator& rng, const QDate& submittedOn)
{
    const QDate base = submittedOn.isValid() ? submittedOn : QDate(2019, 6, 30);
    const QDate day = base.addDays(20 + rng.bounded(40));
    return QDateTime(day, QTime(9 + int(rng.bounded(8)), int(rng.bounded(60))), QTimeZone::utc());
}

Result<QList<DemoFile>> filesToScore(const Database& db)
{
    QSqlQuery query(db.connection());
    // Instructed: `instruit` and every state after it (preselected, notified…), whatever the demo did first.
    if (!query.exec(
            QStringLiteral("SELECT c.id, d.code, c.state <> 'en_instruction', c.submitted_on FROM candidature c "
                           "JOIN domain d ON d.id = c.domain_id JOIN candidature_state s ON s.code = c.state "
                           "WHERE c.state = 'en_instruction' OR s.sort_order >= "
                           "(SELECT sort_order FROM candidature_state WHERE code = 'instruit') ORDER BY c.id"))) {
        return sqlError(ScoringDb::readFailed(), query);
    }
    QList<DemoFile> files;
    while (query.next()) {
        files.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toBool(),
                      QDate::fromString(query.value(3).toString(), Qt::ISODate)});
    }
    return files;
}

} // namespace

Result<void> addDemoScores(const Database& db, quint32 seed)
{
    Result<qint64> first = ensureEvaluator(db, QStringLiteral("Évaluateur fictif A"));
    Result<qint64> second = first ? ensureEvaluator(db, QStringLiteral("Évaluateur fictif B")) : first;
    if (!second) {
        return second.error();
    }
    Result<QList<ScoringGrid>> grids = loadCurrentGrids(db);
    if (!grids) {
        return grids.error();
    }
    QHash<QString, ScoringGrid> gridOf;
    for (const ScoringGrid& grid : grids.value()) {
        gridOf.insert(grid.domainCode, grid);
    }
    Result<QList<DemoFile>> files = filesToScore(db);
    if (!files) {
        return files.error();
    }

    // A stream of its own: the scores do not shift the rest of the demo, nor the rest of the demo the scores.
    QRandomGenerator rng(seed ^ 0x53434F52u);
    ScoreWriter writer(db);
    for (const DemoFile& file : files.value()) {
        const auto grid = gridOf.constFind(file.domain);
        const bool scored = file.instructed || rng.bounded(2) == 0;
        if (grid == gridOf.cend() || !scored) {
            continue;
        }
        // A bell-shaped quality: most files middling, a few excellent or weak.
        const double quality = (rng.generateDouble() + rng.generateDouble() + rng.generateDouble()) / 3;
        const QDateTime at = scoredAt(rng, file.submittedOn);
        for (const Criterion& c : grid->criteria) {
            const double level = qBound(0.0, quality + (rng.generateDouble() - 0.5) * 0.6, 1.0);
            int a = reading(rng, c, level);
            int b = reading(rng, c, level);
            QString remarkA;
            QString remarkB;
            if (rng.bounded(100) < 3) {
                // A clear disagreement: three quarters of the scale apart, above the default threshold.
                const int span = c.scaleMax - c.scaleMin;
                const int gap = int(std::ceil(0.75 * span));
                a = c.scaleMax - int(rng.bounded(span - gap + 1));
                b = a - gap;
                if (level < 0.5) {
                    std::swap(a, b);
                }
                remarkB = QString::fromUtf8(DisagreementRemark);
            } else if (rng.bounded(12) == 0) {
                remarkA = QString::fromUtf8(Remarks[rng.bounded(int(Remarks.size()))]);
            }
            Result<void> written = writer.write(file.id, c.code, first.value(), a, remarkA, at);
            const bool secondScores = file.instructed || rng.bounded(3) != 0;
            if (written && secondScores) {
                written = writer.write(file.id, c.code, second.value(), b, remarkB, at.addSecs(3600 * 24));
            }
            if (!written) {
                return written;
            }
        }
    }
    return {};
}

} // namespace Palier
