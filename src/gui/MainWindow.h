// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Pages.h"

#include <QList>
#include <QMainWindow>

#include <memory>

class QLabel;

namespace Palier {

namespace Ui {
class MainWindow;
}

class Database;
class RecentFiles;
class TablePage;

/// The window of one regional database: a sidebar of pages, the pages, the campaign in the status bar.
/// It coordinates: the pages show the data, the core reads and writes it.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens `path` in place of the current database; on failure, says why and keeps the current one.
    bool openDatabase(const QString& path);
    /// Shows `db` (may be null: no database open).
    void setDatabase(std::unique_ptr<Database> db);
    const Database* database() const { return m_database.get(); }

    Page currentPage() const;
    void showPage(Page page);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void setupNavigation();
    QWidget* createPage(Page page);
    void setupStatusBar();
    void setupActions();
    void updateCampaign();

    void newDatabase();
    void chooseDatabase();
    void saveCopy();
    void showAbout();

    void restoreSettings();
    void saveSettings() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Database> m_database;
    QList<TablePage*> m_tablePages;
    RecentFiles* m_recentFiles = nullptr;
    QLabel* m_regionLabel = nullptr;
    QLabel* m_programmeLabel = nullptr;
    QLabel* m_fileLabel = nullptr;
};

} // namespace Palier
