// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EstablishmentNames.h"
#include "db/Database.h"
#include "db/DatabaseLock.h"

#include <QString>

#include <memory>
#include <optional>

namespace Palier {

/// Opens on the other core, while the application starts and builds its window, the file the window opens first:
/// its lock, the database as MainWindow::openDatabase() opens it (SQLite reads the whole schema at the first query,
/// about a tenth of the start on the national database), then what the candidatures page reads first and the
/// window does not need: the names of the establishments with files, and the order of the first of them. The connection
/// is then handed to the thread that started it (Database::moveToThread()). The window takes the database and the model
/// the names, when they open the same file before the first paint; what is not taken then is dropped (discard()), so
/// that nothing opened before the start is used later.
///
/// Only the plain case is prepared: when the lock is held elsewhere, or the file cannot be opened, there is nothing
/// to take, and the window opens the file as it always does (asking, or saying why).
namespace StartupPrefetch {

/// A file opened for the window.
struct OpenedFile
{
    std::unique_ptr<DatabaseLock> lock;
    std::unique_ptr<Database> database;
};

/// Starts opening the file at `path` on another thread (nothing happens if it does not exist), and reading the
/// names if `readNames` (the window opens on the candidatures page).
void start(const QString& path, bool readNames = true);
/// Whether the file at `absolutePath` is being opened, or was opened and not yet taken.
bool isOpening(const QString& absolutePath);
/// The file opened at `absolutePath` (the window's name for it: Database::path() is that name), once, waiting for
/// the opening to end; nothing if none was started for it (or it is already taken or dropped), or if it failed.
std::optional<OpenedFile> takeDatabase(const QString& absolutePath);
/// The names read for the file at `path` (any name of it), once, waiting for the reading to end; nothing if no
/// reading was started for that file (or it is already taken or dropped), or if it failed.
std::optional<EstablishmentNames> takeNames(const QString& path);
/// Drops what was not taken, waiting for the opening to end (the lock and the connection are released).
void discard();

} // namespace StartupPrefetch

} // namespace Palier
