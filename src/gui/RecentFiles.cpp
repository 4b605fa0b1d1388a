// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecentFiles.h"

#include "ConnectionDialog.h"
#include "db/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QRegularExpression>
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
        // Filled as it opens: the files' existence is looked up then, not as the window starts.
        connect(m_menu, &QMenu::aboutToShow, this, &RecentFiles::fillMenu);
    }
}

namespace {

int maxCountIn(const QSettings& settings)
{
    const int count = settings.value(MaxKey, RecentFiles::DefaultMaxCount).toInt();
    return count >= 1 && count <= RecentFiles::LargestMaxCount ? count : RecentFiles::DefaultMaxCount;
}

} // namespace

int RecentFiles::maxCount()
{
    return maxCountIn(QSettings());
}

void RecentFiles::setMaxCount(int count)
{
    QSettings().setValue(MaxKey, qBound(1, count, LargestMaxCount));
}

QStringList RecentFiles::entries() const
{
    const QSettings settings;
    const int max = maxCountIn(settings);
    QStringList list;
    for (const QString& path : settings.value(ListKey).toStringList()) {
        if (!path.isEmpty() && !list.contains(path) && list.size() < max) {
            list.append(path);
        }
    }
    return list;
}

QStringList RecentFiles::files() const
{
    QStringList existing = entries();
    existing.removeIf([](const QString& path) { return !isServer(path) && !QFileInfo::exists(path); });
    return existing;
}

bool RecentFiles::isServer(const QString& path)
{
    return Database::isPostgresLocation(path);
}

QString RecentFiles::displayName(const QString& path)
{
    if (!isServer(path)) {
        return QFileInfo(path).fileName();
    }
    const QMap<QString, QString> pairs =
        ConnectionDialog::parseConninfo(path.mid(int(qstrlen(Database::PostgresPrefix))));
    const QString host = pairs.value(QStringLiteral("host"), QStringLiteral("localhost"));
    return tr("%1 on %2").arg(pairs.value(QStringLiteral("dbname"), pairs.value(QStringLiteral("user"))), host);
}

void RecentFiles::add(const QString& path)
{
    QString absolute = isServer(path) ? path : QFileInfo(path).absoluteFilePath();
    if (isServer(path)) {
        // A password written in the connection string never reaches the settings (the keychain keeps it).
        static const QRegularExpression password(QStringLiteral(R"(\s*\bpassword\s*=\s*('(\\.|[^'])*'|\S*))"));
        absolute.remove(password);
    }
    const QStringList before = entries();
    QStringList list = before;
    list.removeAll(absolute);
    list.prepend(absolute);
    list = list.mid(0, maxCount());
    if (list != before) { // reopening the newest file writes nothing
        store(list);
    }
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
        const QString name = displayName(path).replace(u'&', QStringLiteral("&&"));
        QAction* action = m_menu->addAction(i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(name) : name);
        const QString shown = isServer(path) ? Database::displayLocation(path) : QDir::toNativeSeparators(path);
        action->setStatusTip(shown);
        action->setToolTip(shown);
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
