// SPDX-License-Identifier: GPL-3.0-or-later
// palier-cli import, run as scripts run it: exit codes, the JSON report, line numbers, nothing half-written.
#include "CliTestSupport.h"
#include "db/Database.h"
#include "import/Importer.h"
#include "model/Identifiers.h"
#include "scoring/ScoreStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier::CliTest;

namespace {

QList<int> lines(const QJsonValue& issues)
{
    QList<int> result;
    for (const QJsonValue& issue : issues.toArray()) {
        const int line = issue.toObject().value("line").toInt();
        if (!result.contains(line)) {
            result.append(line);
        }
    }
    std::sort(result.begin(), result.end());
    return result;
}

const QString Real = QStringLiteral(PALIER_REAL_DATA_DIR "/");
const QString Data = QStringLiteral(PALIER_TEST_DATA_DIR "/");

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private slots:
    void helpMentionsImport();
    void unusableInputExits2_data();
    void unusableInputExits2();
    void realFilesWithJson();
    void corruptedKeysExit1AndWriteNothing();
    void humanSummary();
    void dryRun();
    void profiles();
    void badRowsCorpus_data();
    void badRowsCorpus();
    void indicators();
    void scores();
    void sizeClass();

private:
    QString newDatabase(const QString& name, const QString& region = QStringLiteral("84"));
    QTemporaryDir m_dir;
};

QString TestCliImport::newDatabase(const QString& name, const QString& region)
{
    const QString path = m_dir.filePath(name);
    const Run run = palierCli({"init", "--db", path, "--region", region});
    return run.exitCode == 0 ? path : QString();
}

void TestCliImport::helpMentionsImport()
{
    Run run = palierCli({"--help"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("import KIND FILE"));
    run = palierCli({"import", "--help"});
    QCOMPARE(run.exitCode, 0);
    for (const char* option : {"--accept-valid", "--profile", "--dry-run", "--json"}) {
        QVERIFY2(run.out.contains(option), option);
    }
}

void TestCliImport::unusableInputExits2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("errorCode");
    const QString sae = Real + "sae-2022-id.csv";
    QTest::addRow("no kind nor file") << QStringList{"import"} << "cli.arguments";
    QTest::addRow("no file") << QStringList{"import", "establishments"} << "cli.arguments";
    QTest::addRow("unknown kind") << QStringList{"import", "unicorns", sae} << "cli.arguments";
    QTest::addRow("extra argument") << QStringList{"import", "ght", sae, "more"} << "cli.arguments";
    QTest::addRow("missing file") << QStringList{"import", "establishments", Data + "absent.csv"} << "io.unreadable";
    QTest::addRow("binary file") << QStringList{"import", "establishments", Data + "bad/binary.png"} << "io.binary";
    QTest::addRow("unknown profile") << QStringList{"import", "establishments", sae, "--profile", "nope"}
                                     << "import.no-profile";
    QTest::addRow("no FINESS column") << QStringList{"import", "establishments", Real + "sae-2022-ght.csv"}
                                      << "import.mapping";
}

void TestCliImport::unusableInputExits2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, errorCode);
    const QString db = newDatabase(QStringLiteral("unusable.palier"));
    QVERIFY(!db.isEmpty());
    const QByteArray before = sha256(db);
    const Run run = palierCli(arguments + QStringList{"--db", db, "--json"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QCOMPARE(run.json().value("error").toObject().value("code").toString(), errorCode);
    QCOMPARE(sha256(db), before);
    QFile::remove(db);
}

void TestCliImport::realFilesWithJson()
{
    const QString db = newDatabase(QStringLiteral("real.palier"));
    QVERIFY(!db.isEmpty());
    Run run = palierCli({"import", "establishments", Real + "sae-2022-id.csv", "--db", db, "--json"});
    QCOMPARE(run.exitCode, 0);
    QJsonObject report = run.json();
    QCOMPARE(report.value("read").toInt(), 3995);
    QCOMPARE(report.value("inserted").toInt(), 3995);
    QCOMPARE(report.value("rejected").toArray().size(), 0);
    QCOMPARE(report.value("warnings").toArray().size(), 48);
    QCOMPARE(report.value("warnings").toArray().first().toObject().value("column").toString(), QStringLiteral("sir"));
    QCOMPARE(report.value("committed").toBool(), true);

    run = palierCli({"import", "ght", Real + "sae-2022-ght.csv", "--db", db, "--json"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value("inserted").toInt(), 136);

    run = palierCli({"import", "establishments", Real + "finess-etablissements.xlsx", "--db", db, "--json"});
    QCOMPARE(run.exitCode, 0);
    report = run.json();
    QCOMPARE(report.value("read").toInt(), 3974);
    QCOMPARE(report.value("inserted").toInt(), 99);
    QCOMPARE(report.value("updated").toInt(), 913);
    QCOMPARE(report.value("unchanged").toInt(), 2962);
    QCOMPARE(report.value("updates").toArray().size(), 913);

    run = palierCli({"info", "--db", db, "--json"});
    QCOMPARE(run.json().value("tables").toObject().value("establishment").toInt(), 4094);
}

void TestCliImport::corruptedKeysExit1AndWriteNothing()
{
    // Real SAE lines with the FINESS key altered on lines 3, 17 and 42.
    QFile sae(Real + "sae-2022-id.csv");
    QVERIFY(sae.open(QIODevice::ReadOnly));
    QByteArray text;
    for (int line = 1; line <= 61 && !sae.atEnd(); ++line) {
        QByteArray record = sae.readLine();
        if (line == 3 || line == 17 || line == 42) {
            const qsizetype key = record.indexOf(';', record.indexOf(';') + 1) + 9;
            record[key] = char('0' + (record[key] - '0' + 5) % 10);
        }
        text += record;
    }
    const QString file = m_dir.filePath(QStringLiteral("corrupted.csv"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text);
    out.close();

    const QString db = newDatabase(QStringLiteral("corrupted.palier"));
    const QByteArray before = sha256(db);
    Run run = palierCli({"import", "establishments", file, "--db", db, "--json"});
    QCOMPARE(run.exitCode, 1);
    QJsonObject report = run.json();
    QCOMPARE(lines(report.value("rejected")), (QList<int>{3, 17, 42}));
    QCOMPARE(report.value("committed").toBool(), false);
    QCOMPARE(sha256(db), before);
    run = palierCli({"info", "--db", db, "--json"});
    QCOMPARE(run.json().value("tables").toObject().value("establishment").toInt(), 0);

    run = palierCli({"import", "establishments", file, "--db", db, "--json", "--accept-valid"});
    QCOMPARE(run.exitCode, 0);
    report = run.json();
    QCOMPARE(lines(report.value("rejected")), (QList<int>{3, 17, 42}));
    QCOMPARE(report.value("inserted").toInt(), 57);
    QCOMPARE(report.value("committed").toBool(), true);
}

void TestCliImport::humanSummary()
{
    const QString db = newDatabase(QStringLiteral("human.palier"));
    const Run run = palierCli({"import", "establishments", Data + "bad/rows-establishments-bad-keys.csv", "--db", db});
    QCOMPARE(run.exitCode, 1);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(u"2 new, 0 updated, 0 unchanged, 5 rejected"), qPrintable(out));
    QVERIFY(out.contains(u"Rejected: line 3, column FINESS: FINESS number 010000025 has check key 5"));
    QVERIFY(out.contains(u"Rejected: line 8, column FINESS: The FINESS number is missing"));
    QVERIFY(out.contains(u"Nothing was written"));
    QVERIFY(out.contains(u"--accept-valid"));
}

void TestCliImport::dryRun()
{
    const QString db = newDatabase(QStringLiteral("dryrun.palier"));
    const QByteArray before = sha256(db);
    const Run run = palierCli({"import", "ght", Real + "sae-2022-ght.csv", "--db", db, "--dry-run", "--json"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value("inserted").toInt(), 136);
    QCOMPARE(run.json().value("committed").toBool(), false);
    QCOMPARE(run.json().value("dryRun").toBool(), true);
    QCOMPARE(sha256(db), before);
}

void TestCliImport::profiles()
{
    const QString path = newDatabase(QStringLiteral("profiles.palier"));
    {
        auto db = Palier::Database::open(path, {});
        QVERIFY(db);
        Palier::ImportProfile profile;
        profile.name = QStringLiteral("Liste sans en-tête");
        profile.format.separator = QLatin1Char(',');
        profile.format.hasHeader = false;
        profile.mapping = {{"finess_et", 1}, {"name", 0}, {"legal_status", 2}};
        QVERIFY(Palier::saveImportProfile(*db.value(), profile));
    }
    const QString file = m_dir.filePath(QStringLiteral("headerless.csv"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("CH DE FLEYRIAT,010000024,Public\nCH BUGEY SUD,010000032,Public\n");
    out.close();

    Run run = palierCli({"import", "establishments", file, "--db", path, "--profile", "Liste sans en-tête", "--json"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value("inserted").toInt(), 2);

    run = palierCli({"import", "ght", file, "--db", path, "--profile", "Liste sans en-tête"});
    QCOMPARE(run.exitCode, 2); // a profile for establishments
    run = palierCli({"import", "establishments", file, "--db", path, "--profile", "Autre"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(u"“Liste sans en-tête”"), run.err.constData());
}

void TestCliImport::badRowsCorpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QList<int>>("rejected");
    QFile file(Data + "import/bad-rows-expected.json");
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(file.readAll()).object();
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        QList<int> rejected;
        for (const QJsonValue& line : it.value().toObject().value("rejected").toArray()) {
            rejected.append(line.toInt());
        }
        QTest::addRow("%s", qPrintable(it.key()))
            << it.key() << it.value().toObject().value("kind").toString() << rejected;
    }
}

void TestCliImport::badRowsCorpus()
{
    QFETCH(QString, file);
    QFETCH(QString, kind);
    QFETCH(QList<int>, rejected);
    const QString db = newDatabase(file + QStringLiteral(".palier"));
    QVERIFY(!db.isEmpty());
    if (kind == QLatin1String("candidatures")) {
        QCOMPARE(palierCli({"import", "establishments", Data + "import/candidature-establishments.csv", "--db", db})
                     .exitCode,
                 0);
    }
    const QByteArray before = sha256(db);
    const Run run = palierCli({"import", kind, Data + "bad/" + file, "--db", db, "--json"});
    QCOMPARE(run.exitCode, rejected.isEmpty() ? 0 : 1);
    QCOMPARE(lines(run.json().value("rejected")), rejected);
    if (!rejected.isEmpty()) {
        QCOMPARE(sha256(db), before);
    }
}

void TestCliImport::indicators()
{
    const QString db = newDatabase(QStringLiteral("indicators.palier"), QStringLiteral("93"));
    Run run = palierCli({"import", "establishments", Data + "import/candidature-establishments.csv", "--db", db});
    QCOMPARE(run.exitCode, 0);
    const QByteArray before = sha256(db);
    const QString file = Data + "import/indicator-values.csv";
    run = palierCli({"import", "indicators", file, "--db", db, "--json"});
    QCOMPARE(run.exitCode, 1);
    QJsonObject report = run.json();
    QCOMPARE(report.value("kind").toString(), QStringLiteral("indicators"));
    QCOMPARE(lines(report.value("rejected")), (QList<int>{6, 7, 8, 9, 10, 11, 12}));
    const QJsonObject first = report.value("rejected").toArray().first().toObject();
    QCOMPARE(first.value("column").toString(), QStringLiteral("Valeur"));
    QVERIFY(first.value("reason").toString().contains(u"not a percentage"));
    QCOMPARE(report.value("committed").toBool(), false);
    QCOMPARE(sha256(db), before);

    run = palierCli({"import", "indicators", file, "--db", db, "--json", "--accept-valid"});
    QCOMPARE(run.exitCode, 0);
    report = run.json();
    QCOMPARE(report.value("inserted").toInt(), 5);
    QCOMPARE(report.value("committed").toBool(), true);
    run = palierCli({"info", "--db", db, "--json"});
    QCOMPARE(run.json().value("tables").toObject().value("indicator_value").toInt(), 5);
}

void TestCliImport::scores()
{
    const QString db = newDatabase(QStringLiteral("scores.palier"), QStringLiteral("93"));
    Run run = palierCli({"import", "establishments", Data + "import/candidature-establishments.csv", "--db", db});
    QCOMPARE(run.exitCode, 0);
    run = palierCli({"import", "candidatures", Data + "import/score-candidatures.csv", "--db", db});
    QCOMPARE(run.exitCode, 0);
    {
        auto opened = Palier::Database::open(db, {});
        QVERIFY(opened);
        QVERIFY(Palier::createEvaluator(*opened.value(), QStringLiteral("Évaluatrice Fictive A")));
        QVERIFY(Palier::createEvaluator(*opened.value(), QStringLiteral("Évaluateur Fictif B")));
    }
    const QByteArray before = sha256(db);
    const QString file = Data + "import/scores.csv";
    run = palierCli({"import", "scores", file, "--db", db});
    QCOMPARE(run.exitCode, 1);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(u"4 new, 0 updated, 0 unchanged, 5 rejected"), qPrintable(out));
    QVERIFY(out.contains(u"Rejected: line 5, column Note: 5 is outside the scale of criterion AXES"));
    QVERIFY(out.contains(u"Rejected: line 6, column Critère: “INCONNU” is not a criterion of the D2 grid"));
    QVERIFY(out.contains(u"Rejected: line 7, column Évaluateur: “Personne Inconnue” is not an evaluator"));
    QCOMPARE(sha256(db), before);

    run = palierCli({"import", "scores", file, "--db", db, "--json", "--accept-valid"});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject report = run.json();
    QCOMPARE(lines(report.value("rejected")), (QList<int>{5, 6, 7, 8, 9}));
    QCOMPARE(report.value("inserted").toInt(), 4);
    QCOMPARE(report.value("committed").toBool(), true);
    run = palierCli({"info", "--db", db, "--json"});
    QCOMPARE(run.json().value("tables").toObject().value("score").toInt(), 4);
}

void TestCliImport::sizeClass()
{
    // The size class of the forfait grid (issue 5), under one of its known headers: trimmed, and a value too long is
    // a warning of the JSON report, the row imported without it.
    const QString db = newDatabase(QStringLiteral("sizeclass.palier"), QStringLiteral("93"));
    QVERIFY(!db.isEmpty());
    QStringList finess;
    for (int i = 1; i <= 3; ++i) {
        finess.append(Palier::Identifiers::finessWithKey(QStringLiteral("1300000%1").arg(i)));
    }
    const QString file = m_dir.filePath(QStringLiteral("sizeclass.csv"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QStringLiteral("FINESS;Raison sociale;Statut;Classe de taille\n"
                             "%1;CENTRE FICTIF UN;Public; S4 \n"
                             "%2;CENTRE FICTIF DEUX;Public;une classe bien trop longue\n"
                             "%3;CENTRE FICTIF TROIS;Public;\n")
                  .arg(finess.at(0), finess.at(1), finess.at(2))
                  .toUtf8());
    out.close();
    const Run run = palierCli({"import", "establishments", file, "--db", db, "--json"});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject report = run.json();
    QCOMPARE(report.value("inserted").toInt(), 3);
    QCOMPARE(report.value("rejected").toArray().size(), 0);
    const QJsonArray warnings = report.value("warnings").toArray();
    QCOMPARE(warnings.size(), 1);
    const QJsonObject warning = warnings.first().toObject();
    QCOMPARE(warning.value("line").toInt(), 3);
    QCOMPARE(warning.value("column").toString(), QStringLiteral("Classe de taille"));
    QVERIFY2(warning.value("reason").toString().contains(u"une classe bien trop longue"),
             qPrintable(warning.value("reason").toString()));
    QCOMPARE(report.value("committed").toBool(), true);

    auto opened = Palier::Database::open(db, {});
    QVERIFY(opened);
    QSqlQuery query(opened.value()->connection());
    QVERIFY(query.exec("SELECT finess_et, coalesce(size_class, 'NULL') FROM establishment ORDER BY finess_et"));
    QStringList classes;
    while (query.next()) {
        classes.append(query.value(1).toString());
    }
    QCOMPARE(classes, (QStringList{"S4", "NULL", "NULL"}));
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
