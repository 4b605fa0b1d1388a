// SPDX-License-Identifier: GPL-3.0-or-later
#include "selection/DemoSelection.h"

#include "db/Database.h"
#include "selection/Candidates.h"
#include "selection/DgosExport.h"
#include "selection/Roadmap.h"
#include "selection/RunStore.h"
#include "selection/Selection.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <array>
#include <cmath>

namespace Palier {

namespace {

constexpr const char* Referent = "referent.fictif1";

/// Rounds to the 10,000 euros below.
qint64 roundDown(qint64 cents)
{
    return cents / 1000000 * 1000000;
}

Roadmap demoRoadmap(const QList<SelectionCandidate>& candidates)
{
    qint64 requested = 0;
    QMap<int, qint64> perYear;
    for (const SelectionCandidate& c : candidates) {
        requested += c.amountCents;
        perYear[c.seedYear] += c.seedCents;
        perYear[c.usageYear] += c.usageCents;
    }
    Roadmap roadmap;
    roadmap.correspondent = QStringLiteral("Camille Fictive, correspondante Hop'EN (personne fictive)");
    roadmap.strategyHtml = QStringLiteral(
        "<p><b>Stratégie régionale fictive pour le levier financement.</b></p>"
        "<p>L'ARS concentre l'enveloppe sur l'usage du dossier patient informatisé, l'envoi des documents de sortie "
        "aux partenaires de ville et la convergence des systèmes d'information des GHT. Les établissements qui "
        "n'ont pas encore atteint les prérequis sont accompagnés avant tout versement.</p>"
        "<p><i>Texte de démonstration : aucune donnée réelle.</i></p>");
    // About 55 % of what the files would receive: a real choice has to be made.
    roadmap.envelopeCents = roundDown(requested * 55 / 100);
    // Each year's cap leaves a quarter of room above its share of the payments, so that it rarely binds.
    for (auto it = perYear.cbegin(); it != perYear.cend(); ++it) {
        roadmap.envelopePerYear.insert(it.key(), roundDown(double(it.value()) / double(qMax<qint64>(requested, 1)) *
                                                           double(roadmap.envelopeCents) * 1.25));
    }
    roadmap.axes = {
        {QStringLiteral("Usage du dossier patient informatisé (axe fictif)"),
         QStringLiteral("Généraliser l'usage du DPI dans tous les services, interopérable avec le DMP."),
         {QStringLiteral("D2"), QStringLiteral("D3")}},
        {QStringLiteral("Documents de sortie vers la ville (axe fictif)"),
         QStringLiteral("Envoyer les lettres de liaison et les résultats aux médecins traitants par messagerie "
                        "sécurisée."),
         {QStringLiteral("D1"), QStringLiteral("D6")}},
        {QStringLiteral("Convergence des SI des GHT (axe fictif)"),
         QStringLiteral("Accompagner les GHT dans la convergence de leurs systèmes d'information."),
         {QStringLiteral("D4"), QStringLiteral("D5"), QStringLiteral("D7")}},
    };
    // Planned split by domain and status (national funding split of DOMAIN.md), with room above it.
    const QList<QPair<QString, double>> planned{
        {QStringLiteral("D1"), 11}, {QStringLiteral("D2"), 52}, {QStringLiteral("D3"), 9}, {QStringLiteral("D4"), 4},
        {QStringLiteral("D5"), 4},  {QStringLiteral("D6"), 17}, {QStringLiteral("D7"), 3}};
    for (const auto& [domain, share] : planned) {
        roadmap.shares.append({QuotaKind::Domain, domain, true, share, std::nullopt, std::min(100.0, share * 1.5 + 5),
                               domain == QLatin1String("D2") ? 1.5 : 1.0});
    }
    roadmap.shares.append({QuotaKind::Status, QStringLiteral("public"), true, 64, std::nullopt, std::nullopt, 1});
    roadmap.shares.append({QuotaKind::Status, QStringLiteral("prive_lucratif"), true, 24, std::nullopt, 35, 1});
    roadmap.shares.append({QuotaKind::Status, QStringLiteral("prive_non_lucratif"), true, 11, std::nullopt, 25, 1});
    return roadmap;
}

Result<void> addArsMilestones(const Database& db)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("INSERT INTO milestone (programme_id, due_on, label, source) VALUES "
                                 "((SELECT programme_id FROM campaign WHERE id = 1), ?, ?, 'ars')"));
    const QList<QPair<QString, QString>> milestones{
        {QStringLiteral("2019-07-19"), QStringLiteral("Comité régional de sélection (date fictive)")},
        {QStringLiteral("2019-08-23"), QStringLiteral("Validation de la présélection par la direction (fictive)")},
    };
    for (const auto& [date, label] : milestones) {
        query.addBindValue(date);
        query.addBindValue(label);
        if (!query.exec()) {
            return sqlError(QCoreApplication::translate("Palier::Selection", "Cannot record the calendar."), query);
        }
    }
    return {};
}

/// Size classes by activity, a plausible forfait grid for them (the real one is not public: DOMAIN.md), and a few
/// establishments left without a class, whose files fall back to the requested amount within the bounds.
Result<void> addDemoForfaitGrid(const Database& db, quint32 seed)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT id, category_code, legal_status FROM establishment ORDER BY id"))) {
        return sqlError(QCoreApplication::translate("Palier::Selection", "Cannot read the demo establishments."),
                        query);
    }
    QList<QPair<qint64, QString>> classes;
    QRandomGenerator rng(seed ^ 0x5A17E5u);
    while (query.next()) {
        const QString category = query.value(1).toString();
        const int draw = int(rng.bounded(100));
        QString sizeClass;
        if (draw < 8) {
            sizeClass.clear(); // not given yet in the registry
        } else if (category == QLatin1String("101")) {
            sizeClass = QStringLiteral("S4"); // CHU / CHR
        } else if (category == QLatin1String("131")) {
            sizeClass = QStringLiteral("S3"); // cancer centres
        } else if (query.value(2).toString() == QLatin1String("public")) {
            sizeClass = draw < 20 ? QStringLiteral("S1") : draw < 70 ? QStringLiteral("S2") : QStringLiteral("S3");
        } else {
            sizeClass = draw < 60 ? QStringLiteral("S1") : QStringLiteral("S2");
        }
        classes.append({query.value(0).toLongLong(), sizeClass});
    }
    query.prepare(QStringLiteral("UPDATE establishment SET size_class = ? WHERE id = ?"));
    for (const auto& [id, sizeClass] : std::as_const(classes)) {
        query.addBindValue(sizeClass.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(sizeClass));
        query.addBindValue(id);
        if (!query.exec()) {
            return sqlError(QCoreApplication::translate("Palier::Selection", "Cannot write the demo establishments."),
                            query);
        }
    }
    if (!query.exec(QStringLiteral("SELECT p.id, p.forfait_min_cents, p.forfait_max_cents FROM programme p "
                                   "JOIN campaign c ON c.programme_id = p.id WHERE c.id = 1")) ||
        !query.next()) {
        return sqlError(QCoreApplication::translate("Palier::Selection", "Cannot read the programme."), query);
    }
    const qint64 programmeId = query.value(0).toLongLong();
    const qint64 minCents = query.value(1).toLongLong();
    const qint64 maxCents = qMax(minCents, query.value(2).toLongLong());
    QList<QPair<qint64, QString>> domains;
    query.prepare(QStringLiteral("SELECT id, code FROM domain WHERE programme_id = ? ORDER BY sort_order, id"));
    query.addBindValue(programmeId);
    if (!query.exec()) {
        return sqlError(QCoreApplication::translate("Palier::Selection", "Cannot read the programme."), query);
    }
    while (query.next()) {
        domains.append({query.value(0).toLongLong(), query.value(1).toString()});
    }
    // Thousands of euros per size class for D1…D7 (Hop'EN): the DPI domain (D2) and exchange (D6) weigh most.
    const std::array<std::array<int, 7>, 4> hopen{{{40, 100, 60, 40, 40, 60, 40},
                                                   {80, 220, 120, 60, 60, 120, 50},
                                                   {150, 400, 200, 100, 100, 200, 80},
                                                   {250, 700, 350, 150, 150, 300, 120}}};
    const std::array<int, 4> otherProgramme{60, 120, 200, 300};
    query.prepare(QStringLiteral(
        "INSERT INTO forfait_grid (programme_id, size_class, domain_id, amount_cents) VALUES (?, ?, ?, ?)"));
    for (int size = 0; size < 4; ++size) {
        for (int d = 0; d < int(domains.size()); ++d) {
            const bool isHopen = domains.size() == 7 && domains.at(d).second == QStringLiteral("D%1").arg(d + 1);
            const qint64 cents = 100000LL * (isHopen ? hopen[size][d] : otherProgramme[size]);
            query.addBindValue(programmeId);
            query.addBindValue(QStringLiteral("S%1").arg(size + 1));
            query.addBindValue(domains.at(d).first);
            query.addBindValue(qBound(minCents, cents, maxCents));
            if (!query.exec()) {
                return sqlError(QCoreApplication::translate("Palier::Selection", "Cannot write the demo forfait grid."),
                                query);
            }
        }
    }
    return {};
}

} // namespace

Result<void> addDemoSelection(const Database& db, quint32 seed)
{
    Result<QList<SelectionCandidate>> candidates = loadCandidates(db);
    if (!candidates) {
        return candidates.error();
    }
    const Roadmap roadmap = demoRoadmap(candidates.value());
    if (Result<void> written = writeRoadmap(db, roadmap); !written) {
        return written;
    }
    if (Result<void> milestones = addArsMilestones(db); !milestones) {
        return milestones;
    }
    if (candidates->isEmpty()) {
        return addDemoForfaitGrid(db, seed);
    }
    // A first draft by rank-fill, the optimum beside it (region only: the national optimum is for the
    // benchmarks, and a time-limited solve would not be reproducible), then the rank-fill version sealed
    // before the DGOS deadline of 30 August 2019.
    const QDateTime drafted(QDate(2019, 8, 20), QTime(10, 0), QTimeZone::utc());
    SelectionParameters rank = parametersFromRoadmap(roadmap, SelectionMethod::RankFill);
    const SelectionResult filled = rankFill(candidates.value(), rank);
    Result<qint64> first = insertRun(db, rank, filled, QString::fromLatin1(Referent), drafted);
    if (!first) {
        return first.error();
    }
    if (candidates->size() <= 1000) {
        SelectionParameters optimal = parametersFromRoadmap(roadmap, SelectionMethod::Optimal);
        const SelectionResult best = optimise(candidates.value(), optimal);
        if (best.solverStatus == QLatin1String("optimal")) {
            Result<qint64> second = insertRun(db, optimal, best, QString::fromLatin1(Referent), drafted.addSecs(600));
            if (!second) {
                return second.error();
            }
        }
    }
    Result<qint64> sealedRun = insertRun(db, rank, filled, QString::fromLatin1(Referent), drafted.addDays(6));
    if (!sealedRun) {
        return sealedRun.error();
    }
    Result<QList<RunRow>> rows = loadRunRows(db, sealedRun.value());
    if (!rows) {
        return rows.error();
    }
    QSqlQuery region(db.connection());
    const QString regionCode =
        region.exec(QStringLiteral("SELECT region_code FROM campaign WHERE id = 1")) && region.next()
            ? region.value(0).toString()
            : QString();
    // No file is written by the demo: the seal records the SHA-256 of the CSV the export gives.
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(dgosCsv(int(sealedRun.value()), regionCode, rows.value()), QCryptographicHash::Sha256)
            .toHex());
    if (Result<void> sealed = sealRunInTransaction(db, sealedRun.value(), sha, QString::fromLatin1(Referent),
                                                   QDateTime(QDate(2019, 8, 27), QTime(16, 30), QTimeZone::utc()));
        !sealed) {
        return sealed;
    }
    // The grid comes after the sealed version, as if the referent entered it for the next window: the 2019 files
    // keep the amounts they were sealed with (requested, within the bounds), new runs take the grid's.
    return addDemoForfaitGrid(db, seed);
}

} // namespace Palier
