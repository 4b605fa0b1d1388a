// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "letters/LetterBatch.h"

#include <QFutureWatcher>
#include <QObject>

namespace Palier {

class Database;

/// A batch of letters written off the GUI thread: the database is read and the letters recorded on the GUI thread,
/// the PDFs (or ODTs) are written by Qt Concurrent on every core. Cancelling removes the files written and records
/// nothing.
class LetterGenerationTask : public QObject
{
    Q_OBJECT

public:
    LetterGenerationTask(const Database& db, LetterJobOptions options, QObject* parent = nullptr);
    ~LetterGenerationTask() override;

    /// Prepares the letters and starts writing them; an error (invalid template, unreadable data) starts nothing.
    Result<void> start();
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

    int total() const { return int(m_plan.letters.size()); }
    /// What was done, once finished() was emitted.
    const LetterBatchReport& report() const { return m_report; }
    /// Why recording failed, once finished() was emitted; empty when it did not.
    QString errorMessage() const { return m_error; }

Q_SIGNALS:
    void progressChanged(int done, int total);
    void finished();

private:
    void writingFinished();

    const Database& m_db;
    LetterJobOptions m_options;
    LetterPlan m_plan;
    LetterBatchReport m_report;
    QString m_error;
    QFutureWatcher<WrittenLetter> m_watcher;
};

} // namespace Palier
