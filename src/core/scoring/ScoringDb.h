// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to palier_core: what the scoring stores share (domains of the campaign, grid reading, messages).

#include "Result.h"
#include "scoring/ScoringTypes.h"

#include <QList>
#include <QString>

#include <optional>

namespace Palier {

class Database;

namespace ScoringDb {

/// A domain of the campaign's programme.
struct DomainRow
{
    qint64 id = 0;
    QString code;
    QString label;
};

/// The domains of the campaign's programme (of the first programme stored when there is no campaign yet), in
/// their order.
Result<QList<DomainRow>> domains(const Database& db);
/// The domain `code` among domains(); error "scoring.unknown-domain" listing the codes.
Result<DomainRow> domain(const Database& db, const QString& code);
/// The highest version of `domain`'s grid, or nothing when the domain has no grid.
Result<std::optional<ScoringGrid>> latestGrid(const Database& db, const DomainRow& domain);
/// Every version of `domain`'s grid, oldest first.
Result<QList<ScoringGrid>> allGrids(const Database& db, const DomainRow& domain);
/// Inserts `criteria` as version `version` of `domain`'s grid; opens no transaction.
Result<void> insertGrid(const Database& db, qint64 domainId, int version, const QList<Criterion>& criteria,
                        const QString& author, const QString& note);
/// Error "scoring.no-grid" for `domain`.
Error noGrid(const DomainRow& domain);

/// Translated sentences for a failed read or write of the scoring tables.
QString readFailed();
QString writeFailed();
/// The current time as stored in the scoring tables (ISO 8601, UTC, milliseconds).
QString now();

} // namespace ScoringDb

} // namespace Palier
