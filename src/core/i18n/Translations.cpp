// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Palier {

QString chooseLanguage(const QStringList& uiLanguages)
{
    for (const QString& language : uiLanguages) {
        if (language.startsWith(QLatin1String("fr"))) {
            return QStringLiteral("fr");
        }
        if (language.startsWith(QLatin1String("en"))) {
            return QStringLiteral("en");
        }
    }
    // Palier's users work in French: a locale that is neither gets English only when it asks for it.
    return uiLanguages.isEmpty() || uiLanguages.first() == QLatin1String("C") ? QStringLiteral("fr")
                                                                              : QStringLiteral("en");
}

QString installTranslations(QCoreApplication& app, const QString& forcedLanguage)
{
    const QString language = forcedLanguage.isEmpty() ? chooseLanguage(QLocale().uiLanguages()) : forcedLanguage;
    const QLocale locale(language == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::France)
                                                         : QLocale(QLocale::English, QLocale::UnitedKingdom));
    QLocale::setDefault(locale);

    auto* palier = new QTranslator(&app);
    if (palier->load(QStringLiteral(":/i18n/palier_%1.qm").arg(language))) {
        QCoreApplication::installTranslator(palier);
    } else {
        delete palier;
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return language;
}

} // namespace Palier
