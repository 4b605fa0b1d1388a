// SPDX-License-Identifier: GPL-3.0-or-later
#include "LetterGenerationTask.h"

#include "letters/LetterDocument.h"

#include <QDir>
#include <QFile>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

namespace Palier {

LetterGenerationTask::LetterGenerationTask(const Database& db, LetterJobOptions options, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_options(std::move(options))
{
    connect(&m_watcher, &QFutureWatcher<WrittenLetter>::progressValueChanged, this,
            [this](int done) { Q_EMIT progressChanged(done, total()); });
    connect(&m_watcher, &QFutureWatcher<WrittenLetter>::finished, this, &LetterGenerationTask::writingFinished);
    connect(&m_combinedWatcher, &QFutureWatcher<Combined>::finished, this, &LetterGenerationTask::combinedFinished);
}

LetterGenerationTask::~LetterGenerationTask()
{
    m_cancel = true;
    m_watcher.cancel();
    m_watcher.waitForFinished();
    m_combinedWatcher.waitForFinished();
}

int LetterGenerationTask::total() const
{
    const int letters = int(m_plan.letters.size());
    return m_options.combinedPdf.isEmpty() ? letters : 2 * letters;
}

Result<void> LetterGenerationTask::start()
{
    if (!QDir().mkpath(m_options.outputDir)) {
        return Error{QStringLiteral("letters.output-dir"),
                     tr("The folder “%1” could not be created.").arg(QDir::toNativeSeparators(m_options.outputDir)),
                     m_options.outputDir};
    }
    Result<LetterPlan> plan = planLetters(m_db, m_options);
    if (!plan) {
        return plan.error();
    }
    m_plan = std::move(plan).value();
    m_report = {};
    m_report.skipped = m_plan.skipped;
    m_cancel = false;
    const LetterFormat format = m_options.format;
    m_watcher.setFuture(QtConcurrent::mapped(
        m_plan.letters, [format](const PlannedLetter& letter) { return writePlannedLetter(letter, format); }));
    return {};
}

void LetterGenerationTask::cancel()
{
    m_cancel = true;
    m_watcher.cancel();
}

void LetterGenerationTask::removeFiles()
{
    for (const PlannedLetter& l : std::as_const(m_plan.letters)) {
        QFile::remove(l.path); // unrecorded letters must not look generated
    }
    if (!m_options.combinedPdf.isEmpty()) {
        QFile::remove(m_options.combinedPdf);
    }
}

void LetterGenerationTask::writingFinished()
{
    if (m_watcher.isCanceled() || m_cancel) {
        removeFiles();
        m_report.cancelled = true;
        Q_EMIT finished();
        return;
    }
    m_written = m_watcher.future().results();
    QStringList htmls;
    QStringList references;
    for (qsizetype i = 0; i < m_plan.letters.size() && i < m_written.size(); ++i) {
        const PlannedLetter& l = m_plan.letters.at(i);
        if (m_written.at(i).written) {
            m_report.generated.append(l);
            htmls.append(l.html);
            references.append(l.reference);
        } else {
            m_report.skipped.append({l.establishmentId, l.finess, l.name, m_written.at(i).error});
        }
    }
    if (m_options.combinedPdf.isEmpty()) {
        finish();
        return;
    }
    // One file painted in order: one worker. Progress goes on from where the letters left it.
    const int base = int(m_plan.letters.size());
    const QString path = m_options.combinedPdf;
    m_combinedWatcher.setFuture(QtConcurrent::run([this, htmls, references, path, base] {
        Result<int> pages = writeCombinedPdf(htmls, references, path, [this, base](int done) {
            QMetaObject::invokeMethod(
                this, [this, done, base] { Q_EMIT progressChanged(base + done, total()); }, Qt::QueuedConnection);
            return !m_cancel.load();
        });
        Combined outcome;
        if (pages) {
            outcome.pages = pages.value();
        } else {
            outcome.cancelled = pages.error().code == QLatin1String("letters.cancelled");
            outcome.error = pages.error().message;
        }
        return outcome;
    }));
}

void LetterGenerationTask::combinedFinished()
{
    const Combined outcome = m_combinedWatcher.result();
    if (outcome.cancelled || m_cancel) {
        removeFiles();
        m_report.cancelled = true;
        m_report.generated.clear();
        Q_EMIT finished();
        return;
    }
    if (!outcome.error.isEmpty()) {
        removeFiles();
        m_report.generated.clear();
        m_error = outcome.error;
        Q_EMIT finished();
        return;
    }
    m_report.combinedPages = outcome.pages;
    finish();
}

void LetterGenerationTask::finish()
{
    if (Result<void> recorded = recordLetters(m_db, m_plan.letters, m_written, m_options.format, m_options.author);
        !recorded) {
        removeFiles(); // nothing recorded: nothing must look generated
        m_report.generated.clear();
        m_error = recorded.error().message;
    }
    Q_EMIT finished();
}

} // namespace Palier
