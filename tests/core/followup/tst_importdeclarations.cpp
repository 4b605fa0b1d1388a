// SPDX-License-Identifier: GPL-3.0-or-later
// Usage declarations per period through the import pipeline: FINESS, usage indicator of a domain, period, value,
// declaration date; every bad row named by line, column and reason, all or nothing.
#include "../import/ImportTestSupport.h"
#include "followup/Declarations.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;
using namespace ImportTest;

namespace {

const QString Data = QStringLiteral(PALIER_TEST_DATA_DIR "/import/");
const QString Header = QStringLiteral("FINESS;Indicateur;Période;Valeur;Date de déclaration\n");

QString issueOn(const QList<RowIssue>& issues, int line)
{
    QStringList found;
    for (const RowIssue& issue : issues) {
        if (issue.line == line) {
            found.append(issue.column + QLatin1String(": ") + issue.reason);
        }
    }
    return found.join(QLatin1String(" | "));
}

} // namespace

class TestImportDeclarations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void kindAndFields();
    void goodFileIsImported();
    void reimportUpdatesAndKeepsUnchanged();
    void badRows_data();
    void badRows();
    void duplicatesAreRejected();
    void rejectedRowsWriteNothing();
    void acceptValidWritesTheValidRows();
    void refusedWriteNamesTheLineAndWritesNothing();

private:
    QString file(const QString& body);

    QTemporaryDir m_dir;
    QString m_template;
    std::unique_ptr<Database> m_db;
    int m_files = 0;
    int m_copies = 0;
};

void TestImportDeclarations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_template = m_dir.filePath(QStringLiteral("template.palier"));
    auto db = campaignDatabase(m_template, QStringLiteral("93"));
    QVERIFY(db);
    Result<ImportReport> registry =
        runImport(*db, request(ImportKind::Establishments, Data + "candidature-establishments.csv"));
    QVERIFY2(registry && registry->inserted == 5, qPrintable(errorOf(registry)));
}

void TestImportDeclarations::init()
{
    m_db.reset();
    const QString path = m_dir.filePath(QStringLiteral("declarations-%1.palier").arg(++m_copies));
    QVERIFY(QFile::copy(m_template, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto db = Database::open(path, {});
    QVERIFY(db);
    m_db = std::move(db).value();
}

QString TestImportDeclarations::file(const QString& body)
{
    const QString path = m_dir.filePath(QStringLiteral("declarations-%1.csv").arg(++m_files));
    return writeFile(path, Header + body) ? path : QString();
}

void TestImportDeclarations::kindAndFields()
{
    QCOMPARE(importKindFromCode(u"declarations"), std::optional<ImportKind>(ImportKind::Declarations));
    QCOMPARE(importKindCode(ImportKind::Declarations), QStringLiteral("declarations"));
    QStringList required;
    for (const ImportField& f : importFields(ImportKind::Declarations)) {
        if (f.required) {
            required.append(f.key);
        }
    }
    QCOMPARE(required, (QStringList{"finess_et", "indicator", "period", "value"}));
    const ImportRequest r = request(ImportKind::Declarations, file(QStringLiteral("130000011;D2.1;2021;85;\n")));
    QCOMPARE(r.mapping.value(QStringLiteral("finess_et")), 0);
    QCOMPARE(r.mapping.value(QStringLiteral("indicator")), 1);
    QCOMPARE(r.mapping.value(QStringLiteral("period")), 2);
    QCOMPARE(r.mapping.value(QStringLiteral("value")), 3);
    QCOMPARE(r.mapping.value(QStringLiteral("declared_on")), 4);
}

void TestImportDeclarations::goodFileIsImported()
{
    const QString path = file(QStringLiteral("130000011;D2.1;2021-T1;55,5;15/04/2021\n"
                                             "130000011;D2.1;2021-t2;72;2021-07-20\n"
                                             "130000011;d2.2;2021-S1;70 %;\n"
                                             "130000037;D6.3;2021;48;\n"
                                             "130000037;D6.1;2021-06;51;\n"
                                             "130000052;D1.1;06/2021;90;\n"));
    Result<ImportReport> report = runImport(*m_db, request(ImportKind::Declarations, path));
    QVERIFY2(report, qPrintable(errorOf(report)));
    QVERIFY2(report->rejected.isEmpty(), qPrintable(issueOn(report->rejected, report->rejected.value(0).line)));
    QCOMPARE(report->read, 6);
    QCOMPARE(report->inserted, 6);
    QVERIFY(report->committed);
    const qint64 establishment = count(*m_db, "SELECT id FROM establishment WHERE finess_et = '130000011'");
    Result<QList<Declaration>> declared = declarationsOf(*m_db, establishment);
    QVERIFY(declared);
    QCOMPARE(declared->size(), 3);
    QCOMPARE(declared->at(0).indicatorCode, QStringLiteral("D2.1"));
    QCOMPARE(declared->at(0).period, QStringLiteral("2021-T1"));
    QCOMPARE(declared->at(0).value, 55.5);
    QCOMPARE(declared->at(0).declaredOn, QDate(2021, 4, 15));
    QCOMPARE(declared->at(0).source, QFileInfo(path).fileName());
    QCOMPARE(declared->at(1).period, QStringLiteral("2021-T2"));
    QCOMPARE(declared->at(1).declaredOn, QDate(2021, 7, 20));
    QCOMPARE(declared->at(2).indicatorCode, QStringLiteral("D2.2"));
    QCOMPARE(declared->at(2).period, QStringLiteral("2021-S1"));
    QCOMPARE(declared->at(2).value, 70.0);
    QVERIFY(!declared->at(2).declaredOn.isValid());
    QCOMPARE(count(*m_db, "SELECT count(*) FROM indicator_declaration WHERE period = '2021-06'"), 2);
}

void TestImportDeclarations::reimportUpdatesAndKeepsUnchanged()
{
    QVERIFY(
        runImport(*m_db, request(ImportKind::Declarations,
                                 file(QStringLiteral("130000011;D2.1;2021-T1;55;\n130000011;D2.2;2021-T1;60;\n")))));
    Result<ImportReport> again = runImport(
        *m_db, request(ImportKind::Declarations,
                       file(QStringLiteral("130000011;D2.1;2021-T1;55;\n130000011;D2.2;2021-T1;65;01/05/2021\n"
                                           "130000011;D2.3;2021-T1;20;\n"))));
    QVERIFY2(again, qPrintable(errorOf(again)));
    QCOMPARE(again->unchanged, 1);
    QCOMPARE(again->updated, 1);
    QCOMPARE(again->inserted, 1);
    QCOMPARE(again->updates.size(), 1);
    QCOMPARE(again->updates.first().key, QStringLiteral("130000011 × D2.2 × 2021-T1"));
    QCOMPARE(again->updates.first().changes.first().before, QStringLiteral("60"));
    QCOMPARE(again->updates.first().changes.first().after, QStringLiteral("65"));
    QCOMPARE(count(*m_db, "SELECT count(*) FROM indicator_declaration"), 3);
    QCOMPARE(count(*m_db, "SELECT value FROM indicator_declaration d JOIN indicator i ON i.id = d.indicator_id "
                          "WHERE i.code = 'D2.2'"),
             65);
}

void TestImportDeclarations::badRows_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("reasonPart");
    QTest::addRow("unknown FINESS") << "130000029;D2.1;2021;50;"
                                    << "FINESS"
                                    << "130000029";
    QTest::addRow("invalid FINESS") << "13000001;D2.1;2021;50;"
                                    << "FINESS"
                                    << "13000001";
    QTest::addRow("missing FINESS") << ";D2.1;2021;50;"
                                    << "FINESS"
                                    << "";
    QTest::addRow("unknown indicator") << "130000011;D9.1;2021;50;"
                                       << "Indicateur"
                                       << "D9.1";
    QTest::addRow("missing indicator") << "130000011;;2021;50;"
                                       << "Indicateur"
                                       << "D1.1";
    QTest::addRow("organisation indicator") << "130000011;D2.4;2021;1;"
                                            << "Indicateur"
                                            << "usage";
    QTest::addRow("prerequisite indicator") << "130000011;P1.2;2021;95;"
                                            << "Indicateur"
                                            << "usage";
    QTest::addRow("bad period") << "130000011;D2.1;2021-T5;50;"
                                << "Période"
                                << "2021-T5";
    QTest::addRow("bad period text") << "130000011;D2.1;premier trimestre;50;"
                                     << "Période"
                                     << "premier trimestre";
    QTest::addRow("missing period") << "130000011;D2.1;;50;"
                                    << "Période"
                                    << "2021-T2";
    QTest::addRow("not a number") << "130000011;D2.1;2021;beaucoup;"
                                  << "Valeur"
                                  << "beaucoup";
    QTest::addRow("missing value") << "130000011;D2.1;2021;;"
                                   << "Valeur"
                                   << "";
    QTest::addRow("ratio over 100") << "130000011;D2.1;2021;120;"
                                    << "Valeur"
                                    << "120";
    QTest::addRow("negative ratio") << "130000011;D2.1;2021;-5;"
                                    << "Valeur"
                                    << "-5";
    QTest::addRow("count not whole") << "130000037;D6.3;2021;12,5;"
                                     << "Valeur"
                                     << "12";
    QTest::addRow("bad date") << "130000011;D2.1;2021;50;31/02/2021"
                              << "Date de déclaration"
                              << "31/02/2021";
}

void TestImportDeclarations::badRows()
{
    QFETCH(QString, row);
    QFETCH(QString, column);
    QFETCH(QString, reasonPart);
    const QByteArray before = contentChecksum(*m_db);
    Result<ImportReport> report = runImport(
        *m_db, request(ImportKind::Declarations, file(QStringLiteral("130000011;D2.2;2020;50;\n") + row + "\n")));
    QVERIFY2(report, qPrintable(errorOf(report)));
    QCOMPARE(lines(report->rejected), QList<int>{3});
    const RowIssue& issue = report->rejected.first();
    QCOMPARE(issue.column, column);
    QVERIFY2(issue.reason.contains(reasonPart), qPrintable(issue.reason));
    QVERIFY(!issue.reason.isEmpty());
    QVERIFY(!report->committed);
    QCOMPARE(contentChecksum(*m_db), before); // the good line 2 is not written either
}

void TestImportDeclarations::duplicatesAreRejected()
{
    const QByteArray before = contentChecksum(*m_db);
    Result<ImportReport> report =
        runImport(*m_db, request(ImportKind::Declarations, file(QStringLiteral("130000011;D2.1;2021-T1;50;\n"
                                                                               "130000011;D2.2;2021-T1;50;\n"
                                                                               "130000011;d2.1;2021-t1;55;\n"
                                                                               "130000011;D2.1;2021-T2;60;\n"))));
    QVERIFY(report);
    QCOMPARE(lines(report->rejected), (QList<int>{2, 4}));
    QVERIFY(issueOn(report->rejected, 4).contains(QStringLiteral("2")));
    QCOMPARE(contentChecksum(*m_db), before);
}

void TestImportDeclarations::rejectedRowsWriteNothing()
{
    const QByteArray before = contentChecksum(*m_db);
    ImportRequest dry = request(ImportKind::Declarations, file(QStringLiteral("130000011;D2.1;2021;50;\n")));
    dry.dryRun = true;
    Result<ImportReport> report = runImport(*m_db, dry);
    QVERIFY(report);
    QCOMPARE(report->inserted, 1);
    QVERIFY(!report->committed);
    QCOMPARE(contentChecksum(*m_db), before);
}

void TestImportDeclarations::acceptValidWritesTheValidRows()
{
    Result<ImportReport> report =
        runImport(*m_db, request(ImportKind::Declarations,
                                 file(QStringLiteral("130000011;D2.1;2021;50;\n130000011;D2.4;2021;1;\n"
                                                     "130000037;D6.1;2022-S1;40;\n")),
                                 true));
    QVERIFY(report);
    QVERIFY(report->committed);
    QCOMPARE(report->inserted, 2);
    QCOMPARE(report->rejectedRows, 1);
    QCOMPARE(count(*m_db, "SELECT count(*) FROM indicator_declaration"), 2);
}

// A declaration the database refuses while writing (injected with a trigger) names its line, and the import's
// transaction leaves every declaration as it was.
void TestImportDeclarations::refusedWriteNamesTheLineAndWritesNothing()
{
    if (m_db->connection().driverName() != QLatin1String("QSQLITE")) {
        QSKIP("The failure is injected with an SQLite trigger (RAISE): SQLite only.");
    }
    QVERIFY(m_db->exec(QStringLiteral("CREATE TRIGGER injected BEFORE INSERT ON indicator_declaration WHEN "
                                      "NEW.period = '2021-T2' BEGIN SELECT RAISE(ABORT, 'injected'); END")));
    const QByteArray before = contentChecksum(*m_db);
    const QString path = file(QStringLiteral("130000011;D2.1;2021-T1;55;\n130000011;D2.1;2021-T2;60;\n"
                                             "130000011;D2.1;2021-T3;65;\n"));
    Result<ImportReport> report = runImport(*m_db, request(ImportKind::Declarations, path));
    QVERIFY(!report);
    QVERIFY2(report.error().detail.contains(u"injected"), qPrintable(report.error().detail));
    // Line 3 of the file (after the header and the first quarter, which is rolled back).
    QVERIFY2(report.error().message.startsWith(u"Cannot record the declaration 130000011 × D2.1 × 2021-T2 of line "
                                               u"3. Nothing was imported"),
             qPrintable(report.error().message));
    QCOMPARE(contentChecksum(*m_db), before);
    QCOMPARE(count(*m_db, "SELECT count(*) FROM indicator_declaration"), 0);

    QVERIFY(m_db->exec(QStringLiteral("DROP TRIGGER injected")));
    report = runImport(*m_db, request(ImportKind::Declarations, path));
    QVERIFY2(report && report->committed, qPrintable(errorOf(report)));
    QCOMPARE(count(*m_db, "SELECT count(*) FROM indicator_declaration"), 3);
}

QTEST_GUILESS_MAIN(TestImportDeclarations)
#include "tst_importdeclarations.moc"
