// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/Importer.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace Palier {

class Database;

/// How a run of the importer ended: a report, or an error, or a cancel.
struct ImportOutcome
{
    std::optional<ImportReport> report;
    std::optional<Error> error;
    bool cancelled = false;
};

/// Runs the importer off the GUI thread, on a connection of its own to the database file (a QSqlDatabase
/// connection belongs to the thread that opened it), with progress and cancel.
class ImportTask : public QObject
{
    Q_OBJECT

public:
    static constexpr int ProgressMaximum = 1000;

    explicit ImportTask(QObject* parent = nullptr);
    /// Cancels a run still going and waits for it: the importer rolls back.
    ~ImportTask() override;

    /// Runs `request` on a connection of its own to the file of `db`.
    void start(const Database& db, const ImportRequest& request);
    /// From start() until finished() is emitted.
    bool isRunning() const { return m_running; }
    /// Asks the run to stop at its next progress report; finished() follows with `cancelled` set.
    void cancel();
    void waitForFinished();

Q_SIGNALS:
    /// `value` out of ProgressMaximum; -1 while the size of the work is not known.
    void progressChanged(int value);
    void finished(const Palier::ImportOutcome& outcome);

private:
    void reportFinished();

    QFutureWatcher<ImportOutcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    bool m_running = false;
};

} // namespace Palier
