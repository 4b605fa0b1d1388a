// SPDX-License-Identifier: GPL-3.0-or-later
#include "CandidatureFlags.h"

#include "prerequisites/Eligibility.h"

namespace Palier {

Result<CandidatureFlags> CandidatureFlags::load(const Database& db)
{
    CandidatureFlags flags;
    Result<EligibilityTable> eligibility = eligibilityTable(db);
    if (!eligibility) {
        return eligibility.error();
    }
    for (const EligibilityRow& row : eligibility->rows) {
        flags.eligible.insert(row.establishmentId, row.eligible);
    }
    Result<QList<Label>> labels = listLabels(db);
    Result<QHash<qint64, QList<qint64>>> byFile = labelIdsByCandidature(db);
    if (!labels || !byFile) {
        return labels ? byFile.error() : labels.error();
    }
    QHash<qint64, Label> byId;
    for (const Label& label : labels.value()) {
        byId.insert(label.id, label);
    }
    for (auto it = byFile->cbegin(); it != byFile->cend(); ++it) {
        for (qint64 id : it.value()) {
            flags.labels[it.key()].append(byId.value(id));
        }
    }
    return flags;
}

} // namespace Palier
