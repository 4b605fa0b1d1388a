// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The follow-up commands: `projects`, `project`, `payments`, `pay`, `followup refresh`, `reconcile` (free handlers,
// wired into CliApp's command table). CliFollowUp.cpp holds the projects, CliPayments.cpp the payments.

#include "Result.h"

#include <QCommandLineOption>
#include <QDate>
#include <QList>

#include <memory>

class QCommandLineParser;

namespace Palier {
class Database;
}

namespace Palier::Cli {

class Output;

/// palier-cli projects --db F [--json]  |  palier-cli projects create --db F [--json]
QList<QCommandLineOption> projectsOptions();
int runProjects(QCommandLineParser& parser, Output& output);

/// palier-cli project --db F --id N [--state termine --date D | --state abandonne --reason R] [--note TEXT] [--json]
QList<QCommandLineOption> projectOptions();
int runProject(QCommandLineParser& parser, Output& output);

/// palier-cli payments --db F [--state du|prevu|verse|annule] [--overdue] [--as-of D] [--json]
QList<QCommandLineOption> paymentsOptions();
int runPayments(QCommandLineParser& parser, Output& output);

/// palier-cli pay --db F --payment N --date YYYY-MM-DD --reference REF [--json]
QList<QCommandLineOption> payOptions();
int runPay(QCommandLineParser& parser, Output& output);

/// palier-cli followup refresh --db F [--as-of D] [--json]
QList<QCommandLineOption> followUpOptions();
int runFollowUp(QCommandLineParser& parser, Output& output);

/// palier-cli reconcile --db F [--json]: exit 0 when every invariant holds, 1 otherwise.
int runReconcile(QCommandLineParser& parser, Output& output);

namespace FollowUpCli {

/// Opens the database of --db for the follow-up (read-only unless `write`); refuses a file older than the
/// follow-up's schema.
Result<std::unique_ptr<Database>> open(const QString& path, bool write);
/// The ISO date of option `name` (YYYY-MM-DD), `fallback` when the option is absent; error (exit 2) otherwise.
Result<QDate> dateOption(const QCommandLineParser& parser, const QString& name, const QDate& fallback);
/// A positive id of option `name`, or an argument error.
Result<qint64> idOption(const QCommandLineParser& parser, const QString& name);
/// "250 000 €".
QString money(qint64 cents);
/// The exit code of a core error: 1 for a refused change (a conflict with the data), 2 for unusable input.
int exitCodeOf(const Error& error);

} // namespace FollowUpCli

} // namespace Palier::Cli
