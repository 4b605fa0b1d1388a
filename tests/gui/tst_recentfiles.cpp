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
    void keepsTheNumberChosen();
    void missingFilesAreKeptButNotInTheMenu();
    void removesOneFile();
    void menuOpensAFile();
    void keepsAServerDatabaseWithoutItsPassword();

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
    QSignalSpy changed(&recent, &RecentFiles::changed);
    recent.add(a);
    QCOMPARE(recent.files(), (QStringList{a, b}));
    QCOMPARE(changed.count(), 1);
    // The newest opened again: the list stays as it is, and the settings are not written.
    recent.add(a);
    QCOMPARE(changed.count(), 1);
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
    QCOMPARE(RecentFiles::maxCount(), 8);
    QCOMPARE(recent.files().size(), RecentFiles::DefaultMaxCount);
    QCOMPARE(recent.files().constFirst(), m_dir.filePath(QStringLiteral("9.palier")));
    QCOMPARE(recent.files().constLast(), m_dir.filePath(QStringLiteral("2.palier")));
}

void TestRecentFiles::keepsTheNumberChosen()
{
    RecentFiles recent(nullptr);
    for (int i = 0; i < 5; ++i) {
        recent.add(touch(QStringLiteral("%1.palier").arg(i)));
    }
    RecentFiles::setMaxCount(3);
    QCOMPARE(RecentFiles::maxCount(), 3);
    QCOMPARE(recent.entries(),
             (QStringList{m_dir.filePath(QStringLiteral("4.palier")), m_dir.filePath(QStringLiteral("3.palier")),
                          m_dir.filePath(QStringLiteral("2.palier"))}));
    // Out of range: bounded when set, the default when read from a hand-edited file.
    RecentFiles::setMaxCount(0);
    QCOMPARE(RecentFiles::maxCount(), 1);
    RecentFiles::setMaxCount(1000);
    QCOMPARE(RecentFiles::maxCount(), RecentFiles::LargestMaxCount);
    QSettings().setValue(QStringLiteral("recentFilesMax"), QStringLiteral("many"));
    QCOMPARE(RecentFiles::maxCount(), RecentFiles::DefaultMaxCount);
}

void TestRecentFiles::missingFilesAreKeptButNotInTheMenu()
{
    QMenu menu;
    RecentFiles recent(&menu);
    const QString kept = touch(QStringLiteral("kept.palier"));
    const QString gone = touch(QStringLiteral("gone.palier"));
    recent.add(kept);
    recent.add(gone);
    QVERIFY(QFile::remove(gone));
    QCOMPARE(recent.files(), QStringList{kept});
    // A drive that is not connected comes back: the file stays listed until it is removed.
    QCOMPARE(recent.entries(), (QStringList{gone, kept}));
    emit menu.aboutToShow();
    QStringList texts;
    for (const QAction* action : menu.actions()) {
        texts.append(action->text());
    }
    QVERIFY2(texts.contains(QStringLiteral("&1 kept.palier")), qPrintable(texts.join(u'|')));
    QVERIFY2(!texts.join(u'|').contains(QStringLiteral("gone")), qPrintable(texts.join(u'|')));
}

void TestRecentFiles::removesOneFile()
{
    RecentFiles recent(nullptr);
    QSignalSpy changed(&recent, &RecentFiles::changed);
    const QString a = touch(QStringLiteral("a.palier"));
    const QString b = touch(QStringLiteral("b.palier"));
    recent.add(a);
    recent.add(b);
    QCOMPARE(changed.size(), 2);
    recent.remove(m_dir.filePath(QStringLiteral("unknown.palier")));
    QCOMPARE(changed.size(), 2); // nothing removed, nothing said
    recent.remove(b);
    QCOMPARE(changed.size(), 3);
    QCOMPARE(recent.entries(), QStringList{a});
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

void TestRecentFiles::keepsAServerDatabaseWithoutItsPassword()
{
    QMenu menu;
    RecentFiles recent(&menu);
    const QString file = touch(QStringLiteral("region.palier"));
    recent.add(file);
    // As Database::path() gives it, and once with a password written in it (palier-cli --pg): never kept.
    recent.add(QStringLiteral("pg:host=db.ars.example port=5432 dbname='campagne 93' user=referent "
                              "sslmode=require password='s3cret pw'"));
    const QString location =
        QStringLiteral("pg:host=db.ars.example port=5432 dbname='campagne 93' user=referent sslmode=require");
    QCOMPARE(recent.entries(), QStringList({location, file}));
    QCOMPARE(recent.files(), QStringList({location, file})); // no file to look for: always offered
    QVERIFY(
        !QSettings().value(QStringLiteral("recentFiles")).toStringList().join(u' ').contains(QStringLiteral("s3cret")));
    QVERIFY(RecentFiles::isServer(location));
    QVERIFY(!RecentFiles::isServer(file));
    QCOMPARE(RecentFiles::displayName(location), QStringLiteral("campagne 93 on db.ars.example"));
    recent.add(location); // not taken for a relative file path
    QCOMPARE(recent.entries(), QStringList({location, file}));

    QSignalSpy requested(&recent, &RecentFiles::fileRequested);
    emit menu.aboutToShow();
    QAction* first = menu.actions().constFirst();
    QCOMPARE(first->text(), QStringLiteral("&1 campagne 93 on db.ars.example"));
    first->trigger();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.constFirst().constFirst().toString(), location);
}

QTEST_MAIN(TestRecentFiles)
#include "tst_recentfiles.moc"
