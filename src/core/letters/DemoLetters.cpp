// SPDX-License-Identifier: GPL-3.0-or-later
#include "letters/DemoLetters.h"

#include "db/Database.h"
#include "letters/LetterData.h"
#include "letters/LetterStore.h"
#include "workflow/StateChange.h"
#include "workflow/Workflow.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <random>

namespace Palier {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Palier::DemoLetters)
};

const QDateTime ValidatedAt(QDate(2019, 9, 16), QTime(10, 0), Qt::UTC);
const QDateTime GeneratedAt(QDate(2019, 9, 26), QTime(14, 0), Qt::UTC);
const QDateTime SentAt(QDate(2019, 9, 27), QTime(9, 30), Qt::UTC);
const QString DemoAuthor = QStringLiteral("Référent ARS (fictif)");

/// DGOS validates the preselection: every preselected file becomes valide_dgos.
Result<void> validateByDgos(const Database& db, const Workflow& workflow)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT id FROM candidature WHERE state = 'preselectionne' ORDER BY id"))) {
        return sqlError(Text::tr("Cannot read the preselected files of the demo."), query);
    }
    QList<qint64> ids;
    while (query.next()) {
        ids.append(query.value(0).toLongLong());
    }
    if (ids.isEmpty()) {
        return {};
    }
    Result<TransitionReport> moved = applyStateChange(db, workflow, ids, QStringLiteral("valide_dgos"), {},
                                                      QStringLiteral("DGOS (auteur fictif)"), ValidatedAt);
    return moved ? Result<void>() : Result<void>(moved.error());
}

Letterhead demoLetterhead(const Database& db)
{
    Letterhead head;
    QSqlQuery query(db.connection());
    QString region;
    if (query.exec(QStringLiteral("SELECT r.name FROM campaign c JOIN region r ON r.code = c.region_code")) &&
        query.next()) {
        region = query.value(0).toString();
    }
    head.arsName = QStringLiteral("Agence régionale de santé fictive %1").arg(region);
    head.address =
        QStringLiteral("Délégation fictive du numérique en santé\n1 place de l’Exemple\n00000 Ville-Fictive");
    head.town = QStringLiteral("Ville-Fictive");
    head.signatory = QStringLiteral("Camille Exemple (signataire fictive)");
    head.signatoryTitle = QStringLiteral("La directrice générale de l’ARS fictive");
    head.notificationDate = SentAt.date();
    return head;
}

/// Records one sent letter without a file (the demo writes none): the path and SHA-256 stay empty.
Result<void> recordDemoLetter(const Database& db, const LetterContext& context, const LetterCase& c, int sequence)
{
    QSqlQuery insert(db.connection());
    insert.prepare(QStringLiteral("INSERT INTO letter (establishment_id, version, reference, template_key, "
                                  "template_version, generated_at, author, format, total_cents) "
                                  "VALUES (?, 1, ?, ?, 0, ?, ?, 'pdf', ?)"));
    insert.addBindValue(c.establishmentId);
    insert.addBindValue(QStringLiteral("%1/%2").arg(context.referencePrefix()).arg(sequence, 4, 10, QLatin1Char('0')));
    insert.addBindValue(letterKindKey(c.kind));
    insert.addBindValue(GeneratedAt.toString(Qt::ISODate));
    insert.addBindValue(DemoAuthor);
    insert.addBindValue(c.totalCents);
    if (!insert.exec()) {
        return sqlError(Text::tr("Cannot record the demo letters."), insert);
    }
    const qint64 letterId = insert.lastInsertId().toLongLong();
    QSqlQuery file(db.connection());
    file.prepare(QStringLiteral(
        "INSERT INTO letter_file (letter_id, candidature_id, decision, amount_cents) VALUES (?, ?, ?, ?)"));
    static const char* const decisions[] = {"retenu", "liste_attente", "non_retenu"};
    for (const LetterFile& f : c.files) {
        file.addBindValue(letterId);
        file.addBindValue(f.candidatureId);
        file.addBindValue(QString::fromLatin1(decisions[int(f.decision)]));
        file.addBindValue(f.amountCents ? QVariant(*f.amountCents) : QVariant(QMetaType(QMetaType::LongLong)));
        if (!file.exec()) {
            return sqlError(Text::tr("Cannot record the demo letters."), file);
        }
    }
    return {};
}

} // namespace

Result<void> addDemoLetters(const Database& db, quint32 seed)
{
    Result<Workflow> workflow = Workflow::load(db);
    if (!workflow) {
        return workflow.error();
    }
    if (Result<void> validated = validateByDgos(db, workflow.value()); !validated) {
        return validated;
    }
    if (Result<void> saved = saveLetterhead(db, demoLetterhead(db)); !saved) {
        return saved;
    }
    Result<LetterContext> context = loadLetterContext(db);
    if (!context) {
        return context.error();
    }
    // Most letters were sent on 27 September 2019; about one establishment in eight still waits for its letter,
    // so that the letters page has work to show.
    std::mt19937 rng(seed ^ 0x1e77e55u);
    QList<qint64> sent;
    int sequence = 1;
    for (const LetterCase& c : std::as_const(context->cases)) {
        if (!c.problems.isEmpty() || rng() % 8 == 0) {
            continue;
        }
        if (Result<void> recorded = recordDemoLetter(db, context.value(), c, sequence++); !recorded) {
            return recorded;
        }
        sent.append(c.establishmentId);
    }
    if (sent.isEmpty()) {
        return {};
    }
    Result<SendingReport> report = applySending(db, sent, DemoAuthor, SentAt);
    return report ? Result<void>() : Result<void>(report.error());
}

} // namespace Palier
