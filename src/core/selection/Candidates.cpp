// SPDX-License-Identifier: GPL-3.0-or-later
#include "selection/Candidates.h"

#include "db/Database.h"
#include "scoring/Ranking.h"
#include "scoring/ScoreStore.h"
#include "scoring/Settings.h"
#include "selection/Funding.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace Palier {

QStringList candidateStates()
{
    return {QStringLiteral("instruit"), QStringLiteral("preselectionne"), QStringLiteral("liste_attente")};
}

Result<QList<SelectionCandidate>> loadCandidates(const Database& db)
{
    Result<ScoringSettings> settings = loadScoringSettings(db);
    if (!settings) {
        return settings.error();
    }
    Result<QList<DomainScores>> domains = loadAllDomainScores(db);
    if (!domains) {
        return domains.error();
    }
    Result<FundingRules> rules = loadFundingRules(db);
    if (!rules) {
        return rules.error();
    }
    struct Details
    {
        qint64 establishmentId;
        QString status, department, sizeClass;
        qint64 requested;
        QDate plannedEnd;
        std::optional<qint64> override;
        QString ght;
    };
    QHash<qint64, Details> details;
    QSqlQuery query(db.connection());
    setSequentialReading(query);
    if (!query.exec(QStringLiteral(
            "SELECT c.id, c.establishment_id, e.legal_status, e.department_code, e.size_class, c.requested_cents, "
            "c.planned_end, o.amount_cents, e.ght_code FROM candidature c JOIN establishment e ON e.id = "
            "c.establishment_id "
            "LEFT JOIN amount_override o ON o.candidature_id = c.id "
            "WHERE c.state IN ('instruit', 'preselectionne', 'liste_attente')"))) {
        return sqlError(QCoreApplication::translate("Palier::Selection", "Cannot read the files to select from."),
                        query);
    }
    while (query.next()) {
        details.insert(query.value(0).toLongLong(),
                       {query.value(1).toLongLong(), query.value(2).toString(), query.value(3).toString(),
                        query.value(4).toString(), query.value(5).toLongLong(),
                        QDate::fromString(query.value(6).toString(), Qt::ISODate),
                        query.value(7).isNull() ? std::nullopt : std::optional<qint64>(query.value(7).toLongLong()),
                        query.value(8).toString()});
    }
    QList<SelectionCandidate> candidates;
    for (const DomainScores& domain : domains.value()) {
        const QList<RankedCandidature> ranking = rankCandidatures(domain.grid, domain.candidatures, settings.value());
        for (const RankedCandidature& r : ranking) {
            const auto found = details.constFind(r.candidatureId);
            if (found == details.cend()) {
                continue;
            }
            SelectionCandidate c;
            c.id = r.candidatureId;
            c.establishmentId = found->establishmentId;
            c.finess = r.finess;
            c.establishment = r.establishment;
            c.domainCode = domain.grid.domainCode;
            c.status = found->status;
            c.department = found->department;
            c.ght = found->ght;
            c.state = r.state;
            c.score = r.total;
            c.domainRank = r.rank;
            c.amountCents =
                grantedAmount(rules.value(), found->sizeClass, c.domainCode, found->requested, found->override);
            const PaymentPlan plan = paymentPlan(rules.value(), c.amountCents, found->plannedEnd);
            c.seedYear = plan.seedYear;
            c.seedCents = plan.seedCents;
            c.usageYear = plan.usageYear;
            c.usageCents = plan.usageCents;
            candidates.append(c);
        }
    }
    return candidates;
}

} // namespace Palier
