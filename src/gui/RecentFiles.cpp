// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecentFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace Palier {

namespace {
const QString ListKey = QStringLiteral("recentFiles");
const QString MaxKey = QStringLiteral("recentFilesMax");
} // namespace

RecentFiles::RecentFiles(QMenu* menu, QObject* parent)
    : QObject(parent)
    , m_menu(menu)
{
    if (m_menu) {
        connect(m_menu, &QMenu::aboutToShow, this, &RecentFiles::fillMenu);
        fillMenu();
    }
}

int RecentFiles::maxCount()
{
    const int count = QSettings().value(MaxKey, DefaultMaxCount).toInt();
    return count >= 1 && count <= LargestMaxCount ? count : DefaultMaxCount;
}

void RecentFiles::setMaxCount(int count)
{
    QSettings().setValue(MaxKey, qBound(1, count, LargestMaxCount));
}

QStringList RecentFiles::entries() const
{
    QStringList list;
    for (const QString& path : QSettings().value(ListKey).toStringList()) {
        if (!path.isEmpty() && !list.contains(path) && list.size() < maxCount()) {
            list.append(path);
        }
    }
    return list;
}

QStringList RecentFiles::files() const
{
    QStringList existing = entries();
    existing.removeIf([](const QString& path) { return !QFileInfo::exists(path); });
    return existing;
}

void RecentFiles::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = entries();
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list.mid(0, maxCount()));
}

void RecentFiles::remove(const QString& path)
{
    QStringList list = entries();
    if (list.removeAll(path) > 0) {
        store(list);
    }
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::store(const QStringList& files)
{
    QSettings().setValue(ListKey, files);
    emit changed();
}

void RecentFiles::fillMenu()
{
    m_menu->clear();
    const QStringList list = files();
    for (int i = 0; i < list.size(); ++i) {
        const QString& path = list.at(i);
        // "&1 demo-paca.palier": the digit is the mnemonic (up to 9); the full path shows in the status bar.
        const QString name = QFileInfo(path).fileName().replace(u'&', QStringLiteral("&&"));
        QAction* action = m_menu->addAction(i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(name) : name);
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setToolTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { emit fileRequested(path); });
    }
    if (list.isEmpty()) {
        m_menu->addAction(tr("No recent database"))->setEnabled(false);
    }
    m_menu->addSeparator();
    QAction* clearAction = m_menu->addAction(tr("&Clear the List"));
    clearAction->setObjectName(QStringLiteral("clearRecentFilesAction"));
    clearAction->setEnabled(!entries().isEmpty());
    connect(clearAction, &QAction::triggered, this, &RecentFiles::clear);
}

} // namespace Palier
