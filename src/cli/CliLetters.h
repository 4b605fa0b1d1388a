// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// `palier-cli letters`: a free handler, wired into CliApp's command table.

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;

namespace Palier::Cli {

class Output;

/// The options of `letters` besides --db and --json.
QList<QCommandLineOption> lettersOptions();
/// palier-cli letters --db F --out DIR [--combined FILE.pdf] [--format pdf|odt] [--json]
int runLetters(QCommandLineParser& parser, Output& output);

} // namespace Palier::Cli
