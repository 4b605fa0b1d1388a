// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: the files it opens, creates, copies, backs up and closes.
#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "BackgroundTask.h"
#include "CampaignFiles.h"
#include "ConnectionDialog.h"
#include "MessageBox.h"
#include "NewDatabaseDialog.h"
#include "RecentFiles.h"
#include "StartupPrefetch.h"
#include "consolidation/Consolidation.h"
#include "db/Backups.h"
#include "db/Database.h"
#include "db/DatabaseLock.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

#include <optional>

namespace Palier {

bool MainWindow::openDemo()
{
    const QString path = CampaignFiles::demoPath();
    if (!QFileInfo::exists(path)) {
        // About a second for the region: generated off the GUI thread, so that the window keeps painting.
        const std::optional<Error> failed =
            runWithBusyIndicator(this, tr("Demo Region"), tr("Creating the demo region…"), [path]() {
                // The connection is made, used and closed in this thread; the window opens the file afterwards.
                Result<std::unique_ptr<Database>> created = CampaignFiles::openDemo(path);
                return created ? std::nullopt : std::optional<Error>(created.error());
            });
        if (failed) {
            MessageBox::showError(this, tr("Cannot Create the Demo Region"), *failed);
            return false;
        }
    }
    return openDatabase(path);
}

void MainWindow::closeDatabase()
{
    if (m_database) {
        setDatabase(nullptr);
        statusBar()->showMessage(tr("Database closed."), StatusMessageTimeout);
    }
}

void MainWindow::chooseNationalView()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder of the Regional Files"),
                                                          QFileInfo(m_recentFiles->files().value(0)).absolutePath());
    if (!dir.isEmpty()) {
        openNationalView(dir);
    }
}

bool MainWindow::openNationalView(const QString& dir)
{
    Result<QStringList> files = palierFilesIn(dir);
    if (!files) {
        MessageBox::showError(this, tr("Cannot Open the National View"), files.error());
        return false;
    }
    // Rebuilt each time from the regional files, which stay the reference; the window lets go of it first.
    const QString target = CampaignFiles::nationalViewPath();
    if (m_database && m_database->path() == QFileInfo(target).absoluteFilePath()) {
        setDatabase(nullptr);
    }
    QDir().mkpath(QFileInfo(target).absolutePath());
    std::optional<ConsolidationSummary> summary;
    const std::optional<Error> failed = runWithBusyIndicator(
        this, tr("National View"), tr("Gathering %Ln regional file(s)…", nullptr, int(files->size())),
        [&summary, sources = files.value(), target]() -> std::optional<Error> {
            Result<ConsolidationSummary> built = consolidate(sources, target, {.replace = true});
            if (!built) {
                return built.error();
            }
            summary = std::move(built).value();
            return std::nullopt;
        });
    if (failed) {
        MessageBox::showError(this, tr("Cannot Open the National View"), *failed);
        return false;
    }
    // Read-only: decisions are taken in the regional files, the national view only shows them together.
    Result<std::unique_ptr<Database>> opened = Database::open(target, {.readOnly = true});
    if (!opened) {
        MessageBox::showError(this, tr("Cannot Open the National View"), opened.error());
        return false;
    }
    setDatabase(std::move(opened).value());
    statusBar()->showMessage(tr("National view of %Ln region(s), read-only.", nullptr, int(summary->sources.size())));
    return true;
}

bool MainWindow::openDatabase(const QString& path)
{
    if (Database::isPostgresLocation(path)) { // a shared database, e.g. from the recent files
        Result<std::unique_ptr<Database>> opened = ConnectionDialog::openLocation(path);
        if (!opened) {
            MessageBox::showError(this, tr("Cannot Connect to the Server"), opened.error());
            return false;
        }
        setDatabase(std::move(opened).value(), nullptr);
        return true;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_database && m_database->path() == absolute) {
        reloadPages();
        return true;
    }
    if (StartupPrefetch::isOpening(absolute)) {
        // Built while the other core ends opening the file: the page reads nothing until setDatabase().
        buildPage(m_ui->pagesStackedWidget->currentIndex());
    }
    if (std::optional<StartupPrefetch::OpenedFile> opened = StartupPrefetch::takeDatabase(absolute)) {
        setDatabase(std::move(opened->database), std::move(opened->lock)); // opened while the window was built
        return true;
    }
    Result<std::unique_ptr<DatabaseLock>> lock = DatabaseLock::acquire(absolute);
    if (!lock && QFileInfo::exists(absolute)) {
        // Someone else has it open for writing, or its folder is read-only: reading it is still possible.
        showWelcomeBehindMessage();
        if (MessageBox::question(this, tr("Database Already Open"),
                                 lock.error().message + QStringLiteral("\n\n") + tr("Open it read-only?")) !=
            QMessageBox::Yes) {
            return false;
        }
    }
    Result<std::unique_ptr<Database>> opened = Database::open(absolute, fileOptions(bool(lock)));
    if (!opened) {
        showWelcomeBehindMessage();
        MessageBox::showError(this, tr("Cannot Open the Database"), opened.error());
        return false;
    }
    setDatabase(std::move(opened).value(), lock ? std::move(lock).value() : nullptr);
    return true;
}

Database::Options MainWindow::fileOptions(bool writable)
{
    // The file's pages are checked while the window already shows it (a second connection): writes wait for it.
    return {.readOnly = !writable, .deferCheck = true, .startCheckLater = true};
}

void MainWindow::backupBeforeClosing()
{
    if (!m_database || m_database->isReadOnly()) {
        return;
    }
    if (Result<QString> taken = CampaignFiles::takeAutomaticBackup(*m_database); !taken) {
        statusBar()->showMessage(tr("The automatic backup failed: %1").arg(taken.error().message));
    }
}

void MainWindow::restoreBackup()
{
    if (!m_database) {
        return;
    }
    const QString target = m_database->path();
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Restore a Backup"), Backups::defaultDirectory(),
                                                        CampaignFiles::fileDialogFilter());
    if (chosen.isEmpty()) {
        return;
    }
    if (MessageBox::question(this, tr("Restore a Backup"),
                             tr("Replace “%1” by the backup “%2”? The current version is kept as a backup first.")
                                 .arg(QFileInfo(target).fileName(), QFileInfo(chosen).fileName())) !=
        QMessageBox::Yes) {
        return;
    }
    setDatabase(nullptr);
    Result<QString> restored =
        Backups::restore(target, chosen, Backups::defaultDirectory(), CampaignFiles::backupsToKeep());
    if (!restored) {
        MessageBox::showError(this, tr("Cannot Restore the Backup"), restored.error());
    }
    if (openDatabase(target) && restored) {
        statusBar()->showMessage(
            tr("Restored from “%1”; the replaced version was kept in “%2”.")
                .arg(QDir::toNativeSeparators(chosen), QDir::toNativeSeparators(restored.value())));
    }
}

void MainWindow::newDatabase()
{
    NewDatabaseDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    Result<std::unique_ptr<Database>> created =
        CampaignFiles::create(dialog.filePath(), dialog.regionCode(), dialog.programmeCode());
    if (!created) {
        MessageBox::showError(this, tr("Cannot Create the Database"), created.error());
        return;
    }
    // A new file is nobody else's: it is closed and opened again like any other, under its lock.
    created.value().reset();
    openDatabase(dialog.filePath());
}

void MainWindow::chooseDatabase()
{
    const QString start = m_database ? QFileInfo(m_database->path()).absolutePath() : QDir::homePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a Regional Database"), start, CampaignFiles::fileDialogFilter());
    if (!path.isEmpty()) {
        openDatabase(path);
    }
}

void MainWindow::saveCopy()
{
    if (!m_database) {
        return;
    }
    const QFileInfo current(m_database->path());
    const QString suggested = current.dir().filePath(tr("%1 (copy).palier").arg(current.completeBaseName()));
    const QString target =
        QFileDialog::getSaveFileName(this, tr("Save a Copy"), suggested, CampaignFiles::fileDialogFilter());
    if (target.isEmpty()) {
        return;
    }
    if (Result<void> saved = CampaignFiles::saveCopy(*m_database, target); !saved) {
        MessageBox::showError(this, tr("Cannot Save the Copy"), saved.error());
        return;
    }
    statusBar()->showMessage(tr("Copy saved in “%1”.").arg(QDir::toNativeSeparators(target)), StatusMessageTimeout);
}

} // namespace Palier
