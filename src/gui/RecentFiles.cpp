// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecentFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace Palier {

namespace {
const QString SettingsKey = QStringLiteral("recentFiles");
}

RecentFiles::RecentFiles(QMenu* menu, QObject* parent)
    : QObject(parent)
    , m_menu(menu)
{
    connect(m_menu, &QMenu::aboutToShow, this, &RecentFiles::fillMenu);
    fillMenu();
}

QStringList RecentFiles::files() const
{
    QStringList existing;
    for (const QString& path : QSettings().value(SettingsKey).toStringList()) {
        if (QFileInfo::exists(path) && !existing.contains(path) && existing.size() < MaxCount) {
            existing.append(path);
        }
    }
    return existing;
}

void RecentFiles::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list.mid(0, MaxCount));
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::store(const QStringList& files) const
{
    QSettings().setValue(SettingsKey, files);
}

void RecentFiles::fillMenu()
{
    m_menu->clear();
    const QStringList list = files();
    store(list);
    for (int i = 0; i < list.size(); ++i) {
        const QString& path = list.at(i);
        // "&1 demo-paca.palier": the digit is the mnemonic; the full path shows in the status bar.
        const QString name = QFileInfo(path).fileName().replace(u'&', QStringLiteral("&&"));
        QAction* action = m_menu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(name));
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
    clearAction->setEnabled(!list.isEmpty());
    connect(clearAction, &QAction::triggered, this, &RecentFiles::clear);
}

} // namespace Palier
