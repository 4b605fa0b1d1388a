// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

namespace Palier {

/// Loads Palier's and Qt's own translations for the user's UI languages: French for fr-*, English
/// otherwise (or `forcedLanguage`, "fr" or "en"); sets the default QLocale to match and returns the
/// language chosen.
QString installTranslations(QCoreApplication& app, const QString& forcedLanguage = {});

/// The language installTranslations would choose for these UI languages (QLocale::uiLanguages()).
QString chooseLanguage(const QStringList& uiLanguages);

} // namespace Palier
