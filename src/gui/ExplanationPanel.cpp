// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExplanationPanel.h"

#include "ExplanationText.h"
#include "scoring/Ranking.h"
#include "scoring/ScoreStore.h"
#include "scoring/Settings.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace Palier {

ExplanationPanel::ExplanationPanel(QWidget* parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    m_browser->setObjectName(QStringLiteral("explanationBrowser"));
    m_browser->setAccessibleName(tr("Score explained"));
    m_browser->setOpenLinks(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
}

void ExplanationPanel::invalidate()
{
    m_cache.clear();
    m_cachedDb = nullptr;
}

QString ExplanationPanel::plainText() const
{
    return m_browser->toPlainText();
}

const ExplanationPanel::DomainRanking* ExplanationPanel::rankingOf(const Database& db, const QString& domainCode)
{
    if (m_cachedDb != &db) {
        m_cache.clear();
        m_cachedDb = &db;
    }
    auto found = m_cache.constFind(domainCode);
    if (found == m_cache.cend()) {
        Result<DomainScores> scores = loadDomainScores(db, domainCode);
        if (!scores) {
            m_browser->setPlainText(scores.error().message);
            return nullptr;
        }
        DomainRanking ranking;
        ranking.scores = std::move(scores).value();
        if (Result<ScoringSettings> settings = loadScoringSettings(db); settings) {
            ranking.settings = settings.value();
        }
        ranking.ranking = rankCandidatures(ranking.scores.grid, ranking.scores.candidatures, ranking.settings);
        found = m_cache.insert(domainCode, std::move(ranking));
    }
    return &*found;
}

void ExplanationPanel::showFile(const Database* db, qint64 candidatureId, const QString& domainCode)
{
    m_browser->clear();
    if (!db || candidatureId < 0) {
        return;
    }
    const DomainRanking* domain = rankingOf(*db, domainCode);
    if (!domain) {
        return;
    }
    for (const RankedCandidature& ranked : domain->ranking) {
        if (ranked.candidatureId != candidatureId) {
            continue;
        }
        for (const CandidatureScores& file : domain->scores.candidatures) {
            if (file.candidatureId == candidatureId) {
                m_browser->setHtml(ExplanationText::html(domain->scores.grid, file, ranked, int(domain->ranking.size()),
                                                         domain->settings));
                return;
            }
        }
    }
    m_browser->setPlainText(domain->scores.unscored.contains(candidatureId)
                                ? tr("No score yet: open the score sheet to score this file.")
                                : tr("Not ranked: the file is not in instruction yet, or is irrecevable."));
}

} // namespace Palier
