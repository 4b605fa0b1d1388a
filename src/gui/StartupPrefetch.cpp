// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupPrefetch.h"

#include <QFileInfo>

#include <future>
#include <mutex>
#include <system_error>

#include <sqlite3.h>

namespace Palier::StartupPrefetch {

namespace {

struct Reading
{
    QString path; ///< canonical
    std::future<Result<EstablishmentNames>> names;
};

std::mutex& readingMutex()
{
    static std::mutex mutex;
    return mutex;
}

std::optional<Reading>& reading()
{
    static std::optional<Reading> current;
    return current;
}

Result<EstablishmentNames> read(const QByteArray& path)
{
    sqlite3* connection = nullptr;
    if (sqlite3_open_v2(path.constData(), &connection, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) !=
        SQLITE_OK) {
        const Error failed{QStringLiteral("db.open"), QString(), QString::fromUtf8(sqlite3_errmsg(connection))};
        sqlite3_close(connection);
        return failed;
    }
    // No busy timeout: a writer holding the file is no reason to wait, the model then reads as it always does.
    Result<EstablishmentNames> names = readEstablishmentNames(connection);
    sqlite3_close(connection);
    return names;
}

} // namespace

void start(const QString& path)
{
    discard();
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty()) {
        return;
    }
    const std::lock_guard lock(readingMutex());
    try {
        reading() = Reading{canonical, std::async(std::launch::async, read, canonical.toUtf8())};
    } catch (const std::system_error&) {
        // No thread to spare: the model reads as it always does.
    }
}

std::optional<EstablishmentNames> take(const QString& path)
{
    std::optional<Reading> taken;
    {
        const std::lock_guard lock(readingMutex());
        if (!reading() || reading()->path != QFileInfo(path).canonicalFilePath()) {
            return std::nullopt;
        }
        taken = std::move(reading());
        reading().reset();
    }
    Result<EstablishmentNames> names = taken->names.get();
    if (!names) {
        return std::nullopt;
    }
    return std::move(names).value();
}

void discard()
{
    std::optional<Reading> dropped;
    {
        const std::lock_guard lock(readingMutex());
        dropped = std::move(reading());
        reading().reset();
    }
    // The future's destructor waits for the reading to end, outside the lock.
}

} // namespace Palier::StartupPrefetch
