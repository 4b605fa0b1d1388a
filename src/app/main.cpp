// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "Pages.h"
#include "SettingsDialog.h"
#include "StartupPrefetch.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>
#include <QTimer>

#include <cstdio>

using namespace Palier;

namespace {

/// The database the window opens as it starts: the one named on the command line, else the one open when Palier
/// last closed if it is still there; else none (the first run included): the window shows its welcome page.
QString firstDatabase(const QStringList& positional)
{
    if (!positional.isEmpty()) {
        return positional.constFirst();
    }
    const QString last = MainWindow::lastSessionDatabase();
    return !last.isEmpty() && QFileInfo::exists(last) ? last : QString();
}

bool saveScreenshot(QWidget& window, const QString& file)
{
    const bool saved = window.grab().save(file, "PNG", 0); // 0: the smallest file
    if (!saved) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("Palier::main", "Cannot write “%1”.").arg(file)));
    }
    return saved;
}

/// Ends the application at the first paint of the window that follows arm(): start-up is then timed as a whole
/// process, from exec to a painted main window with its data (bench/). With a file name, a picture of the window as
/// that paint left it is saved first.
class FirstPaintQuit : public QObject
{
public:
    using QObject::QObject;
    void arm(QWidget& window, const QString& screenshot)
    {
        m_screenshot = screenshot;
        window.installEventFilter(this);
        window.update();
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, qApp, [window = static_cast<QWidget*>(watched), file = m_screenshot] {
                QApplication::exit(file.isEmpty() || saveScreenshot(*window, file) ? 0 : 1);
            });
        }
        return false;
    }

private:
    QString m_screenshot;
};

int fail(const QString& message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Palier"));
    QApplication::setApplicationDisplayName(QStringLiteral("Palier"));
    QApplication::setOrganizationName(QStringLiteral("Palier"));
    QApplication::setOrganizationDomain(QStringLiteral("ars.fr"));
    QApplication::setApplicationVersion(QStringLiteral(PALIER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(PALIER_APP_ID));

    QCommandLineParser parser;
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language of the interface."),
                                        QStringLiteral("fr|en"));
    const QCommandLineOption pageOption(
        QStringLiteral("page"), QStringLiteral("Page shown first, e.g. establishments."), QStringLiteral("page"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Save a picture of the window to a PNG file and quit (with --quit-after-first-paint: of the "
                       "first paint)."),
        QStringLiteral("file"));
    const QCommandLineOption firstPaintOption(
        QStringLiteral("quit-after-first-paint"),
        QStringLiteral("Open the database, paint the main window on the candidatures page and quit (benchmarks)."));
    parser.addOptions({langOption, pageOption, screenshotOption, firstPaintOption});
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("database"), QStringLiteral("The .palier file to open."),
                                 QStringLiteral("[database]"));
    parser.process(app);

    const QString language = parser.value(langOption);
    if (!language.isEmpty() && language != QLatin1String("fr") && language != QLatin1String("en")) {
        return fail(QStringLiteral("--lang: expected fr or en, not “%1”.").arg(language));
    }
    // --lang wins; else PALIER_LANG (as for palier-cli: scripts, screenshots); else the language chosen in the
    // settings dialog; else the system's.
    QString chosen = language.isEmpty() ? qEnvironmentVariable("PALIER_LANG") : language;
    if (chosen != QLatin1String("fr") && chosen != QLatin1String("en")) {
        chosen = QSettings().value(SettingsDialog::languageKey()).toString();
    }
    installTranslations(app, chosen);
    std::optional<Page> page;
    if (parser.isSet(pageOption) && !(page = Pages::fromKey(parser.value(pageOption)))) {
        return fail(QCoreApplication::translate("Palier::main", "Unknown page “%1”.").arg(parser.value(pageOption)));
    }

    const bool quitAfterFirstPaint = parser.isSet(firstPaintOption);
    if (quitAfterFirstPaint && !page) {
        page = Page::Candidatures;
    }
    const QString first = firstDatabase(parser.positionalArguments());
    // The file opened, and the candidatures page's first read, on the other core while the window is built
    // (StartupPrefetch.h).
    if (!first.isEmpty()) {
        StartupPrefetch::start(first, page.value_or(MainWindow::lastSessionPage()) == Page::Candidatures);
    }
    MainWindow window(first.isEmpty() ? MainWindow::Start::Welcome : MainWindow::Start::Database);
    FirstPaintQuit firstPaintQuit;
    window.show();
    // Opened once the event loop runs, so that an error box shows over the window rather than before it.
    const QString screenshot = parser.value(screenshotOption);
    QTimer::singleShot(0, &window, [&window, first, page, quitAfterFirstPaint, &firstPaintQuit, screenshot] {
        // The page first, so that opening the database loads what that page shows and nothing else.
        if (page) {
            window.showPage(*page);
        }
        if (!first.isEmpty() && !window.openDatabase(first)) {
            window.showWelcomePage();
        }
        StartupPrefetch::discard(); // taken by the page opened, or never to be
        if (quitAfterFirstPaint) {
            firstPaintQuit.arm(window, screenshot);
        }
    });
    if (!screenshot.isEmpty() && !quitAfterFirstPaint) {
        // Late enough for the window to be laid out and painted, scroll bars included; if an error box is
        // open by then, the picture is taken all the same and exit() ends its event loop too.
        constexpr int SettleMilliseconds = 400;
        QTimer::singleShot(SettleMilliseconds, &window,
                           [&window, screenshot] { QApplication::exit(saveScreenshot(window, screenshot) ? 0 : 1); });
    }
    return QApplication::exec();
}
