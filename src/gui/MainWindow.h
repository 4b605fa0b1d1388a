// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Pages.h"
#include "db/Database.h"
#include "import/Importer.h"

#include <QList>
#include <QMainWindow>
#include <QSet>

#include <memory>

class QAction;
class QLabel;
class QStackedWidget;
class QUndoGroup;

namespace Palier {

namespace Ui {
class MainWindow;
}

class DatabaseLock;
class DatabaseWatcher;
class RecentFiles;
class TablePage;
class WelcomePage;

/// The window of one regional database: a sidebar of pages, the pages, the campaign in the status bar; the welcome
/// page when no database is open. It coordinates: the pages show the data, the core reads and writes it.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// What the window shows before a database is open.
    enum class Start {
        Welcome,  ///< the welcome page
        Database, ///< nothing yet: a database is opened as the window starts (showWelcomePage() if it fails)
    };

    explicit MainWindow(QWidget* parent = nullptr);
    /// With Start::Database the welcome page is not built unless it is needed: a start on a file skips it.
    explicit MainWindow(Start start, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens `path` in place of the current database; on failure, says why and keeps the current one. A file
    /// another window holds for writing is offered read-only.
    bool openDatabase(const QString& path);
    /// Builds the national view of the .palier files in `dir` (consolidation/Consolidation.h) and opens it
    /// read-only.
    bool openNationalView(const QString& dir);
    /// Shows `db` (may be null: no database open), holding `lock` while it is open. The database shown before
    /// is backed up as it closes.
    void setDatabase(std::unique_ptr<Database> db, std::unique_ptr<DatabaseLock> lock = {});
    const Database* database() const { return m_database.get(); }

    Page currentPage() const;
    void showPage(Page page);

    /// Opens the import wizard on `path` (or on a file to choose) for `kind`; the pages reload after an import.
    void importFile(ImportKind kind, const QString& path = {});

    /// Opens the demo database of the user's data folder, generating it first (off the GUI thread) when absent.
    bool openDemo();
    /// Closes the database (backed up first) and shows the welcome page.
    void closeDatabase();
    /// Shows the welcome page when no database is open (built the first time).
    void showWelcomePage();

    /// How the window opens a file (Database::open()): `writable` when it holds the file's lock. StartupPrefetch
    /// opens the first file the same way.
    static Database::Options fileOptions(bool writable);

    /// The database open when the window last closed, to open again at the next start (empty when none).
    static QString lastSessionDatabase();
    /// The page shown when the window last closed, which it shows again (the establishments the first time).
    static Page lastSessionPage();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    static constexpr int StatusMessageTimeout = 8000; ///< ms that a passing message stays in the status bar

    void setupNavigation();
    /// Builds the page at `index` of the stack in place of its stand-in (PageFactory::createStandIn), once.
    void buildPage(int index);
    void setupStatusBar();
    void setupActions();
    void setupEditActions();
    void setupViewActions();
    /// The stack of the central area: the sidebar and the pages, or the welcome page (showWelcomePage()).
    void setupCentralStack();
    /// Before a message about the file the window started on: the welcome page, where the window goes next.
    void showWelcomeBehindMessage();
    /// Gives every action of the menus a mnemonic unique in its menu, where its text has none (page titles).
    void addMissingMnemonics();
    void updateCampaign();
    /// Marks every page out of date and reloads the one shown; the others reload when they are shown, so that
    /// opening a national database reads only what the first page needs.
    void reloadPages();
    void reloadCurrentPageIfStale();
    void markPagesStaleAfterEdits();

    void newDatabase();
    void chooseDatabase();
    void chooseNationalView();
    void saveCopy();
    void restoreBackup();
    /// Takes the automatic backup of the database shown, unless it is read-only; a failure is said in the
    /// status bar (the window may be closing: no dialog).
    void backupBeforeClosing();
    void showAbout();
    void showSettings();
    void findInPage();
    void printLetters();

    void restoreSettings();
    void saveSettings() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DatabaseLock> m_lock; ///< released after the database closes
    QList<TablePage*> m_tablePages;
    QSet<TablePage*> m_stalePages;    ///< pages whose data predates the database or its last import
    TablePage* m_shownPage = nullptr; ///< the page shown before the current switch (where edits were made)
    qint64 m_changesSeen = 0;         ///< changesMade() when the pages were last marked
    QUndoGroup* m_undoGroup = nullptr;
    RecentFiles* m_recentFiles = nullptr;
    QLabel* m_regionLabel = nullptr;
    QLabel* m_programmeLabel = nullptr;
    QLabel* m_fileLabel = nullptr;
    QStackedWidget* m_centralStack = nullptr;
    QWidget* m_content = nullptr; ///< the sidebar and the pages
    /// The bar saying the database file was deleted or replaced while open.
    DatabaseWatcher* m_databaseWatcher = nullptr;
    WelcomePage* m_welcomePage = nullptr; ///< built the first time no database is shown (showWelcomePage())
    Start m_start = Start::Welcome;
    QAction* m_closeAction = nullptr;
    QAction* m_printAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_refreshAction = nullptr;
};

} // namespace Palier
