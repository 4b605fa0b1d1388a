// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// `palier-cli backup` and `palier-cli restore`: free handlers, wired into CliApp's command table.

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;

namespace Palier::Cli {

class Output;

/// The options of `backup` besides --db and --json: --out FILE.
QList<QCommandLineOption> backupOptions();
/// palier-cli backup --db F [--out FILE] [--json]: a consistent copy of the database, to FILE or, without --out,
/// into the automatic backup folder (the most recent ten kept). Exit 0, or 2 (unreadable database, FILE exists).
int runBackup(QCommandLineParser& parser, Output& output);

/// The options of `restore` besides --db and --json: --from FILE.
QList<QCommandLineOption> restoreOptions();
/// palier-cli restore --db F --from FILE [--json]: replaces the database by a backup, after backing the current
/// file up into the automatic backup folder. Exit 0, or 2 (the backup is not a usable Palier database).
int runRestore(QCommandLineParser& parser, Output& output);

} // namespace Palier::Cli
