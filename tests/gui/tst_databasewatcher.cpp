// SPDX-License-Identifier: GPL-3.0-or-later
// The bar that says the open database's file was deleted or replaced behind Palier's back, and saves a copy of
// the database as it is still open.
#include "CampaignFiles.h"
#include "DatabaseWatcher.h"
#include "MainWindow.h"
#include "db/Database.h"
#include "db/DatabaseLock.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>

#include <cstdio>

using namespace Palier;

namespace {
/// How often the watcher looks in these tests (milliseconds): the window's 2 s would make them slow.
constexpr int TestPollInterval = 50;
} // namespace

class TestDatabaseWatcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void quietWhileTheFileIsThere();
    void deletedFileIsSaidAndACopySaved();
    void replacedFileIsSaidAndTheOpenVersionSaved();
    void nothingOpenNothingWatched();
    void inactiveWindowLooksWhenActivated();
    void mainWindowShowsTheBar();

private:
    static qint64 count(const QSqlDatabase& db, const QString& sql);
    /// Clicks "Save a Copy…" and answers its file dialog with `target`.
    void saveThroughTheButton(const QString& target);
    /// Grabs `widget` into PALIER_TEST_SCREENSHOT_DIR (when set) to look at it.
    static void grab(QWidget* widget, const QString& name);

    QTemporaryDir m_dir;
    QString m_master;
    QString m_path;
    qint64 m_establishments = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QWidget> m_window;
    DatabaseWatcher* m_watcher = nullptr;
};

qint64 TestDatabaseWatcher::count(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        qFatal("query failed: %s", qPrintable(sql));
    }
    return query.value(0).toLongLong();
}

void TestDatabaseWatcher::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PalierTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_databasewatcher"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_master = m_dir.filePath(QStringLiteral("master.palier"));
    Result<std::unique_ptr<Database>> demo = CampaignFiles::openDemo(m_master);
    QVERIFY2(demo, qPrintable(demo.error().message + u' ' + demo.error().detail));
    m_establishments = count(demo.value()->connection(), QStringLiteral("SELECT count(*) FROM establishment"));
    QVERIFY(m_establishments > 0);
}

void TestDatabaseWatcher::init()
{
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("region-%1.palier").arg(++n));
    QVERIFY(QFile::copy(m_master, m_path));
    Result<std::unique_ptr<Database>> opened = Database::open(m_path, {});
    QVERIFY2(opened, qPrintable(opened.error().message));
    m_db = std::move(opened.value());
    m_window = std::make_unique<QWidget>();
    auto* content = new QLabel(QStringLiteral("pages"));
    content->setMinimumSize(640, 120);
    m_watcher = new DatabaseWatcher(m_window.get());
    auto* layout = new QVBoxLayout(m_window.get());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_watcher->wrap(content));
    m_window->resize(760, 260);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_watcher->setPollInterval(TestPollInterval);
    m_watcher->watch(m_db.get());
    // The file is looked at while the window is active (and as it becomes active).
    QApplication::setActiveWindow(m_window.get());
    QTRY_VERIFY(m_watcher->isPolling());
}

void TestDatabaseWatcher::cleanup()
{
    m_window.reset();
    m_watcher = nullptr;
    m_db.reset();
}

void TestDatabaseWatcher::grab(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("PALIER_TEST_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QVERIFY(widget->grab().save(dir + u'/' + name));
    }
}

void TestDatabaseWatcher::saveThroughTheButton(const QString& target)
{
    auto* button = m_watcher->findChild<QPushButton*>(QStringLiteral("databaseWatcherSaveButton"));
    QVERIFY(button);
    QVERIFY(button->isVisible());
    bool answered = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->selectFile(target);
        static_cast<QDialog*>(dialog)->accept();
        answered = true;
    });
    button->click();
    QVERIFY(answered);
}

void TestDatabaseWatcher::quietWhileTheFileIsThere()
{
    QSignalSpy lost(m_watcher, &DatabaseWatcher::fileLost);
    // Palier's own writes change the file and its folder (the -wal, a checkpoint, a copy saved next to it).
    QVERIFY(m_db->exec(QStringLiteral("CREATE TABLE scratch(x)")));
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO scratch VALUES (1)")));
    QVERIFY(m_db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    QVERIFY(m_watcher->saveCopyTo(m_dir.filePath(QStringLiteral("beside.palier"))));
    QTest::qWait(300);
    QCOMPARE(lost.count(), 0);
    QCOMPARE(m_watcher->state(), DatabaseWatcher::FileState::Present);
    QVERIFY(!m_watcher->isVisible());
}

void TestDatabaseWatcher::deletedFileIsSaidAndACopySaved()
{
    QSignalSpy lost(m_watcher, &DatabaseWatcher::fileLost);
    // A change committed just before the file goes: the copy must hold it.
    QVERIFY(m_db->exec(QStringLiteral("CREATE TABLE committed_last(x)")));
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO committed_last VALUES (42)")));
    QVERIFY(QFile::remove(m_path));
    QTRY_COMPARE(m_watcher->state(), DatabaseWatcher::FileState::Removed);
    QCOMPARE(lost.count(), 1);
    QVERIFY(m_watcher->isVisible());
    QVERIFY(!m_watcher->findChild<QLabel*>(QStringLiteral("databaseWatcherIcon"))->pixmap().isNull());
    const QString text = m_watcher->findChild<QLabel*>(QStringLiteral("databaseWatcherLabel"))->text();
    QVERIFY2(text.contains(QStringLiteral("was deleted or moved")), qPrintable(text));
    QVERIFY(text.contains(QFileInfo(m_path).fileName()));
    grab(m_window.get(), QStringLiteral("databasewatcher-deleted.png"));

    const QString copy = m_dir.filePath(QStringLiteral("recovered.palier"));
    saveThroughTheButton(copy);
    QVERIFY(QFile::exists(copy));
    QVERIFY(!QFile::exists(copy + QStringLiteral(".partial")));
    QVERIFY(m_watcher->findChild<QLabel*>(QStringLiteral("databaseWatcherLabel"))->text().contains(u"recovered"));
    Result<std::unique_ptr<Database>> reopened = Database::open(copy, {.readOnly = true});
    QVERIFY2(reopened, qPrintable(reopened.error().message));
    const QSqlDatabase db = reopened.value()->connection();
    QSqlQuery check(db);
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM establishment")), m_establishments);
    QCOMPARE(count(db, QStringLiteral("SELECT x FROM committed_last")), 42);
}

void TestDatabaseWatcher::replacedFileIsSaidAndTheOpenVersionSaved()
{
    // Another program writes its own file and renames it over the database (an atomic save).
    const QString other = m_dir.filePath(QStringLiteral("other.tmp"));
    {
        QFile file(other);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write("not the database") > 0);
    }
    QVERIFY(::rename(QFile::encodeName(other).constData(), QFile::encodeName(m_path).constData()) == 0);
    QTRY_COMPARE(m_watcher->state(), DatabaseWatcher::FileState::Replaced);
    QVERIFY(m_watcher->isVisible());
    const QString text = m_watcher->findChild<QLabel*>(QStringLiteral("databaseWatcherLabel"))->text();
    QVERIFY2(text.contains(QStringLiteral("was replaced")), qPrintable(text));
    grab(m_window.get(), QStringLiteral("databasewatcher-replaced.png"));

    // The copy is the database as opened, not the file now at its path.
    const QString copy = m_dir.filePath(QStringLiteral("kept.palier"));
    QVERIFY(m_watcher->saveCopyTo(copy));
    Result<std::unique_ptr<Database>> reopened = Database::open(copy, {.readOnly = true});
    QVERIFY2(reopened, qPrintable(reopened.error().message));
    QCOMPARE(count(reopened.value()->connection(), QStringLiteral("SELECT count(*) FROM establishment")),
             m_establishments);
    // Saving over the file that replaced it is refused like any copy onto the database itself.
    QVERIFY(!m_watcher->saveCopyTo(m_path));
}

void TestDatabaseWatcher::nothingOpenNothingWatched()
{
    m_watcher->watch(nullptr);
    QVERIFY(QFile::remove(m_path));
    QTest::qWait(300);
    QCOMPARE(m_watcher->state(), DatabaseWatcher::FileState::Present);
    QVERIFY(!m_watcher->isVisible());
    const Result<void> saved = m_watcher->saveCopyTo(m_dir.filePath(QStringLiteral("nothing.palier")));
    QVERIFY(!saved);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nothing.palier"))));
}

void TestDatabaseWatcher::inactiveWindowLooksWhenActivated()
{
    // Another window of the desktop takes the focus: no look while Palier is in the background...
    QWidget other;
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&other));
    QApplication::setActiveWindow(&other);
    QTRY_VERIFY(!m_watcher->isPolling());
    QVERIFY(QFile::remove(m_path));
    QTest::qWait(10 * TestPollInterval);
    QCOMPARE(m_watcher->state(), DatabaseWatcher::FileState::Present);
    QVERIFY(!m_watcher->isVisible());
    // ...and one as soon as it comes back.
    QSignalSpy lost(m_watcher, &DatabaseWatcher::fileLost);
    m_watcher->setPollInterval(60 * 60 * 1000); // so that only the activation can find it
    QApplication::setActiveWindow(m_window.get());
    QTRY_COMPARE(m_watcher->state(), DatabaseWatcher::FileState::Removed);
    QCOMPARE(lost.count(), 1);
    QVERIFY(m_watcher->isVisible());
}

void TestDatabaseWatcher::mainWindowShowsTheBar()
{
    cleanup();
    MainWindow window;
    QVERIFY(window.openDatabase(m_path));
    window.resize(1100, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* bar = window.findChild<DatabaseWatcher*>(QStringLiteral("databaseWatcherBar"));
    QVERIFY(bar);
    QVERIFY(!bar->isVisible());
    bar->setPollInterval(TestPollInterval);
    QApplication::setActiveWindow(&window);
    QTRY_VERIFY(bar->isPolling());
    QVERIFY(QFile::remove(m_path));
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(bar->state(), DatabaseWatcher::FileState::Removed);
    grab(&window, QStringLiteral("databasewatcher-mainwindow.png"));
    // Closing another database (here: none) stops the watch and hides the bar.
    window.setDatabase(nullptr);
    QVERIFY(!bar->isVisible());
}

QTEST_MAIN(TestDatabaseWatcher)
#include "tst_databasewatcher.moc"
