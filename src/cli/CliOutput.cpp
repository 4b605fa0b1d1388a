// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliOutput.h"

#include <QJsonDocument>

namespace Palier::Cli {

Output::Output(QTextStream& out, QTextStream& err, bool json)
    : m_out(out)
    , m_err(err)
    , m_json(json)
{}

void Output::line(const QString& text)
{
    if (!m_json) {
        m_out << text << Qt::endl;
    }
}

void Output::json(const QJsonObject& object)
{
    if (m_json) {
        m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
    }
}

int Output::fail(const Error& error, int code)
{
    m_err << error.message << Qt::endl;
    if (!error.detail.isEmpty()) {
        m_err << "  (" << error.detail << ")" << Qt::endl;
    }
    if (m_json) {
        m_out << QJsonDocument(
                     QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), error.code},
                                                                       {QStringLiteral("message"), error.message}}}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    }
    // A full disk or an unwritable folder is never "problems found": the command could not run (exit 2).
    return error.code.startsWith(QLatin1String("disk.")) ? int(UnusableInput) : code;
}

} // namespace Palier::Cli
