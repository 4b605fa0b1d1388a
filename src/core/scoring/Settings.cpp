// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/Settings.h"

#include "db/Database.h"
#include "scoring/ScoringDb.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace Palier {

namespace {
const QString ConsensusKey = QStringLiteral("scoring.consensus");
const QString ThresholdKey = QStringLiteral("scoring.spread_threshold");
} // namespace

QString consensusMethodCode(ConsensusMethod method)
{
    switch (method) {
    case ConsensusMethod::Mean:
        return QStringLiteral("mean");
    case ConsensusMethod::Median:
        return QStringLiteral("median");
    }
    return {};
}

std::optional<ConsensusMethod> consensusMethodFromCode(QStringView code)
{
    if (code == u"mean") {
        return ConsensusMethod::Mean;
    }
    if (code == u"median") {
        return ConsensusMethod::Median;
    }
    return std::nullopt;
}

Result<ScoringSettings> loadScoringSettings(const Database& db)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT key, value FROM setting WHERE key IN (?, ?)"));
    query.addBindValue(ConsensusKey);
    query.addBindValue(ThresholdKey);
    if (!query.exec()) {
        return sqlError(ScoringDb::readFailed(), query);
    }
    ScoringSettings settings;
    while (query.next()) {
        const QString value = query.value(1).toString();
        if (query.value(0).toString() == ConsensusKey) {
            settings.consensus = consensusMethodFromCode(value).value_or(settings.consensus);
        } else {
            bool ok = false;
            const double threshold = value.toDouble(&ok);
            if (ok && threshold >= 0 && threshold <= 1) {
                settings.spreadThreshold = threshold;
            }
        }
    }
    return settings;
}

Result<void> saveScoringSettings(const Database& db, const ScoringSettings& settings)
{
    if (!std::isfinite(settings.spreadThreshold) || settings.spreadThreshold < 0 || settings.spreadThreshold > 1) {
        return Error{QStringLiteral("scoring.invalid-settings"),
                     QCoreApplication::translate("Palier::Scoring",
                                                 "The spread threshold is a share of the scale, from 0 to 1 (e.g. "
                                                 "0.5 for half of it), not %1.")
                         .arg(settings.spreadThreshold),
                     {}};
    }
    TransactionGuard transaction(db);
    if (!transaction.started()) {
        return transaction.started();
    }
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    const QList<std::pair<QString, QString>> rows{
        {ConsensusKey, consensusMethodCode(settings.consensus)},
        {ThresholdKey, QString::number(settings.spreadThreshold, 'g', 17)},
    };
    for (const auto& [key, value] : rows) {
        query.addBindValue(key);
        query.addBindValue(value);
        if (!query.exec()) {
            return sqlError(ScoringDb::writeFailed(), query);
        }
    }
    return transaction.commit();
}

} // namespace Palier
