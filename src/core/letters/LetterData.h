// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "letters/LetterTemplates.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Palier {

class Database;

/// The decision on one file as a letter tells it.
enum class FileDecision {
    Retenu,       ///< validated by DGOS (valide_dgos, and later notifie, en_cours, termine)
    ListeAttente, ///< liste_attente
    NonRetenu,    ///< non_retenu, with its motivation
    AwaitingDgos  ///< preselectionne: DGOS has not validated it yet, no letter
};

/// One file of an establishment, with what the letter says about it.
struct LetterFile
{
    qint64 candidatureId = 0;
    QString domainCode;
    QString domainLabel;
    QString title;
    QString state;
    QString reason; ///< candidature.state_reason: the motivation of a non retenu
    FileDecision decision = FileDecision::NonRetenu;
    std::optional<qint64> amountCents; ///< amount of the current sealed preselection run, for retained files
};

/// An indicator the establishment must reach: a usage target of a retained domain.
struct UsageTarget
{
    QString code;
    QString label;
    QString target; ///< formatted: "80 %", "oui", "12"
};

/// Everything one establishment's letter needs.
struct LetterCase
{
    qint64 establishmentId = 0;
    QString finess;
    QString finessEj;
    QString name;
    QString address;
    QString postalCode;
    QString town;
    QList<LetterFile> files;
    bool eligible = false;
    QStringList missingPrerequisites; ///< "P2 — Sécurité", for the retenu letter of a non-eligible establishment
    QList<UsageTarget> usageTargets;
    LetterKind kind = LetterKind::NonRetenu;
    qint64 totalCents = 0;
    QStringList problems; ///< why no letter can be generated (translated); empty when it can
    int lastVersion = 0;  ///< letters already generated for the establishment
    QDateTime lastGeneratedAt;
    QDateTime lastSentAt; ///< invalid when the last letter was not sent
};

/// The ARS letterhead and the campaign facts every letter shares (settings keys letters.*).
struct Letterhead
{
    QString arsName;
    QString address; ///< several lines
    QString town;    ///< where the letter is signed
    QString signatory;
    QString signatoryTitle;
    QDate notificationDate; ///< invalid: the day the letters are generated
    QDate usageDeadline;    ///< invalid: 31 December of the campaign's last year
};

Result<Letterhead> loadLetterhead(const Database& db);
/// Writes the letterhead settings (no transaction of its own).
Result<void> saveLetterhead(const Database& db, const Letterhead& head);

/// The data of all letters: the establishments with a decision on at least one file, by FINESS.
struct LetterContext
{
    Letterhead head;
    QString regionCode;
    QString programmeCode; ///< "hopen-2019"
    QString programmeName;
    int campaignYear = 0;
    int lastYear = 0;
    int seedSharePercent = 20;
    int usageSharePercent = 80;
    QList<LetterCase> cases;

    /// "ARS-93/HOPEN/2019": the reference numbers are this prefix and a 4-digit sequence.
    QString referencePrefix() const;
    QDate notificationDate() const;
    QDate usageDeadline() const;
};

/// Reads every establishment with a decided file and works out its letter kind and its problems.
Result<LetterContext> loadLetterContext(const Database& db);

/// French formats of the letters, whatever the language of the interface: "250 000 €", "30 septembre 2019".
QString letterAmount(qint64 cents);
QString letterDate(const QDate& date);

} // namespace Palier
