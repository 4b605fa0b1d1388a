// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the letter tests: a campaign with decided files of every kind, a sealed preselection run, and the
// letterhead; pdftotext and pdfinfo read the PDFs back.

#include "../workflow/WorkflowTestSupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace Palier::Test {

/// One establishment with its FINESS given, and its files: (domain, state, amount in cents or -1, reason).
struct FixtureFile
{
    QString domain;
    QString state;
    qint64 amountCents = -1;
    QString reason;
};

inline qint64 addLetterEstablishment(const Database& db, const QString& finess, const QString& name,
                                     const QList<FixtureFile>& files, qint64 runId)
{
    if (!run(db,
             QStringLiteral("INSERT INTO establishment (finess_et, name, legal_status, address, postal_code, town) "
                            "VALUES (?, ?, 'public', '1 rue de l''Exemple', '13001', 'Marseille')"),
             {finess, name})) {
        return 0;
    }
    const qint64 id =
        scalar(db, QStringLiteral("SELECT id FROM establishment WHERE finess_et = ?"), {finess}).toLongLong();
    for (const FixtureFile& f : files) {
        run(db,
            QStringLiteral("INSERT INTO candidature (establishment_id, domain_id, title, requested_cents, state, "
                           "state_reason) SELECT ?, id, ?, 30000000, ?, ? FROM domain WHERE code = ?"),
            {id, QStringLiteral("Projet fictif %1").arg(f.domain), f.state,
             f.reason.isEmpty() ? QVariant() : QVariant(f.reason), f.domain});
        if (f.amountCents >= 0) {
            run(db,
                QStringLiteral("INSERT INTO preselection_item (run_id, candidature_id, selected, decision, "
                               "amount_cents) SELECT ?, c.id, 1, 'preselectionne', ? FROM candidature c JOIN domain d "
                               "ON d.id = c.domain_id WHERE c.establishment_id = ? AND d.code = ?"),
                {runId, f.amountCents, id, f.domain});
        }
    }
    return id;
}

/// The fixture: 3 letters to write (retenu, liste d'attente, non retenu) and 2 to skip (awaiting DGOS, no amount).
struct LetterFixture
{
    std::unique_ptr<Database> db;
    qint64 retained = 0;
    qint64 waiting = 0;
    qint64 refused = 0;
    qint64 awaiting = 0;
    qint64 noAmount = 0;
};

inline LetterFixture letterFixture(const QString& path)
{
    LetterFixture f;
    f.db = campaignDatabase(path);
    if (!f.db) {
        return {};
    }
    const Database& db = *f.db;
    // A superseded sealed run whose amounts must not be used, then the current one; sealed at the end (a sealed
    // run takes no more items).
    for (int id : {1, 2}) {
        run(db,
            QStringLiteral("INSERT INTO preselection_run (id, method, parameters_json, created_at, author, "
                           "total_score, total_cents, solver_status) VALUES (?, 'rank', '{}', "
                           "'2019-08-20T10:00:00Z', 'test', 0, 0, 'optimal')"),
            {id});
    }
    f.retained = addLetterEstablishment(
        db, QStringLiteral("010780054"), QStringLiteral("Centre hospitalier fictif d’Aubagne/Sud : site Étoile"),
        {{QStringLiteral("D2"), QStringLiteral("valide_dgos"), 25000000, {}},
         {QStringLiteral("D6"), QStringLiteral("non_retenu"), -1, QStringLiteral("Projet insuffisamment décrit")}},
        2);
    run(db,
        QStringLiteral("INSERT INTO preselection_item (run_id, candidature_id, selected, decision, amount_cents) "
                       "SELECT 1, c.id, 1, 'preselectionne', 99900000 FROM candidature c "
                       "WHERE c.establishment_id = ?"),
        {f.retained});
    f.waiting =
        addLetterEstablishment(db, QStringLiteral("930000017"), QStringLiteral("Clinique fictive Sainte-Hélène"),
                               {{QStringLiteral("D1"), QStringLiteral("liste_attente"), -1, {}}}, 2);
    f.refused = addLetterEstablishment(
        db, QStringLiteral("930000025"), QStringLiteral("Hôpital fictif des Écrins"),
        {{QStringLiteral("D3"), QStringLiteral("non_retenu"), -1, QStringLiteral("Prérequis non démontrés")}}, 2);
    f.awaiting = addLetterEstablishment(db, QStringLiteral("930000033"), QStringLiteral("CH fictif en attente"),
                                        {{QStringLiteral("D2"), QStringLiteral("preselectionne"), 10000000, {}}}, 2);
    f.noAmount = addLetterEstablishment(db, QStringLiteral("930000041"), QStringLiteral("CH fictif sans montant"),
                                        {{QStringLiteral("D2"), QStringLiteral("valide_dgos"), -1, {}}}, 2);
    const bool sealed =
        run(db, QStringLiteral("UPDATE preselection_run SET sealed_at = '2019-08-21T10:00:00Z' WHERE id = 1")) &&
        run(db, QStringLiteral("UPDATE preselection_run SET superseded_by = 2 WHERE id = 1")) &&
        run(db, QStringLiteral("UPDATE preselection_run SET sealed_at = '2019-08-28T10:00:00Z' WHERE id = 2"));
    if (!sealed) {
        qWarning() << "cannot seal the fixture's preselection runs";
        return {};
    }
    for (const auto& [key, value] : QList<std::pair<QString, QString>>{
             {QStringLiteral("letters.signatory"), QStringLiteral("Mme Claire Fictive")},
             {QStringLiteral("letters.signatory_title"), QStringLiteral("La directrice générale (fictive)")},
             {QStringLiteral("letters.town"), QStringLiteral("Marseille")},
             {QStringLiteral("letters.ars_address"), QStringLiteral("132 boulevard Fictif\n13003 Marseille")},
             {QStringLiteral("letters.notification_date"), QStringLiteral("2019-09-30")}}) {
        run(db, QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?)"), {key, value});
    }
    return f;
}

/// The text of a PDF, as pdftotext reads it (empty when it cannot).
inline QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// The page count pdfinfo reads, or -1.
inline int pdfPages(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    process.waitForFinished(30000);
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    const QRegularExpressionMatch m = pages.match(QString::fromUtf8(process.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace Palier::Test
