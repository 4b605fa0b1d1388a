// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignFiles.h"
#include "CandidatureModel.h"
#include "ImportWizard.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "Mnemonics.h"
#include "NewDatabaseDialog.h"
#include "TableColumns.h"
#include "TablePage.h"
#include "WelcomePage.h"
#include "db/Backups.h"
#include "db/Database.h"
#include "db/DatabaseLock.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

using namespace Palier;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sidebarShowsEstablishments();
    void searchFiltersEstablishments();
    void statusBarShowsCampaign();
    void everyPageShowsSomething();
    void goMenuSwitchesPages();
    void invalidFileKeepsDatabase();
    void opensAnotherDatabase();
    void pagesLoadWhenShown();
    void editsShowOnTheOtherPages();
    void fileHeldElsewhereOpensReadOnly();
    void damagedFileIsSaidAndStaysReadOnly();
    void switchingDatabasesBacksUpTheOneClosed();
    void createsDatabaseThroughDialog();
    void savesACopy();
    void remembersLastPage();
    void droppedTableOpensImportWizard();
    void editMenuFollowsThePage();
    void noDatabaseShowsTheWelcomePage();
    void closeGoesBackToTheWelcomePage();
    void welcomePageOpensTheDemo();
    void welcomePageOpensARecentFile();
    void menusHaveUniqueShortcutsAndMnemonics();
    void missingMnemonicsAreAdded();
    void standardShortcuts();
    void pageShortcutsSwitchPages();
    void findGoesToTheSearchField();
    void accessibleNames();
    void remembersGeometryAndSplitter();
    void reopensTheLastDatabase();
    void startOnADatabaseBuildsNoWelcomePage();
    void screenshotsWhenAsked();

private:
    qint64 count(const QString& sql) const;
    void clickPage(Page page);
    template <typename T>
    T* child(const QString& name) const;

    QTemporaryDir m_dir;
    QString m_demoPath;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PalierTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_demoPath = m_dir.filePath(QStringLiteral("demo-paca.palier"));
    Result<std::unique_ptr<Database>> demo = CampaignFiles::openDemo(m_demoPath);
    QVERIFY2(demo, qPrintable(demo.error().message + u' ' + demo.error().detail));
}

void TestMainWindow::init()
{
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openDatabase(m_demoPath));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

qint64 TestMainWindow::count(const QString& sql) const
{
    QSqlQuery query(m_window->database()->connection());
    if (!query.exec(sql) || !query.next()) {
        qFatal("query failed: %s", qPrintable(sql));
    }
    return query.value(0).toLongLong();
}

template <typename T>
T* TestMainWindow::child(const QString& name) const
{
    auto* found = m_window->findChild<T*>(name);
    if (!found) {
        qWarning("no child %s", qPrintable(name));
    }
    return found;
}

void TestMainWindow::clickPage(Page page)
{
    auto* navigation = child<QListWidget>(QStringLiteral("navigationListWidget"));
    QVERIFY(navigation);
    QListWidgetItem* item = navigation->item(int(Pages::all().indexOf(page)));
    QVERIFY(item);
    const QRect rect = navigation->visualItemRect(item);
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
}

void TestMainWindow::sidebarShowsEstablishments()
{
    m_window->showPage(Page::Dashboard);
    clickPage(Page::Establishments);
    QCOMPARE(m_window->currentPage(), Page::Establishments);
    auto* stack = child<QStackedWidget>(QStringLiteral("pagesStackedWidget"));
    auto* page = child<QWidget>(QStringLiteral("establishmentsTablePage"));
    QVERIFY(stack && page);
    QCOMPARE(stack->currentWidget(), page);

    auto* view = page->findChild<QTableView*>(QStringLiteral("tableView"));
    QVERIFY(view);
    QVERIFY(view->isVisible());
    const qint64 establishments = count(QStringLiteral("SELECT count(*) FROM establishment"));
    QVERIFY(establishments > 0);
    QCOMPARE(view->model()->rowCount(), establishments);
    auto* countLabel = page->findChild<QLabel*>(QStringLiteral("countLabel"));
    QVERIFY(countLabel);
    QVERIFY2(countLabel->text().startsWith(QString::number(establishments) + u' '), qPrintable(countLabel->text()));
}

void TestMainWindow::searchFiltersEstablishments()
{
    clickPage(Page::Establishments);
    auto* page = child<QWidget>(QStringLiteral("establishmentsTablePage"));
    QVERIFY(page);
    auto* view = page->findChild<QTableView*>(QStringLiteral("tableView"));
    auto* search = page->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    auto* countLabel = page->findChild<QLabel*>(QStringLiteral("countLabel"));
    QVERIFY(view && search && countLabel);
    const int all = view->model()->rowCount();

    // Typed without accents, in capitals: the search ignores both.
    QTest::keyClicks(search, QStringLiteral("HOPITAL PRIVE"));
    const qint64 expected =
        count(QStringLiteral("SELECT count(*) FROM establishment WHERE name LIKE '%Hôpital privé%'"));
    QVERIFY(expected > 0);
    QVERIFY(expected < all);
    QCOMPARE(view->model()->rowCount(), expected);
    QVERIFY2(countLabel->text().startsWith(QString::number(expected) + u' '), qPrintable(countLabel->text()));
    QVERIFY2(countLabel->text().contains(QString::number(all)), qPrintable(countLabel->text()));

    search->clear();
    QCOMPARE(view->model()->rowCount(), all);
}

void TestMainWindow::statusBarShowsCampaign()
{
    auto* region = child<QLabel>(QStringLiteral("regionLabel"));
    auto* programme = child<QLabel>(QStringLiteral("programmeLabel"));
    auto* file = child<QLabel>(QStringLiteral("databaseFileLabel"));
    QVERIFY(region && programme && file);
    QVERIFY2(region->text().contains(QStringLiteral("Provence-Alpes-Côte d'Azur")), qPrintable(region->text()));
    QVERIFY2(programme->text().contains(QStringLiteral("Hop'EN")), qPrintable(programme->text()));
    QCOMPARE(file->text(), QStringLiteral("demo-paca.palier"));
}

void TestMainWindow::everyPageShowsSomething()
{
    auto* stack = child<QStackedWidget>(QStringLiteral("pagesStackedWidget"));
    for (Page page : Pages::all()) {
        clickPage(page);
        QCOMPARE(m_window->currentPage(), page);
        QWidget* shown = stack->currentWidget();
        QVERIFY(shown->isVisible());
        QVERIFY2(shown->objectName().startsWith(Pages::key(page).remove(u'-')), qPrintable(shown->objectName()));
        if (!shown->objectName().endsWith(QStringLiteral("PlaceholderPage"))) {
            continue;
        }
        // A page still to come says what it will do.
        auto* description = shown->findChild<QLabel*>(QStringLiteral("descriptionLabel"));
        QVERIFY(description);
        QVERIFY(!description->text().isEmpty());
        // The wrapped text gets the height it needs: it is not cut.
        QTRY_VERIFY(description->height() >= description->heightForWidth(description->width()));
    }
    clickPage(Page::Candidatures);
    auto* candidatures = child<QWidget>(QStringLiteral("candidaturesTablePage"));
    QVERIFY(candidatures && candidatures->isVisible());
    auto* view = candidatures->findChild<QTableView*>(QStringLiteral("tableView"));
    QVERIFY(view);
    // The first rows at once, the others as soon as the window has painted them.
    QVERIFY(view->model()->rowCount() >= CandidatureModel::DefaultFirstRows);
    QTRY_COMPARE(view->model()->rowCount(), count(QStringLiteral("SELECT count(*) FROM candidature")));
}

void TestMainWindow::goMenuSwitchesPages()
{
    auto* action = child<QAction>(QStringLiteral("candidaturesPageAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_4));
    action->trigger();
    QCOMPARE(m_window->currentPage(), Page::Candidatures);
    QVERIFY(child<QAction>(QStringLiteral("openAction")));
    QCOMPARE(child<QAction>(QStringLiteral("quitAction"))->shortcut(), QKeySequence(QKeySequence::Quit));
}

void TestMainWindow::invalidFileKeepsDatabase()
{
    const QString bogus = m_dir.filePath(QStringLiteral("notes.palier"));
    QFile file(bogus);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("This is not a database.\n");
    file.close();
    const Result<std::unique_ptr<Database>> refused = Database::open(bogus, {});
    QVERIFY(!refused);

    m_window->showPage(Page::Establishments); // built as it is first shown
    const Database* before = m_window->database();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!m_window->openDatabase(bogus));
    QCOMPARE(MessageBox::lastText(), refused.error().message);
    QCOMPARE(m_window->database(), before);
    QCOMPARE(m_window->database()->path(), QFileInfo(m_demoPath).absoluteFilePath());
    auto* page = child<QWidget>(QStringLiteral("establishmentsTablePage"));
    QVERIFY(page->findChild<QTableView*>(QStringLiteral("tableView"))->model()->rowCount() > 0);
    QCOMPARE(child<QLabel>(QStringLiteral("databaseFileLabel"))->text(), QStringLiteral("demo-paca.palier"));
}

void TestMainWindow::pagesLoadWhenShown()
{
    // Opening builds and reads the page shown only: the candidatures of a national database are not read for the
    // establishments page, and the other pages are not even built (start-up, issue 10).
    m_window = std::make_unique<MainWindow>();
    m_window->showPage(Page::Establishments);
    m_window->show();
    QVERIFY(!m_window->findChild<QWidget*>(QStringLiteral("establishmentsTablePage"))); // no database yet
    QVERIFY(m_window->openDatabase(m_demoPath));
    auto* establishments = child<QWidget>(QStringLiteral("establishmentsTablePage"));
    QVERIFY(establishments);
    QCOMPARE(m_window->findChildren<TablePage*>().size(), 1);
    QVERIFY(!m_window->findChild<QWidget*>(QStringLiteral("candidaturesTablePage")));
    QVERIFY(m_window->findChild<QWidget*>(QStringLiteral("candidaturesStandIn")));
    QAbstractItemModel* shown = establishments->findChild<QTableView*>(QStringLiteral("tableView"))->model();
    QCOMPARE(shown->rowCount(), count(QStringLiteral("SELECT count(*) FROM establishment")));

    // Through the Go menu as through the sidebar: the page is built in place of its stand-in, shown and read.
    child<QAction>(QStringLiteral("candidaturesPageAction"))->trigger();
    QCOMPARE(m_window->currentPage(), Page::Candidatures);
    auto* candidatures = child<QWidget>(QStringLiteral("candidaturesTablePage"));
    QVERIFY(candidatures && candidatures->isVisible());
    QVERIFY(!m_window->findChild<QWidget*>(QStringLiteral("candidaturesStandIn")));
    QCOMPARE(child<QStackedWidget>(QStringLiteral("pagesStackedWidget"))->currentWidget(), candidatures);
    QCOMPARE(child<QStackedWidget>(QStringLiteral("pagesStackedWidget"))->count(), Pages::all().size());
    QAbstractItemModel* hidden = candidatures->findChild<QTableView*>(QStringLiteral("tableView"))->model();
    QTRY_COMPARE(hidden->rowCount(), count(QStringLiteral("SELECT count(*) FROM candidature")));
    QVERIFY(hidden->rowCount() > 0);
    QCOMPARE(m_window->findChildren<TablePage*>().size(), 2);
    // Its undo stack joined the window's Edit menu.
    QVERIFY(child<TablePage>(QStringLiteral("candidaturesTablePage"))->undoStack()->isActive());
}

void TestMainWindow::editsShowOnTheOtherPages()
{
    // A change made while another page is shown (here straight through the connection, as a page would) is
    // read again by a page already loaded when it is shown next.
    m_window->showPage(Page::Candidatures);
    QVERIFY(m_window->openDatabase(m_demoPath));
    QAbstractItemModel* candidatures = child<QWidget>(QStringLiteral("candidaturesTablePage"))
                                           ->findChild<QTableView*>(QStringLiteral("tableView"))
                                           ->model();
    const int before = candidatures->rowCount();
    QVERIFY(before > 1);
    m_window->showPage(Page::Establishments);
    {
        TransactionGuard guard(*m_window->database());
        QSqlQuery query(m_window->database()->connection());
        QVERIFY(query.exec(QStringLiteral("DELETE FROM candidature WHERE id = (SELECT max(id) FROM candidature) AND "
                                          "id NOT IN (SELECT candidature_id FROM score) AND id NOT IN (SELECT "
                                          "candidature_id FROM preselection_item) AND id NOT IN (SELECT candidature_id "
                                          "FROM letter_file) AND id NOT IN (SELECT candidature_id FROM project)")));
        QCOMPARE(query.numRowsAffected(), 1);
        QVERIFY(guard.commit());
    }
    m_window->showPage(Page::Candidatures);
    QCOMPARE(candidatures->rowCount(), before - 1);
}

void TestMainWindow::fileHeldElsewhereOpensReadOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("held.palier"));
    QVERIFY(CampaignFiles::create(path, QStringLiteral("93"), QStringLiteral("hopen-2019")));
    // Another window holds it for writing.
    Result<std::unique_ptr<DatabaseLock>> elsewhere = DatabaseLock::acquire(path);
    QVERIFY(elsewhere);

    const Database* before = m_window->database();
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!m_window->openDatabase(path));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("held.palier")));
    QCOMPARE(m_window->database(), before);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(m_window->openDatabase(path));
    QVERIFY(m_window->database()->isReadOnly());
    QVERIFY(!child<QAction>(QStringLiteral("restoreBackupAction"))->isEnabled());

    // Once the other window lets go, the file opens for writing, without a question.
    m_window->openDatabase(m_demoPath);
    elsewhere.value().reset();
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(m_window->openDatabase(path));
    QVERIFY(!m_window->database()->isReadOnly());
}

void TestMainWindow::damagedFileIsSaidAndStaysReadOnly()
{
    // The window shows a file before its pages are checked (Database::Options::deferCheck); damage found then is
    // said, and the file stays read-only and untouched.
    const QString path = m_dir.filePath(QStringLiteral("damaged.palier"));
    QVERIFY(CampaignFiles::create(path, QStringLiteral("93"), QStringLiteral("hopen-2019")));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE scratch (x)")));
        QVERIFY(query.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                          "WHERE i < 200) INSERT INTO scratch SELECT randomblob(100) FROM n")));
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    {
        QFile file(path); // the last page, one of the scratch table's, which the window never reads
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() - 4096));
        file.write(QByteArray(4096, '\x5A'));
    }
    QFile original(path);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(m_window->openDatabase(path));
    QTRY_VERIFY(m_window->database()->isReadOnly());
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("damaged")), qPrintable(MessageBox::lastText()));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("damaged")));
    QVERIFY(!child<QAction>(QStringLiteral("restoreBackupAction"))->isEnabled());
    QCOMPARE(m_window->database()->checkState(), Database::CheckState::Failed);

    m_window->closeDatabase(); // no automatic backup of a damaged file
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), before);
}

void TestMainWindow::switchingDatabasesBacksUpTheOneClosed()
{
    const QString path = m_dir.filePath(QStringLiteral("switch.palier"));
    QVERIFY(CampaignFiles::create(path, QStringLiteral("93"), QStringLiteral("hopen-2019")));
    // The backup folder outlives the test run: start from none for this file.
    for (const BackupFile& old : Backups::list(path, Backups::defaultDirectory())) {
        QVERIFY(QFile::remove(old.path));
    }
    QVERIFY(m_window->openDatabase(path));
    QVERIFY(Backups::list(path, Backups::defaultDirectory()).isEmpty());
    QVERIFY(m_window->openDatabase(m_demoPath));
    const QList<BackupFile> after = Backups::list(path, Backups::defaultDirectory());
    QCOMPARE(after.size(), 1);
    Result<std::unique_ptr<Database>> backup = Database::open(after.constFirst().path, {.readOnly = true});
    QVERIFY(backup);
}

void TestMainWindow::opensAnotherDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("idf.palier"));
    {
        Result<std::unique_ptr<Database>> created =
            CampaignFiles::create(path, QStringLiteral("11"), QStringLiteral("hopen-2019"));
        QVERIFY2(created, qPrintable(created.error().message));
    }
    QVERIFY(m_window->openDatabase(path));
    QCOMPARE(m_window->database()->path(), QFileInfo(path).absoluteFilePath());
    QVERIFY(child<QLabel>(QStringLiteral("regionLabel"))->text().contains(QStringLiteral("Île-de-France")));
    auto* page = child<QWidget>(QStringLiteral("establishmentsTablePage"));
    QCOMPARE(page->findChild<QTableView*>(QStringLiteral("tableView"))->model()->rowCount(), 0);
    QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList().value(0),
             QFileInfo(path).absoluteFilePath());
}

void TestMainWindow::createsDatabaseThroughDialog()
{
    const QString path = m_dir.filePath(QStringLiteral("bretagne.palier"));
    bool answered = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<NewDatabaseDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto* regions = dialog->findChild<QComboBox*>(QStringLiteral("regionComboBox"));
        regions->setCurrentIndex(regions->findData(QStringLiteral("53")));
        dialog->findChild<QLineEdit*>(QStringLiteral("fileLineEdit"))->setText(path);
        dialog->accept();
        answered = true;
    });
    child<QAction>(QStringLiteral("newDatabaseAction"))->trigger();
    QVERIFY(answered);
    QVERIFY(QFile::exists(path));
    QCOMPARE(m_window->database()->path(), QFileInfo(path).absoluteFilePath());
    QVERIFY(child<QLabel>(QStringLiteral("regionLabel"))->text().contains(QStringLiteral("Bretagne")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM campaign WHERE region_code = '53'")), 1);
}

void TestMainWindow::savesACopy()
{
    const QString copy = m_dir.filePath(QStringLiteral("copy.palier"));
    const qint64 establishments = count(QStringLiteral("SELECT count(*) FROM establishment"));
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->selectFile(copy);
        static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept() is protected; QDialog's is public
    });
    child<QAction>(QStringLiteral("saveCopyAction"))->trigger();
    QVERIFY(QFile::exists(copy));
    QCOMPARE(m_window->database()->path(), QFileInfo(m_demoPath).absoluteFilePath()); // still the original
    QVERIFY(m_window->openDatabase(copy));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM establishment")), establishments);
}

void TestMainWindow::remembersLastPage()
{
    clickPage(Page::Candidatures);
    m_window->close();
    m_window = std::make_unique<MainWindow>();
    QCOMPARE(m_window->currentPage(), Page::Candidatures);
}

void TestMainWindow::droppedTableOpensImportWizard()
{
    clickPage(Page::Candidatures);
    const QString path = m_dir.filePath(QStringLiteral("dossiers.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("finess;domaine;intitule;montant\n");
    file.close();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint centre = m_window->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    auto* wizard = m_window->findChild<ImportWizard*>();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    // Dropped on the applications page: imported as applications, the file already chosen.
    QCOMPARE(wizard->session().request.kind, ImportKind::Candidatures);
    QCOMPARE(wizard->findChild<QLineEdit*>(QStringLiteral("fileLineEdit"))->text(), QDir::toNativeSeparators(path));
    wizard->reject();

    // Anything else is refused.
    QMimeData text;
    text.setText(QStringLiteral("not a file"));
    QDragEnterEvent refused(centre, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(m_window.get(), &refused);
    QVERIFY(!refused.isAccepted());
}

void TestMainWindow::editMenuFollowsThePage()
{
    auto* undo = child<QAction>(QStringLiteral("undoAction"));
    QVERIFY(undo);
    clickPage(Page::Establishments);
    auto* page = child<TablePage>(QStringLiteral("establishmentsTablePage"));
    QCOMPARE(page->undoStack()->isActive(), true);
    clickPage(Page::Candidatures);
    QCOMPARE(page->undoStack()->isActive(), false);
    QVERIFY(child<TablePage>(QStringLiteral("candidaturesTablePage"))->undoStack()->isActive());
    clickPage(Page::Dashboard);
    QVERIFY(!undo->isEnabled());
}

namespace {

/// The letter after the single `&` of `text`, lower case; null when there is none.
QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) != u'&') {
                return text.at(i + 1).toLower();
            }
            ++i;
        }
    }
    return {};
}

/// Checks the mnemonics of `actions` (one menu, or the menu bar) and collects the actions of the menus below.
void walkMenu(const QString& where, const QList<QAction*>& actions, QList<QAction*>& leaves, QStringList& problems)
{
    QHash<QChar, QString> mnemonics;
    for (QAction* action : actions) {
        if (action->isSeparator() || !action->isVisible()) {
            continue;
        }
        const QChar letter = mnemonicOf(action->text());
        if (letter.isNull()) {
            problems.append(QStringLiteral("%1 › “%2” has no mnemonic").arg(where, action->text()));
        } else if (mnemonics.contains(letter)) {
            problems.append(QStringLiteral("%1 › “%2” and “%3” share the mnemonic %4")
                                .arg(where, mnemonics.value(letter), action->text(), letter));
        } else {
            mnemonics.insert(letter, action->text());
        }
        if (QMenu* menu = action->menu()) {
            emit menu->aboutToShow(); // the menus filled when they open (Open Recent)
            walkMenu(where + QStringLiteral(" › ") + action->text(), menu->actions(), leaves, problems);
        } else {
            leaves.append(action);
        }
    }
}

} // namespace

void TestMainWindow::noDatabaseShowsTheWelcomePage()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(!m_window->database());
    auto* central = child<QStackedWidget>(QStringLiteral("centralStackedWidget"));
    auto* welcome = child<WelcomePage>(QStringLiteral("welcomePage"));
    QVERIFY(central && welcome);
    QCOMPARE(central->currentWidget(), welcome);
    QVERIFY(welcome->isVisible());
    QVERIFY(!child<QListWidget>(QStringLiteral("navigationListWidget"))->isVisible());
    // What needs a database is off; what opens one is on.
    for (const QString& name :
         {QStringLiteral("closeAction"), QStringLiteral("saveCopyAction"), QStringLiteral("printAction"),
          QStringLiteral("findAction"), QStringLiteral("refreshAction"), QStringLiteral("candidaturesPageAction")}) {
        QVERIFY2(!child<QAction>(name)->isEnabled(), qPrintable(name));
    }
    QVERIFY(child<QAction>(QStringLiteral("openAction"))->isEnabled());
    QVERIFY(child<QAction>(QStringLiteral("newDatabaseAction"))->isEnabled());
    QCOMPARE(child<QLabel>(QStringLiteral("regionLabel"))->text(), QStringLiteral("No database open"));
    // The recent files are there, the demo first (opened by init()).
    auto* recent = welcome->findChild<QListWidget*>(QStringLiteral("recentFilesListWidget"));
    QVERIFY(recent->count() >= 1);
    QVERIFY(recent->item(0)->text().startsWith(QStringLiteral("demo-paca.palier")));
    // The keyboard starts on the first action.
    QApplication::setActiveWindow(m_window.get());
    QTRY_COMPARE(QApplication::focusWidget(), welcome->findChild<QWidget*>(QStringLiteral("demoButton")));
}

void TestMainWindow::closeGoesBackToTheWelcomePage()
{
    m_window->showPage(Page::Establishments); // built as it is first shown
    auto* close = child<QAction>(QStringLiteral("closeAction"));
    QVERIFY(close->isEnabled());
    QCOMPARE(close->shortcut(), QKeySequence(QKeySequence::Close));
    close->trigger();
    QVERIFY(!m_window->database());
    QCOMPARE(child<QStackedWidget>(QStringLiteral("centralStackedWidget"))->currentWidget(),
             child<QWidget>(QStringLiteral("welcomePage")));
    QVERIFY(!close->isEnabled());
    // The pages let go of the data they showed.
    auto* page = child<QWidget>(QStringLiteral("establishmentsTablePage"));
    QCOMPARE(page->findChild<QTableView*>(QStringLiteral("tableView"))->model()->rowCount(), 0);
    // Opened again from the welcome page's list.
    QVERIFY(m_window->openDatabase(m_demoPath));
    QCOMPARE(child<QStackedWidget>(QStringLiteral("centralStackedWidget"))->currentWidget()->objectName(),
             QStringLiteral("centralWidget"));
    QVERIFY(child<QAction>(QStringLiteral("candidaturesPageAction"))->isEnabled());
}

void TestMainWindow::welcomePageOpensTheDemo()
{
    const QString demo = CampaignFiles::demoPath();
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(demo + suffix);
    }
    child<QAction>(QStringLiteral("closeAction"))->trigger();
    auto* button = child<QCommandLinkButton>(QStringLiteral("demoButton"));
    QVERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    // Generated in the user's data folder, then opened.
    QVERIFY(QFile::exists(demo));
    QVERIFY(m_window->database());
    QCOMPARE(m_window->database()->path(), QFileInfo(demo).absoluteFilePath());
    QVERIFY(child<QLabel>(QStringLiteral("regionLabel"))->text().contains(QStringLiteral("Provence")));
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM candidature")) > 0);
    // The second time it is only opened.
    const QDateTime written = QFileInfo(demo).lastModified();
    child<QAction>(QStringLiteral("closeAction"))->trigger();
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(m_window->database()->path(), QFileInfo(demo).absoluteFilePath());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM campaign")), 1);
    QVERIFY(QFileInfo(demo).lastModified() >= written);
}

void TestMainWindow::welcomePageOpensARecentFile()
{
    const QString other = m_dir.filePath(QStringLiteral("corse.palier"));
    if (!QFile::exists(other)) {
        QVERIFY(CampaignFiles::create(other, QStringLiteral("94"), QStringLiteral("hopen-2019")));
    }
    QVERIFY(m_window->openDatabase(other));
    child<QAction>(QStringLiteral("closeAction"))->trigger();
    auto* list = child<QListWidget>(QStringLiteral("recentFilesListWidget"));
    QVERIFY(list->item(0)->text().startsWith(QStringLiteral("corse.palier")));
    list->setCurrentRow(1); // the demo
    QTest::mouseClick(child<QPushButton>(QStringLiteral("openRecentButton")), Qt::LeftButton);
    QVERIFY(m_window->database());
    QCOMPARE(m_window->database()->path(), QFileInfo(m_demoPath).absoluteFilePath());
}

void TestMainWindow::menusHaveUniqueShortcutsAndMnemonics()
{
    QList<QAction*> actions;
    QStringList problems;
    walkMenu(QStringLiteral("menu bar"), m_window->menuBar()->actions(), actions, problems);
    QVERIFY(actions.size() >= 25);
    QHash<QString, QString> owners; // shortcut → action
    for (const QAction* action : std::as_const(actions)) {
        for (const QKeySequence& key : action->shortcuts()) {
            const QString text = key.toString();
            if (owners.contains(text)) {
                problems.append(QStringLiteral("%1 is the shortcut of “%2” and “%3”")
                                    .arg(text, owners.value(text), action->text()));
            }
            owners.insert(text, action->text());
        }
    }
    // A page's own action with a menu's shortcut would make both ambiguous while the page is shown. The pages are
    // built as they are first shown: every one is shown first.
    for (Page page : Pages::all()) {
        m_window->showPage(page);
    }
    auto* stack = child<QStackedWidget>(QStringLiteral("pagesStackedWidget"));
    for (int i = 0; i < stack->count(); ++i) {
        for (const QAction* action : stack->widget(i)->findChildren<QAction*>()) {
            for (const QKeySequence& key : action->shortcuts()) {
                if (owners.contains(key.toString()) && action->shortcutContext() != Qt::WidgetShortcut) {
                    problems.append(QStringLiteral("%1 of “%2” on %3 is also the shortcut of “%4”")
                                        .arg(key.toString(), action->text(), stack->widget(i)->objectName(),
                                             owners.value(key.toString())));
                }
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestMainWindow::missingMnemonicsAreAdded()
{
    QMenu menu;
    QMenu* sub = menu.addMenu(QStringLiteral("Sub"));
    for (const char* text : {"&Open", "Roadmap", "Review", "Rer", "R&&D", "Éléments"}) {
        menu.addAction(QString::fromUtf8(text));
    }
    sub->addAction(QStringLiteral("Open"));
    Mnemonics::addMissing(&menu);
    QStringList texts;
    for (const QAction* action : menu.actions()) {
        texts.append(action->text());
    }
    // The first free letter; an existing one is kept; "&&" is not a mnemonic; accents are letters too.
    QCOMPARE(texts, (QStringList{QStringLiteral("&Sub"), QStringLiteral("&Open"), QStringLiteral("&Roadmap"),
                                 QStringLiteral("R&eview"), QStringLiteral("Rer"), QStringLiteral("R&&&D"),
                                 QStringLiteral("&Éléments")}));
    QCOMPARE(sub->actions().constFirst()->text(), QStringLiteral("&Open")); // its own menu: o is free there
    QCOMPARE(Mnemonics::of(QStringLiteral("R&&D")), QChar());
    QCOMPARE(Mnemonics::of(QStringLiteral("Save a &Copy")), QChar(u'c'));
}

void TestMainWindow::standardShortcuts()
{
    const QList<std::pair<QString, QKeySequence::StandardKey>> expected{
        {QStringLiteral("newDatabaseAction"), QKeySequence::New},
        {QStringLiteral("openAction"), QKeySequence::Open},
        {QStringLiteral("closeAction"), QKeySequence::Close},
        {QStringLiteral("saveCopyAction"), QKeySequence::SaveAs},
        {QStringLiteral("printAction"), QKeySequence::Print},
        {QStringLiteral("settingsAction"), QKeySequence::Preferences},
        {QStringLiteral("quitAction"), QKeySequence::Quit},
        {QStringLiteral("undoAction"), QKeySequence::Undo},
        {QStringLiteral("redoAction"), QKeySequence::Redo},
        {QStringLiteral("findAction"), QKeySequence::Find},
        {QStringLiteral("refreshAction"), QKeySequence::Refresh},
        {QStringLiteral("fullScreenAction"), QKeySequence::FullScreen},
    };
    for (const auto& [name, key] : expected) {
        auto* action = child<QAction>(name);
        QVERIFY2(action, qPrintable(name));
        QCOMPARE(action->shortcuts(), QKeySequence::keyBindings(key));
    }
    // The ones this platform defines are really set (Preferences and Full Screen have none everywhere).
    QVERIFY(!child<QAction>(QStringLiteral("openAction"))->shortcut().isEmpty());
    QVERIFY(!child<QAction>(QStringLiteral("refreshAction"))->shortcut().isEmpty());
}

void TestMainWindow::pageShortcutsSwitchPages()
{
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    for (int i = Pages::all().size() - 1; i >= 0; --i) {
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        QCOMPARE(m_window->currentPage(), Pages::all().at(i));
    }
}

void TestMainWindow::findGoesToTheSearchField()
{
    clickPage(Page::Candidatures);
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto* page = child<QWidget>(QStringLiteral("candidaturesTablePage"));
    page->findChild<QTableView*>(QStringLiteral("tableView"))->setFocus();
    QTest::keySequence(m_window.get(), QKeySequence::Find);
    QCOMPARE(QApplication::focusWidget(), page->findChild<QLineEdit*>(QStringLiteral("searchLineEdit")));
}

void TestMainWindow::accessibleNames()
{
    for (const QString& name : {QStringLiteral("navigationListWidget"), QStringLiteral("pagesStackedWidget"),
                                QStringLiteral("recentFilesListWidget")}) {
        QVERIFY2(!child<QWidget>(name)->accessibleName().isEmpty(), qPrintable(name));
    }
}

void TestMainWindow::remembersGeometryAndSplitter()
{
    clickPage(Page::Establishments);
    // A size the window can take whatever its pages need at least.
    const QSize wanted = m_window->minimumSizeHint().expandedTo(QSize(900, 600)) + QSize(70, 50);
    m_window->resize(wanted);
    QCOMPARE(m_window->size(), wanted);
    // Every table page has its splitter: the one of the page shown.
    auto* splitter = child<QWidget>(QStringLiteral("establishmentsTablePage"))
                         ->findChild<QSplitter*>(QStringLiteral("contentSplitter"));
    QVERIFY(splitter);
    QList<int> sizes = splitter->sizes();
    QCOMPARE(sizes.size(), 2);
    const int total = sizes.at(0) + sizes.at(1);
    // As a drag of the handle would: the form gets two thirds.
    QVERIFY2(total > 600, qPrintable(QString::number(total))); // laid out at the window's width
    splitter->setSizes({total / 3, total - total / 3});
    emit splitter->splitterMoved(total / 3, 1);
    sizes = splitter->sizes();
    m_window->close();

    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openDatabase(m_demoPath));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->size(), wanted);
    QCOMPARE(m_window->currentPage(), Page::Establishments);
    QTRY_COMPARE(child<QWidget>(QStringLiteral("establishmentsTablePage"))
                     ->findChild<QSplitter*>(QStringLiteral("contentSplitter"))
                     ->sizes(),
                 sizes);
}

void TestMainWindow::reopensTheLastDatabase()
{
    m_window->close();
    QCOMPARE(MainWindow::lastSessionDatabase(), QFileInfo(m_demoPath).absoluteFilePath());
    // Closed on the welcome page: the next start shows it again.
    m_window = std::make_unique<MainWindow>();
    m_window->close();
    QVERIFY(MainWindow::lastSessionDatabase().isEmpty());
}

void TestMainWindow::startOnADatabaseBuildsNoWelcomePage()
{
    // Started on a file (Palier's command line, the last session): the welcome page is never built...
    m_window = std::make_unique<MainWindow>(MainWindow::Start::Database);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(!m_window->findChild<WelcomePage*>());
    QVERIFY(m_window->openDatabase(m_demoPath));
    QVERIFY(!m_window->findChild<WelcomePage*>());
    QCOMPARE(child<QStackedWidget>(QStringLiteral("centralStackedWidget"))->currentWidget()->objectName(),
             QStringLiteral("centralWidget"));
    // ...until the database is closed.
    child<QAction>(QStringLiteral("closeAction"))->trigger();
    auto* welcome = m_window->findChild<WelcomePage*>();
    QVERIFY(welcome);
    QCOMPARE(child<QStackedWidget>(QStringLiteral("centralStackedWidget"))->currentWidget(), welcome);

    // A file that cannot be opened: the message shows over the welcome page, where the window stays.
    m_window = std::make_unique<MainWindow>(MainWindow::Start::Database);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!m_window->openDatabase(m_dir.filePath(QStringLiteral("missing.palier"))));
    QVERIFY(!MessageBox::lastText().isEmpty());
    welcome = m_window->findChild<WelcomePage*>();
    QVERIFY(welcome);
    QVERIFY(welcome->isVisible());
    m_window->showWelcomePage(); // what main() does then: nothing more
    QVERIFY(welcome->isVisible());
    QCOMPARE(child<QLabel>(QStringLiteral("regionLabel"))->text(), QStringLiteral("No database open"));
    // Asked again while a database is shown, it keeps the database.
    QVERIFY(m_window->openDatabase(m_demoPath));
    m_window->showWelcomePage();
    QVERIFY(!welcome->isVisible());
    QVERIFY(m_window->database());
}

void TestMainWindow::screenshotsWhenAsked()
{
    // PALIER_WINDOW_SCREENSHOTS=DIR saves the two table pages, to look at them.
    const QString dir = qEnvironmentVariable("PALIER_WINDOW_SCREENSHOTS");
    if (dir.isEmpty()) {
        QSKIP("PALIER_WINDOW_SCREENSHOTS is not set");
    }
    m_window->resize(1280, 800);
    for (Page page : {Page::Establishments, Page::Candidatures}) {
        clickPage(page);
        QTest::qWait(100);
        QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("palier-%1.png").arg(Pages::key(page)))));
    }
    // The form refusing a FINESS number, and the menu of the header.
    clickPage(Page::Establishments);
    auto* page = child<TablePage>(QStringLiteral("establishmentsTablePage"));
    auto* finess = page->findChild<QLineEdit*>(QStringLiteral("finessEtLineEdit"));
    const QString stored = finess->text();
    finess->setText(QStringLiteral("130000012"));
    QTest::qWait(50);
    QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("palier-invalid-finess.png"))));
    finess->setText(stored);
    std::unique_ptr<QMenu> menu(page->findChild<TableColumns*>()->createMenu(nullptr));
    menu->adjustSize();
    QVERIFY(menu->grab().save(QDir(dir).filePath(QStringLiteral("palier-columns-menu.png"))));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
