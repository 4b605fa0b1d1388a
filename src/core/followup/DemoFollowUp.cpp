// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/DemoFollowUp.h"
// From this folder too: lupdate, run without include paths, then files FollowUp::tr under Palier::FollowUp.
#include "FollowUpTypes.h"

#include "db/Database.h"
#include "followup/Declarations.h"
#include "followup/FollowUpSql.h"
#include "followup/Payments.h"
#include "followup/Projects.h"

#include <QSqlQuery>

#include <array>
#include <cmath>
#include <random>

namespace Palier {

namespace {

// The demo shows the follow-up as it stood in mid-December 2022 (DOMAIN.md: the national review at the end of 2022).
const QDate AsOf(2022, 12, 15);
const QDateTime ProjectsCreatedAt(QDate(2019, 10, 15), QTime(9, 0), Qt::UTC);
const QDate SeedRefresh(2020, 1, 15);
const QDate UsageRefresh(2022, 7, 15);
const QDate LateRefresh(2022, 12, 1);
const QString DemoAuthor = QStringLiteral("Référent ARS (fictif)");

constexpr std::array<const char*, 4> AbandonReasons{
    "Changement d'éditeur, projet repris dans une candidature ultérieure (motif fictif)",
    "Fusion avec un autre établissement (motif fictif)",
    "Projet reporté sine die faute de ressources internes (motif fictif)",
    "Solution retenue non conforme HN Quality (motif fictif)",
};

constexpr std::array<const char*, 4> Notes{
    "Comité de suivi : déploiement en cours dans les services pilotes (note fictive).",
    "Point d'étape : formation des utilisateurs terminée (note fictive).",
    "Relance de l'établissement sur la déclaration des indicateurs d'usage (note fictive).",
    "Visite sur site : recette de la solution validée (note fictive).",
};

struct DemoProject
{
    qint64 id = 0;
    qint64 establishmentId = 0;
    qint64 domainId = 0;
    QDate startedOn;
    int reach = 0; ///< 0: never reaches its targets; 1: reaches them by mid-2022; 2: late, in the second half of 2022
};

struct DemoIndicator
{
    qint64 id = 0;
    IndicatorValueType type = IndicatorValueType::Ratio;
    double target = 0;
};

class DemoFollowUpGenerator
{
public:
    DemoFollowUpGenerator(const Database& db, quint32 seed)
        : m_db(db)
        , m_rng(seed ^ 0xf011011u)
    {}

    Result<void> run();

private:
    Result<void> loadProjects();
    Result<void> loadIndicators();
    Result<void> declare(const DemoProject& project, const QList<DeclarationPeriod>& periods, bool reaches);
    Result<void> payDue(Tranche tranche, int percent, const QDate& from, int spreadDays);
    Result<void> changeStates();
    Result<void> writeNotes();

    int draw(int bound) { return int(m_rng() % std::uint32_t(bound)); }
    bool chance(int percent) { return draw(100) < percent; }

    const Database& m_db;
    std::mt19937 m_rng;
    QList<DemoProject> m_projects;
    QHash<qint64, QList<DemoIndicator>> m_indicators; ///< domain id → usage indicators
    QSqlQuery* m_insert = nullptr;
    int m_reference = 0;
};

Result<void> DemoFollowUpGenerator::loadProjects()
{
    QSqlQuery query(m_db.connection());
    setSequentialReading(query);
    if (!query.exec(QStringLiteral("SELECT p.id, c.establishment_id, c.domain_id, p.started_on FROM project p "
                                   "JOIN candidature c ON c.id = p.candidature_id ORDER BY p.id"))) {
        return sqlError(FollowUp::tr("Cannot read the projects."), query);
    }
    while (query.next()) {
        DemoProject p{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                      QDate::fromString(query.value(3).toString(), Qt::ISODate), 0};
        // About two projects in three reach their targets by mid-2022, one in ten later in the year.
        const int roll = draw(100);
        p.reach = roll < 62 ? 1 : roll < 72 ? 2 : 0;
        m_projects.append(p);
    }
    return {};
}

Result<void> DemoFollowUpGenerator::loadIndicators()
{
    QSqlQuery query(m_db.connection());
    setSequentialReading(query);
    if (!query.exec(QStringLiteral("SELECT i.id, i.domain_id, i.value_type, i.target FROM indicator i JOIN campaign c "
                                   "ON c.programme_id = i.programme_id WHERE i.kind = 'usage' AND i.domain_id IS NOT "
                                   "NULL ORDER BY i.code"))) {
        return sqlError(FollowUp::tr("Cannot read the usage indicators of the programme."), query);
    }
    while (query.next()) {
        m_indicators[query.value(1).toLongLong()].append(
            {query.value(0).toLongLong(),
             indicatorValueTypeFromCode(query.value(2).toString()).value_or(IndicatorValueType::Ratio),
             query.value(3).toDouble()});
    }
    return {};
}

/// Values climbing towards (and, when `reaches`, over) each target over `periods`.
Result<void> DemoFollowUpGenerator::declare(const DemoProject& project, const QList<DeclarationPeriod>& periods,
                                            bool reaches)
{
    const QList<DemoIndicator> indicators = m_indicators.value(project.domainId);
    // When the project does not reach its targets, one indicator (at least) stays under.
    const int lagging = indicators.isEmpty() ? -1 : draw(int(indicators.size()));
    for (int k = 0; k < indicators.size(); ++k) {
        const DemoIndicator& indicator = indicators.at(k);
        const bool over = reaches || k != lagging;
        const double ceiling = indicator.type == IndicatorValueType::Ratio ? 100.0 : indicator.target * 1.6;
        const double start = indicator.target * (0.25 + draw(30) / 100.0);
        const double end = over ? indicator.target + (ceiling - indicator.target) * draw(80) / 100.0
                                : indicator.target * (0.6 + draw(35) / 100.0);
        for (int i = 0; i < periods.size(); ++i) {
            const double t = periods.size() == 1 ? 1.0 : double(i) / double(periods.size() - 1);
            double value = start + (end - start) * t;
            value = indicator.type == IndicatorValueType::Ratio ? std::round(value * 10.0) / 10.0 : std::round(value);
            if (indicator.type == IndicatorValueType::Boolean) {
                value = (i + 1 == periods.size() && over) ? indicator.target : 1 - indicator.target;
            }
            if (i + 1 == periods.size() && over && value < indicator.target) {
                value = indicator.target;
            }
            m_insert->addBindValue(project.establishmentId);
            m_insert->addBindValue(indicator.id);
            m_insert->addBindValue(periods.at(i).code());
            m_insert->addBindValue(qMin(value, indicator.type == IndicatorValueType::Ratio ? 100.0 : value));
            m_insert->addBindValue(periods.at(i).lastDay().addDays(20 + draw(20)).toString(Qt::ISODate));
            if (!m_insert->exec()) {
                return sqlError(FollowUp::tr("Cannot write the demo declarations."), *m_insert);
            }
        }
    }
    return {};
}

Result<void> DemoFollowUpGenerator::payDue(Tranche tranche, int percent, const QDate& from, int spreadDays)
{
    Result<QList<Payment>> due = listPayments(m_db, {.state = PaymentState::Due, .asOf = AsOf});
    if (!due) {
        return due.error();
    }
    for (const Payment& y : std::as_const(due.value())) {
        if (y.tranche != tranche || !chance(percent)) {
            continue;
        }
        const QDate paidOn = qMin(AsOf, from.addDays(draw(spreadDays)));
        const QString reference =
            QStringLiteral("VIR-FICTIF-%1-%2").arg(paidOn.year()).arg(++m_reference, 5, 10, QLatin1Char('0'));
        if (Result<Payment> paid = applyPayment(m_db, y.id, paidOn, reference, AsOf); !paid) {
            return paid.error();
        }
    }
    return {};
}

Result<void> DemoFollowUpGenerator::changeStates()
{
    Result<QList<Project>> projects = listProjects(m_db);
    if (!projects) {
        return projects.error();
    }
    Result<QHash<qint64, ProjectTargets>> targets = allProjectTargets(m_db);
    if (!targets) {
        return targets.error();
    }
    for (const Project& p : std::as_const(projects.value())) {
        if (p.state != ProjectState::InProgress) {
            continue;
        }
        ProjectStateChange change;
        change.author = DemoAuthor;
        if (targets->value(p.id).targetsReached && chance(p.totals.paidCents == p.grantedCents ? 95 : 75)) {
            // Usage targets reached: most projects are finished, some before they are paid in full.
            change.to = ProjectState::Finished;
            change.date = qMax(p.startedOn, QDate(2022, 3, 1).addDays(draw(120)));
        } else if (p.totals.paidCents < p.grantedCents && p.totals.dueCents == 0 && chance(7)) {
            change.to = ProjectState::Abandoned;
            change.reason = QString::fromUtf8(AbandonReasons[std::size_t(draw(int(AbandonReasons.size())))]);
            change.date = qMax(p.startedOn, QDate(2021, 6, 1).addDays(draw(500)));
        } else {
            continue;
        }
        change.date = qMin(change.date, AsOf);
        const QDateTime when(change.date.addDays(3), QTime(10, 0), Qt::UTC);
        if (Result<Project> changed = applyProjectStateChange(m_db, p.id, change, when); !changed) {
            return changed.error();
        }
    }
    return {};
}

Result<void> DemoFollowUpGenerator::writeNotes()
{
    for (const DemoProject& p : std::as_const(m_projects)) {
        if (!chance(15)) {
            continue;
        }
        const QDateTime when(QDate(2020, 3, 1).addDays(draw(900)), QTime(11, 0), Qt::UTC);
        if (Result<ProjectNote> note = insertProjectNote(
                m_db, p.id, QString::fromUtf8(Notes[std::size_t(draw(int(Notes.size())))]), DemoAuthor, when);
            !note) {
            return note.error();
        }
    }
    return {};
}

Result<void> DemoFollowUpGenerator::run()
{
    Result<ProjectCreation> created = createProjectsInTransaction(m_db, ProjectsCreatedAt, DemoAuthor);
    if (!created) {
        return created.error();
    }
    if (created->created.isEmpty()) {
        return {};
    }
    if (Result<void> r = loadProjects(); !r) {
        return r;
    }
    if (Result<void> r = loadIndicators(); !r) {
        return r;
    }
    // Start-up tranches fall due for the establishments that meet the prerequisites; most are paid within weeks.
    if (Result<QList<PaymentStateUpdate>> r = applyDueRefresh(m_db, SeedRefresh); !r) {
        return r.error();
    }
    if (Result<void> r = payDue(Tranche::Seed, 90, SeedRefresh.addDays(10), 60); !r) {
        return r;
    }

    // Usage declarations: half of the establishments declare per half-year, the others per quarter.
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT INTO indicator_declaration (establishment_id, indicator_id, period, value, "
                                  "declared_on, source) VALUES (?, ?, ?, ?, ?, 'démo (fictif)')"));
    m_insert = &insert;
    const auto periods = [](const QStringList& codes) {
        QList<DeclarationPeriod> list;
        for (const QString& code : codes) {
            list.append(*parseDeclarationPeriod(code));
        }
        return list;
    };
    const QList<DeclarationPeriod> halves = periods(
        {QStringLiteral("2020-S2"), QStringLiteral("2021-S1"), QStringLiteral("2021-S2"), QStringLiteral("2022-S1")});
    const QList<DeclarationPeriod> quarters =
        periods({QStringLiteral("2021-T1"), QStringLiteral("2021-T2"), QStringLiteral("2021-T3"),
                 QStringLiteral("2021-T4"), QStringLiteral("2022-T1"), QStringLiteral("2022-T2")});
    QSet<qint64> quarterly;
    for (const DemoProject& p : std::as_const(m_projects)) {
        if (chance(8)) {
            continue; // no declaration yet
        }
        if (chance(50)) {
            quarterly.insert(p.id);
        }
        if (Result<void> r = declare(p, quarterly.contains(p.id) ? quarters : halves, p.reach == 1); !r) {
            return r;
        }
    }
    if (Result<QList<PaymentStateUpdate>> r = applyDueRefresh(m_db, UsageRefresh); !r) {
        return r.error();
    }
    if (Result<void> r = payDue(Tranche::Usage, 75, UsageRefresh.addDays(15), 120); !r) {
        return r;
    }
    if (Result<void> r = changeStates(); !r) {
        return r;
    }
    // Late reachers declare the third quarter of 2022: their usage tranche falls due at the end of the year.
    const QList<DeclarationPeriod> late = periods({QStringLiteral("2022-T3")});
    for (const DemoProject& p : std::as_const(m_projects)) {
        if (p.reach == 2) {
            if (Result<void> r = declare(p, late, true); !r) {
                return r;
            }
        }
    }
    m_insert = nullptr;
    if (Result<QList<PaymentStateUpdate>> r = applyDueRefresh(m_db, LateRefresh); !r) {
        return r.error();
    }
    return writeNotes();
}

} // namespace

Result<void> addDemoFollowUp(const Database& db, quint32 seed)
{
    DemoFollowUpGenerator generator(db, seed);
    return generator.run();
}

} // namespace Palier
