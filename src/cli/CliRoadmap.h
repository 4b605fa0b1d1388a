// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// `palier-cli roadmap` and `palier-cli forfait`: free handlers, wired into CliApp's command table.

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;

namespace Palier::Cli {

class Output;

/// The options of `roadmap` besides --db and --json: --out FILE.
QList<QCommandLineOption> roadmapOptions();
/// palier-cli roadmap --db F --out FILE.(pdf|odt) [--json]: the regional roadmap as a document to send. Exit 0,
/// or 2 (no --out, another format, unreadable database, file not written).
int runRoadmap(QCommandLineParser& parser, Output& output);

/// The options of `forfait` besides --db and --json: --class, --domain, --amount, --clear.
QList<QCommandLineOption> forfaitOptions();
/// palier-cli forfait --db F [--json]: the programme's forfait grid (size classes × domains) with how many
/// establishments have each size class and how many have none.
/// palier-cli forfait set --db F --class S2 --domain D3 (--amount EUR | --clear): sets or removes one amount.
/// palier-cli forfait import --db F FILE.csv: the file's grid replaces the programme's.
/// Exit 0, or 2 (bad arguments, a refused amount, a file with a bad row: nothing written).
int runForfait(QCommandLineParser& parser, Output& output);

} // namespace Palier::Cli
