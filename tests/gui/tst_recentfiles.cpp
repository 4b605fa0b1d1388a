// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecentFiles.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;

class TestRecentFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void newestFirstWithoutDuplicates();
    void keepsAtMostEight();
    void dropsMissingFiles();
    void menuOpensAFile();

private:
    QString touch(const QString& name) const;

    QTemporaryDir m_dir;
};

void TestRecentFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PalierTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_recentfiles"));
    QVERIFY(m_dir.isValid());
}

void TestRecentFiles::init()
{
    QSettings().clear();
}

QString TestRecentFiles::touch(const QString& name) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qFatal("cannot create %s", qPrintable(path));
    }
    return path;
}

void TestRecentFiles::newestFirstWithoutDuplicates()
{
    QMenu menu;
    RecentFiles recent(&menu);
    const QString a = touch(QStringLiteral("a.palier"));
    const QString b = touch(QStringLiteral("b.palier"));
    recent.add(a);
    recent.add(b);
    recent.add(a);
    QCOMPARE(recent.files(), (QStringList{a, b}));
    recent.clear();
    QVERIFY(recent.files().isEmpty());
}

void TestRecentFiles::keepsAtMostEight()
{
    QMenu menu;
    RecentFiles recent(&menu);
    for (int i = 0; i < 10; ++i) {
        recent.add(touch(QStringLiteral("%1.palier").arg(i)));
    }
    QCOMPARE(recent.files().size(), RecentFiles::MaxCount);
    QCOMPARE(recent.files().constFirst(), m_dir.filePath(QStringLiteral("9.palier")));
}

void TestRecentFiles::dropsMissingFiles()
{
    QMenu menu;
    RecentFiles recent(&menu);
    const QString kept = touch(QStringLiteral("kept.palier"));
    const QString gone = touch(QStringLiteral("gone.palier"));
    recent.add(kept);
    recent.add(gone);
    QVERIFY(QFile::remove(gone));
    QCOMPARE(recent.files(), QStringList{kept});
}

void TestRecentFiles::menuOpensAFile()
{
    QMenu menu;
    RecentFiles recent(&menu);
    const QString path = touch(QStringLiteral("R&D.palier"));
    recent.add(path);
    QSignalSpy requested(&recent, &RecentFiles::fileRequested);
    emit menu.aboutToShow();
    const QList<QAction*> actions = menu.actions();
    QVERIFY(!actions.isEmpty());
    QCOMPARE(actions.constFirst()->text(), QStringLiteral("&1 R&&D.palier"));
    actions.constFirst()->trigger();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.constFirst().constFirst().toString(), path);

    auto* clearAction = menu.findChild<QAction*>(QStringLiteral("clearRecentFilesAction"));
    QVERIFY(clearAction);
    clearAction->trigger();
    QVERIFY(recent.files().isEmpty());
}

QTEST_MAIN(TestRecentFiles)
#include "tst_recentfiles.moc"
