// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real palier-cli: `preselect` (both methods, quotas, --save), `seal` (the DGOS files, the readiness
// check) and `export dgos` (the files of a sealed version, written again), on the demo campaign; the optimum is checked
// against a brute force computed here from the JSON output.
#include "CliTestSupport.h"
#include "db/Database.h"
#include "db/DatabasePostgres.h"
#include "io/SourceTable.h"
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier::CliTest;

namespace {

qint64 runCount(const QString& path)
{
    // Through Palier, read-only: the same database whichever engine holds it (PALIER_TEST_PG).
    auto db = Palier::Database::open(path, {.readOnly = true});
    if (!db) {
        return -1;
    }
    QSqlQuery query(db.value()->connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM preselection_run")) && query.next()
               ? query.value(0).toLongLong()
               : -1;
}

/// The cells of sheet `sheet` of a workbook, read back through Palier's own reader.
QList<QStringList> sheetRows(const QString& path, const QString& sheet)
{
    QList<QStringList> rows;
    Palier::Result<Palier::TableFormat> format = Palier::detectTableFormat(path);
    if (!format) {
        return rows;
    }
    format->sheet = sheet;
    const Palier::Result<QStringList> header = Palier::readTable(path, format.value(), [&rows](const auto& row) {
        rows.append(row.cells);
        return true;
    });
    if (header) {
        rows.prepend(header.value());
    }
    return rows;
}

/// Runs `statements` on the SQLite file `path` directly, as no Palier screen would write them.
bool editFile(const QString& path, const QStringList& statements)
{
    bool ok = true;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
        raw.setDatabaseName(path);
        ok = raw.open();
        QSqlQuery query(raw);
        for (const QString& statement : statements) {
            ok = ok && query.exec(statement);
        }
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("edit"));
    return ok;
}

} // namespace

class TestCliPreselect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void badArgumentsExit2AndWriteNothing_data();
    void badArgumentsExit2AndWriteNothing();
    void rankFillRespectsEnvelopeAndQuota();
    void optimalEqualsIndependentOptimum();
    void saveThenSeal();
    void exportDgosWritesTheSealedFilesAgain();
    void exportDgosRefusesAnUnsealedVersion();
    void exportDgosWritesHostileTextsAsSealed();
    void sealRefusesADamagedFile();

private:
    QStringList db() const { return {QStringLiteral("--db"), m_db}; }
    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_sealed = 0; ///< the version saveThenSeal() sealed
};

void TestCliPreselect::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("demo.palier"));
    const Run demo = palierCli({QStringLiteral("demo"), QStringLiteral("--db"), m_db});
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
}

void TestCliPreselect::badArgumentsExit2AndWriteNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString p = QStringLiteral("preselect");
    const QString s = QStringLiteral("seal");
    QTest::addRow("no method") << QStringList{p, QStringLiteral("--save")};
    QTest::addRow("bad method") << QStringList{p, QStringLiteral("--method"), QStringLiteral("greedy"),
                                               QStringLiteral("--save")};
    QTest::addRow("unknown domain") << QStringList{p,
                                                   QStringLiteral("--method"),
                                                   QStringLiteral("rank"),
                                                   QStringLiteral("--quota"),
                                                   QStringLiteral("D9=..10"),
                                                   QStringLiteral("--save")};
    QTest::addRow("unknown status") << QStringList{p,
                                                   QStringLiteral("--method"),
                                                   QStringLiteral("rank"),
                                                   QStringLiteral("--quota"),
                                                   QStringLiteral("status:royal=1.."),
                                                   QStringLiteral("--save")};
    QTest::addRow("bad amount") << QStringList{p,
                                               QStringLiteral("--method"),
                                               QStringLiteral("rank"),
                                               QStringLiteral("--quota"),
                                               QStringLiteral("D2=..abc"),
                                               QStringLiteral("--save")};
    QTest::addRow("min above max") << QStringList{p,
                                                  QStringLiteral("--method"),
                                                  QStringLiteral("optimal"),
                                                  QStringLiteral("--quota"),
                                                  QStringLiteral("D2=50%..10%"),
                                                  QStringLiteral("--save")};
    QTest::addRow("bad envelope") << QStringList{p,
                                                 QStringLiteral("--method"),
                                                 QStringLiteral("rank"),
                                                 QStringLiteral("--envelope"),
                                                 QStringLiteral("lots"),
                                                 QStringLiteral("--save")};
    QTest::addRow("seal without run") << QStringList{s, QStringLiteral("--out"), QStringLiteral("x.xlsx")};
    QTest::addRow("seal not xlsx") << QStringList{s, QStringLiteral("--run"), QStringLiteral("1"),
                                                  QStringLiteral("--out"), QStringLiteral("x.csv")};
    QTest::addRow("seal missing folder") << QStringList{s, QStringLiteral("--run"), QStringLiteral("1"),
                                                        QStringLiteral("--out"),
                                                        QStringLiteral("/nonexistent/folder/x.xlsx")};
    const QString e = QStringLiteral("export");
    const QString d = QStringLiteral("dgos");
    QTest::addRow("export dgos without run") << QStringList{e, d, QStringLiteral("--out"), QStringLiteral("x.xlsx")};
    QTest::addRow("export dgos bad run") << QStringList{
        e, d, QStringLiteral("--run"), QStringLiteral("two"), QStringLiteral("--out"), QStringLiteral("x.xlsx")};
    QTest::addRow("export dgos not xlsx") << QStringList{
        e, d, QStringLiteral("--run"), QStringLiteral("1"), QStringLiteral("--out"), QStringLiteral("x.csv")};
    QTest::addRow("export dgos unknown run") << QStringList{
        e, d, QStringLiteral("--run"), QStringLiteral("9999"), QStringLiteral("--out"), QDir::tempPath() + "/x.xlsx"};
    QTest::addRow("export what") << QStringList{e, QStringLiteral("letters"), QStringLiteral("--out"),
                                                QStringLiteral("x.xlsx")};
}

void TestCliPreselect::badArgumentsExit2AndWriteNothing()
{
    QFETCH(QStringList, arguments);
    const qint64 before = runCount(m_db);
    const Run run = palierCli(arguments + db());
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QCOMPARE(runCount(m_db), before);
}

void TestCliPreselect::rankFillRespectsEnvelopeAndQuota()
{
    const qint64 before = runCount(m_db);
    const Run run =
        palierCli(QStringList{QStringLiteral("preselect"), QStringLiteral("--method"), QStringLiteral("rank"),
                              QStringLiteral("--envelope"), QStringLiteral("900 000"), QStringLiteral("--quota"),
                              QStringLiteral("D1=..50%"), QStringLiteral("--json")} +
                  db());
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("rule"));
    QCOMPARE(json.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("envelope_cents")).toInteger(),
             90000000);
    qint64 total = 0, d1 = 0;
    for (const QJsonValue& v : json.value(QStringLiteral("selected")).toArray()) {
        total += v[QStringLiteral("amount_cents")].toInteger();
        d1 += v[QStringLiteral("domain")].toString() == QLatin1String("D1")
                  ? v[QStringLiteral("amount_cents")].toInteger()
                  : 0;
    }
    QCOMPARE(total, json.value(QStringLiteral("total_cents")).toInteger());
    QVERIFY(total <= 90000000);
    QVERIFY(d1 <= 45000000);
    for (const QJsonValue& v : json.value(QStringLiteral("left_out")).toArray()) {
        QVERIFY(!v[QStringLiteral("reason")].toString().isEmpty());
    }
    QVERIFY(json.value(QStringLiteral("run")).isNull());
    QCOMPARE(runCount(m_db), before); // nothing written without --save
    const Run human =
        palierCli(QStringList{QStringLiteral("preselect"), QStringLiteral("--method"), QStringLiteral("rank")} + db());
    QCOMPARE(human.exitCode, 0);
    QVERIFY(human.out.contains("Total score"));
}

void TestCliPreselect::optimalEqualsIndependentOptimum()
{
    const Run run =
        palierCli(QStringList{QStringLiteral("preselect"), QStringLiteral("--method"), QStringLiteral("optimal"),
                              QStringLiteral("--envelope"), QStringLiteral("1500000"), QStringLiteral("--quota"),
                              QStringLiteral("status:public=..60%"), QStringLiteral("--json")} +
                  db());
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("optimal"));
    // Every rule the run used (the roadmap's quotas and the command line's) is in its parameters.
    const QJsonObject parameters = json.value(QStringLiteral("parameters")).toObject();
    const qint64 envelope = parameters.value(QStringLiteral("envelope_cents")).toInteger();
    QCOMPARE(envelope, 150000000);
    struct File
    {
        double score;
        qint64 amount;
        QString domain;
        QString status;
        QString seedYear;
        qint64 seed;
        QString usageYear;
        qint64 usage;
    };
    QList<File> files;
    for (const QString& key : {QStringLiteral("selected"), QStringLiteral("left_out")}) {
        for (const QJsonValue& v : json.value(key).toArray()) {
            files.append({v[QStringLiteral("score")].toDouble(), v[QStringLiteral("amount_cents")].toInteger(),
                          v[QStringLiteral("domain")].toString(), v[QStringLiteral("status")].toString(),
                          QString::number(v[QStringLiteral("seed_year")].toInt()),
                          v[QStringLiteral("seed_cents")].toInteger(),
                          QString::number(v[QStringLiteral("usage_year")].toInt()),
                          v[QStringLiteral("usage_cents")].toInteger()});
        }
    }
    QVERIFY(!files.isEmpty());
    QVERIFY(files.size() <= 20);
    const QJsonArray quotas = parameters.value(QStringLiteral("quotas")).toArray();
    QVERIFY(!quotas.isEmpty());
    double best = 0;
    for (quint32 mask = 0; mask < (1u << files.size()); ++mask) {
        qint64 total = 0;
        double score = 0;
        QHash<QString, qint64> perKey;
        for (int i = 0; i < files.size(); ++i) {
            if (mask & (1u << i)) {
                total += files.at(i).amount;
                score += files.at(i).score;
                perKey[files.at(i).domain] += files.at(i).amount;
                perKey[QStringLiteral("status:") + files.at(i).status] += files.at(i).amount;
                perKey[QStringLiteral("year:") + files.at(i).seedYear] += files.at(i).seed;
                perKey[QStringLiteral("year:") + files.at(i).usageYear] += files.at(i).usage;
            }
        }
        bool ok = total <= envelope;
        const QJsonObject years = parameters.value(QStringLiteral("envelope_per_year_cents")).toObject();
        for (auto it = years.constBegin(); it != years.constEnd(); ++it) {
            ok = ok && perKey.value(QStringLiteral("year:") + it.key()) <= it.value().toInteger();
        }
        for (const QJsonValue& q : quotas) {
            const qint64 sum = perKey.value(q[QStringLiteral("key")].toString());
            ok = ok && (!q.toObject().contains(QStringLiteral("max_cents")) ||
                        sum <= q[QStringLiteral("max_cents")].toInteger());
            ok = ok && (!q.toObject().contains(QStringLiteral("min_cents")) ||
                        sum >= q[QStringLiteral("min_cents")].toInteger());
        }
        if (ok) {
            best = std::max(best, score);
        }
    }
    QVERIFY(best > 0);
    QVERIFY2(
        qAbs(json.value(QStringLiteral("total_score")).toDouble() - best) < 1e-6,
        qPrintable(QStringLiteral("%1 vs %2").arg(json.value(QStringLiteral("total_score")).toDouble()).arg(best)));
}

void TestCliPreselect::saveThenSeal()
{
    const qint64 before = runCount(m_db);
    const Run saved =
        palierCli(QStringList{QStringLiteral("preselect"), QStringLiteral("--method"), QStringLiteral("optimal"),
                              QStringLiteral("--save"), QStringLiteral("--json")} +
                  db());
    QCOMPARE(saved.exitCode, 0);
    const qint64 version = saved.json().value(QStringLiteral("run")).toInteger();
    QVERIFY(version > 0);
    QCOMPARE(runCount(m_db), before + 1);

    const QString xlsx = m_dir.filePath(QStringLiteral("dgos.xlsx"));
    const Run sealed = palierCli(QStringList{QStringLiteral("seal"), QStringLiteral("--run"), QString::number(version),
                                             QStringLiteral("--out"), xlsx, QStringLiteral("--json")} +
                                 db());
    QVERIFY2(sealed.exitCode == 0, sealed.out + sealed.err);
    const QJsonObject json = sealed.json();
    QVERIFY(json.value(QStringLiteral("sealed")).toBool());
    QCOMPARE(json.value(QStringLiteral("deadline")).toString(), QStringLiteral("2019-08-30"));
    QVERIFY(json.value(QStringLiteral("days_left")).toInteger() < 0);
    QFile file(xlsx);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(json.value(QStringLiteral("sha256")).toString().toLatin1(),
             QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    QFile csv(m_dir.filePath(QStringLiteral("dgos.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readLine().startsWith("\xEF\xBB\xBFVersion;R"));

    // Sealed: sealing again is blocked (exit 1) and writes nothing.
    const QString again = m_dir.filePath(QStringLiteral("again.xlsx"));
    const Run twice = palierCli(QStringList{QStringLiteral("seal"), QStringLiteral("--run"), QString::number(version),
                                            QStringLiteral("--out"), again} +
                                db());
    QCOMPARE(twice.exitCode, 1);
    QVERIFY(twice.out.contains("Blocking"));
    QVERIFY(!QFile::exists(again));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("again.csv"))));
    m_sealed = version;
}

void TestCliPreselect::exportDgosWritesTheSealedFilesAgain()
{
    QVERIFY(m_sealed > 0);
    QFile sealedCsv(m_dir.filePath(QStringLiteral("dgos.csv")));
    QVERIFY(sealedCsv.open(QIODevice::ReadOnly));
    const QByteArray sealedRows = sealedCsv.readAll();
    QVERIFY(sealedRows.count('\n') >= 2); // the header and at least one file
    QFile database(m_db);
    const QDateTime modified = QFileInfo(m_db).lastModified();

    const QString xlsx = m_dir.filePath(QStringLiteral("resent.xlsx"));
    const Run exported =
        palierCli(QStringList{QStringLiteral("export"), QStringLiteral("dgos"), QStringLiteral("--run"),
                              QString::number(m_sealed), QStringLiteral("--out"), xlsx, QStringLiteral("--json")} +
                  db());
    QVERIFY2(exported.exitCode == 0, exported.out + exported.err);
    const QJsonObject json = exported.json();
    QCOMPARE(json.value(QStringLiteral("run")).toInteger(), m_sealed);
    QCOMPARE(json.value(QStringLiteral("rows")).toInt(), int(sealedRows.count('\n')) - 1);
    QFile csv(m_dir.filePath(QStringLiteral("resent.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll(), sealedRows); // byte for byte the rows that were sealed
    QFile file(xlsx);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(json.value(QStringLiteral("sha256")).toString().toLatin1(),
             QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    QVERIFY(!json.value(QStringLiteral("sealed_sha256")).toString().isEmpty());
    if (!Palier::testsRunOnPostgres()) {
        QCOMPARE(QFileInfo(m_db).lastModified(), modified); // read-only: the database is not touched
    }

    // The human summary names the version and the files.
    const Run human = palierCli(QStringList{QStringLiteral("export"), QStringLiteral("dgos"), QStringLiteral("--run"),
                                            QString::number(m_sealed), QStringLiteral("--out"), xlsx} +
                                db());
    QCOMPARE(human.exitCode, 0);
    QVERIFY2(human.out.contains("Sealed version " + QByteArray::number(m_sealed)), human.out.constData());
}

void TestCliPreselect::exportDgosRefusesAnUnsealedVersion()
{
    const Run saved =
        palierCli(QStringList{QStringLiteral("preselect"), QStringLiteral("--method"), QStringLiteral("rank"),
                              QStringLiteral("--save"), QStringLiteral("--json")} +
                  db());
    QCOMPARE(saved.exitCode, 0);
    const qint64 version = saved.json().value(QStringLiteral("run")).toInteger();
    QVERIFY(version > m_sealed);
    const QString xlsx = m_dir.filePath(QStringLiteral("draft.xlsx"));
    const Run refused = palierCli(QStringList{QStringLiteral("export"), QStringLiteral("dgos"), QStringLiteral("--run"),
                                              QString::number(version), QStringLiteral("--out"), xlsx} +
                                  db());
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("is not sealed"), refused.err.constData());
    QVERIFY(!QFile::exists(xlsx));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("draft.csv"))));
    const Run json =
        palierCli(QStringList{QStringLiteral("export"), QStringLiteral("dgos"), QStringLiteral("--run"),
                              QString::number(version), QStringLiteral("--out"), xlsx, QStringLiteral("--json")} +
                  db());
    QCOMPARE(json.exitCode, 2);
    QVERIFY2(json.out.contains("selection.not-sealed"), json.out + json.err);
}

void TestCliPreselect::exportDgosWritesHostileTextsAsSealed()
{
    if (Palier::testsRunOnPostgres()) {
        QSKIP("SQLite only: the texts are edited in the file");
    }
    // `export dgos` reads a SQLite file through SQLite's own interface (the UTF-8 as stored; the rows by batches
    // handed to the workbook's thread as they are read), `seal` through Qt's: texts a spreadsheet must not run (a
    // formula), texts the CSV must quote (quotes, `;`, a line break) and bytes that are not UTF-8 come out the
    // same, in the same order, in both files.
    const QString path = m_dir.filePath(QStringLiteral("hostile.palier"));
    const Run demo = palierCli({QStringLiteral("demo"), QStringLiteral("--db"), path});
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
    QVERIFY(
        editFile(path, {QStringLiteral("UPDATE candidature SET state = 'instruit' WHERE state IN ('preselectionne', "
                                       "'liste_attente', 'non_retenu', 'valide_dgos', 'notifie', 'en_cours', "
                                       "'termine')")}));
    const Run saved = palierCli({QStringLiteral("preselect"), QStringLiteral("--method"), QStringLiteral("rank"),
                                 QStringLiteral("--save"), QStringLiteral("--json"), QStringLiteral("--db"), path});
    QCOMPARE(saved.exitCode, 0);
    const QString version = QString::number(saved.json().value(QStringLiteral("run")).toInteger());
    const QString items = QStringLiteral("SELECT candidature_id FROM preselection_item WHERE run_id = %1").arg(version);
    QVERIFY(editFile(
        path,
        {QStringLiteral("UPDATE establishment SET name = '=HYPERLINK(\"http://x\";\"y\")' WHERE id IN (SELECT "
                        "establishment_id FROM candidature WHERE id IN (%1) AND id % 3 = 0)")
             .arg(items),
         QStringLiteral("UPDATE candidature SET title = 'Titre \"x\"; y' || char(10) || title WHERE id IN (%1) AND "
                        "id % 4 = 1")
             .arg(items),
         QStringLiteral("UPDATE candidature SET title = '+' || CAST(x'C328' AS TEXT) || title WHERE id IN (%1) AND "
                        "id % 7 = 2")
             .arg(items),
         QStringLiteral("UPDATE establishment SET ght_code = NULL WHERE id IN (SELECT establishment_id FROM "
                        "candidature WHERE id IN (%1) AND id % 5 = 0)")
             .arg(items)}));

    const QString sealedXlsx = m_dir.filePath(QStringLiteral("hostile-sealed.xlsx"));
    const Run sealed = palierCli({QStringLiteral("seal"), QStringLiteral("--run"), version, QStringLiteral("--out"),
                                  sealedXlsx, QStringLiteral("--db"), path});
    QVERIFY2(sealed.exitCode == 0 || sealed.exitCode == 1, sealed.out + sealed.err);
    const QString exportedXlsx = m_dir.filePath(QStringLiteral("hostile-again.xlsx"));
    const Run exported = palierCli({QStringLiteral("export"), QStringLiteral("dgos"), QStringLiteral("--run"), version,
                                    QStringLiteral("--out"), exportedXlsx, QStringLiteral("--db"), path});
    QVERIFY2(exported.exitCode == 0, exported.out + exported.err);

    QFile sealedCsv(m_dir.filePath(QStringLiteral("hostile-sealed.csv")));
    QFile exportedCsv(m_dir.filePath(QStringLiteral("hostile-again.csv")));
    QVERIFY(sealedCsv.open(QIODevice::ReadOnly));
    QVERIFY(exportedCsv.open(QIODevice::ReadOnly));
    const QByteArray csv = exportedCsv.readAll();
    QCOMPARE(csv, sealedCsv.readAll());
    QVERIFY(csv.contains(";\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\";"));
    QVERIFY(csv.contains(";\"Titre \"\"x\"\"; y\n"));
    QVERIFY(csv.contains(";'+\xEF\xBF\xBD(")); // neutralised, the stray byte replaced as Qt replaces it

    const QList<QStringList> sheet = sheetRows(exportedXlsx, QStringLiteral("Présélection"));
    QCOMPARE(sheet, sheetRows(sealedXlsx, QStringLiteral("Présélection")));
    QVERIFY2(sheet.size() > 32 + 1, "more rows than one batch of the reader (32)");
    QCOMPARE(sheet.size(), csv.count("\r\n")); // the header and every file, in both files
    int formulas = 0;
    for (const QStringList& row : sheet) {
        formulas += row.value(4).startsWith(QLatin1String("'=HYPERLINK")) ? 1 : 0;
        QVERIFY(!row.value(4).startsWith(QLatin1Char('=')));
    }
    QVERIFY(formulas > 0);
    QCOMPARE(sheetRows(exportedXlsx, QStringLiteral("Totaux")), sheetRows(sealedXlsx, QStringLiteral("Totaux")));
}

void TestCliPreselect::sealRefusesADamagedFile()
{
    if (Palier::testsRunOnPostgres()) {
        QSKIP("SQLite only: the test damages the file's pages");
    }
    // The file's pages are checked while seal reads (Database::Options::deferCheck); the damage found then stops it
    // before anything is written: no DGOS file, the database byte for byte as it was.
    const QString path = m_dir.filePath(QStringLiteral("damaged.palier"));
    const Run demo = palierCli({QStringLiteral("demo"), QStringLiteral("--db"), path});
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
    const Run saved = palierCli({QStringLiteral("preselect"), QStringLiteral("--method"), QStringLiteral("rank"),
                                 QStringLiteral("--save"), QStringLiteral("--json"), QStringLiteral("--db"), path});
    QCOMPARE(saved.exitCode, 0);
    const qint64 version = saved.json().value(QStringLiteral("run")).toInteger();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery query(raw); // a last page that seal never reads
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE scratch (x)")));
        QVERIFY(query.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                          "WHERE i < 200) INSERT INTO scratch SELECT randomblob(100) FROM n")));
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(file.size() - 4096));
    file.write(QByteArray(4096, '\x5A'));
    QVERIFY(file.seek(0));
    const QByteArray before = file.readAll();
    file.close();

    const QString xlsx = m_dir.filePath(QStringLiteral("damaged.xlsx"));
    const Run sealed = palierCli({QStringLiteral("seal"), QStringLiteral("--run"), QString::number(version),
                                  QStringLiteral("--out"), xlsx, QStringLiteral("--db"), path});
    QCOMPARE(sealed.exitCode, 2);
    QVERIFY2(sealed.err.contains("damaged"), sealed.err.constData());
    QVERIFY(!QFile::exists(xlsx));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("damaged.csv"))));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

QTEST_GUILESS_MAIN(TestCliPreselect)
#include "tst_clipreselect.moc"
