// SPDX-License-Identifier: GPL-3.0-or-later
// The file the window opens first, opened on another thread while the window starts (StartupPrefetch): the
// database, locked and usable on the window's thread; the names the candidatures page reads itself; taken once, by
// the same file only (the database under the same name); dropped when not taken, and the lock with it; left to the
// window when the lock is held elsewhere or the file is not a database; a model loaded with it the same as one
// loaded without; the window opening it.
#include "CampaignFiles.h"
#include "CandidatureModel.h"
#include "CollatedRanks.h"
#include "EstablishmentNames.h"
#include "MainWindow.h"
#include "StartupPrefetch.h"
#include "db/Database.h"
#include "db/DatabaseLock.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;

class TestStartupPrefetch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void readsTheNamesOfTheEstablishmentsWithFiles();
    void opensTheFileForTheWindowsThread();
    void namesOnlyWhenAsked();
    void takenOnceByTheSameFile();
    void takenUnderAnotherNameOfTheFile();
    void droppedWhenNotTaken();
    void leftToTheWindowWhenLockedElsewhere();
    void nothingFromWhatIsNotADatabase();
    void aModelLoadsTheSameWithIt();
    void aModelReadingInStepsLoadsTheSameWithIt();
    void theWindowOpensTheFileOpenedForIt();
    void cleanup();

private:
    QString path() const { return m_db->path(); }
    /// Whether the lock of `file` is free, then leaving it free.
    static bool lockIsFree(const QString& file) { return bool(DatabaseLock::acquire(file)); }
    int candidatures(const Database& db) const;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestStartupPrefetch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QVERIFY(m_dir.isValid());
    Result<std::unique_ptr<Database>> demo = CampaignFiles::openDemo(m_dir.filePath(QStringLiteral("demo.palier")));
    QVERIFY2(demo, qPrintable(demo.error().message + u' ' + demo.error().detail));
    m_db = std::move(demo).value();
}

void TestStartupPrefetch::init()
{
    // A connection used on a thread it does not belong to.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("does not belong to the calling thread")));
}

void TestStartupPrefetch::cleanup()
{
    StartupPrefetch::discard();
    QVERIFY(lockIsFree(path()));
}

int TestStartupPrefetch::candidatures(const Database& db) const
{
    QSqlQuery query(db.connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM candidature")) && query.next() ? query.value(0).toInt() : -1;
}

void TestStartupPrefetch::readsTheNamesOfTheEstablishmentsWithFiles()
{
    StartupPrefetch::start(path());
    const std::optional<EstablishmentNames> names = StartupPrefetch::takeNames(path());
    QVERIFY(names);
    // Against an independent query: every establishment with files, once, named "name (FINESS)".
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT DISTINCT e.id, e.name, e.finess_et FROM candidature c JOIN "
                                      "establishment e ON e.id = c.establishment_id")));
    QMap<qint64, QString> expected;
    while (query.next()) {
        expected.insert(query.value(0).toLongLong(),
                        query.value(1).toString() + QStringLiteral(" (") + query.value(2).toString() + u')');
    }
    QVERIFY(expected.size() > 10);
    QCOMPARE(names->ids.size(), expected.size());
    QCOMPARE(names->names.size(), expected.size());
    QCOMPARE(names->finess.size(), expected.size());
    QMap<qint64, QString> read;
    for (qsizetype i = 0; i < names->ids.size(); ++i) {
        read.insert(names->ids.at(i), names->shown.at(i));
        QCOMPARE(names->shown.at(i), names->names.at(i) + QStringLiteral(" (") + names->finess.at(i) + u')');
    }
    QCOMPARE(read, expected);
    // Ranked as the model ranks the first rows.
    QCOMPARE(names->rankedFirst, qsizetype(CandidatureModel::DefaultFirstRows));
    QCOMPARE(names->firstRanks, firstCollatedRanks(names->shown, CandidatureModel::DefaultFirstRows));
    QVERIFY(names->firstRanks.count(0) >= 1);
}

void TestStartupPrefetch::opensTheFileForTheWindowsThread()
{
    StartupPrefetch::start(path());
    QVERIFY(StartupPrefetch::isOpening(path()));
    std::optional<StartupPrefetch::OpenedFile> file = StartupPrefetch::takeDatabase(path());
    QVERIFY(file);
    QVERIFY(file->database);
    QVERIFY(file->lock);
    QVERIFY(!StartupPrefetch::isOpening(path()));
    QCOMPARE(file->database->path(), path());
    QVERIFY(!file->database->isReadOnly());
    // Opened on the other thread, used on this one: the connection belongs to this thread now.
    QVERIFY(file->database->connection().isValid());
    QCOMPARE(candidatures(*file->database), candidatures(*m_db));
    QVERIFY(candidatures(*m_db) > 10);
    // Opened as the window opens a file, the page check included.
    QVERIFY(file->database->checkState() == Database::CheckState::Running);
    QVERIFY(file->database->waitForCheck());
    QVERIFY(file->database->exec(QStringLiteral("UPDATE candidature SET title = title WHERE id < 0")));
    // Locked for the window until it lets go.
    QVERIFY(!lockIsFree(path()));
    QVERIFY(!StartupPrefetch::takeDatabase(path())); // once
    QVERIFY(StartupPrefetch::takeNames(path()));     // the names are still there for the page
    file.reset();
    QVERIFY(lockIsFree(path()));
}

void TestStartupPrefetch::namesOnlyWhenAsked()
{
    StartupPrefetch::start(path(), false);
    QVERIFY(!StartupPrefetch::takeNames(path()));
    QVERIFY(StartupPrefetch::takeDatabase(path()));
}

void TestStartupPrefetch::takenOnceByTheSameFile()
{
    StartupPrefetch::start(path());
    const QString other = m_dir.filePath(QStringLiteral("other.palier"));
    QVERIFY(!StartupPrefetch::isOpening(other));
    QVERIFY(!StartupPrefetch::takeNames(other));
    QVERIFY(!StartupPrefetch::takeDatabase(other));
    QVERIFY(StartupPrefetch::takeNames(path())); // the other file's question left it in place
    QVERIFY(!StartupPrefetch::takeNames(path()));
    QVERIFY(StartupPrefetch::takeDatabase(path()));
}

void TestStartupPrefetch::takenUnderAnotherNameOfTheFile()
{
    const QString link = m_dir.filePath(QStringLiteral("link.palier"));
    QVERIFY(QFile::link(path(), link));
    StartupPrefetch::start(link);
    QVERIFY(StartupPrefetch::takeNames(path()));
    // The database is the window's under the name it was opened by: asked for under another, it is closed and its
    // lock released, for the window to take its own.
    QVERIFY(!StartupPrefetch::isOpening(path()));
    QVERIFY(!StartupPrefetch::takeDatabase(path()));
    QVERIFY(lockIsFree(link));
    QVERIFY(!StartupPrefetch::takeDatabase(link)); // closed

    StartupPrefetch::start(link);
    std::optional<StartupPrefetch::OpenedFile> file = StartupPrefetch::takeDatabase(link);
    QVERIFY(file);
    QCOMPARE(file->database->path(), link);
}

void TestStartupPrefetch::droppedWhenNotTaken()
{
    StartupPrefetch::start(path());
    StartupPrefetch::discard();
    QVERIFY(!StartupPrefetch::takeNames(path()));
    QVERIFY(!StartupPrefetch::takeDatabase(path()));
    QVERIFY(lockIsFree(path())); // closed and unlocked
    // A new start replaces the opening not taken.
    StartupPrefetch::start(path());
    StartupPrefetch::start(m_dir.filePath(QStringLiteral("missing.palier")));
    QVERIFY(lockIsFree(path()));
    QVERIFY(!StartupPrefetch::takeNames(path()));
    QVERIFY(!StartupPrefetch::takeDatabase(path()));
}

void TestStartupPrefetch::leftToTheWindowWhenLockedElsewhere()
{
    Result<std::unique_ptr<DatabaseLock>> elsewhere = DatabaseLock::acquire(path());
    QVERIFY(elsewhere);
    StartupPrefetch::start(path());
    // The window asks whether to open it read-only: nothing was opened for it.
    QVERIFY(!StartupPrefetch::takeDatabase(path()));
    QVERIFY(!StartupPrefetch::takeNames(path()));
    QVERIFY(!lockIsFree(path())); // the other holder's lock is left alone
    QVERIFY(DatabaseLock::holder(path()));
    elsewhere.value().reset();
}

void TestStartupPrefetch::nothingFromWhatIsNotADatabase()
{
    const QString text = m_dir.filePath(QStringLiteral("notes.palier"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Ceci n'est pas une base Palier.\n");
    file.close();
    StartupPrefetch::start(text);
    QVERIFY(!StartupPrefetch::takeDatabase(text));
    QVERIFY(!StartupPrefetch::takeNames(text));
    QVERIFY(!QFile::exists(text + QStringLiteral(".lock"))); // nothing left beside it
    // An SQLite database without Palier's tables.
    const QString empty = m_dir.filePath(QStringLiteral("empty.palier"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("empty"));
        other.setDatabaseName(empty);
        QVERIFY(other.open());
        QVERIFY(QSqlQuery(other).exec(QStringLiteral("CREATE TABLE t (x)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("empty"));
    StartupPrefetch::start(empty);
    QVERIFY(!StartupPrefetch::takeDatabase(empty));
    QVERIFY(!StartupPrefetch::takeNames(empty));
    QVERIFY(lockIsFree(empty));
}

void TestStartupPrefetch::aModelLoadsTheSameWithIt()
{
    CandidatureModel read;
    QVERIFY(read.load(*m_db));
    StartupPrefetch::start(path());
    CandidatureModel prefetched;
    QVERIFY(prefetched.load(*m_db));
    QVERIFY(!StartupPrefetch::takeNames(path())); // taken by the model
    QCOMPARE(prefetched.rowCount(), read.rowCount());
    QCOMPARE(prefetched.columnCount(), read.columnCount());
    for (int row = 0; row < read.rowCount(); ++row) {
        for (int column = 0; column < read.columnCount(); ++column) {
            QCOMPARE(prefetched.index(row, column).data(), read.index(row, column).data());
        }
    }
}

void TestStartupPrefetch::aModelReadingInStepsLoadsTheSameWithIt()
{
    // As on the page: the first rows at once, in the order of the establishments ranked by the reader, the others
    // after. The demo has more establishments with files than the first rows need.
    const auto cells = [](const CandidatureModel& model) {
        QList<QVariantList> rows;
        for (int row = 0; row < model.rowCount(); ++row) {
            QVariantList cells;
            for (int column = 0; column < model.columnCount(); ++column) {
                cells.append(model.index(row, column).data());
            }
            rows.append(cells);
        }
        return rows;
    };
    QWidget page;
    QSortFilterProxyModel readProxy;
    CandidatureModel read;
    readProxy.setSourceModel(&read);
    read.setProgressiveLoad(&page, &readProxy);
    QVERIFY(read.load(*m_db));
    QVERIFY(read.isLoading());
    const QList<QVariantList> readFirst = cells(read);

    StartupPrefetch::start(path());
    QSortFilterProxyModel prefetchedProxy;
    CandidatureModel prefetched;
    prefetchedProxy.setSourceModel(&prefetched);
    prefetched.setProgressiveLoad(&page, &prefetchedProxy);
    QVERIFY(prefetched.load(*m_db));
    QVERIFY(!StartupPrefetch::takeNames(path())); // taken by the model
    QCOMPARE(cells(prefetched), readFirst);
    QVERIFY(readFirst.size() >= CandidatureModel::DefaultFirstRows);
    QVERIFY(readFirst.size() < candidatures(*m_db));

    QTRY_VERIFY(!read.isLoading());
    QTRY_VERIFY(!prefetched.isLoading());
    QCOMPARE(cells(prefetched), cells(read));
    QCOMPARE(prefetched.rowCount(), candidatures(*m_db));
}

void TestStartupPrefetch::theWindowOpensTheFileOpenedForIt()
{
    StartupPrefetch::start(path());
    {
        MainWindow window(MainWindow::Start::Database);
        QVERIFY(window.openDatabase(path()));
        QVERIFY(!StartupPrefetch::isOpening(path())); // taken
        QVERIFY(window.database());
        QCOMPARE(window.database()->path(), path());
        QVERIFY(!window.database()->isReadOnly());
        QCOMPARE(candidatures(*window.database()), candidatures(*m_db));
        QVERIFY(!lockIsFree(path())); // the window's
    }
    QVERIFY(lockIsFree(path()));
}

QTEST_MAIN(TestStartupPrefetch)
#include "tst_startupprefetch.moc"
