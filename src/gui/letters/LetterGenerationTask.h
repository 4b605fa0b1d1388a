// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "letters/LetterBatch.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>

namespace Palier {

class Database;

/// A batch of letters written off the GUI thread. The database is read and the letters planned (templates rendered)
/// on the GUI thread, since a connection belongs to its thread; the PDFs (or ODTs) are then written by Qt Concurrent
/// on every core, each worker laying out its own QTextDocument; the combined PDF, when asked for, follows in one
/// worker (one file, painted in order); the letters are recorded on the GUI thread in one transaction at the very
/// end. Cancelling, or an error on the combined PDF, removes every file written and records nothing.
class LetterGenerationTask : public QObject
{
    Q_OBJECT

public:
    LetterGenerationTask(const Database& db, LetterJobOptions options, QObject* parent = nullptr);
    ~LetterGenerationTask() override;

    /// Prepares the letters and starts writing them; an error (invalid template, unreadable data) starts nothing.
    Result<void> start();
    void cancel();
    bool isRunning() const { return m_watcher.isRunning() || m_combinedWatcher.isRunning(); }

    /// Steps of the progress: one per letter, and one more per letter with a combined PDF.
    int total() const;
    /// What was done, once finished() was emitted.
    const LetterBatchReport& report() const { return m_report; }
    /// Why the batch failed (combined PDF, recording), once finished() was emitted; empty when it did not.
    QString errorMessage() const { return m_error; }

Q_SIGNALS:
    void progressChanged(int done, int total);
    void finished();

private:
    struct Combined
    {
        int pages = 0;
        QString error;
        bool cancelled = false;
    };

    void writingFinished();
    void combinedFinished();
    void finish();
    void removeFiles();

    const Database& m_db;
    LetterJobOptions m_options;
    LetterPlan m_plan;
    QList<WrittenLetter> m_written;
    LetterBatchReport m_report;
    QString m_error;
    std::atomic_bool m_cancel = false;
    QFutureWatcher<WrittenLetter> m_watcher;
    QFutureWatcher<Combined> m_combinedWatcher;
};

} // namespace Palier
