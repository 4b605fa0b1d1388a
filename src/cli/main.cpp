// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApp.h"

#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

int main(int argc, char* argv[])
{
    // `letters`, `roadmap` and `report` lay text out (QTextDocument, QPdfWriter): they need a QGuiApplication, on a
    // platform without display.
    const bool laysOutText = argc > 1 && (qstrcmp(argv[1], "letters") == 0 || qstrcmp(argv[1], "roadmap") == 0 ||
                                          qstrcmp(argv[1], "report") == 0);
    if (laysOutText && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    const std::unique_ptr<QCoreApplication> application =
        laysOutText ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("palier-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Palier"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PALIER_VERSION));
    Palier::installTranslations(app, qEnvironmentVariable("PALIER_LANG"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    Palier::Cli::CliApp cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
