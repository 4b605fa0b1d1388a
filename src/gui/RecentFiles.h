// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace Palier {

/// The databases opened last, newest first, kept in the settings and offered in File › Open Recent.
/// Files that no longer exist are dropped whenever the list is read.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxCount = 8;

    /// Fills `menu` with the list each time it is about to show.
    explicit RecentFiles(QMenu* menu, QObject* parent = nullptr);

    QStringList files() const;
    void add(const QString& path);
    void clear();

signals:
    void fileRequested(const QString& path);

private:
    void store(const QStringList& files) const;
    void fillMenu();

    QMenu* m_menu;
};

} // namespace Palier
