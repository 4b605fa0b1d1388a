// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/Campaign.h"
#include "db/Backups.h"
#include "db/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;

namespace {

QByteArray sha256(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

qint64 settingCount(const Database& db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM setting")) || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}

void addSetting(const Database& db, const QString& key)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, 'x')"));
    query.addBindValue(key);
    QVERIFY(query.exec());
}

} // namespace

class TestBackups : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void takeWritesAnOpenableCopyAndKeepsTheLastN();
    void listIgnoresOtherFiles();
    void restoreReplacesAndKeepsTheReplacedVersion();
    void restoreRefusesUnusableBackups_data();
    void restoreRefusesUnusableBackups();
    void restoreOntoItselfIsRefused();
    void unwritableFolderIsReported();

private:
    QString m_path;
    QString m_backups;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBackups::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("paca.palier"));
    m_backups = m_dir->filePath(QStringLiteral("backups"));
    Result<std::unique_ptr<Database>> db = Database::open(m_path, {.create = true});
    QVERIFY(db);
    QVERIFY(createCampaign(*db.value(), QStringLiteral("93"), QStringLiteral("hopen-2019")));
}

void TestBackups::takeWritesAnOpenableCopyAndKeepsTheLastN()
{
    Result<std::unique_ptr<Database>> db = Database::open(m_path, {});
    QVERIFY(db);
    QStringList written;
    for (int i = 0; i < 4; ++i) {
        addSetting(*db.value(), QStringLiteral("k%1").arg(i));
        Result<QString> taken = Backups::take(*db.value(), m_backups, 3);
        QVERIFY2(taken, qPrintable(taken.error().message));
        written.append(taken.value());
    }
    const QList<BackupFile> kept = Backups::list(m_path, m_backups);
    QCOMPARE(kept.size(), 3);
    // The most recent first; the oldest was removed.
    QCOMPARE(kept.at(0).path, written.at(3));
    QCOMPARE(kept.at(2).path, written.at(1));
    QVERIFY(!QFileInfo::exists(written.at(0)));

    Result<std::unique_ptr<Database>> copy = Database::open(kept.at(0).path, {.readOnly = true});
    QVERIFY2(copy, qPrintable(copy.error().message));
    QCOMPARE(settingCount(*copy.value()), settingCount(*db.value()));
    QVERIFY(!QFileInfo::exists(kept.at(0).path + QStringLiteral(".partial")));
}

void TestBackups::listIgnoresOtherFiles()
{
    QVERIFY(QDir().mkpath(m_backups));
    for (const char* name : {"paca-notes.palier", "other-20261122-101500-123.palier", "paca-20261122-101500-123.txt",
                             "paca-20261122-101500-123.palier"}) {
        QFile file(QDir(m_backups).filePath(QString::fromLatin1(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const QList<BackupFile> found = Backups::list(m_path, m_backups);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).takenAt, QDateTime(QDate(2026, 11, 22), QTime(10, 15, 0, 123)));
}

void TestBackups::restoreReplacesAndKeepsTheReplacedVersion()
{
    QString backup;
    {
        Result<std::unique_ptr<Database>> db = Database::open(m_path, {});
        QVERIFY(db);
        Result<QString> taken = Backups::take(*db.value(), m_backups, 10);
        QVERIFY(taken);
        backup = taken.value();
        addSetting(*db.value(), QStringLiteral("after-backup"));
        QCOMPARE(settingCount(*db.value()), 2);
    }
    Result<QString> safety = Backups::restore(m_path, backup, m_backups, 10);
    QVERIFY2(safety, qPrintable(safety.error().message));
    QVERIFY(!safety->isEmpty());
    {
        Result<std::unique_ptr<Database>> restored = Database::open(m_path, {});
        QVERIFY(restored);
        QCOMPARE(settingCount(*restored.value()), 1);
    }
    // The version replaced by the restore can itself be restored.
    Result<std::unique_ptr<Database>> previous = Database::open(safety.value(), {.readOnly = true});
    QVERIFY(previous);
    QCOMPARE(settingCount(*previous.value()), 2);
    QCOMPARE(Backups::list(m_path, m_backups).size(), 2);
}

void TestBackups::restoreRefusesUnusableBackups_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text") << QByteArray("This is not a database.\n");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated sqlite") << QByteArray("SQLite format 3\0", 16) + QByteArray(84, '\0');
}

void TestBackups::restoreRefusesUnusableBackups()
{
    QFETCH(QByteArray, content);
    const QString bad = m_dir->filePath(QStringLiteral("bad.palier"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const QByteArray before = sha256(m_path);

    Result<QString> refused = Backups::restore(m_path, bad, m_backups, 10);
    QVERIFY(!refused);
    QVERIFY(!refused.error().message.isEmpty());
    QCOMPARE(sha256(m_path), before);
    QVERIFY(Backups::list(m_path, m_backups).isEmpty());

    Result<QString> missing = Backups::restore(m_path, m_dir->filePath(QStringLiteral("none.palier")), m_backups, 10);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, QStringLiteral("backup.missing"));
    QCOMPARE(sha256(m_path), before);
}

void TestBackups::restoreOntoItselfIsRefused()
{
    const QByteArray before = sha256(m_path);
    Result<QString> refused = Backups::restore(m_path, m_path, m_backups, 10);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("backup.onto-itself"));
    QCOMPARE(sha256(m_path), before);
}

void TestBackups::unwritableFolderIsReported()
{
    // A file where the backup folder should be: the folder cannot be created.
    QFile blocker(m_backups);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Result<std::unique_ptr<Database>> db = Database::open(m_path, {});
    QVERIFY(db);
    Result<QString> taken = Backups::take(*db.value(), m_backups, 10);
    QVERIFY(!taken);
    QCOMPARE(taken.error().code, QStringLiteral("backup.directory"));
}

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
