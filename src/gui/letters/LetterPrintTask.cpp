// SPDX-License-Identifier: GPL-3.0-or-later
#include "LetterPrintTask.h"

#include "letters/LetterDocument.h"

#include <QFile>
#include <QPainter>
#include <QPrinter>
#include <QTextDocument>
#include <QtConcurrent/QtConcurrentRun>

namespace Palier {

LetterPrintTask::LetterPrintTask(std::unique_ptr<QPrinter> printer, QList<PlannedLetter> letters, QObject* parent)
    : QObject(parent)
    , m_printer(std::move(printer))
    , m_letters(std::move(letters))
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_watcher.result();
        m_cancelled = outcome.cancelled;
        m_pages = outcome.cancelled || outcome.failed ? 0 : outcome.pages;
        if (outcome.failed) {
            m_error = tr("The printer refused the letters: check that it is ready, then print again.");
        }
        if ((outcome.cancelled || outcome.failed) && m_printer->outputFormat() == QPrinter::PdfFormat) {
            QFile::remove(m_printer->outputFileName()); // a half-printed file must not pass for the batch
        }
        Q_EMIT finished();
    });
}

LetterPrintTask::~LetterPrintTask()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void LetterPrintTask::start()
{
    preloadLetterResources(); // the shared logo is loaded here, on the GUI thread
    m_cancel = false;
    m_watcher.setFuture(QtConcurrent::run([this] { return paint(); }));
}

void LetterPrintTask::cancel()
{
    m_cancel = true;
}

LetterPrintTask::Outcome LetterPrintTask::paint()
{
    Outcome outcome;
    QPainter painter;
    if (!painter.begin(m_printer.get())) {
        outcome.failed = true;
        return outcome;
    }
    for (qsizetype i = 0; i < m_letters.size(); ++i) {
        if (m_cancel.load()) {
            m_printer->abort(); // from the painting thread, as the job's owner
            outcome.cancelled = true;
            break;
        }
        const std::unique_ptr<QTextDocument> document = letterDocument(m_letters.at(i).html);
        outcome.pages += paintLetter(*document, *m_printer, painter, m_letters.at(i).reference, i > 0);
        QMetaObject::invokeMethod(
            this, [this, done = int(i + 1)] { Q_EMIT progressChanged(done, total()); }, Qt::QueuedConnection);
    }
    if (painter.isActive() && !painter.end() && !outcome.cancelled) {
        outcome.failed = true;
    }
    return outcome;
}

} // namespace Palier
