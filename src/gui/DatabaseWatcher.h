// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QFrame>
#include <QString>

#include <optional>

class QLabel;
class QPushButton;
class QTimer;

namespace Palier {

class ChangeNotifier;
class Database;

/// A bar above the pages that watches the file of the open database: when another program deletes, moves or
/// replaces the .palier file while it is open, it says what happened and offers to save a copy of the database
/// as Palier still has it open (the open connection keeps reading the file it opened, even deleted). Hidden while
/// nothing happened; never modal. It also tells when someone else changed the database (ChangeNotifier): on
/// PostgreSQL as it happens; on SQLite when the window regains the focus, and while it stays active by a light look
/// every pollInterval() (one `PRAGMA data_version` and one look at the file's identity; no timer while the window
/// is inactive, none on PostgreSQL).
///
/// The file is looked at rather than watched by the system (inotify): a watch sees nothing of what another
/// computer does to a file on a network drive, where referents often keep theirs, and closing one made the kernel
/// wait for a grace period (13 ms here) at each exit and each database closed.
class DatabaseWatcher : public QFrame
{
    Q_OBJECT

public:
    /// What happened to the file of the open database.
    enum class FileState { Present, Removed, Replaced };
    Q_ENUM(FileState)

    explicit DatabaseWatcher(QWidget* parent = nullptr);
    ~DatabaseWatcher() override;

    /// Watches the file of `db` (null, or a PostgreSQL database: no file to watch) and its changes made by others,
    /// and hides the bar.
    void watch(const Database* db);
    /// Emits changedElsewhere() when another connection committed to the SQLite file since the last look (called
    /// when the window regains the focus); returns whether it did.
    bool checkForChanges();
    /// Shows the bar and emits fileLost() when the file at the database's path is no longer the one opened (deleted,
    /// moved, replaced); returns whether it found so. Called at each look and when the window regains the focus.
    bool checkFile();
    FileState state() const { return m_state; }

    /// How often an SQLite database is looked at while the window is active (milliseconds; 2000 by default).
    int pollInterval() const;
    void setPollInterval(int milliseconds);
    /// Whether the periodic look runs now: an SQLite database is watched and the window is active.
    bool isPolling() const;

    /// Writes a consistent copy of the open database to `target`. For the button, after a file dialog.
    Result<void> saveCopyTo(const QString& target);

    /// A widget holding this bar above `content`, to be the central widget of a window.
    QWidget* wrap(QWidget* content);

signals:
    /// The file was removed or replaced (emitted once per change of state).
    void fileLost(FileState state);
    /// Someone else changed the database: another Palier or palier-cli, or a colleague on the same server.
    void changedElsewhere();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// The file, then the changes made by others.
    void look();
    void saveCopy();
    /// Starts or stops the periodic look as the window is `active` (unknown: asks it).
    void updatePolling(std::optional<bool> active = std::nullopt);
    QString watchedPath() const;

    const Database* m_database = nullptr;
    ChangeNotifier* m_notifier = nullptr;
    QObject* m_focusWatched = nullptr; ///< the window whose activation triggers checkForChanges()
    QTimer* m_poll = nullptr;
    QLabel* m_icon = nullptr;
    QLabel* m_label = nullptr;
    QPushButton* m_saveButton = nullptr;
    FileState m_state = FileState::Present;
    QByteArray m_identity; ///< device and inode of the file when it was opened
};

} // namespace Palier
