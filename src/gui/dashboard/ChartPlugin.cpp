// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartPlugin.h"

#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

namespace Palier {

QStringList ChartPlugin::directories()
{
    if (const QString chosen = qEnvironmentVariable("PALIER_PLUGIN_DIR"); !chosen.isEmpty()) {
        return {chosen};
    }
    // In UTF-8, as CMake wrote them (and as packaging/check-install-tree.sh finds the first in the program).
    return {QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/') +
                            QString::fromUtf8(PALIER_PLUGIN_RELATIVE_DIR)),
            QString::fromUtf8(PALIER_BUILD_PLUGIN_DIR)};
}

Result<const ChartFactory*> ChartPlugin::factory()
{
    static const ChartFactory* loaded = nullptr;
    if (loaded) {
        return loaded;
    }
    const QString fileName = QStringLiteral(PALIER_CHARTS_PLUGIN_FILE);
    const QStringList folders = directories();
    QString path;
    for (const QString& folder : folders) {
        if (const QFileInfo candidate(QDir(folder).filePath(fileName)); candidate.isFile()) {
            path = candidate.absoluteFilePath();
            break;
        }
    }
    const QString message = tr("The charts of the dashboard cannot be drawn: part of Palier is missing or damaged. "
                               "The tables of the cards show the same figures. Reinstall Palier to see the charts.");
    if (path.isEmpty()) {
        return Error{QStringLiteral("plugin.missing"), message,
                     QStringLiteral("%1 not found in %2").arg(fileName, folders.join(QLatin1String(", ")))};
    }
    QPluginLoader loader(path);
    QObject* instance = loader.instance();
    auto* factory = qobject_cast<ChartFactory*>(instance);
    if (!factory) {
        const QString detail =
            instance ? QStringLiteral("%1 is not Palier's charts plug-in").arg(path) : loader.errorString();
        loader.unload();
        return Error{QStringLiteral("plugin.load"), message, detail};
    }
    loaded = factory;
    return loaded;
}

} // namespace Palier
