// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the GUI tests of two referents on one database (tst_concurrentedits, tst_concurrentscores,
// tst_concurrentfollowup).

#include "CampaignFiles.h"
#include "db/Database.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QString>

namespace Palier::TestSupport {

/// What such a test sets up first: the test locations (QStandardPaths); with an `applicationName`, settings of its
/// own, cleared (after the test locations, so that a developer's own settings are never touched); the translations
/// PALIER_LANG asks for (to take pictures of the dialogs in French), and the demo database created at `path`.
/// Returns why it could not, or an empty string.
inline QString prepareSharedDemo(const QString& path, const QString& applicationName = {})
{
    QStandardPaths::setTestModeEnabled(true);
    if (!applicationName.isEmpty()) {
        QCoreApplication::setOrganizationName(QStringLiteral("PalierTests"));
        QCoreApplication::setApplicationName(applicationName);
        QSettings().clear();
    }
    if (const QString language = qEnvironmentVariable("PALIER_LANG"); !language.isEmpty()) {
        installTranslations(*qApp, language);
    }
    const Result<std::unique_ptr<Database>> demo = CampaignFiles::openDemo(path);
    return demo ? QString() : demo.error().message + u' ' + demo.error().detail;
}

} // namespace Palier::TestSupport
