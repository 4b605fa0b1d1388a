// SPDX-License-Identifier: GPL-3.0-or-later
// The candidatures page's first read, made on another thread while the window starts (StartupPrefetch): the names
// the page reads itself; taken once, by the same file only (under any of its names); dropped when not taken; nothing
// from a file that is not a database; a model loaded with it the same as one loaded without.
#include "CampaignFiles.h"
#include "CandidatureModel.h"
#include "EstablishmentNames.h"
#include "StartupPrefetch.h"
#include "db/Database.h"

#include <QFile>
#include <QLocale>
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
    void readsTheNamesOfTheEstablishmentsWithFiles();
    void takenOnceByTheSameFile();
    void takenUnderAnotherNameOfTheFile();
    void droppedWhenNotTaken();
    void nothingFromWhatIsNotADatabase();
    void aModelLoadsTheSameWithIt();
    void cleanup();

private:
    QString path() const { return m_db->path(); }
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

void TestStartupPrefetch::cleanup()
{
    StartupPrefetch::discard();
}

void TestStartupPrefetch::readsTheNamesOfTheEstablishmentsWithFiles()
{
    StartupPrefetch::start(path());
    const std::optional<EstablishmentNames> names = StartupPrefetch::take(path());
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
}

void TestStartupPrefetch::takenOnceByTheSameFile()
{
    StartupPrefetch::start(path());
    QVERIFY(!StartupPrefetch::take(m_dir.filePath(QStringLiteral("other.palier"))));
    QVERIFY(StartupPrefetch::take(path())); // the other file's question left it in place
    QVERIFY(!StartupPrefetch::take(path()));
}

void TestStartupPrefetch::takenUnderAnotherNameOfTheFile()
{
    const QString link = m_dir.filePath(QStringLiteral("link.palier"));
    QVERIFY(QFile::link(path(), link));
    StartupPrefetch::start(link);
    QVERIFY(StartupPrefetch::take(path()));
}

void TestStartupPrefetch::droppedWhenNotTaken()
{
    StartupPrefetch::start(path());
    StartupPrefetch::discard();
    QVERIFY(!StartupPrefetch::take(path()));
    // A new start replaces the reading not taken.
    StartupPrefetch::start(m_dir.filePath(QStringLiteral("missing.palier")));
    QVERIFY(!StartupPrefetch::take(path()));
}

void TestStartupPrefetch::nothingFromWhatIsNotADatabase()
{
    const QString text = m_dir.filePath(QStringLiteral("notes.palier"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Ceci n'est pas une base Palier.\n");
    file.close();
    StartupPrefetch::start(text);
    QVERIFY(!StartupPrefetch::take(text));
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
    QVERIFY(!StartupPrefetch::take(empty));
}

void TestStartupPrefetch::aModelLoadsTheSameWithIt()
{
    CandidatureModel read;
    QVERIFY(read.load(*m_db));
    StartupPrefetch::start(path());
    CandidatureModel prefetched;
    QVERIFY(prefetched.load(*m_db));
    QVERIFY(!StartupPrefetch::take(path())); // taken by the model
    QCOMPARE(prefetched.rowCount(), read.rowCount());
    QCOMPARE(prefetched.columnCount(), read.columnCount());
    for (int row = 0; row < read.rowCount(); ++row) {
        for (int column = 0; column < read.columnCount(); ++column) {
            QCOMPARE(prefetched.index(row, column).data(), read.index(row, column).data());
        }
    }
}

QTEST_MAIN(TestStartupPrefetch)
#include "tst_startupprefetch.moc"
