// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupPrefetch.h"

#include "CandidatureModel.h"
#include "CollatedRanks.h"
#include "MainWindow.h"
#include "import/SqliteBulk.h"

#include <QFileInfo>
#include <QThread>

#include <future>
#include <mutex>
#include <system_error>

namespace Palier::StartupPrefetch {

namespace {

struct Prefetched
{
    OpenedFile file; ///< empty when the window opens the file itself
    std::optional<EstablishmentNames> names;
};

struct Opening
{
    QString absolute;  ///< the name it is opened under
    QString canonical; ///< the file, whatever its name
    std::future<Prefetched> result;
    std::optional<Prefetched> got;

    Prefetched& get()
    {
        if (!got) {
            got = result.get();
        }
        return *got;
    }
};

// The window's thread alone calls the functions below: the worker touches none of this.
std::mutex& openingMutex()
{
    static std::mutex mutex;
    return mutex;
}

std::optional<Opening>& opening()
{
    static std::optional<Opening> current;
    return current;
}

Prefetched open(const QString& absolute, bool readNames, QThread* window)
{
    Prefetched prefetched;
    Result<std::unique_ptr<DatabaseLock>> lock = DatabaseLock::acquire(absolute);
    if (!lock) {
        return prefetched; // held by another window, or a read-only folder: the window asks first
    }
    Result<std::unique_ptr<Database>> opened = Database::open(absolute, MainWindow::fileOptions(true));
    if (!opened) {
        return prefetched; // the window opens it again, and says why (the lock is released here)
    }
    std::unique_ptr<Database> db = std::move(opened).value();
    if (sqlite3* handle = readNames ? sqliteHandle(db->connection()) : nullptr) {
        if (Result<EstablishmentNames> names = readEstablishmentNames(handle)) {
            prefetched.names = std::move(names).value();
            // The order of the page's first rows, as CandidatureModel::loadNames() asks for it.
            prefetched.names->rankedFirst = CandidatureModel::DefaultFirstRows;
            prefetched.names->firstRanks = firstCollatedRanks(prefetched.names->shown, prefetched.names->rankedFirst);
        }
    }
    db->moveToThread(window);
    prefetched.file = {std::move(lock).value(), std::move(db)};
    return prefetched;
}

} // namespace

void start(const QString& path, bool readNames)
{
    discard();
    const QFileInfo file(path);
    const QString canonical = file.canonicalFilePath();
    if (canonical.isEmpty()) {
        return;
    }
    const std::lock_guard lock(openingMutex());
    try {
        opening() =
            Opening{file.absoluteFilePath(), canonical,
                    std::async(std::launch::async, open, file.absoluteFilePath(), readNames, QThread::currentThread()),
                    std::nullopt};
    } catch (const std::system_error&) {
        // No thread to spare: the window opens the file as it always does.
    }
}

bool isOpening(const QString& absolutePath)
{
    const std::lock_guard lock(openingMutex());
    return opening() && opening()->absolute == absolutePath && (!opening()->got || opening()->got->file.database);
}

std::optional<OpenedFile> takeDatabase(const QString& absolutePath)
{
    const std::lock_guard lock(openingMutex());
    if (!opening() || opening()->canonical != QFileInfo(absolutePath).canonicalFilePath()) {
        return std::nullopt;
    }
    OpenedFile file = std::move(opening()->get().file);
    if (!file.database || file.database->path() != absolutePath) {
        // Under another name of the same file: its lock is released before the window takes it under its own.
        return std::nullopt;
    }
    return file;
}

std::optional<EstablishmentNames> takeNames(const QString& path)
{
    const std::lock_guard lock(openingMutex());
    if (!opening() || opening()->canonical != QFileInfo(path).canonicalFilePath()) {
        return std::nullopt;
    }
    std::optional<EstablishmentNames> names = std::move(opening()->get().names);
    opening()->get().names.reset();
    return names;
}

void discard()
{
    std::optional<Opening> dropped;
    {
        const std::lock_guard lock(openingMutex());
        dropped = std::move(opening());
        opening().reset();
    }
    // Destroyed outside the lock: the future waits for the opening to end, then the file is closed and unlocked.
}

} // namespace Palier::StartupPrefetch
