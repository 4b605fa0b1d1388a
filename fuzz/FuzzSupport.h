// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the libFuzzer targets: the readers take files, so each input is written to one scratch file.

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>

namespace Palier::Fuzz {

/// A QCoreApplication for the whole run (some readers translate their messages).
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "palier-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = new QCoreApplication(argc, argv);
    Q_UNUSED(app);
}

/// Writes `data` to a scratch file ending in `suffix` (one per process and suffix) and returns its path.
inline QString scratchFile(const uint8_t* data, size_t size, const char* suffix)
{
    static const QString dir = QDir::tempPath();
    const QString path = QStringLiteral("%1/palier-fuzz-%2%3")
                             .arg(dir)
                             .arg(QCoreApplication::applicationPid())
                             .arg(QString::fromLatin1(suffix));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    return path;
}

} // namespace Palier::Fuzz
