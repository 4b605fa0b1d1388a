// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/ScoringTypes.h"

#include <QHash>
#include <QWidget>

class QTextBrowser;

namespace Palier {

class Database;

/// The explanation of one file's total on the Instruction page: see ExplanationText. The scores and ranking of a
/// domain are read once and kept until invalidate().
class ExplanationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ExplanationPanel(QWidget* parent = nullptr);

    /// Shows how the total of `candidatureId` (of `domainCode`) is made; a null `db` or an id below 0 clears it.
    void showFile(const Database* db, qint64 candidatureId, const QString& domainCode);
    /// Forgets what was read: the next showFile() reads the database again (scores, grid or settings changed).
    void invalidate();
    /// The text shown, without its markup.
    QString plainText() const;

private:
    struct DomainRanking
    {
        DomainScores scores;
        ScoringSettings settings;
        QList<RankedCandidature> ranking;
    };
    const DomainRanking* rankingOf(const Database& db, const QString& domainCode);

    QTextBrowser* m_browser;
    QHash<QString, DomainRanking> m_cache;
    const Database* m_cachedDb = nullptr;
};

} // namespace Palier
