// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The scores export: everything needed to recompute the totals of `palier-cli rank` without Palier.
//
// Scores (sheet "Notes", or FILE.csv): one row per candidature × evaluator × criterion, for the scores that feed
// the rankings (current grid of each domain, candidatures not irrecevable), with the columns
//   Candidature; FINESS; Établissement; Domaine; Version de grille; Critère; Évaluateur; Note; Commentaire
// Grids (sheet "Grilles", or FILE-grilles.csv): one row per criterion of each domain's current grid:
//   Domaine; Version de grille; Ordre; Critère; Libellé; Poids; Échelle min; Échelle max; Consensus; Seuil d'écart
// ("Consensus" is "moyenne" or "médiane"). The XLSX file adds a sheet "Méthode" spelling out the rules of
// Ranking.h. Column names are part of the format (not translated). CSV: UTF-8 with a BOM (Excel reads the
// accents), ';' separated, '.' as the decimal point, CRLF line ends, quotes where a field needs them.

#include "Result.h"

#include <QString>
#include <QStringList>

namespace Palier {

class Database;

/// What exportScores() wrote.
struct ScoresExportSummary
{
    int rows = 0;         ///< score rows
    int candidatures = 0; ///< candidatures with at least one score row
    int domains = 0;      ///< domains with a grid
    QStringList files;    ///< the files written
};

/// Writes the scores export to `path`, as XLSX or CSV by its extension (.xlsx or .csv, any case); a CSV export
/// also writes gridsCsvPath(path). Existing files are replaced only once the new ones are complete.
/// Errors: "export.format" (another extension), "xlsx.unavailable", "xlsx.cannot-write", "export.cannot-write".
Result<ScoresExportSummary> exportScores(const Database& db, const QString& path);

/// The grids file written beside a CSV export: "scores.csv" → "scores-grilles.csv".
QString gridsCsvPath(const QString& csvPath);

} // namespace Palier
