// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCommandLineOption>
#include <QList>

// Internal to the CLI: the options and errors the commands share.

namespace Palier::Cli {

/// --db FILE and --json, taken by every command.
const QCommandLineOption& dbOption();
const QCommandLineOption& jsonOption();
/// An error of the command line itself (exit code 2).
Error argumentError(const QString& message);
/// The options of `import` besides --db and --json.
QList<QCommandLineOption> importOptions();

} // namespace Palier::Cli
