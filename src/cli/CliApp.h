// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class QCommandLineParser;

namespace Palier::Cli {

class Output;

/// The batch face of the core: parses `palier-cli COMMAND [options]` and runs the command.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(Palier::Cli::CliApp)

public:
    CliApp(QTextStream& out, QTextStream& err);

    /// Runs the command line (arguments()[0] is the program); returns the process exit code.
    int run(const QStringList& arguments);

private:
    int usage(int code);
    int runInit(QCommandLineParser& parser, Output& output);
    int runDemo(QCommandLineParser& parser, Output& output);
    int runInfo(QCommandLineParser& parser, Output& output);
    int runCheck(QCommandLineParser& parser, Output& output);
    int runImport(QCommandLineParser& parser, Output& output); // CliImport.cpp

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace Palier::Cli
