// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QTextStream>

namespace Palier::Cli {

/// Exit codes of the CLI contract (DESIGN.md).
enum ExitCode {
    Success = 0,
    ProblemsFound = 1, ///< the command ran but found problems
    UnusableInput = 2  ///< unusable input or arguments; message on stderr
};

/// Where a command writes: a human summary or, with --json, one JSON object on stdout; errors on stderr.
class Output
{
public:
    Output(QTextStream& out, QTextStream& err, bool json);

    bool isJson() const { return m_json; }
    /// A line of the human summary (ignored in JSON mode).
    void line(const QString& text);
    /// The JSON answer (ignored in human mode).
    void json(const QJsonObject& object);
    /// Reports `error` on stderr (and as {"error":…} in JSON mode) and returns `code`.
    int fail(const Error& error, int code = UnusableInput);

private:
    QTextStream& m_out;
    QTextStream& m_err;
    bool m_json;
};

} // namespace Palier::Cli
