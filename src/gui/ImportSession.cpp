// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportSession.h"

namespace Palier {

QString ImportSession::summary(const ImportReport& report)
{
    return tr("%1 new, %2 updated, %3 unchanged, %4 rejected")
        .arg(report.inserted)
        .arg(report.updated)
        .arg(report.unchanged)
        .arg(report.rejectedRows);
}

QString ImportSession::kindName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Establishments:
        return tr("establishments");
    case ImportKind::Ghts:
        return tr("GHT");
    case ImportKind::Candidatures:
        return tr("applications");
    case ImportKind::Indicators:
        return tr("indicator values");
    case ImportKind::Scores:
        return tr("scores");
    case ImportKind::Declarations:
        return tr("usage declarations");
    }
    return {};
}

} // namespace Palier
