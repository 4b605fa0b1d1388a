// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportTask.h"

#include "db/AdvisoryLock.h"
#include "db/Database.h"

#include <QPromise>
#include <QtConcurrent>

#include <algorithm>

namespace Palier {

namespace {

ImportOutcome runInWorker(QPromise<ImportOutcome>& promise, const std::atomic_bool& cancelled,
                          const QString& databasePath, const ImportRequest& request)
{
    ImportOutcome outcome;
    {
        Result<std::unique_ptr<Database>> db = Database::open(databasePath, {});
        if (!db) {
            outcome.error = db.error();
            return outcome;
        }
        // One import at a time on a database: a colleague's import is waited for (AdvisoryLock, "db.busy").
        Result<std::unique_ptr<AdvisoryLock>> lock =
            request.dryRun ? std::unique_ptr<AdvisoryLock>()
                           : AdvisoryLock::tryAcquire(*db.value(), QStringLiteral("import"));
        if (!lock) {
            outcome.error = lock.error();
            return outcome;
        }
        promise.setProgressRange(0, ImportTask::ProgressMaximum);
        const ReadProgress progress = [&promise, &cancelled](qint64 done, qint64 total) {
            if (total > 0) {
                const qint64 maximum = ImportTask::ProgressMaximum;
                promise.setProgressValue(int(std::clamp(done * maximum / total, qint64(0), maximum)));
            }
            return !cancelled.load();
        };
        Result<ImportReport> report = runImport(*db.value(), request, progress);
        if (report) {
            outcome.report = std::move(report).value();
        } else {
            outcome.error = report.error();
        }
    } // the worker's connection closes in the thread that opened it
    // Only the importer knows whether the cancel came in time: a report means it did not.
    outcome.cancelled = !outcome.report && (cancelled.load() || outcome.error->code == "import.cancelled");
    return outcome;
}

} // namespace

ImportTask::ImportTask(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<ImportOutcome>::progressValueChanged, this, &ImportTask::progressChanged);
    connect(&m_watcher, &QFutureWatcher<ImportOutcome>::finished, this, &ImportTask::reportFinished);
}

ImportTask::~ImportTask()
{
    cancel();
    waitForFinished();
}

void ImportTask::start(const Database& db, const ImportRequest& request)
{
    Q_EMIT progressChanged(-1);
    // Database::open() reads the file's header before SQLite does; a file just created still has it in the
    // write-ahead log. A checkpoint moves it into the file, where the worker's open() looks for it.
    (void)db.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    const QString databasePath = db.path();
    m_running = true;
    // The future itself is never cancelled, so that it always holds what the importer did.
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_watcher.setFuture(
        QtConcurrent::run([databasePath, request, cancelled = m_cancelled](QPromise<ImportOutcome>& promise) {
            promise.addResult(runInWorker(promise, *cancelled, databasePath, request));
        }));
}

void ImportTask::cancel()
{
    if (m_cancelled) {
        m_cancelled->store(true);
    }
}

void ImportTask::waitForFinished()
{
    m_watcher.waitForFinished();
}

void ImportTask::reportFinished()
{
    const QFuture<ImportOutcome> future = m_watcher.future();
    m_running = false;
    Q_EMIT finished(future.resultCount() > 0 ? future.result() : ImportOutcome{{}, {}, true});
}

} // namespace Palier
