// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Preselection runs: saved as numbered versions, sealed, superseded.

#include "Result.h"
#include "selection/SelectionTypes.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>

namespace Palier {

class Database;

/// A saved run, without its items.
struct RunSummary
{
    qint64 id = 0; ///< the version number shown to users
    SelectionMethod method = SelectionMethod::RankFill;
    SelectionParameters parameters;
    QDateTime createdAt;
    QString author;
    double totalScore = 0;
    qint64 totalCents = 0;
    QString solverStatus;
    std::optional<double> gap;
    QDateTime sealedAt; ///< invalid while the run is a draft
    QString sealedBy;
    QString exportSha256;
    qint64 supersededBy = 0;

    bool sealed() const { return sealedAt.isValid(); }
    bool currentSealed() const { return sealed() && supersededBy == 0; }
};

/// One item of a saved run with what the DGOS file and the screens show of its file.
struct RunRow
{
    SelectionItem item;
    qint64 establishmentId = 0;
    QString finess;
    QString finessEj;
    QString establishment;
    QString status;      ///< code
    QString statusLabel; ///< as the legal_status table words it
    QString department;
    QString ght;
    QString domainCode;
    QString title;
    QString state; ///< the file's current workflow state
    qint64 requestedCents = 0;
    int seedYear = 0;
    qint64 seedCents = 0;
    int usageYear = 0;
    qint64 usageCents = 0;
};

QJsonObject parametersToJson(const SelectionParameters& parameters);
SelectionParameters parametersFromJson(const QJsonObject& json);

/// Saves `result` as a new version (one transaction); returns its number.
Result<qint64> saveRun(const Database& db, const SelectionParameters& parameters, const SelectionResult& result,
                       const QString& author);
/// saveRun() inside the caller's transaction (the demo).
Result<qint64> insertRun(const Database& db, const SelectionParameters& parameters, const SelectionResult& result,
                         const QString& author, const QDateTime& createdAt);

/// Every saved run, newest first.
Result<QList<RunSummary>> listRuns(const Database& db);
/// The run `id`; error "selection.unknown-run".
Result<RunSummary> loadRun(const Database& db, qint64 id);
/// The items of run `id`, by domain then rank.
Result<QList<RunRow>> loadRunRows(const Database& db, qint64 id);

/// Seals run `id` inside the caller's transaction: records the export's SHA-256 and a snapshot (parameters, grid
/// weights, scores, amounts), supersedes the current sealed version and moves every file to its decision through
/// the workflow (non retenu with the binding reason). Errors "selection.unknown-run", "selection.already-sealed",
/// the workflow's.
Result<void> sealRunInTransaction(const Database& db, qint64 id, const QString& sha256, const QString& author,
                                  const QDateTime& sealedAt);
/// The same with the items of run `id` already read by the caller in its transaction (loadRunRows()).
Result<void> sealRunInTransaction(const Database& db, qint64 id, const QList<RunRow>& rows, const QString& sha256,
                                  const QString& author, const QDateTime& sealedAt);

} // namespace Palier
