// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real palier-cli forfait on the regional demo: the grid listed (JSON checked against the database), one
// amount set and cleared, a file imported, and every refusal (bad arguments, a bad file) with exit 2 and the
// database file byte for byte unchanged (on PostgreSQL: the audit trail and the grid unchanged).
#include "CliTestSupport.h"
#include "db/Database.h"
#include "db/DatabasePostgres.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier::CliTest;

namespace {

/// The first value of `sql`, read through Palier's own connection (so that the same test runs on PostgreSQL too).
QVariant sqlValue(const QString& path, const QString& sql)
{
    auto db = Palier::Database::open(path, {.readOnly = true});
    if (!db) {
        return {};
    }
    QSqlQuery query(db.value()->connection());
    return query.exec(sql) && query.next() ? query.value(0) : QVariant();
}

/// What a refused command must leave as it was: the file byte for byte (SQLite), the audit trail and the grid.
QByteArray fingerprint(const QString& path)
{
    QByteArray state = Palier::testsRunOnPostgres() ? QByteArray() : sha256(path);
    state += sqlValue(path, QStringLiteral("SELECT (SELECT count(*) FROM audit_entry) || ':' || (SELECT count(*) FROM "
                                           "forfait_grid) || ':' || COALESCE((SELECT sum(amount_cents) FROM "
                                           "forfait_grid), 0) || ':' || COALESCE((SELECT max(row_version) FROM "
                                           "forfait_grid), 0)"))
                 .toString()
                 .toUtf8();
    return state;
}

QString cellSql(const QString& sizeClass, const QString& domain)
{
    return QStringLiteral("SELECT g.amount_cents FROM forfait_grid g JOIN domain d ON d.id = g.domain_id WHERE "
                          "g.size_class = '%1' AND d.code = '%2'")
        .arg(sizeClass, domain);
}

} // namespace

class TestCliForfait : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void listsTheGrid();
    void listsInFrench();
    void setsAndClears();
    void importsAFile();
    void refusedImportWritesNothing_data();
    void refusedImportWritesNothing();
    void badArguments_data();
    void badArguments();

private:
    QString writeFile(const QString& name, const QByteArray& content) const;

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_db; ///< a fresh copy of the demo for each test
    int m_copy = 0;
};

QString TestCliForfait::writeFile(const QString& name, const QByteArray& content) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return {};
    }
    file.write(content);
    return path;
}

void TestCliForfait::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.palier"));
    const Run demo = palierCli({"demo", "--db", m_demo});
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
}

void TestCliForfait::init()
{
    m_db = m_dir.filePath(QStringLiteral("copy-%1.palier").arg(++m_copy));
    QVERIFY(QFile::copy(m_demo, m_db));
    QFile::setPermissions(m_db, QFile::ReadOwner | QFile::WriteOwner);
}

void TestCliForfait::listsTheGrid()
{
    const QByteArray before = fingerprint(m_db);
    const Run run = palierCli({"forfait", "--db", m_db, "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = run.json();
    QCOMPARE(json.value("programme").toString(), QStringLiteral("hopen-2019"));
    QCOMPARE(json.value("forfaitMinCents").toInteger(), 4000000);
    QCOMPARE(json.value("forfaitMaxCents").toInteger(), 70000000);
    QCOMPARE(json.value("domains").toArray().size(), 7);
    QCOMPARE(json.value("cells").toInt(), sqlValue(m_db, QStringLiteral("SELECT count(*) FROM forfait_grid")).toInt());
    const QJsonArray classes = json.value("sizeClasses").toArray();
    QCOMPARE(classes.size(), 4);
    for (const QJsonValue& value : classes) {
        const QJsonObject row = value.toObject();
        const QString sizeClass = row.value("sizeClass").toString();
        QCOMPARE(
            row.value("establishments").toInt(),
            sqlValue(m_db, QStringLiteral("SELECT count(*) FROM establishment WHERE size_class = '%1'").arg(sizeClass))
                .toInt());
        const QJsonObject amounts = row.value("amountsCents").toObject();
        QCOMPARE(amounts.size(), 7);
        for (auto it = amounts.constBegin(); it != amounts.constEnd(); ++it) {
            QCOMPARE(it.value().toInteger(), sqlValue(m_db, cellSql(sizeClass, it.key())).toLongLong());
        }
    }
    const int without = json.value("establishmentsWithoutSizeClass").toInt();
    QVERIFY(without > 0);
    QCOMPARE(without,
             sqlValue(m_db, QStringLiteral("SELECT count(*) FROM establishment WHERE size_class IS NULL")).toInt());
    int total = without;
    const QJsonObject bySize = json.value("establishmentsBySizeClass").toObject();
    for (auto it = bySize.constBegin(); it != bySize.constEnd(); ++it) {
        total += it.value().toInt();
    }
    QCOMPARE(total, sqlValue(m_db, QStringLiteral("SELECT count(*) FROM establishment")).toInt());
    QCOMPARE(json.value("sizeClassesNotInGrid").toArray().size(), 0);
    // Listing writes nothing.
    QCOMPARE(fingerprint(m_db), before);
}

void TestCliForfait::listsInFrench()
{
    const Run run = palierCli({"forfait", "--db", m_db}, QStringLiteral("fr"));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString text = QString::fromUtf8(run.out);
    // The table: the header with the seven domains, then one line per size class, amounts in French format.
    QVERIFY2(text.contains(QStringLiteral("D7")), run.out.constData());
    QVERIFY2(text.contains(QStringLiteral("700\u202F000\u00A0€")) || text.contains(QStringLiteral("700 000 €")) ||
                 text.contains(QStringLiteral("700\u00A0000\u00A0€")),
             run.out.constData());
    for (const char* sizeClass : {"S1", "S2", "S3", "S4"}) {
        QVERIFY2(text.contains(QLatin1String("\n  ") + QLatin1String(sizeClass)), run.out.constData());
    }
}

void TestCliForfait::setsAndClears()
{
    const int audit = sqlValue(m_db, QStringLiteral("SELECT count(*) FROM audit_entry")).toInt();
    Run run =
        palierCli({"forfait", "set", "--db", m_db, "--class", "S2", "--domain", "D3", "--amount", "150000", "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json().value("amountCents").toInteger(), 15000000);
    QCOMPARE(run.json().value("warnings").toArray().size(), 0);
    QCOMPARE(sqlValue(m_db, cellSql("S2", "D3")).toLongLong(), 15000000);
    QCOMPARE(sqlValue(m_db, QStringLiteral("SELECT count(*) FROM audit_entry")).toInt(), audit + 1);

    // French decimals, a new size class: written with a warning (no establishment has it, and over the bounds).
    run = palierCli(
        {"forfait", "set", "--db", m_db, "--class", "S5", "--domain", "d2", "--amount", "750 000,50", "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(sqlValue(m_db, cellSql("S5", "D2")).toLongLong(), 75000050);
    QCOMPARE(run.json().value("warnings").toArray().size(), 2);

    run = palierCli({"forfait", "set", "--db", m_db, "--class", "S5", "--domain", "D2", "--clear"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(sqlValue(m_db, cellSql("S5", "D2")).isNull());
    QVERIFY2(run.out.contains("removed"), run.out.constData());

    // Refused: nothing written, exit 2, the reason on stderr.
    const QByteArray before = fingerprint(m_db);
    for (const QStringList& arguments : {QStringList{"--class", "S5", "--domain", "D2", "--clear"},
                                         QStringList{"--class", "S1", "--domain", "D9", "--amount", "1000"},
                                         QStringList{"--class", "S1", "--domain", "D1", "--amount", "-1000"},
                                         QStringList{"--class", " ", "--domain", "D1", "--amount", "1000"}}) {
        run = palierCli(QStringList{"forfait", "set", "--db", m_db} + arguments);
        QVERIFY2(run.exitCode == 2, qPrintable(arguments.join(u' ')));
        QVERIFY(!run.err.isEmpty());
        QCOMPARE(fingerprint(m_db), before);
    }
}

void TestCliForfait::importsAFile()
{
    const QString path = writeFile(QStringLiteral("grid.csv"), "classe;domaine;montant\n"
                                                               "S1;D1;40 000\n"
                                                               "S1;D2;\"120 000,50 €\"\n"
                                                               "S2;D2;250000\n"
                                                               "S3;D2;800000\n");
    const Run run = palierCli({"forfait", "import", "--db", m_db, path, "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = run.json();
    QCOMPARE(json.value("read").toInt(), 4);
    QCOMPARE(json.value("written").toBool(), true);
    QCOMPARE(json.value("warnings").toArray().size(), 1); // 800 000 € is over the bounds
    QCOMPARE(json.value("warnings").toArray().first().toObject().value("line").toInt(), 5);
    // The file's grid replaced the demo's whole.
    QCOMPARE(sqlValue(m_db, QStringLiteral("SELECT count(*) FROM forfait_grid")).toInt(), 4);
    QCOMPARE(sqlValue(m_db, cellSql("S1", "D2")).toLongLong(), 12000050);
    QCOMPARE(sqlValue(m_db, cellSql("S3", "D2")).toLongLong(), 80000000);
    QVERIFY(sqlValue(m_db, cellSql("S4", "D2")).isNull());
    // The list now says which size classes of the establishments the grid lacks.
    const Run list = palierCli({"forfait", "--db", m_db, "--json"});
    QCOMPARE(list.json().value("sizeClassesNotInGrid").toArray(), QJsonArray({"S4"}));
}

void TestCliForfait::refusedImportWritesNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::addRow("unknown domain") << QByteArray("size_class;domain;amount\nS1;D1;40000\nS1;D8;40000\n") << 3;
    QTest::addRow("negative") << QByteArray("size_class;domain;amount\nS1;D1;-40000\n") << 2;
    QTest::addRow("empty size class") << QByteArray("size_class;domain;amount\n;D1;40000\n") << 2;
    QTest::addRow("duplicate") << QByteArray("size_class;domain;amount\nS1;D1;40000\nS1;D1;50000\n") << 3;
    QTest::addRow("not an amount") << QByteArray("size_class;domain;amount\nS1;D1;beaucoup\n") << 2;
    QTest::addRow("wrong columns") << QByteArray("finess;nom\n010000024;CH\n") << 0;
    QTest::addRow("no rows") << QByteArray("size_class;domain;amount\n") << 0;
}

void TestCliForfait::refusedImportWritesNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    const QString path = writeFile(QStringLiteral("bad.csv"), content);
    const QByteArray before = fingerprint(m_db);
    const Run run = palierCli({"forfait", "import", "--db", m_db, path, "--json"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QCOMPARE(fingerprint(m_db), before);
    const QJsonObject json = run.json();
    QVERIFY2(json.contains("error"), run.out.constData());
    if (line > 0) {
        QCOMPARE(json.value("written").toBool(true), false);
        const QJsonArray rejected = json.value("rejected").toArray();
        QVERIFY(!rejected.isEmpty());
        QCOMPARE(rejected.first().toObject().value("line").toInt(), line);
        QVERIFY2(run.err.contains(QByteArray("Line ") + QByteArray::number(line)), run.err.constData());
    }
}

void TestCliForfait::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("set without amount") << QStringList{"forfait", "set", "--class", "S1", "--domain", "D1"};
    QTest::addRow("set with both") << QStringList{"forfait", "set",      "--class", "S1",     "--domain",
                                                  "D1",      "--amount", "1000",    "--clear"};
    QTest::addRow("set without class") << QStringList{"forfait", "set", "--domain", "D1", "--amount", "1000"};
    QTest::addRow("amount not a number") << QStringList{"forfait",  "set", "--class",  "S1",
                                                        "--domain", "D1",  "--amount", "mille"};
    QTest::addRow("options without set") << QStringList{"forfait", "--class", "S1"};
    QTest::addRow("import without file") << QStringList{"forfait", "import"};
    QTest::addRow("import missing file") << QStringList{"forfait", "import", "/nonexistent/grid.csv"};
    QTest::addRow("unknown action") << QStringList{"forfait", "delete"};
}

void TestCliForfait::badArguments()
{
    QFETCH(QStringList, arguments);
    const QByteArray before = fingerprint(m_db);
    const Run run = palierCli(arguments + QStringList{"--db", m_db});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QCOMPARE(fingerprint(m_db), before);
}

QTEST_GUILESS_MAIN(TestCliForfait)
#include "tst_cliforfait.moc"
