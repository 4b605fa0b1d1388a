// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Palier {

class Database;

/// One letter recorded.
struct RecordedLetter
{
    qint64 id = 0;
    qint64 establishmentId = 0;
    int version = 0;
    QString reference;
    QString templateKey;
    int templateVersion = 0;
    QDateTime generatedAt;
    QString path;
    QString sha256;
    QDateTime sentAt; ///< invalid when not sent
};

/// The letters of one establishment, newest first.
Result<QList<RecordedLetter>> lettersOf(const Database& db, qint64 establishmentId);

/// What confirmSending() did.
struct SendingReport
{
    int lettersSent = 0;
    QList<qint64> filesNotified; ///< files moved from valide_dgos to notifie
};

/// The referent confirms that the last letter of each establishment of `establishmentIds` was sent: in one
/// transaction, the letters get their sending time and author, and their retained files still in valide_dgos go to
/// "notifie" through the workflow (history kept). Error "letters.not-generated" naming the establishments that have
/// no letter yet; nothing is written then. `when` invalid means now.
Result<SendingReport> confirmSending(const Database& db, const QList<qint64>& establishmentIds, const QString& author,
                                     const QDateTime& when = {});
/// The same inside a transaction the caller holds (the demo generator).
Result<SendingReport> applySending(const Database& db, const QList<qint64>& establishmentIds, const QString& author,
                                   const QDateTime& when);

} // namespace Palier
