// SPDX-License-Identifier: GPL-3.0-or-later
#include "letters/LetterBatch.h"

#include "db/Database.h"
#include "letters/LetterDocument.h"
#include "workflow/Workflow.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

namespace Palier {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Palier::LetterBatch)
};

QString extension(LetterFormat format)
{
    return format == LetterFormat::Odt ? QStringLiteral("odt") : QStringLiteral("pdf");
}

Result<qint64> nextSequence(const Database& db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM letter")) || !query.next()) {
        return sqlError(Text::tr("The letters already generated could not be read."), query);
    }
    return query.value(0).toLongLong() + 1;
}

/// The templates in use, each checked once.
Result<QMap<LetterKind, LetterTemplate>> templatesInUse(const Database& db)
{
    QMap<LetterKind, LetterTemplate> templates;
    for (LetterKind kind : allLetterKinds()) {
        Result<LetterTemplate> t = currentTemplate(db, kind);
        if (!t) {
            return t.error();
        }
        if (Result<void> valid = validateTemplate(t->body); !valid) {
            Error e = valid.error();
            e.message = Text::tr("The template “%1” (version %2) cannot be used. %3")
                            .arg(letterKindLabel(kind))
                            .arg(t->version)
                            .arg(e.message);
            return e;
        }
        templates.insert(kind, t.value());
    }
    return templates;
}

PlannedLetter plan(const LetterContext& context, const LetterCase& c, const LetterTemplate& body, qint64 sequence,
                   const QString& dir, LetterFormat format)
{
    PlannedLetter p;
    p.establishmentId = c.establishmentId;
    p.finess = c.finess;
    p.name = c.name;
    p.kind = c.kind;
    p.templateVersion = body.version;
    p.version = c.lastVersion + 1;
    p.reference = QStringLiteral("%1/%2").arg(context.referencePrefix()).arg(sequence, 4, 10, QLatin1Char('0'));
    p.html = renderLetterHtml(context, c, body, p.reference);
    p.path = dir.isEmpty() ? QString() : QDir(dir).filePath(letterFileName(c.finess, c.name, extension(format)));
    p.totalCents = c.totalCents;
    p.files = c.files;
    return p;
}

} // namespace

Result<LetterPlan> planLetters(const Database& db, const LetterJobOptions& options)
{
    Result<LetterContext> context = loadLetterContext(db);
    Result<QMap<LetterKind, LetterTemplate>> templates = templatesInUse(db);
    Result<qint64> sequence = nextSequence(db);
    if (!context || !templates || !sequence) {
        return !context ? context.error() : !templates ? templates.error() : sequence.error();
    }
    preloadLetterResources();
    const QSet<qint64> wanted(options.establishmentIds.cbegin(), options.establishmentIds.cend());
    LetterPlan result;
    qint64 next = sequence.value();
    for (const LetterCase& c : std::as_const(context->cases)) {
        if (!wanted.isEmpty() && !wanted.contains(c.establishmentId)) {
            continue;
        }
        if (!c.problems.isEmpty()) {
            result.skipped.append({c.establishmentId, c.finess, c.name, c.problems.join(QStringLiteral("; "))});
            continue;
        }
        result.letters.append(
            plan(context.value(), c, templates->value(c.kind), next++, options.outputDir, options.format));
    }
    return result;
}

Result<PlannedLetter> previewLetter(const Database& db, qint64 establishmentId)
{
    Result<LetterContext> context = loadLetterContext(db);
    Result<qint64> sequence = nextSequence(db);
    if (!context || !sequence) {
        return !context ? context.error() : sequence.error();
    }
    preloadLetterResources();
    for (const LetterCase& c : std::as_const(context->cases)) {
        if (c.establishmentId == establishmentId) {
            Result<LetterTemplate> body = currentTemplate(db, c.kind);
            if (!body) {
                return body.error();
            }
            if (Result<void> valid = validateTemplate(body->body); !valid) {
                return valid.error();
            }
            return plan(context.value(), c, body.value(), sequence.value(), {}, LetterFormat::Pdf);
        }
    }
    return Error{QStringLiteral("letters.no-decision"),
                 Text::tr("This establishment has no decided file: there is no letter to show."),
                 QString::number(establishmentId)};
}

WrittenLetter writePlannedLetter(const PlannedLetter& letter, LetterFormat format)
{
    Result<QString> sha = format == LetterFormat::Odt ? writeLetterOdt(letter.html, letter.path)
                                                      : writeLetterPdf(letter.html, letter.reference, letter.path);
    return sha ? WrittenLetter{true, sha.value(), {}} : WrittenLetter{false, {}, sha.error().message};
}

Result<void> recordLetters(const Database& db, const QList<PlannedLetter>& letters, const QList<WrittenLetter>& written,
                           LetterFormat format, const QString& author)
{
    TransactionGuard transaction(db);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString who = author.isEmpty() ? currentAuthor() : author;
    QSqlQuery insert(db.connection());
    insert.prepare(QStringLiteral("INSERT INTO letter (establishment_id, version, reference, template_key, "
                                  "template_version, generated_at, author, format, path, file_sha256, total_cents) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery file(db.connection());
    file.prepare(QStringLiteral(
        "INSERT INTO letter_file (letter_id, candidature_id, decision, amount_cents) VALUES (?, ?, ?, ?)"));
    static const char* const decisions[] = {"retenu", "liste_attente", "non_retenu"};
    for (qsizetype i = 0; i < letters.size(); ++i) {
        if (i >= written.size() || !written.at(i).written) {
            continue;
        }
        const PlannedLetter& l = letters.at(i);
        for (const QVariant& v :
             {QVariant(l.establishmentId), QVariant(l.version), QVariant(l.reference), QVariant(letterKindKey(l.kind)),
              QVariant(l.templateVersion), QVariant(now), QVariant(who), QVariant(extension(format)),
              QVariant(QDir::cleanPath(QFileInfo(l.path).absoluteFilePath())), QVariant(written.at(i).sha256),
              QVariant(l.totalCents)}) {
            insert.addBindValue(v);
        }
        if (!insert.exec()) {
            return sqlError(Text::tr("The letters generated could not be recorded."), insert);
        }
        const qint64 letterId = insert.lastInsertId().toLongLong();
        for (const LetterFile& f : l.files) {
            if (f.decision == FileDecision::AwaitingDgos) {
                continue;
            }
            file.addBindValue(letterId);
            file.addBindValue(f.candidatureId);
            file.addBindValue(QString::fromLatin1(decisions[int(f.decision)]));
            file.addBindValue(f.amountCents ? QVariant(*f.amountCents) : QVariant(QMetaType(QMetaType::LongLong)));
            if (!file.exec()) {
                return sqlError(Text::tr("The letters generated could not be recorded."), file);
            }
        }
    }
    return transaction.commit();
}

Result<LetterBatchReport> generateLetters(const Database& db, const LetterJobOptions& options,
                                          const std::function<void(int, int)>& progress, const std::atomic_bool* cancel)
{
    if (!QDir().mkpath(options.outputDir)) {
        return Error{QStringLiteral("letters.output-dir"),
                     Text::tr("The folder “%1” could not be created.").arg(QDir::toNativeSeparators(options.outputDir)),
                     options.outputDir};
    }
    Result<LetterPlan> planned = planLetters(db, options);
    if (!planned) {
        return planned.error();
    }
    LetterBatchReport report;
    report.skipped = planned->skipped;
    const int total = int(planned->letters.size());
    std::atomic_int done{0};
    const LetterFormat format = options.format;
    QFuture<WrittenLetter> future =
        QtConcurrent::mapped(planned->letters, [format, &done](const PlannedLetter& letter) {
            WrittenLetter w = writePlannedLetter(letter, format);
            ++done;
            return w;
        });
    while (!future.isFinished()) {
        if (cancel && cancel->load()) {
            future.cancel();
        }
        if (progress) {
            progress(done.load(), total);
        }
        QThread::msleep(20);
    }
    future.waitForFinished();
    if (future.isCanceled() || (cancel && cancel->load())) {
        for (const PlannedLetter& l : std::as_const(planned->letters)) {
            QFile::remove(l.path); // unrecorded letters must not look sent
        }
        report.cancelled = true;
        return report;
    }
    if (progress) {
        progress(total, total);
    }
    const QList<WrittenLetter> written = future.results();
    QStringList htmls;
    QStringList references;
    for (qsizetype i = 0; i < planned->letters.size(); ++i) {
        const PlannedLetter& l = planned->letters.at(i);
        if (written.at(i).written) {
            report.generated.append(l);
            htmls.append(l.html);
            references.append(l.reference);
        } else {
            report.skipped.append({l.establishmentId, l.finess, l.name, written.at(i).error});
        }
    }
    if (!options.combinedPdf.isEmpty()) {
        Result<int> pages = writeCombinedPdf(htmls, references, options.combinedPdf);
        if (!pages) {
            return pages.error();
        }
        report.combinedPages = pages.value();
    }
    if (Result<void> recorded = recordLetters(db, planned->letters, written, format, options.author); !recorded) {
        return recorded.error();
    }
    return report;
}

} // namespace Palier
