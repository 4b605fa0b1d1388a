// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace Palier {

/// The databases opened last, newest first, kept in the settings and offered in File › Open Recent and on the
/// welcome page. A file that cannot be found is kept (a network drive may come back) until it is removed: the menu
/// leaves it out, the welcome page shows it greyed. A shared database on a server is kept by its connection string
/// ("pg:host=… dbname=…", never with a password) and always offered.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultMaxCount = 8;
    static constexpr int LargestMaxCount = 30;

    /// Fills `menu` (may be null) with the list each time it is about to show.
    explicit RecentFiles(QMenu* menu, QObject* parent = nullptr);

    /// How many files the list keeps (setting "recentFiles/max", 1 to LargestMaxCount, default 8).
    static int maxCount();
    static void setMaxCount(int count);

    /// Whether `path` is a shared database on a PostgreSQL server ("pg:…") rather than a file.
    static bool isServer(const QString& path);
    /// The name shown for `path`: the file name, or "database on server".
    static QString displayName(const QString& path);

    /// Every file of the list, found or not, newest first.
    QStringList entries() const;
    /// The files of the list that exist, and the server databases, newest first.
    QStringList files() const;
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

signals:
    void fileRequested(const QString& path);
    void changed();

private:
    void store(const QStringList& files);
    void fillMenu();

    QMenu* m_menu;
};

} // namespace Palier
