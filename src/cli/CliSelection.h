// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// `palier-cli preselect` and `palier-cli seal`: free handlers, wired into CliApp's command table.

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

} // namespace Palier::Cli
