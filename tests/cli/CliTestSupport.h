// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the CLI tests: run the real palier-cli executable, as scripts and users do.

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace Palier::CliTest {

struct Run
{
    int exitCode = -1; ///< -1 when the process crashed or did not finish
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

/// Runs palier-cli with `arguments`, its messages in `language`, its data directory (automatic backups) in
/// `dataHome` or a fixed folder of the temporary directory.
inline Run palierCli(const QStringList& arguments, const QString& language = QStringLiteral("en"),
                     const QString& dataHome = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PALIER_LANG"), language);
    env.insert(QStringLiteral("XDG_DATA_HOME"),
               dataHome.isEmpty() ? QDir::tempPath() + QStringLiteral("/palier-cli-test-data") : dataHome);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PALIER_CLI_PATH), arguments);
    if (!process.waitForFinished(120000)) {
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

inline QByteArray sha256(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

} // namespace Palier::CliTest
