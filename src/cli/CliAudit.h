// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// `palier-cli audit verify`: a free handler, wired into CliApp's command table.

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;

namespace Palier::Cli {

class Output;

/// palier-cli audit verify --db F [--json]: recomputes the audit chain. Exit 0 when it verifies, 1 at the first
/// broken entry (named), 2 when the database cannot be read or the first argument is not "verify".
int runAudit(QCommandLineParser& parser, Output& output);

} // namespace Palier::Cli
