// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;

namespace Palier {
class Database;
}

namespace Palier::Cli {

class Output;

// Instruction commands. Each takes --db and --json (added by CliApp) plus the options listed here. The
// two-argument forms open --db themselves (state for writing, history and eligibility read-only); the
// three-argument forms run on an open database.

/// Options of `state`: --candidature ID[,ID…] (repeatable), --to STATE, --reason TEXT, --author NAME.
QList<QCommandLineOption> stateOptions();
/// palier-cli state --db F --candidature ID[,ID…] --to STATE [--reason TEXT] [--author NAME] [--json]
/// Exit 0 when every file moved; 1 when the workflow refused (nothing written, the reason on stderr); 2 for
/// unusable arguments (unknown state code, unknown file number, malformed list).
int runState(QCommandLineParser& parser, Output& output);
int runState(QCommandLineParser& parser, Output& output, const Database& db);

/// Options of `history`: --candidature ID.
QList<QCommandLineOption> historyOptions();
/// palier-cli history --db F --candidature ID [--json]: the changes of state of one file, oldest first.
int runHistory(QCommandLineParser& parser, Output& output);
int runHistory(QCommandLineParser& parser, Output& output, const Database& db);

/// Options of `eligibility`: --finess F.
QList<QCommandLineOption> eligibilityOptions();
/// palier-cli eligibility --db F [--finess F] [--json]: every establishment's eligibility and prerequisite
/// status, or one establishment's indicators in detail. Exit 0; 2 for an unknown FINESS.
int runEligibility(QCommandLineParser& parser, Output& output);
int runEligibility(QCommandLineParser& parser, Output& output, const Database& db);

} // namespace Palier::Cli
