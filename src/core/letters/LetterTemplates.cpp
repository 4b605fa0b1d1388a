// SPDX-License-Identifier: GPL-3.0-or-later
#include "letters/LetterTemplates.h"

#include "db/Database.h"
#include "workflow/Workflow.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <kainjow/mustache.hpp>

namespace Palier {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Palier::LetterTemplates)
};

QString readResource(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

int lineOf(const QString& text, qsizetype offset)
{
    return int(text.left(offset).count(u'\n')) + 1;
}

} // namespace

QString letterKindKey(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Retenu:
        return QStringLiteral("retenu");
    case LetterKind::ListeAttente:
        return QStringLiteral("liste_attente");
    case LetterKind::NonRetenu:
        return QStringLiteral("non_retenu");
    }
    return {};
}

std::optional<LetterKind> letterKindFromKey(const QString& key)
{
    for (LetterKind kind : allLetterKinds()) {
        if (letterKindKey(kind) == key) {
            return kind;
        }
    }
    return std::nullopt;
}

QString letterKindLabel(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Retenu:
        return Text::tr("Selected");
    case LetterKind::ListeAttente:
        return Text::tr("Waiting list");
    case LetterKind::NonRetenu:
        return Text::tr("Not selected");
    }
    return {};
}

const QList<LetterKind>& allLetterKinds()
{
    static const QList<LetterKind> all{LetterKind::Retenu, LetterKind::ListeAttente, LetterKind::NonRetenu};
    return all;
}

const QList<Placeholder>& letterPlaceholders()
{
    const QString files = QStringLiteral("dossiers");
    static const QList<Placeholder> all{
        {QStringLiteral("etablissement.raison_sociale"), Text::tr("Name of the establishment"), false, {}},
        {QStringLiteral("etablissement.finess"),
         Text::tr("FINESS number (9 characters, leading zero kept)"),
         false,
         {}},
        {QStringLiteral("etablissement.finess_ej"), Text::tr("FINESS number of the legal entity"), false, {}},
        {QStringLiteral("etablissement.adresse"), Text::tr("Street address"), false, {}},
        {QStringLiteral("etablissement.code_postal"), Text::tr("Postal code"), false, {}},
        {QStringLiteral("etablissement.commune"), Text::tr("Town"), false, {}},
        {QStringLiteral("reference"), Text::tr("Reference number of the letter"), false, {}},
        {QStringLiteral("date_notification"), Text::tr("Date of the letter, in words"), false, {}},
        {QStringLiteral("ars.nom"), Text::tr("Name of the ARS"), false, {}},
        {QStringLiteral("ars.ville"), Text::tr("Town where the letter is signed"), false, {}},
        {QStringLiteral("ars.signataire"), Text::tr("Signatory"), false, {}},
        {QStringLiteral("ars.fonction_signataire"), Text::tr("Title of the signatory"), false, {}},
        {QStringLiteral("ars.adresse_lignes"), Text::tr("Lines of the ARS address"), true, {}},
        {QStringLiteral("ligne"), Text::tr("One line of the address"), false, QStringLiteral("ars.adresse_lignes")},
        {QStringLiteral("programme.nom"), Text::tr("Name of the programme"), false, {}},
        {QStringLiteral("montant_total"), Text::tr("Total amount granted"), false, {}},
        {QStringLiteral("montant_amorcage"), Text::tr("Start-up part (amorçage) of the amount"), false, {}},
        {QStringLiteral("montant_usage"), Text::tr("Usage part of the amount"), false, {}},
        {QStringLiteral("part_amorcage"), Text::tr("Start-up share, e.g. 20 %"), false, {}},
        {QStringLiteral("part_usage"), Text::tr("Usage share, e.g. 80 %"), false, {}},
        {QStringLiteral("date_limite_usage"), Text::tr("Deadline for the usage targets"), false, {}},
        {files, Text::tr("Every file of the establishment (table rows)"), true, {}},
        {QStringLiteral("dossiers_retenus"), Text::tr("Files selected"), true, {}},
        {QStringLiteral("dossiers_attente"), Text::tr("Files on the waiting list"), true, {}},
        {QStringLiteral("dossiers_non_retenus"), Text::tr("Files not selected"), true, {}},
        {QStringLiteral("a_dossiers_attente"), Text::tr("Yes when some files are on the waiting list"), true, {}},
        {QStringLiteral("a_dossiers_non_retenus"), Text::tr("Yes when some files are not selected"), true, {}},
        {QStringLiteral("domaine"), Text::tr("Domain code, e.g. D2"), false, files},
        {QStringLiteral("libelle_domaine"), Text::tr("Domain label"), false, files},
        {QStringLiteral("intitule"), Text::tr("Title of the project"), false, files},
        {QStringLiteral("decision"), Text::tr("Decision in words"), false, files},
        {QStringLiteral("montant"), Text::tr("Amount granted for the file"), false, files},
        {QStringLiteral("motif"), Text::tr("Reason recorded at instruction"), false, files},
        {QStringLiteral("non_eligible"), Text::tr("Yes when prerequisites are still to reach"), true, {}},
        {QStringLiteral("prerequis_manquants"), Text::tr("Prerequisites still to reach"), true, {}},
        {QStringLiteral("cibles_usage"), Text::tr("Usage targets of the domains selected"), true, {}},
        {QStringLiteral("a_cibles_usage"), Text::tr("Yes when there are usage targets"), true, {}},
        {QStringLiteral("code"), Text::tr("Code of a prerequisite or indicator"), false,
         QStringLiteral("prerequis_manquants, cibles_usage")},
        {QStringLiteral("libelle"), Text::tr("Label of a prerequisite or indicator"), false,
         QStringLiteral("prerequis_manquants, cibles_usage")},
        {QStringLiteral("cible"), Text::tr("Target of a usage indicator"), false, QStringLiteral("cibles_usage")},
    };
    return all;
}

QString shippedTemplate(LetterKind kind)
{
    return readResource(QStringLiteral(":/letters/%1.html").arg(letterKindKey(kind)));
}

QString letterFrame()
{
    return readResource(QStringLiteral(":/letters/cadre.html"));
}

Result<void> validateTemplate(const QString& body)
{
    const std::string utf8 = body.toStdString();
    const kainjow::mustache::mustache parsed(utf8);
    if (!parsed.is_valid()) {
        const QString detail = QString::fromStdString(parsed.error_message());
        static const QRegularExpression at(QStringLiteral(" at (\\d+)$"));
        const QRegularExpressionMatch match = at.match(detail);
        const qsizetype byteOffset = match.hasMatch() ? match.captured(1).toLongLong() : 0;
        const int line =
            int(std::count(utf8.begin(), utf8.begin() + qMin<qsizetype>(byteOffset, utf8.size()), '\n')) + 1;
        static const QRegularExpression section(QStringLiteral("\"([^\"]*)\""));
        const QString name = section.match(detail).captured(1);
        QString message;
        if (detail.startsWith(QLatin1String("Unclosed section"))) {
            message =
                Text::tr("Line %1: the section “%2” is opened but never closed: add {{/%2}}.").arg(line).arg(name);
        } else if (detail.startsWith(QLatin1String("Unopened section"))) {
            message = Text::tr("Line %1: the section “%2” is closed but was never opened.").arg(line).arg(name);
        } else {
            message = Text::tr("Line %1: a tag is not closed: “{{” needs its “}}”.").arg(line);
        }
        return Error{QStringLiteral("letters.template-syntax"), message, detail};
    }

    static const QSet<QString> known = [] {
        QSet<QString> names;
        for (const Placeholder& p : letterPlaceholders()) {
            names.insert(p.name);
        }
        return names;
    }();
    static const QRegularExpression tag(QStringLiteral("\\{\\{(\\{?)\\s*([#^/&!>=]?)\\s*(.*?)\\s*\\}?\\}\\}"),
                                        QRegularExpression::DotMatchesEverythingOption);
    QRegularExpressionMatchIterator it = tag.globalMatch(body);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString sigil = m.captured(2);
        const QString name = m.captured(3);
        if (sigil == QLatin1String("!") || name == QLatin1String(".")) {
            continue;
        }
        if (!known.contains(name) || sigil == QLatin1String(">") || sigil == QLatin1String("=")) {
            return Error{QStringLiteral("letters.template-unknown-placeholder"),
                         Text::tr("Line %1: “%2” is not a placeholder Palier knows. Pick one from the list beside "
                                  "the editor.")
                             .arg(lineOf(body, m.capturedStart()))
                             .arg(m.captured(0)),
                         name};
        }
    }
    return {};
}

Result<LetterTemplate> currentTemplate(const Database& db, LetterKind kind)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT version, body_html, created_at, author FROM letter_template "
                                 "WHERE template_key = ? ORDER BY version DESC LIMIT 1"));
    query.addBindValue(letterKindKey(kind));
    if (!query.exec()) {
        return sqlError(Text::tr("The letter templates could not be read."), query);
    }
    if (query.next()) {
        return LetterTemplate{kind, query.value(0).toInt(), query.value(1).toString(),
                              QDateTime::fromString(query.value(2).toString(), Qt::ISODate), query.value(3).toString()};
    }
    return LetterTemplate{kind, 0, shippedTemplate(kind), {}, {}};
}

Result<LetterTemplate> saveTemplate(const Database& db, LetterKind kind, const QString& body, const QString& author)
{
    if (Result<void> valid = validateTemplate(body); !valid) {
        return valid.error();
    }
    Result<LetterTemplate> current = currentTemplate(db, kind);
    if (!current) {
        return current.error();
    }
    LetterTemplate saved{kind, current->version + 1, body, QDateTime::currentDateTimeUtc(),
                         author.isEmpty() ? currentAuthor() : author};
    saved.createdAt = saved.createdAt.addMSecs(-saved.createdAt.time().msec());
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("INSERT INTO letter_template (template_key, version, body_html, created_at, author) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    for (const QVariant& v : {QVariant(letterKindKey(kind)), QVariant(saved.version), QVariant(body),
                              QVariant(saved.createdAt.toString(Qt::ISODate)), QVariant(saved.author)}) {
        query.addBindValue(v);
    }
    if (!query.exec()) {
        return sqlError(Text::tr("The template could not be saved."), query);
    }
    return saved;
}

} // namespace Palier
