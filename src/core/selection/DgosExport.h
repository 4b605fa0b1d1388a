// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The preselection file sent to DGOS (XLSX and the same rows as CSV), the readiness check before it, and sealing.
// The column order is fixed (dgosColumns(), documented in README.md) and never drifts between versions.

#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace Palier {

class Database;
struct RunRow;

/// One finding of the readiness check.
struct ReadinessIssue
{
    bool blocking = false;
    QString message; ///< translated
};

/// What the readiness check found, and the deadline.
struct Readiness
{
    QList<ReadinessIssue> issues;
    QDate deadline;      ///< the DGOS deadline milestone, invalid when none
    qint64 daysLeft = 0; ///< from `today` to the deadline; negative once it has passed
    bool blocked() const;
};

/// Checks run `runId` before it is sealed and exported: it must not be sealed yet nor infeasible, its files must
/// be able to move to their decisions, the FINESS numbers of the files selected must be valid, the envelope and the
/// quotas of its parameters must hold (all blocking); selected establishments that are not eligible yet and files
/// still in instruction are warnings.
Result<Readiness> checkReadiness(const Database& db, qint64 runId, const QDate& today);

/// The header of the DGOS file, in its fixed order.
QStringList dgosColumns();
/// The cells of one row of the DGOS file, in dgosColumns() order (amounts in euros as numbers).
QVariantList dgosCells(int version, const QString& region, const RunRow& row);

/// The CSV twin of the DGOS file for `rows` (UTF-8 with BOM, `;`, CRLF, decimal commas, formulas neutralised).
QByteArray dgosCsv(int version, const QString& region, const QList<RunRow>& rows);

/// What sealAndExport() wrote.
struct SealReport
{
    QString xlsxPath;
    QString csvPath;
    QString sha256; ///< of the XLSX file
    int rows = 0;
    QString sealedSha256; ///< exportSealedRun(): the SHA-256 recorded when the version was sealed
};

/// Writes the XLSX and its CSV twin (same base name, .csv) for run `runId`, without sealing.
Result<SealReport> writeDgosFiles(const Database& db, qint64 runId, const QString& xlsxPath);

/// Writes the DGOS files of run `runId` again, as sealAndExport() wrote them, for a version sealed earlier (a file
/// to send once more): reads only, seals nothing, moves no file. Errors "selection.unknown-run",
/// "selection.not-sealed" (nothing written), those of writing the files.
/// Like the other two, the XLSX is written on a second thread, from the rows as they are read (on a SQLite file,
/// through SQLite's own interface, by batches), while the CSV is written on the calling thread.
Result<SealReport> exportSealedRun(const Database& db, qint64 runId, const QString& xlsxPath);

/// Writes the files, then seals the run with the XLSX's SHA-256 and moves the files to their decisions, in one
/// transaction; the files are removed again when sealing fails. Does not run the readiness check: call it first.
Result<SealReport> sealAndExport(const Database& db, qint64 runId, const QString& xlsxPath, const QString& author);

} // namespace Palier
