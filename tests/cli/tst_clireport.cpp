// SPDX-License-Identifier: GPL-3.0-or-later
// palier-cli report and consolidate, through the real executable: figures against sums computed here in SQL, exit
// codes, nothing written on error.
#include "CliTestSupport.h"
#include "db/Database.h"
#include "db/DatabasePostgres.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier::CliTest;

namespace {

/// The number one statement selects from a .palier file, read behind palier-cli's back.
qint64 sql(const QString& path, const QString& statement)
{
    // Through Palier, read-only: the same database whichever engine holds it (PALIER_TEST_PG).
    auto db = Palier::Database::open(path, {.readOnly = true});
    if (!db) {
        return -1;
    }
    QSqlQuery query(db.value()->connection());
    return query.exec(statement) && query.next() ? query.value(0).toLongLong() : -1;
}

/// The files of `dir`, without SQLite's companions of a database read in WAL mode (-wal, -shm: left by any reader).
QStringList entries(const QString& dir)
{
    QStringList names = QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    names.removeIf([](const QString& name) {
        return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm"));
    });
    return names;
}

} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reportFiguresAreTheDatabaseSums();
    void reportArgumentErrors_data();
    void reportArgumentErrors();
    void reportWritesNothingWhenTheWorkbookFails();
    void consolidatedReportAddsUpTheRegions();
    void consolidateFolder();
    void consolidateRefusals();

private:
    QTemporaryDir m_dir;
    QString m_paca;
    QString m_ara;
};

void TestCliReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("regions"))));
    m_paca = m_dir.filePath(QStringLiteral("regions/paca.palier"));
    m_ara = m_dir.filePath(QStringLiteral("regions/ara.palier"));
    Run run = palierCli({"demo", "--db", m_paca, "--region", "93"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = palierCli({"demo", "--db", m_ara, "--region", "84", "--seed", "84"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TestCliReport::reportFiguresAreTheDatabaseSums()
{
    const QString pdf = m_dir.filePath(QStringLiteral("out/rapport.pdf"));
    const QString xlsx = m_dir.filePath(QStringLiteral("out/rapport.xlsx"));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("out"))));
    const Run run =
        palierCli({"report", "--db", m_paca, "--out", pdf, "--xlsx", xlsx, "--date", "2022-12-31", "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = run.json();
    const QJsonObject total = json.value(QStringLiteral("total")).toObject();
    const qint64 projects = sql(m_paca, QStringLiteral("SELECT count(*) FROM project"));
    QVERIFY2(projects > 0, "the demo has projects");
    QCOMPARE(total.value(QStringLiteral("projects")).toInteger(), projects);
    QCOMPARE(total.value(QStringLiteral("finished")).toInteger(),
             sql(m_paca, QStringLiteral("SELECT count(*) FROM project WHERE state = 'termine'")));
    QCOMPARE(total.value(QStringLiteral("granted_cents")).toInteger(),
             sql(m_paca, QStringLiteral("SELECT sum(granted_cents) FROM project")));
    for (const auto& [key, state] : {std::pair{"paid_cents", "verse"}, std::pair{"due_cents", "du"},
                                     std::pair{"planned_cents", "prevu"}, std::pair{"cancelled_cents", "annule"}}) {
        QCOMPARE(total.value(QLatin1String(key)).toInteger(),
                 sql(m_paca, QStringLiteral("SELECT coalesce(sum(amount_cents), 0) FROM payment WHERE state = '%1'")
                                 .arg(QLatin1String(state))));
    }
    // Per domain, from the database directly.
    const QJsonArray domains = json.value(QStringLiteral("by_domain")).toArray();
    QCOMPARE(domains.size(), 7);
    for (const QJsonValue& value : domains) {
        const QJsonObject domain = value.toObject();
        const QString code = domain.value(QStringLiteral("code")).toString();
        QCOMPARE(
            domain.value(QStringLiteral("granted_cents")).toInteger(),
            sql(m_paca, QStringLiteral("SELECT coalesce(sum(p.granted_cents), 0) FROM project p JOIN candidature c "
                                       "ON c.id = p.candidature_id JOIN domain d ON d.id = c.domain_id WHERE "
                                       "d.code = '%1'")
                            .arg(code)));
    }
    QCOMPARE(json.value(QStringLiteral("sha256")).toString().size(), 64);
    QVERIFY(QFileInfo(xlsx).size() > 0);
    // The PDF says the same.
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY(content.contains(QStringLiteral("31 décembre 2022")));
    bool found = false;
    for (const QString& line : content.split(QLatin1Char('\n'))) {
        if (line.contains(QStringLiteral("Projects retained"))) {
            found = line.simplified().endsWith(QStringLiteral(" %1").arg(projects));
        }
    }
    QVERIFY(found);
    // The human summary, in French.
    const Run french = palierCli({"report", "--db", m_paca, "--out", pdf}, QStringLiteral("fr"));
    QCOMPARE(french.exitCode, 0);
    QVERIFY(!french.out.isEmpty());
}

void TestCliReport::reportArgumentErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString out = QStringLiteral("erreur.pdf");
    QTest::addRow("no --out") << QStringList{"report", "--db", "PACA"};
    QTest::addRow("not a pdf") << QStringList{"report", "--db", "PACA", "--out", "erreur.txt"};
    QTest::addRow("bad workbook name") << QStringList{"report", "--db", "PACA", "--out", out, "--xlsx", "erreur.csv"};
    QTest::addRow("bad date") << QStringList{"report", "--db", "PACA", "--out", out, "--date", "31/12/2022"};
    QTest::addRow("missing folder") << QStringList{"report", "--db", "PACA", "--out", "absent/erreur.pdf"};
    QTest::addRow("missing database") << QStringList{"report", "--db", "absent.palier", "--out", out};
}

void TestCliReport::reportArgumentErrors()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    for (QString& argument : arguments) {
        argument = argument == QLatin1String("PACA") ? m_paca : argument;
        if (argument.contains(QLatin1String("erreur")) || argument.startsWith(QLatin1String("absent"))) {
            argument = dir.filePath(argument);
        }
    }
    const Run run = palierCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(run.out.isEmpty());
    QCOMPARE(entries(dir.path()), QStringList());
}

void TestCliReport::reportWritesNothingWhenTheWorkbookFails()
{
    QTemporaryDir dir;
    // The workbook's name is taken by a folder: the PDF, written first, must not stay either.
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("tableaux.xlsx"))));
    const QString pdf = dir.filePath(QStringLiteral("rapport.pdf"));
    const Run run = palierCli(
        {"report", "--db", m_paca, "--out", pdf, "--xlsx", dir.filePath(QStringLiteral("tableaux.xlsx")), "--json"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.json().contains(QStringLiteral("error")));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("tableaux.xlsx")});
}

void TestCliReport::consolidatedReportAddsUpTheRegions()
{
    if (Palier::testsRunOnPostgres()) {
        QSKIP("consolidation reads and writes .palier files (SQLite only)");
    }
    const QString national = m_dir.filePath(QStringLiteral("national.palier"));
    Run run = palierCli({"consolidate", "--out", national, m_paca, m_ara, "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("sources")).toArray().size(), 2);
    const QJsonObject tables = json.value(QStringLiteral("tables")).toObject();
    for (const char* table : {"establishment", "candidature", "project", "payment"}) {
        const QString sum = QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table));
        QCOMPARE(tables.value(QLatin1String(table)).toObject().value(QStringLiteral("copied")).toInteger(),
                 sql(m_paca, sum) + sql(m_ara, sum));
        QCOMPARE(sql(national, sum), sql(m_paca, sum) + sql(m_ara, sum));
    }
    QVERIFY(json.value(QStringLiteral("skipped_tables")).toArray().contains(QStringLiteral("audit_entry")));
    // The national view passes the same check as a regional file.
    run = palierCli({"check", "--db", national});
    QVERIFY2(run.exitCode == 0, run.out.constData());

    qint64 projects = 0;
    qint64 paid = 0;
    for (const QString& file : {m_paca, m_ara}) {
        run = palierCli({"report", "--db", file, "--out", m_dir.filePath(QStringLiteral("r.pdf")), "--json"});
        QCOMPARE(run.exitCode, 0);
        projects += run.json().value(QStringLiteral("total")).toObject().value(QStringLiteral("projects")).toInteger();
        paid += run.json().value(QStringLiteral("total")).toObject().value(QStringLiteral("paid_cents")).toInteger();
    }
    run = palierCli({"report", "--db", national, "--out", m_dir.filePath(QStringLiteral("national.pdf")), "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    json = run.json();
    QCOMPARE(json.value(QStringLiteral("total")).toObject().value(QStringLiteral("projects")).toInteger(), projects);
    QCOMPARE(json.value(QStringLiteral("total")).toObject().value(QStringLiteral("paid_cents")).toInteger(), paid);
    QCOMPARE(json.value(QStringLiteral("regions")).toArray().size(), 2);
    // The national envelope is the regions' together: the follow-up's reconciliation holds on the national view too.
    QVERIFY(json.value(QStringLiteral("reconciliation")).toObject().value(QStringLiteral("ok")).toBool());
}

void TestCliReport::consolidateFolder()
{
    if (Palier::testsRunOnPostgres()) {
        QSKIP("consolidation reads and writes .palier files (SQLite only)");
    }
    const QString national = m_dir.filePath(QStringLiteral("regions/national.palier"));
    Run run = palierCli({"consolidate", "--out", national, "--dir", m_dir.filePath(QStringLiteral("regions"))});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("2"));
    // Again into the same file: refused without --replace (the national file itself is never taken as a region).
    run = palierCli({"consolidate", "--out", national, "--dir", m_dir.filePath(QStringLiteral("regions"))});
    QCOMPARE(run.exitCode, 2);
    run = palierCli(
        {"consolidate", "--out", national, "--dir", m_dir.filePath(QStringLiteral("regions")), "--replace", "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json().value(QStringLiteral("sources")).toArray().size(), 2);
    QVERIFY(QFile::remove(national));
}

void TestCliReport::consolidateRefusals()
{
    if (Palier::testsRunOnPostgres()) {
        QSKIP("consolidation reads and writes .palier files (SQLite only)");
    }
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("national.palier"));
    const QString copy = dir.filePath(QStringLiteral("paca-copie.palier"));
    QVERIFY(QFile::copy(m_paca, copy));
    const QStringList before = entries(dir.path());
    // Same region twice: the message names the file.
    Run run = palierCli({"consolidate", "--out", out, m_paca, copy});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("paca-copie.palier"), run.err.constData());
    // No file, both files and --dir, --db instead of files, no --out.
    QCOMPARE(palierCli({"consolidate", "--out", out}).exitCode, 2);
    QCOMPARE(palierCli({"consolidate", "--out", out, m_paca, "--dir", dir.path()}).exitCode, 2);
    QCOMPARE(palierCli({"consolidate", "--out", out, "--db", m_paca}).exitCode, 2);
    QCOMPARE(palierCli({"consolidate", m_paca, m_ara}).exitCode, 2);
    QCOMPARE(entries(dir.path()), before);
}

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_clireport.moc"
