// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real palier-cli executable, as scripts and users do, and checks the CLI contract of DESIGN.md.
#include "CliTestSupport.h"
#include "db/Database.h"
#include "db/DatabasePostgres.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier::CliTest;

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void versionAndHelp();
    void badArguments_data();
    void badArguments();
    void initCreatesCampaign();
    void initNeverOverwritesAndLeavesNoHalfFile();
    void demoThenInfoJson();
    void unusableFilesExit2AndStayUntouched_data();
    void unusableFilesExit2AndStayUntouched();
    void checkReportsProblemsWithExit1();
    void messagesInFrench();
    void roadmapDocument();

private:
    QString demoFile();
    QTemporaryDir m_dir;
    QString m_demo;
};

QString TestCli::demoFile()
{
    if (m_demo.isEmpty()) {
        const QString path = m_dir.filePath(QStringLiteral("demo.palier"));
        const Run run = palierCli({QStringLiteral("demo"), QStringLiteral("--db"), path});
        if (run.exitCode == 0) {
            m_demo = path;
        } else {
            qWarning() << run.err;
        }
    }
    return m_demo;
}

void TestCli::versionAndHelp()
{
    Run run = palierCli({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(PALIER_VERSION));
    run = palierCli({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char* command : {"init", "demo", "info", "check"}) {
        QVERIFY2(run.out.contains(command), command);
    }
    run = palierCli({QStringLiteral("info"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("--json"));
}

void TestCli::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("no command") << QStringList{};
    QTest::addRow("unknown command") << QStringList{"frobnicate", "--db", "x.palier"};
    QTest::addRow("missing --db") << QStringList{"info"};
    QTest::addRow("unknown option") << QStringList{"info", "--db", "x.palier", "--colour"};
    QTest::addRow("stray argument") << QStringList{"info", "--db", "x.palier", "extra"};
    QTest::addRow("bad scale") << QStringList{"demo", "--db", "x.palier", "--scale", "planet"};
    QTest::addRow("bad seed") << QStringList{"demo", "--db", "x.palier", "--seed", "abc"};
    QTest::addRow("init without region") << QStringList{"init", "--db", "x.palier"};
}

void TestCli::badArguments()
{
    QFETCH(QStringList, arguments);
    const QString cwd = QDir::currentPath();
    QDir::setCurrent(m_dir.path());
    const Run run = palierCli(arguments);
    QDir::setCurrent(cwd);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.palier"))));
}

void TestCli::initCreatesCampaign()
{
    const QString path = m_dir.filePath(QStringLiteral("init.palier"));
    Run run = palierCli({"init", "--db", path, "--region", "84", "--programme", "hopen-2019", "--json"});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject answer = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(answer.value("campaign").toObject().value("region").toString(), QStringLiteral("84"));
    QCOMPARE(answer.value("campaign").toObject().value("programme").toString(), QStringLiteral("hopen-2019"));
    run = palierCli({"info", "--db", path, "--json"});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject info = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(info.value("tables").toObject().value("domain").toInt(), 7);
    QCOMPARE(info.value("tables").toObject().value("establishment").toInt(), 0);
}

void TestCli::initNeverOverwritesAndLeavesNoHalfFile()
{
    const QString path = m_dir.filePath(QStringLiteral("existing.palier"));
    QCOMPARE(palierCli({"init", "--db", path, "--region", "93"}).exitCode, 0);
    const QByteArray before = sha256(path);
    Run run = palierCli({"init", "--db", path, "--region", "93"});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(sha256(path), before);

    const QString bad = m_dir.filePath(QStringLiteral("badregion.palier"));
    run = palierCli({"init", "--db", bad, "--region", "99"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("99"));
    QVERIFY(!QFile::exists(bad));
    QVERIFY(!QFile::exists(bad + QStringLiteral("-wal")));
}

void TestCli::demoThenInfoJson()
{
    const QString path = demoFile();
    QVERIFY(!path.isEmpty());
    const Run run = palierCli({"info", "--db", path, "--json"});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonObject info = QJsonDocument::fromJson(run.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject tables = info.value("tables").toObject();
    QVERIFY(tables.value("establishment").toInt() >= 100 && tables.value("establishment").toInt() <= 120);
    QVERIFY(tables.value("candidature").toInt() >= 120 && tables.value("candidature").toInt() <= 140);
    QCOMPARE(tables.value("region").toInt(), 18);
    QCOMPARE(info.value("schemaVersion").toInt(), Palier::Database::currentSchemaVersion());
    QCOMPARE(info.value("campaign").toObject().value("region").toString(), QStringLiteral("93"));

    const Run human = palierCli({"info", "--db", path});
    QCOMPARE(human.exitCode, 0);
    QVERIFY(human.out.contains("establishment"));

    // A second demo into the same file is refused: demo data goes into an empty database only.
    const QByteArray before = sha256(path);
    QCOMPARE(palierCli({"demo", "--db", path}).exitCode, 2);
    QCOMPARE(sha256(path), before);
}

void TestCli::unusableFilesExit2AndStayUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addRow("truncated") << "truncated";
    QTest::addRow("foreign SQLite") << "foreign";
    QTest::addRow("spreadsheet") << "xlsx";
    QTest::addRow("missing") << "missing";
}

void TestCli::unusableFilesExit2AndStayUntouched()
{
    QFETCH(QString, kind);
    const QString path = m_dir.filePath(kind + QStringLiteral(".palier"));
    if (kind == QLatin1String("truncated")) {
        const QString demo = demoFile();
        QVERIFY(QFile::copy(demo, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 3));
    } else if (kind == QLatin1String("foreign")) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE budget (year INTEGER, amount REAL)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    } else if (kind == QLatin1String("xlsx")) {
        QVERIFY(QFile::copy(QStringLiteral(PALIER_REAL_DATA_DIR "/finess-etablissements.xlsx"), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    }
    const QByteArray before = sha256(path);
    for (const char* command : {"info", "check"}) {
        const Run run = palierCli({QLatin1String(command), "--db", path, "--json"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(QJsonDocument::fromJson(run.out).object().contains("error"));
        QCOMPARE(sha256(path), before);
    }
    QCOMPARE(QFile::exists(path), kind != QLatin1String("missing"));
}

void TestCli::checkReportsProblemsWithExit1()
{
    if (Palier::testsRunOnPostgres()) {
        QSKIP("SQLite only: the damage is made behind Palier's back with foreign keys off, which PostgreSQL refuses");
    }
    const QString path = m_dir.filePath(QStringLiteral("check.palier"));
    QVERIFY(QFile::copy(demoFile(), path));
    Run run = palierCli({"check", "--db", path, "--json"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value("ok").toBool(), true);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("break"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral(
            "DELETE FROM establishment WHERE id IN (SELECT establishment_id FROM candidature LIMIT 1)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("break"));
    run = palierCli({"check", "--db", path, "--json"});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(report.value("ok").toBool(), false);
    QVERIFY(!report.value("foreignKeys").toArray().isEmpty());
}

void TestCli::messagesInFrench()
{
    const Run run = palierCli({"info", "--db", m_dir.filePath(QStringLiteral("absent.palier"))}, QStringLiteral("fr"));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(QStringLiteral("n’existe pas")), run.err.constData());
}

void TestCli::roadmapDocument()
{
    const QString demo = demoFile();
    QVERIFY(!demo.isEmpty());
    const QString pdf = m_dir.filePath(QStringLiteral("feuille de route.pdf"));
    Run run = palierCli({"roadmap", "--db", demo, "--out", pdf, "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json().value(QStringLiteral("sha256")).toString().size(), 64);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");

    const QString doc = m_dir.filePath(QStringLiteral("feuille.doc"));
    run = palierCli({"roadmap", "--db", demo, "--out", doc});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!QFile::exists(doc));
    run = palierCli({"roadmap", "--db", demo});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("--out"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
