// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>

#include <memory>

namespace Palier {

class Database;

/// Creating the database files of a campaign, the demo one included.
namespace CampaignFiles {

/// The demo database of the GUI's first run: `demo-paca.palier` in the user's data folder.
QString demoPath();
/// Where File › Open a National View builds the national view: `vue-nationale.palier` in the user's data folder.
QString nationalViewPath();

/// Refuses a path where a file already exists: a new database never replaces a file.
Result<void> checkNewPath(const QString& path);

/// Creates the database `path` (which must not exist) holding the campaign of `programmeCode` in `regionCode`.
/// On failure nothing is left behind.
Result<std::unique_ptr<Database>> create(const QString& path, const QString& regionCode, const QString& programmeCode);

/// Writes a consistent copy of `db` to `target`, replacing the file there only once the copy is complete.
Result<void> saveCopy(const Database& db, const QString& target);

/// How many automatic backups of each database are kept (setting "backups/keep", default 10).
int backupsToKeep();

/// The automatic backup taken when a database is closed, into Backups::defaultDirectory().
Result<QString> takeAutomaticBackup(const Database& db);

/// The file type filter of the open and save dialogs.
QString fileDialogFilter();

/// Opens the demo database `path`, generating the fictitious PACA campaign first when the file does not exist.
Result<std::unique_ptr<Database>> openDemo(const QString& path);

} // namespace CampaignFiles

} // namespace Palier
