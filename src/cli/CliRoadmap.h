// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// `palier-cli roadmap`: a free handler, wired into CliApp's command table.

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

} // namespace Palier::Cli
