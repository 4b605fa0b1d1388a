// SPDX-License-Identifier: GPL-3.0-or-later
// A full disk and an unwritable folder, recognised where the write fails: one clear message, the committed data
// intact. SQLite's max_page_count gives a database a size it cannot grow past: its writes then fail with
// SQLITE_FULL exactly as on a full disk.
#include "../FileSizeLimit.h"
#include "campaign/Campaign.h"
#include "db/Backups.h"
#include "db/Database.h"
#include "db/DiskErrors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <sys/resource.h>

using namespace Palier;
using Palier::Test::FileSizeLimit;

namespace {

QByteArray contentOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestDiskErrors : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void errnoValues();
    void fromErrnoKeepsOtherErrors();
    void fullDatabaseSaysSoAndKeepsWhatWasCommitted();
    void backupIntoAFileUsedAsAFolder();
    void backupIntoAMissingFolder();
    void otherSqlErrorsAreLeftAsTheyAre();
    void commitNeverLeavesATruncatedFile();
    void commitOfALargeWrite();
    void commitWithRoom();

private:
    /// Limits the database to its current size plus `pages` pages.
    static void capSize(const Database& db, int pages);
    static qint64 settingCount(const Database& db);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestDiskErrors::init()
{
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Result<std::unique_ptr<Database>> db =
        Database::open(m_dir->filePath(QStringLiteral("paca.palier")), {.create = true});
    QVERIFY2(db, qPrintable(db.error().message));
    QVERIFY(createCampaign(*db.value(), QStringLiteral("93"), QStringLiteral("hopen-2019")));
    m_db = std::move(db.value());
}

void TestDiskErrors::capSize(const Database& db, int pages)
{
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    QVERIFY(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
    const qint64 count = query.value(0).toLongLong();
    QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(count + pages)));
}

qint64 TestDiskErrors::settingCount(const Database& db)
{
    QSqlQuery query(db.connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM setting")) && query.next() ? query.value(0).toLongLong()
                                                                                      : -1;
}

void TestDiskErrors::errnoValues()
{
    QVERIFY(DiskErrors::isFullErrno(ENOSPC));
    QVERIFY(DiskErrors::isFullErrno(EFBIG));
    QVERIFY(DiskErrors::isFullErrno(EDQUOT));
    QVERIFY(!DiskErrors::isFullErrno(EACCES));
    QVERIFY(!DiskErrors::isFullErrno(0));
    QVERIFY(DiskErrors::isUnwritableErrno(EACCES));
    QVERIFY(DiskErrors::isUnwritableErrno(EROFS));
    QVERIFY(DiskErrors::isUnwritableErrno(ENOTDIR));
    QVERIFY(!DiskErrors::isUnwritableErrno(ENOSPC));
    QVERIFY(!DiskErrors::isSqliteFull(nullptr));
}

void TestDiskErrors::fromErrnoKeepsOtherErrors()
{
    const Error other{QStringLiteral("x.other"), QStringLiteral("message"), QStringLiteral("detail")};
    const Error kept = DiskErrors::fromErrno(other, EIO, QStringLiteral("/tmp/a.xlsx"));
    QCOMPARE(kept.code, other.code);
    QCOMPARE(kept.message, other.message);

    const Error full = DiskErrors::fromErrno(other, ENOSPC, QStringLiteral("/tmp/a.xlsx"));
    QCOMPARE(full.code, DiskErrors::code());
    QVERIFY2(full.message.contains(QStringLiteral("The disk is full")), qPrintable(full.message));
    QVERIFY(full.message.contains(QStringLiteral("a.xlsx")));
    QVERIFY(full.message.contains(QStringLiteral("Free some space")));
    QCOMPARE(full.detail, other.detail);

    const Error unwritable = DiskErrors::fromErrno(other, EACCES, QStringLiteral("/tmp/a.xlsx"));
    QCOMPARE(unwritable.code, QStringLiteral("disk.unwritable"));
    QVERIFY(unwritable.message.contains(QStringLiteral("Choose another folder")));
    // Without a path nothing says which file could not be created: the error stays as it was.
    QCOMPARE(DiskErrors::fromErrno(other, EACCES, {}).code, other.code);

    // A folder where the file should go: QSaveFile refuses it without a system call (errno 0).
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("in-the-way.csv")));
    const Error folder = DiskErrors::fromErrno(other, 0, dir.filePath(QStringLiteral("in-the-way.csv")));
    QCOMPARE(folder.code, QStringLiteral("disk.unwritable"));
    QVERIFY2(folder.message.contains(QStringLiteral("a folder of that name is in the way")),
             qPrintable(folder.message));
    QVERIFY(folder.message.contains(QStringLiteral("in-the-way.csv")));
    QCOMPARE(folder.detail, other.detail);
    QCOMPARE(DiskErrors::fromErrno(other, 0, dir.filePath(QStringLiteral("free.csv"))).code, other.code);
}

void TestDiskErrors::fullDatabaseSaysSoAndKeepsWhatWasCommitted()
{
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('before', 'x')")));
    const qint64 before = settingCount(*m_db);
    capSize(*m_db, 2);
    Result<void> result;
    {
        TransactionGuard transaction(*m_db);
        QVERIFY(transaction.started());
        // Far more than two pages: the statement itself fails.
        result = m_db->exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE "
                                           "i < 5000) INSERT INTO setting (key, value) SELECT 'k' || i, "
                                           "hex(randomblob(200)) FROM n"));
        QVERIFY(!result);
    }
    QCOMPARE(result.error().code, DiskErrors::code());
    QVERIFY2(result.error().message.contains(QStringLiteral("The disk is full")), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(QStringLiteral("What was saved before is intact")));
    QVERIFY(!result.error().detail.isEmpty()); // SQLite's own words, for the bug report
    QCOMPARE(settingCount(*m_db), before);
    QSqlQuery check(m_db->connection());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
}

void TestDiskErrors::backupIntoAFileUsedAsAFolder()
{
    const QString file = m_dir->filePath(QStringLiteral("plain-file"));
    QFile plain(file);
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    const QString target = file + QStringLiteral("/copy.palier");
    const Result<void> copied = m_db->backupTo(target);
    QVERIFY(!copied);
    QCOMPARE(copied.error().code, QStringLiteral("disk.unwritable"));
    QVERIFY2(copied.error().message.contains(QStringLiteral("copy.palier")), qPrintable(copied.error().message));
    QVERIFY(copied.error().message.contains(QStringLiteral("Choose another folder")));
    QCOMPARE(QFileInfo(file).size(), 0);
}

void TestDiskErrors::backupIntoAMissingFolder()
{
    const QString target = m_dir->filePath(QStringLiteral("no/such/folder/copy.palier"));
    const Result<void> copied = m_db->backupTo(target);
    QVERIFY(!copied);
    QCOMPARE(copied.error().code, QStringLiteral("disk.unwritable"));
    QVERIFY(!QFileInfo::exists(target));
}

void TestDiskErrors::otherSqlErrorsAreLeftAsTheyAre()
{
    const Result<void> bad = m_db->exec(QStringLiteral("INSERT INTO no_such_table VALUES (1)"));
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, QStringLiteral("db.sql"));
    const Result<void> duplicate = m_db->exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('d', 'x')"));
    QVERIFY(duplicate);
    const Result<void> again = m_db->exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('d', 'x')"));
    QVERIFY(!again);
    QCOMPARE(again.error().code, QStringLiteral("db.sql"));
}

void TestDiskErrors::commitNeverLeavesATruncatedFile()
{
    // Qt 6.4's QSaveFile::commit() renames its temporary file over the target, and returns true, when the bytes
    // still in its buffer (6 000 here, under its 16 KiB) cannot be written: the target would be truncated.
    const QString target = m_dir->filePath(QStringLiteral("export.csv"));
    QFile old(target);
    QVERIFY(old.open(QIODevice::WriteOnly) && old.write("old content") == 11);
    old.close();
    const QStringList before = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    bool committed = true;
    int failure = 0;
    {
        QSaveFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const FileSizeLimit limit(4096);
        QVERIFY(limit.isSet());
        QCOMPARE(file.write(QByteArray(6000, 'x')), qint64(6000)); // buffered: nothing failed yet
        errno = 0;
        committed = DiskErrors::commit(file);
        failure = errno;
    }
    QVERIFY(!committed);
    QCOMPARE(failure, EFBIG);
    QCOMPARE(DiskErrors::fromErrno(Error{QStringLiteral("x.write"), QStringLiteral("m"), QStringLiteral("d")}, failure,
                                   target)
                 .code,
             DiskErrors::code());
    QCOMPARE(contentOf(target), QByteArray("old content"));                      // the target as it was
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), before); // no temporary file left
}

void TestDiskErrors::commitOfALargeWrite()
{
    // Larger than QSaveFile's buffer: write() itself stops short (a caller compares its result with the size, never
    // only with -1), and the commit fails too: no truncated file.
    const QString target = m_dir->filePath(QStringLiteral("large.csv"));
    bool committed = true;
    qint64 written = 0;
    {
        QSaveFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const FileSizeLimit limit(4096);
        QVERIFY(limit.isSet());
        written = file.write(QByteArray(100000, 'x'));
        if (written != 100000) {
            file.cancelWriting(); // what every writer does on a short write: QSaveFile itself saw no error
        }
        committed = DiskErrors::commit(file);
    }
    QVERIFY2(written < 100000, qPrintable(QString::number(written))); // -1, or the bytes that fitted
    QVERIFY(!committed);
    QVERIFY(!QFileInfo::exists(target));
}

void TestDiskErrors::commitWithRoom()
{
    // The same writes under a limit they fit in: committed whole (the tests above fail for the limit).
    const QString target = m_dir->filePath(QStringLiteral("room.csv"));
    QSaveFile file(target);
    QVERIFY(file.open(QIODevice::WriteOnly));
    {
        const FileSizeLimit limit(1024 * 1024);
        QVERIFY(limit.isSet());
        QCOMPARE(file.write(QByteArray(6000, 'x')), qint64(6000));
        QCOMPARE(file.write(QByteArray(100000, 'y')), qint64(100000));
        QVERIFY(DiskErrors::commit(file));
    }
    QCOMPARE(QFileInfo(target).size(), qint64(106000));
}

QTEST_GUILESS_MAIN(TestDiskErrors)
#include "tst_diskerrors.moc"
