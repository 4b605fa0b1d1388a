// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCommandLinkButton;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace Palier {

class RecentFiles;

/// What the window shows when no database is open, the first run included: open the demo region, create a
/// campaign, open a file, or one of the recent files (those that cannot be found are greyed and can be removed).
/// It asks; the main window does.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(RecentFiles* recentFiles, QWidget* parent = nullptr);

signals:
    void demoRequested();
    void newDatabaseRequested();
    void openRequested();
    void fileRequested(const QString& path);

protected:
    /// Reads the list again: a file found missing earlier may be back (its drive connected again).
    void showEvent(QShowEvent* event) override;

private:
    void fillRecentFiles();
    void updateButtons();
    void openSelected();
    void openItem(const QListWidgetItem* item);
    void removeSelected();
    QString selectedPath() const;

    RecentFiles* m_recentFiles;
    QCommandLinkButton* m_demoButton;
    QCommandLinkButton* m_newButton;
    QCommandLinkButton* m_openButton;
    QListWidget* m_recentList;
    QPushButton* m_openRecentButton;
    QPushButton* m_removeButton;
};

} // namespace Palier
