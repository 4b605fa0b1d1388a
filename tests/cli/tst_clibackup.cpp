// SPDX-License-Identifier: GPL-3.0-or-later
// palier-cli backup and restore, through the real executable.
#include "CliTestSupport.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier::CliTest;

namespace {

/// Runs one statement on a .palier file behind palier-cli's back (to change it between backup and restore).
QVariant sql(const QString& path, const QString& statement)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst_clibackup"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(statement) && query.next()) {
                value = query.value(0);
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tst_clibackup"));
    return value;
}

} // namespace

class TestCliBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void backupToFileThenRestore();
    void backupNeverReplacesAFile();
    void automaticFolderKeepsTheReplacedVersion();
    void restoreRefusesWhatIsNotABackup();
    void restoreNeedsFrom();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliBackup::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("paca.palier"));
    const Run run = palierCli({"init", "--db", m_db, "--region", "93"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TestCliBackup::backupToFileThenRestore()
{
    const QString copy = m_dir.filePath(QStringLiteral("copy.palier"));
    Run run = palierCli({"backup", "--db", m_db, "--out", copy, "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json().value(QStringLiteral("backup")).toString(), QFileInfo(copy).absoluteFilePath());
    QVERIFY(!QFileInfo::exists(copy + QStringLiteral(".partial")));

    sql(m_db, QStringLiteral("INSERT INTO setting (key, value) VALUES ('after', 'x')"));
    QCOMPARE(sql(m_db, QStringLiteral("SELECT count(*) FROM setting")).toInt(), 2);

    run = palierCli({"restore", "--db", m_db, "--from", copy, "--json"}, QStringLiteral("en"),
                    m_dir.filePath(QStringLiteral("data")));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(sql(m_db, QStringLiteral("SELECT count(*) FROM setting")).toInt(), 1);
    const QString previous = run.json().value(QStringLiteral("previousVersion")).toString();
    QVERIFY(previous.startsWith(m_dir.filePath(QStringLiteral("data"))));
    QCOMPARE(sql(previous, QStringLiteral("SELECT count(*) FROM setting")).toInt(), 2);
}

void TestCliBackup::backupNeverReplacesAFile()
{
    const QString existing = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile file(existing);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    const Run run = palierCli({"backup", "--db", m_db, "--out", existing});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("already exists"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep me"));
}

void TestCliBackup::automaticFolderKeepsTheReplacedVersion()
{
    const QString data = m_dir.filePath(QStringLiteral("auto"));
    const Run run = palierCli({"backup", "--db", m_db, "--json"}, QStringLiteral("en"), data);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString written = run.json().value(QStringLiteral("backup")).toString();
    QVERIFY(written.startsWith(data));
    QVERIFY(QFileInfo(written).fileName().startsWith(QStringLiteral("paca-")));
    QCOMPARE(sql(written, QStringLiteral("PRAGMA application_id")).toInt(), 0x50414C52);
}

void TestCliBackup::restoreRefusesWhatIsNotABackup()
{
    const QString bogus = m_dir.filePath(QStringLiteral("bogus.palier"));
    QFile file(bogus);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a database");
    file.close();
    const QByteArray before = sha256(m_db);
    const Run run = palierCli({"restore", "--db", m_db, "--from", bogus}, QStringLiteral("fr"));
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("n’est pas une base Palier"));
    QCOMPARE(sha256(m_db), before);
}

void TestCliBackup::restoreNeedsFrom()
{
    const Run run = palierCli({"restore", "--db", m_db});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("--from"));
}

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_clibackup.moc"
