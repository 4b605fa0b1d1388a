// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// `palier-cli rank` and `palier-cli export scores`: free handlers, wired into CliApp's command table.

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;

namespace Palier::Cli {

class Output;

/// The options of `rank` besides --db and --json: --domain CODE, --consensus mean|median.
QList<QCommandLineOption> rankOptions();

/// palier-cli rank --db F [--domain D2] [--consensus mean|median] [--json]: each domain's ranking with totals,
/// ranks, consensus per criterion and flags. Exit 0, or 2 (unknown domain, unreadable database).
int runRank(QCommandLineParser& parser, Output& output);

/// The options of `export scores` besides --db and --json: --out FILE.
QList<QCommandLineOption> scoresExportOptions();

/// palier-cli export scores --db F --out FILE.(csv|xlsx) [--json]: the scores and grids (ScoresExport.h). The
/// first positional argument, when there is one, must be "scores". Exit 0, or 2.
int runExportScores(QCommandLineParser& parser, Output& output);

} // namespace Palier::Cli
