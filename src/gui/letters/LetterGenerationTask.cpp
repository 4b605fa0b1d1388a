// SPDX-License-Identifier: GPL-3.0-or-later
#include "LetterGenerationTask.h"

#include <QDir>
#include <QFile>
#include <QtConcurrent/QtConcurrentMap>

namespace Palier {

LetterGenerationTask::LetterGenerationTask(const Database& db, LetterJobOptions options, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_options(std::move(options))
{
    connect(&m_watcher, &QFutureWatcher<WrittenLetter>::progressValueChanged, this,
            [this](int done) { Q_EMIT progressChanged(done, total()); });
    connect(&m_watcher, &QFutureWatcher<WrittenLetter>::finished, this, &LetterGenerationTask::writingFinished);
}

LetterGenerationTask::~LetterGenerationTask()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
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
    const LetterFormat format = m_options.format;
    m_watcher.setFuture(QtConcurrent::mapped(
        m_plan.letters, [format](const PlannedLetter& letter) { return writePlannedLetter(letter, format); }));
    return {};
}

void LetterGenerationTask::cancel()
{
    m_watcher.cancel();
}

void LetterGenerationTask::writingFinished()
{
    if (m_watcher.isCanceled()) {
        for (const PlannedLetter& l : std::as_const(m_plan.letters)) {
            QFile::remove(l.path); // unrecorded letters must not look generated
        }
        m_report.cancelled = true;
        Q_EMIT finished();
        return;
    }
    const QList<WrittenLetter> written = m_watcher.future().results();
    for (qsizetype i = 0; i < m_plan.letters.size() && i < written.size(); ++i) {
        const PlannedLetter& l = m_plan.letters.at(i);
        if (written.at(i).written) {
            m_report.generated.append(l);
        } else {
            m_report.skipped.append({l.establishmentId, l.finess, l.name, written.at(i).error});
        }
    }
    if (Result<void> recorded = recordLetters(m_db, m_plan.letters, written, m_options.format, m_options.author);
        !recorded) {
        m_error = recorded.error().message;
    }
    Q_EMIT finished();
}

} // namespace Palier
