// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "letters/LetterData.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace Palier {

class Database;

enum class LetterFormat { Pdf, Odt };

/// What to generate and where.
struct LetterJobOptions
{
    QString outputDir;
    LetterFormat format = LetterFormat::Pdf;
    QString combinedPdf;            ///< empty: no combined PDF
    QList<qint64> establishmentIds; ///< empty: every establishment with a decision
    QString author;                 ///< empty: currentAuthor()
};

/// One letter ready to be written: the HTML is final, the reference and version reserved.
struct PlannedLetter
{
    qint64 establishmentId = 0;
    QString finess;
    QString name;
    LetterKind kind = LetterKind::Retenu;
    int templateVersion = 0;
    int version = 1;
    QString reference;
    QString html;
    QString path;
    qint64 totalCents = 0;
    QList<LetterFile> files;
};

/// An establishment whose letter is not generated, and why (translated).
struct SkippedLetter
{
    qint64 establishmentId = 0;
    QString finess;
    QString name;
    QString reason;
};

struct LetterPlan
{
    QList<PlannedLetter> letters;
    QList<SkippedLetter> skipped;
};

/// Prepares the letters of `options` from the database (main thread: reads the database, renders the
/// templates). Error when a template in use is invalid ("letters.template-…") or the data cannot be read.
Result<LetterPlan> planLetters(const Database& db, const LetterJobOptions& options);
/// Prepares one letter for preview, whatever its problems (the letter shows what is missing).
Result<PlannedLetter> previewLetter(const Database& db, qint64 establishmentId);

/// The outcome of writing one planned letter.
struct WrittenLetter
{
    bool written = false;
    QString sha256;
    QString error; ///< translated, when not written
};

/// Writes one letter (PDF or ODT) to its path: safe in a worker thread.
WrittenLetter writePlannedLetter(const PlannedLetter& letter, LetterFormat format);

/// Records the letters written, in one transaction: one `letter` row per establishment (next version) and its
/// files. Letters not written are not recorded.
Result<void> recordLetters(const Database& db, const QList<PlannedLetter>& letters, const QList<WrittenLetter>& written,
                           LetterFormat format, const QString& author);

/// What generateLetters() did.
struct LetterBatchReport
{
    QList<PlannedLetter> generated;
    QList<SkippedLetter> skipped; ///< incomplete data or a file that could not be written
    int combinedPages = 0;
    bool cancelled = false;
};

/// The whole batch, blocking: plan, write every letter on all cores, write the combined PDF, record.
/// `progress` (may be empty) is called on the calling thread with (done, total); setting `*cancel` stops the
/// batch: nothing is recorded then.
Result<LetterBatchReport> generateLetters(const Database& db, const LetterJobOptions& options,
                                          const std::function<void(int, int)>& progress = {},
                                          const std::atomic_bool* cancel = nullptr);

} // namespace Palier
