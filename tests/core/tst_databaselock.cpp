// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/DatabaseLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;

class TestDatabaseLock : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void secondOpenIsToldWhoHoldsIt();
    void releasedOnDestruction();
    void lockLeftByADeadProcessIsReclaimed();
    void readOnlyFolderIsReported();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestDatabaseLock::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("paca.palier"));
}

void TestDatabaseLock::secondOpenIsToldWhoHoldsIt()
{
    qputenv("USER", "referente.test");
    Result<std::unique_ptr<DatabaseLock>> first = DatabaseLock::acquire(m_path);
    QVERIFY2(first, qPrintable(first.error().message));
    const std::optional<LockHolder> holder = DatabaseLock::holder(m_path);
    QVERIFY(holder);
    QCOMPARE(holder->user, QStringLiteral("referente.test"));
    QCOMPARE(holder->pid, QCoreApplication::applicationPid());
    QVERIFY(holder->since.isValid());

    Result<std::unique_ptr<DatabaseLock>> second = DatabaseLock::acquire(m_path);
    QVERIFY(!second);
    QCOMPARE(second.error().code, QStringLiteral("db.locked"));
    QVERIFY(second.error().message.contains(QStringLiteral("referente.test")));
    QVERIFY(second.error().message.contains(QString::number(QCoreApplication::applicationPid())));
    QVERIFY(second.error().message.contains(QSysInfo::machineHostName()));
}

void TestDatabaseLock::releasedOnDestruction()
{
    {
        Result<std::unique_ptr<DatabaseLock>> first = DatabaseLock::acquire(m_path);
        QVERIFY(first);
    }
    QVERIFY(!DatabaseLock::holder(m_path));
    QVERIFY(!QFileInfo::exists(m_path + QStringLiteral(".lock")));
    Result<std::unique_ptr<DatabaseLock>> again = DatabaseLock::acquire(m_path);
    QVERIFY(again);
}

void TestDatabaseLock::lockLeftByADeadProcessIsReclaimed()
{
    // The lock a crashed Palier leaves: a process id that is not running on this machine.
    QFile lock(m_path + QStringLiteral(".lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write("2147483000\npalier\n" + QSysInfo::machineHostName().toUtf8() + "\n" + QSysInfo::machineUniqueId() +
               "\n");
    lock.close();
    Result<std::unique_ptr<DatabaseLock>> taken = DatabaseLock::acquire(m_path);
    QVERIFY2(taken, qPrintable(taken ? QString() : taken.error().message));
}

void TestDatabaseLock::readOnlyFolderIsReported()
{
    // Tests run as root here, who writes everywhere: a folder that does not exist stands for one that cannot be
    // written.
    const QString missing = m_dir->filePath(QStringLiteral("no/such/folder/paca.palier"));
    Result<std::unique_ptr<DatabaseLock>> refused = DatabaseLock::acquire(missing);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("db.lock-failed"));
}

QTEST_GUILESS_MAIN(TestDatabaseLock)
#include "tst_databaselock.moc"
