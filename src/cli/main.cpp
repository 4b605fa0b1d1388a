// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApp.h"

#include "i18n/Translations.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("palier-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Palier"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PALIER_VERSION));
    Palier::installTranslations(app, qEnvironmentVariable("PALIER_LANG"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    Palier::Cli::CliApp cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
