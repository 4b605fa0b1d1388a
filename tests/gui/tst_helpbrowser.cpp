// SPDX-License-Identifier: GPL-3.0-or-later
// Help › User Guide: the guide of docs/guide opens in the language of the interface (English when that one is
// missing), with its title and its screenshots; a missing guide says where it was looked for; F1 opens it.
// With PALIER_HELP_SCREENSHOT=FILE.png set, the window is saved there.
#include "HelpBrowser.h"
#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>

using namespace Palier;

namespace {

const QString SourceGuide = QStringLiteral(PALIER_TEST_DATA_DIR "/../../docs/guide");

QTextBrowser* browserOf(const HelpBrowser& help)
{
    return help.findChild<QTextBrowser*>(QStringLiteral("guideTextBrowser"));
}

/// The image formats of the document, in order.
QList<QTextImageFormat> images(const QTextDocument* document)
{
    QList<QTextImageFormat> found;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (const QTextImageFormat format = it.fragment().charFormat().toImageFormat(); format.isValid()) {
                found.append(format);
            }
        }
    }
    return found;
}

} // namespace

class TestHelpBrowser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void findsTheGuideInTheLanguageOrEnglish();
    void lookedForInTheStandardDataFolders();
    void showsTheGuideWithItsImages();
    void showsTheFrenchGuideInFrench();
    void saysWhenTheGuideIsMissing();
    void f1OpensTheGuide();

private:
    QTemporaryDir m_dir;
};

void TestHelpBrowser::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PalierTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_helpbrowser"));
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(SourceGuide + QStringLiteral("/en.md")), qPrintable(SourceGuide));
}

void TestHelpBrowser::cleanup()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestHelpBrowser::findsTheGuideInTheLanguageOrEnglish()
{
    const QString english = QDir(SourceGuide).absoluteFilePath(QStringLiteral("en.md"));
    const QString french = QDir(SourceGuide).absoluteFilePath(QStringLiteral("fr.md"));
    QCOMPARE(HelpBrowser::guideFile(QStringLiteral("fr"), {SourceGuide}), french);
    QCOMPARE(HelpBrowser::guideFile(QStringLiteral("en"), {SourceGuide}), english);
    QCOMPARE(HelpBrowser::guideFile(QStringLiteral("de"), {SourceGuide}), english); // no German: English
    // The first folder holding the language wins; English only when no folder has it.
    const QString onlyEnglish = m_dir.filePath(QStringLiteral("only-english"));
    QVERIFY(QDir().mkpath(onlyEnglish));
    QVERIFY(QFile::copy(english, onlyEnglish + QStringLiteral("/en.md")));
    QCOMPARE(HelpBrowser::guideFile(QStringLiteral("fr"), {onlyEnglish, SourceGuide}), french);
    QCOMPARE(HelpBrowser::guideFile(QStringLiteral("fr"), {onlyEnglish}),
             QFileInfo(onlyEnglish + QStringLiteral("/en.md")).absoluteFilePath());
    QCOMPARE(HelpBrowser::guideFile(QStringLiteral("fr"), {m_dir.filePath(QStringLiteral("nowhere"))}), QString());
    QCOMPARE(HelpBrowser::guideFile(QStringLiteral("fr"), {}), QString());
}

void TestHelpBrowser::lookedForInTheStandardDataFolders()
{
    const QStringList dirs = HelpBrowser::guideDirectories();
    const QDir executable(QCoreApplication::applicationDirPath());
    QCOMPARE(dirs.value(0), executable.filePath(QStringLiteral("guide")));
    QCOMPARE(dirs.value(1), QDir::cleanPath(executable.filePath(QStringLiteral("../share/palier/guide"))));
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    QVERIFY2(dirs.contains(QDir(data).filePath(QStringLiteral("palier/guide"))), qPrintable(dirs.join(u' ')));
    // A guide installed in a data folder is found there.
    const QString installed = QDir(data).filePath(QStringLiteral("palier/guide"));
    QVERIFY(QDir().mkpath(installed));
    QFile::remove(installed + QStringLiteral("/en.md"));
    QVERIFY(QFile::copy(SourceGuide + QStringLiteral("/en.md"), installed + QStringLiteral("/en.md")));
    const QString found = HelpBrowser::guideFile(QStringLiteral("en"), dirs);
    QVERIFY2(found.endsWith(QStringLiteral("/en.md")) && !found.startsWith(QDir(SourceGuide).absolutePath()),
             qPrintable(found));
    QVERIFY(QDir(installed).removeRecursively());
}

void TestHelpBrowser::showsTheGuideWithItsImages()
{
    HelpBrowser help({SourceGuide});
    help.show();
    QVERIFY(QTest::qWaitForWindowExposed(&help));
    QCOMPARE(help.file(), QDir(SourceGuide).absoluteFilePath(QStringLiteral("en.md")));
    QTextBrowser* browser = browserOf(help);
    QVERIFY(browser);
    QVERIFY(!browser->accessibleName().isEmpty());
    const QTextDocument* document = browser->document();
    QCOMPARE(document->begin().text(), QStringLiteral("Palier — the referent’s guide"));
    QCOMPARE(document->begin().blockFormat().headingLevel(), 1);
    QVERIFY(document->toPlainText().contains(QStringLiteral("Before you start: the welcome page")));
    // Every screenshot resolves to its image, scaled down to fit the page when wider.
    const QList<QTextImageFormat> formats = images(document);
    QVERIFY2(formats.size() >= 9, qPrintable(QString::number(formats.size())));
    QCOMPARE(formats.constFirst().name(), QStringLiteral("img/welcome.png"));
    for (const QTextImageFormat& format : formats) {
        const QImage image = document->resource(QTextDocument::ImageResource, QUrl(format.name())).value<QImage>();
        QVERIFY2(!image.isNull(), qPrintable(format.name()));
        QVERIFY2(image.width() > 300, qPrintable(format.name()));
        if (image.width() > 860) {
            QCOMPARE(format.width(), 860.0);
            QCOMPARE(qRound(format.height()), qRound(860.0 * image.height() / image.width()));
        }
    }
    // A missing image would not resolve: the check above can fail.
    QVERIFY(document->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("img/absent.png")))
                .value<QImage>()
                .isNull());
    if (const QString shot = qEnvironmentVariable("PALIER_HELP_SCREENSHOT"); !shot.isEmpty()) {
        QTest::qWait(100);
        QVERIFY(help.grab().save(shot));
    }
    // The whole guide is there, images laid out: many screens high.
    QTRY_VERIFY2(browser->verticalScrollBar()->maximum() > 5 * browser->viewport()->height(),
                 qPrintable(QString::number(browser->verticalScrollBar()->maximum())));
}

void TestHelpBrowser::showsTheFrenchGuideInFrench()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QCOMPARE(HelpBrowser::interfaceLanguage(), QStringLiteral("fr"));
    HelpBrowser help({SourceGuide});
    QCOMPARE(help.file(), QDir(SourceGuide).absoluteFilePath(QStringLiteral("fr.md")));
    QCOMPARE(browserOf(help)->document()->begin().text(), QStringLiteral("Palier — guide du référent"));
    QVERIFY(!images(browserOf(help)->document()).isEmpty());
}

void TestHelpBrowser::saysWhenTheGuideIsMissing()
{
    HelpBrowser help({m_dir.filePath(QStringLiteral("nowhere"))});
    QVERIFY(help.file().isEmpty());
    const QString text = browserOf(help)->document()->toPlainText();
    QVERIFY2(text.startsWith(QStringLiteral("The user guide is not installed")), qPrintable(text));
}

void TestHelpBrowser::f1OpensTheGuide()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* action = window.findChild<QAction*>(QStringLiteral("userGuideAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcuts(), QKeySequence::keyBindings(QKeySequence::HelpContents));
    QVERIFY(action->shortcuts().contains(QKeySequence(Qt::Key_F1)));
    // In the Help menu, first.
    QMenu* help = nullptr;
    for (QAction* menu : window.menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(action)) {
            help = menu->menu();
        }
    }
    QVERIFY(help);
    QCOMPARE(help->objectName(), QStringLiteral("helpMenu"));
    QCOMPARE(help->actions().constFirst(), action);
    QVERIFY(!window.findChild<HelpBrowser*>());
    QApplication::setActiveWindow(&window);
    QTest::keyClick(&window, Qt::Key_F1);
    auto* browser = window.findChild<HelpBrowser*>();
    QVERIFY(browser);
    QTRY_VERIFY(browser->isVisible());
    QVERIFY(browser->isWindow());
    // Again: the same window, not a second one.
    action->trigger();
    QCOMPARE(window.findChildren<HelpBrowser*>().size(), 1);
}

QTEST_MAIN(TestHelpBrowser)
#include "tst_helpbrowser.moc"
