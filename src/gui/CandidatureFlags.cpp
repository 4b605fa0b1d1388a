// SPDX-License-Identifier: GPL-3.0-or-later
#include "CandidatureFlags.h"

#include "prerequisites/Eligibility.h"

namespace Palier {

Result<CandidatureFlags> CandidatureFlags::load(const Database& db)
{
    CandidatureFlags flags;
    Result<QHash<qint64, bool>> eligible = loadEligibility(db);
    if (!eligible) {
        return eligible.error();
    }
    Result<QHash<qint64, QList<Label>>> labels = loadLabels(db);
    if (!labels) {
        return labels.error();
    }
    flags.eligible = std::move(eligible).value();
    flags.labels = std::move(labels).value();
    return flags;
}

Result<QHash<qint64, QList<Label>>> CandidatureFlags::loadLabels(const Database& db)
{
    Result<QList<Label>> labels = listLabels(db);
    Result<QHash<qint64, QList<qint64>>> byFile = labelIdsByCandidature(db);
    if (!labels || !byFile) {
        return labels ? byFile.error() : labels.error();
    }
    QHash<qint64, Label> byId;
    for (const Label& label : labels.value()) {
        byId.insert(label.id, label);
    }
    QHash<qint64, QList<Label>> result;
    for (auto it = byFile->cbegin(); it != byFile->cend(); ++it) {
        for (qint64 id : it.value()) {
            result[it.key()].append(byId.value(id));
        }
    }
    return result;
}

Result<QHash<qint64, bool>> CandidatureFlags::loadEligibility(const Database& db)
{
    Result<EligibilityTable> eligibility = eligibilityTable(db);
    if (!eligibility) {
        return eligibility.error();
    }
    QHash<qint64, bool> eligible;
    eligible.reserve(eligibility->rows.size());
    for (const EligibilityRow& row : eligibility->rows) {
        eligible.insert(row.establishmentId, row.eligible);
    }
    return eligible;
}

} // namespace Palier
