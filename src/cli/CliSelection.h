// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// `palier-cli preselect`, `palier-cli seal` and `palier-cli export dgos`: free handlers, wired into CliApp's command
// table.

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;

namespace Palier::Cli {

class Output;

/// The options of `preselect` besides --db and --json.
QList<QCommandLineOption> preselectOptions();
/// palier-cli preselect --db F --method rank|optimal [--envelope EUR] [--quota KEY=MIN..MAX]… [--save] [--json]
int runPreselect(QCommandLineParser& parser, Output& output);

/// The options of `seal` besides --db and --json.
QList<QCommandLineOption> sealOptions();
/// palier-cli seal --db F --run N --out FILE.xlsx [--json]
int runSeal(QCommandLineParser& parser, Output& output);

/// The options of `export` (scores and dgos) besides --db and --json.
QList<QCommandLineOption> exportOptions();
/// palier-cli export dgos --db F --run N --out FILE.xlsx [--json]: the DGOS file of a sealed version, written
/// again without sealing (read-only). `export scores` goes to runExportScores(). Exit 0, or 2 (unsealed or unknown
/// version, unusable arguments; nothing written).
int runExport(QCommandLineParser& parser, Output& output);

} // namespace Palier::Cli
