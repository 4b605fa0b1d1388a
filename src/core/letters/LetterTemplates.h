// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Palier {

class Database;

/// The three notification letters: which one an establishment gets follows from its files' decisions.
enum class LetterKind { Retenu, ListeAttente, NonRetenu };

/// "retenu", "liste_attente", "non_retenu" (database, CLI, file names).
QString letterKindKey(LetterKind kind);
std::optional<LetterKind> letterKindFromKey(const QString& key);
/// The translated name: "Selected", "Waiting list", "Not selected".
QString letterKindLabel(LetterKind kind);
const QList<LetterKind>& allLetterKinds();

/// The body of one letter kind: HTML (the subset QTextDocument renders) with Mustache tags.
struct LetterTemplate
{
    LetterKind kind = LetterKind::Retenu;
    int version = 0; ///< 0: the template shipped with Palier; n: the n-th version saved in this database
    QString body;
    QDateTime createdAt; ///< invalid for the shipped template
    QString author;
};

/// A name a template may use, with what it holds (translated).
struct Placeholder
{
    QString name;         ///< "etablissement.finess", "dossiers_retenus"…
    QString description;  ///< translated
    bool section = false; ///< a list or a yes/no: used as {{#name}}…{{/name}}
    QString within;       ///< for names of list items: the list they belong to
};

/// Every name the letters provide, in the order the editor lists them.
const QList<Placeholder>& letterPlaceholders();

/// The shipped body of `kind` (resources/letters/<key>.html).
QString shippedTemplate(LetterKind kind);
/// The fixed frame around every body: letterhead, addressee, reference, date, {{{corps}}}, signature.
QString letterFrame();

/// Checks `body` before any generation: Mustache syntax (unclosed section or tag, section closed without being
/// opened) and names (every tag must be one of letterPlaceholders()). Errors "letters.template-syntax" and
/// "letters.template-unknown-placeholder", whose message names the line.
Result<void> validateTemplate(const QString& body);

/// The template in use for `kind`: the last version saved, or the shipped one.
Result<LetterTemplate> currentTemplate(const Database& db, LetterKind kind);
/// Saves `body` as the next version of `kind` after validateTemplate(); an empty `author` records currentAuthor().
Result<LetterTemplate> saveTemplate(const Database& db, LetterKind kind, const QString& body, const QString& author);

} // namespace Palier
