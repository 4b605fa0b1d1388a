// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// `palier-cli report` and `palier-cli consolidate`: free handlers, wired into CliApp's command table.

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;

namespace Palier::Cli {

class Output;

/// The options of `report` besides --db and --json.
QList<QCommandLineOption> reportOptions();
/// palier-cli report --db F --out FILE.pdf [--xlsx FILE.xlsx] [--date YYYY-MM-DD] [--json]
int runReport(QCommandLineParser& parser, Output& output);

/// The options of `consolidate` besides --json (it takes no --db).
QList<QCommandLineOption> consolidateOptions();
/// palier-cli consolidate --out national.palier (FILE… | --dir DIR) [--replace] [--json]
int runConsolidate(QCommandLineParser& parser, Output& output);

} // namespace Palier::Cli
