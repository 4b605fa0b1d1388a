// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "AboutDialog.h"
#include "AfterFirstPaint.h"
#include "AuditDialog.h"
#include "ConnectionDialog.h"
#include "DatabaseWatcher.h"
#include "HelpBrowser.h"
#include "ImportWizard.h"
#include "MessageBox.h"
#include "Mnemonics.h"
#include "PageFactory.h"
#include "RecentFiles.h"
#include "SettingsDialog.h"
#include "SvgIcon.h"
#include "TablePage.h"
#include "WelcomePage.h"
#include "campaign/Campaign.h"
#include "consolidation/Consolidation.h"
#include "db/Database.h"
#include "db/DatabaseLock.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDropEvent>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QMimeData>
#include <QProgressDialog>
#include <QSettings>
#include <QSqlQuery>
#include <QUndoGroup>
#include <QUndoStack>
#include <QtConcurrent>

#include <optional>

namespace Palier {

namespace {
constexpr int StatusLabelMargin = 8;
constexpr int NavigationItemHeight = 36;
constexpr int NavigationItemPadding = 40;
const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString PageKey = QStringLiteral("mainWindow/page");
const QString LastDatabaseKey = QStringLiteral("mainWindow/lastDatabase");
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : MainWindow(Start::Welcome, parent)
{}

MainWindow::MainWindow(Start start, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_start(start)
{
    m_ui->setupUi(this);
    setWindowIcon(svgIcon(QStringLiteral(":/icons/palier.svg")));
    setAcceptDrops(true);
    m_undoGroup = new QUndoGroup(this);
    m_recentFiles = new RecentFiles(m_ui->recentFilesMenu, this);
    connect(m_recentFiles, &RecentFiles::fileRequested, this, &MainWindow::openDatabase);
    setupNavigation();
    setupStatusBar();
    setupActions();
    setupEditActions();
    setupViewActions();
    setupCentralStack();
    addMissingMnemonics();
    updateCampaign();
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::setupNavigation()
{
    // The items have a fixed height, so the width is measured from the titles rather than asked of the view.
    int widest = 0;
    for (int i = 0; i < Pages::all().size(); ++i) {
        const Page page = Pages::all().at(i);
        auto* item = new QListWidgetItem(svgIcon(Pages::iconPath(page)), Pages::title(page));
        item->setSizeHint(QSize(0, NavigationItemHeight));
        m_ui->navigationListWidget->addItem(item);
        widest = qMax(widest, m_ui->navigationListWidget->fontMetrics().horizontalAdvance(item->text()));
        m_ui->pagesStackedWidget->addWidget(PageFactory::createStandIn(page)); // the page: buildPage()

        QAction* action = m_ui->goMenu->addAction(item->icon(), Pages::title(page));
        action->setObjectName(Pages::key(page).remove(u'-') + QLatin1String("PageAction"));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
    }
    m_ui->navigationListWidget->setFixedWidth(widest + m_ui->navigationListWidget->iconSize().width() +
                                              NavigationItemPadding);
    connect(m_ui->navigationListWidget, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_database) {
            buildPage(row);
        }
        m_ui->pagesStackedWidget->setCurrentIndex(row);
    });
    // Edit › Undo acts on the page shown.
    connect(m_ui->pagesStackedWidget, &QStackedWidget::currentChanged, this, [this] {
        auto* tablePage = qobject_cast<TablePage*>(m_ui->pagesStackedWidget->currentWidget());
        m_undoGroup->setActiveStack(tablePage ? tablePage->undoStack() : nullptr);
        markPagesStaleAfterEdits();
        m_shownPage = tablePage;
        reloadCurrentPageIfStale();
        m_findAction->setEnabled(m_database && tablePage);
    });
    m_ui->pagesStackedWidget->setAccessibleName(tr("Page shown"));
}

void MainWindow::buildPage(int index)
{
    // Each page is built the first time it is shown with a database open: start-up builds one page, not eight.
    QWidget* standIn = m_ui->pagesStackedWidget->widget(index);
    if (!PageFactory::isStandIn(standIn)) {
        return;
    }
    QWidget* widget = PageFactory::create(Pages::all().at(index));
    if (auto* tablePage = qobject_cast<TablePage*>(widget)) {
        m_tablePages.append(tablePage);
        m_stalePages.insert(tablePage); // loaded as it becomes current
        m_undoGroup->addStack(tablePage->undoStack());
        // Edit › Find carries Ctrl+F for the whole window: the page's own would make the shortcut ambiguous.
        if (auto* find = tablePage->findChild<QAction*>(QStringLiteral("findAction"))) {
            find->setShortcut(QKeySequence());
        }
    }
    PageFactory::replaceStandIn(*m_ui->pagesStackedWidget, standIn, widget);
}

void MainWindow::setupCentralStack()
{
    m_content = takeCentralWidget();
    m_centralStack = new QStackedWidget(this);
    m_centralStack->setObjectName(QStringLiteral("centralStackedWidget"));
    m_centralStack->addWidget(m_content);
    m_databaseWatcher = new DatabaseWatcher(this);
    setCentralWidget(m_databaseWatcher->wrap(m_centralStack));
    // A change made elsewhere (another Palier, palier-cli, a colleague on the server): the page shown reads it at
    // once, keeping its selection (unless its form holds unsaved changes), the others when next shown.
    connect(m_databaseWatcher, &DatabaseWatcher::changedElsewhere, this, [this] {
        m_stalePages = QSet<TablePage*>(m_tablePages.cbegin(), m_tablePages.cend());
        auto* page = qobject_cast<TablePage*>(m_ui->pagesStackedWidget->currentWidget());
        if (page && page->refresh()) {
            m_stalePages.remove(page);
        }
    });
}

void MainWindow::showWelcomePage()
{
    m_start = Start::Welcome;
    if (m_database) {
        return;
    }
    if (!m_welcomePage) {
        // No database open: the welcome page stands in for the sidebar and the pages.
        m_welcomePage = new WelcomePage(m_recentFiles, m_centralStack);
        m_centralStack->addWidget(m_welcomePage);
        connect(m_welcomePage, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
        connect(m_welcomePage, &WelcomePage::newDatabaseRequested, this, &MainWindow::newDatabase);
        connect(m_welcomePage, &WelcomePage::openRequested, this, &MainWindow::chooseDatabase);
        connect(m_welcomePage, &WelcomePage::fileRequested, this, &MainWindow::openDatabase);
    }
    m_centralStack->setCurrentWidget(m_welcomePage);
    m_welcomePage->setFocus();
}

void MainWindow::showWelcomeBehindMessage()
{
    // Starting on a file: a question or an error about it shows over the welcome page, not over empty pages.
    if (!m_database && m_start == Start::Database) {
        showWelcomePage();
    }
}

void MainWindow::addMissingMnemonics()
{
    for (QAction* action : menuBar()->actions()) {
        if (action->menu()) {
            Mnemonics::addMissing(action->menu());
        }
    }
}

void MainWindow::setupStatusBar()
{
    for (QLabel** label : {&m_regionLabel, &m_programmeLabel, &m_fileLabel}) {
        *label = new QLabel(this);
        (*label)->setContentsMargins(StatusLabelMargin, 0, StatusLabelMargin, 0);
        statusBar()->addPermanentWidget(*label);
    }
    m_regionLabel->setObjectName(QStringLiteral("regionLabel"));
    m_programmeLabel->setObjectName(QStringLiteral("programmeLabel"));
    m_fileLabel->setObjectName(QStringLiteral("databaseFileLabel"));
}

void MainWindow::setupActions()
{
    m_ui->newDatabaseAction->setShortcuts(QKeySequence::New);
    m_ui->openAction->setShortcuts(QKeySequence::Open);
    m_ui->saveCopyAction->setShortcuts(QKeySequence::SaveAs);
    m_ui->quitAction->setShortcuts(QKeySequence::Quit);
    connect(m_ui->newDatabaseAction, &QAction::triggered, this, &MainWindow::newDatabase);
    connect(m_ui->openAction, &QAction::triggered, this, &MainWindow::chooseDatabase);
    connect(m_ui->saveCopyAction, &QAction::triggered, this, &MainWindow::saveCopy);
    connect(m_ui->restoreBackupAction, &QAction::triggered, this, &MainWindow::restoreBackup);
    auto* nationalViewAction = new QAction(tr("Open a National &View…"), this);
    nationalViewAction->setObjectName(QStringLiteral("nationalViewAction"));
    nationalViewAction->setStatusTip(
        tr("Gather the regional files of a folder into one read-only national view, with the same dashboard"));
    m_ui->fileMenu->insertAction(m_ui->recentFilesMenu->menuAction(), nationalViewAction);
    connect(nationalViewAction, &QAction::triggered, this, &MainWindow::chooseNationalView);
    auto* serverAction = new QAction(tr("Connec&t to a Server…"), this); // a shared team database (PostgreSQL)
    serverAction->setObjectName(QStringLiteral("connectServerAction"));
    serverAction->setStatusTip(tr("Open the team’s shared database on a PostgreSQL server"));
    m_ui->fileMenu->insertAction(nationalViewAction, serverAction);
    connect(serverAction, &QAction::triggered, this, [this] {
        ConnectionDialog dialog(this);
        if (dialog.exec() != QDialog::Accepted) {
            return;
        }
        Result<std::unique_ptr<Database>> opened = Database::open(dialog.location(), {.password = dialog.password()});
        if (!opened) {
            showWelcomeBehindMessage();
            MessageBox::showError(this, tr("Cannot Connect to the Server"), opened.error());
            return;
        }
        setDatabase(std::move(opened).value(), nullptr);
    });
    m_ui->settingsAction->setShortcuts(QKeySequence::Preferences);
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    QMenu* file = m_ui->fileMenu;
    m_closeAction = new QAction(tr("C&lose"), this);
    m_closeAction->setObjectName(QStringLiteral("closeAction"));
    m_closeAction->setShortcuts(QKeySequence::Close);
    m_closeAction->setStatusTip(tr("Close the database and go back to the welcome page"));
    file->insertAction(file->actions().value(file->actions().indexOf(m_ui->recentFilesMenu->menuAction()) + 1),
                       m_closeAction);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeDatabase);
    m_printAction = new QAction(tr("&Print Letters…"), this);
    m_printAction->setObjectName(QStringLiteral("printAction"));
    m_printAction->setShortcuts(QKeySequence::Print);
    m_printAction->setStatusTip(tr("Print the notification letters from the Letters page"));
    file->insertAction(file->actions().value(file->actions().indexOf(m_ui->settingsAction) - 1), m_printAction);
    file->insertSeparator(m_printAction);
    connect(m_printAction, &QAction::triggered, this, &MainWindow::printLetters);
    connect(m_ui->auditAction, &QAction::triggered, this, [this] {
        if (m_database) {
            AuditDialog(*m_database, this).exec();
        }
    });
    connect(m_ui->quitAction, &QAction::triggered, this, &MainWindow::close);
    auto* guideAction = new QAction(tr("&User Guide"), this);
    guideAction->setObjectName(QStringLiteral("userGuideAction"));
    guideAction->setShortcuts(QKeySequence::HelpContents);
    guideAction->setStatusTip(tr("Read the referent's guide: the year of a campaign in Palier, step by step"));
    m_ui->helpMenu->insertAction(m_ui->aboutAction, guideAction);
    connect(guideAction, &QAction::triggered, this, [this] {
        auto* guide = findChild<HelpBrowser*>();
        if (!guide) {
            guide = new HelpBrowser({}, this);
        }
        guide->show();
        guide->raise();
        guide->activateWindow();
    });
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_ui->importEstablishmentsAction, &QAction::triggered, this,
            [this] { importFile(ImportKind::Establishments); });
    connect(m_ui->importGhtsAction, &QAction::triggered, this, [this] { importFile(ImportKind::Ghts); });
    connect(m_ui->importCandidaturesAction, &QAction::triggered, this,
            [this] { importFile(ImportKind::Candidatures); });
}

void MainWindow::setupEditActions()
{
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts(QKeySequence::Redo);
    m_ui->editMenu->addAction(undo);
    m_ui->editMenu->addAction(redo);
    m_ui->editMenu->addSeparator();
    m_findAction = m_ui->editMenu->addAction(tr("&Find…"), this, &MainWindow::findInPage);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcuts(QKeySequence::Find);
    m_findAction->setStatusTip(tr("Search the table of the page shown"));
}

void MainWindow::setupViewActions()
{
    auto* view = new QMenu(tr("&View"), this);
    view->setObjectName(QStringLiteral("viewMenu"));
    menuBar()->insertMenu(m_ui->goMenu->menuAction(), view);
    m_refreshAction = view->addAction(tr("&Refresh"), this, &MainWindow::reloadPages);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcuts(QKeySequence::Refresh);
    m_refreshAction->setStatusTip(tr("Read the pages again from the database, e.g. after a change made elsewhere"));
    QAction* fullScreen = view->addAction(tr("F&ull Screen"));
    fullScreen->setObjectName(QStringLiteral("fullScreenAction"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcuts(QKeySequence::FullScreen);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_database.get(), this);
    if (dialog.exec() == QDialog::Accepted && dialog.databaseChanged()) {
        reloadPages();
    }
}

void MainWindow::findInPage()
{
    if (auto* page = qobject_cast<TablePage*>(m_ui->pagesStackedWidget->currentWidget())) {
        if (auto* find = page->findChild<QAction*>(QStringLiteral("findAction"))) {
            find->trigger();
        }
    }
}

void MainWindow::printLetters()
{
    if (!m_database) {
        return;
    }
    showPage(Page::Letters);
    auto* print = m_ui->pagesStackedWidget->currentWidget()->findChild<QAction*>(QStringLiteral("printLettersAction"));
    if (print && print->isEnabled()) {
        print->trigger();
    } else {
        statusBar()->showMessage(tr("There is no letter to print: generate them first."), StatusMessageTimeout);
    }
}

QString MainWindow::lastSessionDatabase()
{
    return QSettings().value(LastDatabaseKey).toString();
}

Page MainWindow::lastSessionPage()
{
    return Pages::fromKey(QSettings().value(PageKey).toString()).value_or(Page::Establishments);
}

void MainWindow::setDatabase(std::unique_ptr<Database> db, std::unique_ptr<DatabaseLock> lock)
{
    backupBeforeClosing();
    delete findChild<QObject*>(QStringLiteral("databaseCheckWatcher"), Qt::FindDirectChildrenOnly);
    // The pages let go of the old database before it closes.
    for (TablePage* page : std::as_const(m_tablePages)) {
        page->reload(nullptr);
    }
    m_database = std::move(db);
    m_lock = std::move(lock);
    if (m_database) {
        m_start = Start::Welcome; // closing it shows the welcome page
    }
    m_databaseWatcher->watch(m_database.get());
    reloadPages();
    if (m_database) {
        buildPage(m_ui->pagesStackedWidget->currentIndex()); // the page shown, built and loaded
    }
    updateCampaign();
    if (!m_database) {
        return;
    }
    m_recentFiles->add(m_database->path());
    if (m_database->checkState() == Database::CheckState::Running) {
        // A damaged file is said as soon as the check finds it, and stays read-only.
        auto* watcher = new QFutureWatcher<void>(this);
        watcher->setObjectName(QStringLiteral("databaseCheckWatcher"));
        connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher] {
            watcher->deleteLater();
            if (Result<void> checked = m_database->waitForCheck(); !checked) {
                updateCampaign();
                reloadPages();
                statusBar()->showMessage(tr("Opened read-only: the file is damaged."));
                MessageBox::showError(this, tr("The Database Is Damaged"), checked.error());
            }
        });
        watcher->setFuture(m_database->checkFinished());
        // Started once the window has painted, not sharing the cores with its first paint (writes start it earlier).
        runAfterFirstPaint(this, watcher, [this] { m_database->startCheck(); });
    }
    if (m_database->isReadOnly()) {
        statusBar()->showMessage(tr("Opened read-only: changes cannot be saved."));
    } else if (!m_database->migrationBackupPath().isEmpty()) {
        statusBar()->showMessage(tr("The database was brought up to date; the previous version was kept in “%1”.")
                                     .arg(QDir::toNativeSeparators(m_database->migrationBackupPath())));
    }
}

namespace {

/// How many rows this connection has changed since it opened (SQLite's total_changes(), triggers included);
/// nullopt where the engine has no such counter (PostgreSQL).
std::optional<qint64> changesMade(const Database& db)
{
    QSqlQuery query(db.connection());
    if (db.connection().driverName() != QLatin1String("QSQLITE") ||
        !query.exec(QStringLiteral("SELECT total_changes()")) || !query.next()) {
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

} // namespace

void MainWindow::reloadPages()
{
    m_stalePages = QSet<TablePage*>(m_tablePages.cbegin(), m_tablePages.cend());
    m_changesSeen = m_database ? changesMade(*m_database).value_or(0) : 0;
    reloadCurrentPageIfStale();
}

void MainWindow::markPagesStaleAfterEdits()
{
    // An edit on one page (a payment marked paid on Suivi, a file moved in Instruction) changes what the others
    // show: when the database changed since the last look, every page but the one that made the change reads it
    // again when it is next shown.
    const std::optional<qint64> changes = m_database ? changesMade(*m_database) : std::nullopt;
    if (!changes || *changes == m_changesSeen) {
        return;
    }
    m_changesSeen = *changes;
    for (TablePage* page : std::as_const(m_tablePages)) {
        if (page != m_shownPage) {
            m_stalePages.insert(page);
        }
    }
}

void MainWindow::reloadCurrentPageIfStale()
{
    auto* page = qobject_cast<TablePage*>(m_ui->pagesStackedWidget->currentWidget());
    if (page && m_stalePages.remove(page)) {
        page->reload(m_database.get());
    }
}

void MainWindow::importFile(ImportKind kind, const QString& path)
{
    if (!m_database) {
        MessageBox::information(this, tr("Import"),
                                tr("Open or create a regional database first: the rows are "
                                   "imported into it."));
        return;
    }
    auto* wizard = new ImportWizard(*m_database, kind, path, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, &MainWindow::reloadPages);
    wizard->open();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    // A table is imported into the open database; a .palier file is opened.
    const QString path = ImportWizard::droppedFile(event->mimeData());
    if ((m_database && ImportWizard::isImportable(path)) ||
        path.endsWith(QLatin1String(".palier"), Qt::CaseInsensitive)) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = ImportWizard::droppedFile(event->mimeData());
    if (path.isEmpty()) {
        return;
    }
    event->acceptProposedAction();
    if (path.endsWith(QLatin1String(".palier"), Qt::CaseInsensitive)) {
        openDatabase(path);
    } else {
        const ImportKind fallback =
            currentPage() == Page::Candidatures ? ImportKind::Candidatures : ImportKind::Establishments;
        importFile(ImportWizard::guessKind(path, fallback), path);
    }
}

void MainWindow::updateCampaign()
{
    m_ui->saveCopyAction->setEnabled(m_database != nullptr);
    m_ui->restoreBackupAction->setEnabled(m_database != nullptr && !m_database->isReadOnly());
    m_ui->auditAction->setEnabled(m_database != nullptr);
    m_ui->importMenu->setEnabled(m_database != nullptr);
    m_closeAction->setEnabled(m_database != nullptr);
    m_printAction->setEnabled(m_database != nullptr);
    m_refreshAction->setEnabled(m_database != nullptr);
    m_findAction->setEnabled(m_database && qobject_cast<TablePage*>(m_ui->pagesStackedWidget->currentWidget()));
    for (QAction* action : m_ui->goMenu->actions()) {
        action->setEnabled(m_database != nullptr);
    }
    if (m_database) {
        m_centralStack->setCurrentWidget(m_content);
    } else if (m_start == Start::Welcome) {
        showWelcomePage();
    }
    setWindowFilePath(m_database ? m_database->path() : QString());
    setWindowTitle(m_database ? QString() : QApplication::applicationDisplayName());
    m_programmeLabel->clear();
    m_regionLabel->setToolTip(QString());
    if (!m_database) {
        m_regionLabel->setText(tr("No database open"));
    } else if (const Result<CampaignInfo> campaign = loadCampaign(*m_database); campaign) {
        const Result<ConsolidationInfo> national = consolidationInfo(*m_database);
        if (national && national->consolidated) {
            m_regionLabel->setText(tr("National view: %Ln region(s)", nullptr, int(national->regions.size())));
            m_regionLabel->setToolTip(national->files.join(u'\n'));
        } else {
            m_regionLabel->setText(tr("Region: %1").arg(campaign->regionName));
        }
        m_programmeLabel->setText(
            tr("Programme: %1 %2–%3").arg(campaign->programmeName).arg(campaign->firstYear).arg(campaign->lastYear));
    } else {
        m_regionLabel->setText(tr("No campaign"));
        m_regionLabel->setToolTip(campaign.error().message);
    }
    m_programmeLabel->setVisible(!m_programmeLabel->text().isEmpty());
    m_fileLabel->setVisible(m_database != nullptr);
    if (m_database) {
        m_fileLabel->setText(QFileInfo(m_database->path()).fileName());
        m_fileLabel->setToolTip(QDir::toNativeSeparators(m_database->path()));
    }
}

Page MainWindow::currentPage() const
{
    return Pages::all().value(m_ui->pagesStackedWidget->currentIndex(), Page::Dashboard);
}

void MainWindow::showPage(Page page)
{
    m_ui->navigationListWidget->setCurrentRow(int(Pages::all().indexOf(page)));
}

void MainWindow::showAbout()
{
    AboutDialog(this).exec();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    backupBeforeClosing();
    event->accept();
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
    showPage(lastSessionPage());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(PageKey, Pages::key(currentPage()));
    if (m_database) {
        settings.setValue(LastDatabaseKey, m_database->path());
    } else {
        settings.remove(LastDatabaseKey);
    }
}

} // namespace Palier
