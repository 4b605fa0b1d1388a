// SPDX-License-Identifier: GPL-3.0-or-later
// Indicator values (prerequisites and domains) per establishment: CSV through the import pipeline, checked against
// the type of each indicator, upserted on establishment × indicator.
#include "ImportTestSupport.h"
#include "prerequisites/Prerequisites.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;
using namespace ImportTest;

namespace {

const QString Data = QStringLiteral(PALIER_TEST_DATA_DIR "/import/");

struct Stored
{
    double value = -1;
    QString measuredOn, evidence;
};

Stored stored(const Database& db, const QString& finess, const QString& indicator)
{
    QSqlQuery query(db.connection());
    query.prepare("SELECT v.value, v.measured_on, v.evidence FROM indicator_value v JOIN establishment e ON e.id = "
                  "v.establishment_id JOIN indicator i ON i.id = v.indicator_id WHERE e.finess_et = ? AND i.code = ?");
    query.addBindValue(finess);
    query.addBindValue(indicator);
    if (!query.exec() || !query.next()) {
        return {};
    }
    return {query.value(0).toDouble(), query.value(1).toString(), query.value(2).toString()};
}

QString reasonOn(const QList<RowIssue>& issues, int line)
{
    for (const RowIssue& issue : issues) {
        if (issue.line == line) {
            return issue.column + QLatin1String(": ") + issue.reason;
        }
    }
    return {};
}

} // namespace

class TestImportIndicators : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void headersMapThemselves();
    void rejectedRowsWriteNothing();
    void acceptValidWritesTheValidRows();
    void updateShowsWhatChanges();
    void duplicateRowsAreRejected();
    void eligibilityFollowsTheImport();
    void refusedWriteNamesTheLineAndWritesNothing();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestImportIndicators::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db.reset();
    const QString path = m_dir.filePath(QStringLiteral("indicators.palier"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(path + suffix);
    }
    m_db = campaignDatabase(path, QStringLiteral("93"));
    QVERIFY(m_db);
    Result<ImportReport> registry =
        runImport(*m_db, request(ImportKind::Establishments, Data + "candidature-establishments.csv"));
    QVERIFY2(registry && registry->inserted == 5, qPrintable(errorOf(registry)));
}

void TestImportIndicators::headersMapThemselves()
{
    QCOMPARE(importKindFromCode(u"indicators"), std::optional<ImportKind>(ImportKind::Indicators));
    QCOMPARE(importKindCode(ImportKind::Indicators), QStringLiteral("indicators"));
    const ImportRequest csv = request(ImportKind::Indicators, Data + "indicator-values.csv");
    QCOMPARE(csv.mapping.value("finess_et", -1), 0);
    QCOMPARE(csv.mapping.value("indicator", -1), 1);
    QCOMPARE(csv.mapping.value("value", -1), 2);
    QCOMPARE(csv.mapping.value("measured_on", -1), 3);
    QCOMPARE(csv.mapping.value("evidence", -1), 4);

    ImportRequest unmapped = csv;
    unmapped.mapping.remove("value");
    Result<ImportReport> report = runImport(*m_db, unmapped);
    QVERIFY(!report);
    QCOMPARE(report.error().code, QStringLiteral("import.mapping"));
}

void TestImportIndicators::rejectedRowsWriteNothing()
{
    const QByteArray before = contentChecksum(*m_db);
    Result<ImportReport> report = runImport(*m_db, request(ImportKind::Indicators, Data + "indicator-values.csv"));
    QVERIFY2(report, qPrintable(errorOf(report)));
    QCOMPARE(report->read, 12);
    QCOMPARE(lines(report->rejected), (QList<int>{6, 7, 8, 9, 10, 11, 12}));
    QVERIFY(reasonOn(report->rejected, 6).startsWith(u"Valeur: 150 is not a percentage"));
    QVERIFY(reasonOn(report->rejected, 7).startsWith(u"Valeur: 0,5 is not a yes/no value"));
    QVERIFY(reasonOn(report->rejected, 8).startsWith(u"Indicateur: “P9.9” is not an indicator"));
    QVERIFY(reasonOn(report->rejected, 9).contains(u"No establishment has FINESS number 130000086"));
    QVERIFY(reasonOn(report->rejected, 10).startsWith(u"FINESS: "));
    QVERIFY(reasonOn(report->rejected, 10).contains(u"check key"));
    QVERIFY(reasonOn(report->rejected, 11).startsWith(u"Valeur: “beaucoup” is not a number"));
    QVERIFY(reasonOn(report->rejected, 12).startsWith(u"Date de mesure: “31/02/2019” is not a date"));
    QCOMPARE(report->inserted, 5);
    QCOMPARE(report->rejectedRows, 7);
    QVERIFY(!report->committed);
    QCOMPARE(contentChecksum(*m_db), before);

    ImportRequest dry = request(ImportKind::Indicators, Data + "indicator-values.csv", true);
    dry.dryRun = true;
    report = runImport(*m_db, dry);
    QVERIFY2(report && !report->committed && report->inserted == 5, qPrintable(errorOf(report)));
    QCOMPARE(contentChecksum(*m_db), before);
}

void TestImportIndicators::acceptValidWritesTheValidRows()
{
    Result<ImportReport> report =
        runImport(*m_db, request(ImportKind::Indicators, Data + "indicator-values.csv", true));
    QVERIFY2(report && report->committed, qPrintable(errorOf(report)));
    QCOMPARE(count(*m_db, "SELECT count(*) FROM indicator_value"), 5);
    const Stored identity = stored(*m_db, "130000011", "P1.1");
    QCOMPARE(identity.value, 1.0);
    QCOMPARE(identity.measuredOn, QStringLiteral("2019-03-15"));
    QCOMPARE(identity.evidence, QStringLiteral("Procédure fictive d'identitovigilance"));
    QCOMPARE(stored(*m_db, "130000011", "P1.2").value, 92.5); // French decimal
    QCOMPARE(stored(*m_db, "130000011", "D2.1").value, 85.0); // a domain indicator, code in lower case, "85 %"
    QCOMPARE(stored(*m_db, "130000037", "P1.1").value, 1.0);  // "oui" for a yes/no indicator
    QCOMPARE(stored(*m_db, "130000078", "P1.2").measuredOn, QStringLiteral("2019-06-30"));
    QCOMPARE(stored(*m_db, "130000037", "P2.3").value, -1.0); // rejected: not written
}

void TestImportIndicators::updateShowsWhatChanges()
{
    QVERIFY(runImport(*m_db, request(ImportKind::Indicators, Data + "indicator-values.csv", true)));
    Result<ImportReport> report =
        runImport(*m_db, request(ImportKind::Indicators, Data + "indicator-values-update.csv"));
    QVERIFY2(report && report->committed, qPrintable(errorOf(report)));
    QCOMPARE(report->unchanged, 1); // an empty date keeps the stored one
    QCOMPARE(report->updated, 1);
    QCOMPARE(report->inserted, 1);
    QCOMPARE(report->updates.size(), 1);
    QCOMPARE(report->updates.first().key, QStringLiteral("130000011 × P1.2"));
    QCOMPARE(report->updates.first().changes.size(), 1);
    QCOMPARE(report->updates.first().changes.first().before, QStringLiteral("92.5"));
    QCOMPARE(report->updates.first().changes.first().after, QStringLiteral("95"));
    const Stored updated = stored(*m_db, "130000011", "P1.2");
    QCOMPARE(updated.value, 95.0);
    QCOMPARE(updated.measuredOn, QStringLiteral("2019-03-15"));
    QCOMPARE(updated.evidence, QStringLiteral("Rapport fictif du DIM"));
    const Stored added = stored(*m_db, "130000052", "P1.1");
    QCOMPARE(added.value, 0.0); // "non"
    QCOMPARE(added.evidence, QStringLiteral("Audit fictif"));
}

void TestImportIndicators::duplicateRowsAreRejected()
{
    const QString path = m_dir.filePath("duplicates.csv");
    QVERIFY(writeFile(path, "FINESS;Indicateur;Valeur\n130000011;P1.2;50\n130000037;P1.2;60\n130000011;p1.2;70\n"));
    Result<ImportReport> report = runImport(*m_db, request(ImportKind::Indicators, path, true));
    QVERIFY2(report && report->committed, qPrintable(errorOf(report)));
    QCOMPARE(lines(report->rejected), (QList<int>{2, 4}));
    QVERIFY(reasonOn(report->rejected, 4).contains(u"lines 2 and 4"));
    QCOMPARE(report->inserted, 1);
    QCOMPARE(stored(*m_db, "130000011", "P1.2").value, -1.0);
    QCOMPARE(stored(*m_db, "130000037", "P1.2").value, 60.0);
}

void TestImportIndicators::eligibilityFollowsTheImport()
{
    // Every prerequisite indicator of one establishment at its target: it becomes eligible for payment.
    QString text = QStringLiteral("FINESS;Indicateur;Valeur\n");
    Result<QList<Prerequisite>> prerequisites = campaignPrerequisites(*m_db);
    QVERIFY(prerequisites);
    for (const Prerequisite& p : prerequisites.value()) {
        for (const PrerequisiteIndicator& indicator : p.indicators) {
            text += QStringLiteral("130000094;%1;%2\n").arg(indicator.code).arg(indicator.target);
        }
    }
    const QString path = m_dir.filePath("all-reached.csv");
    QVERIFY(writeFile(path, text));
    Result<ImportReport> report = runImport(*m_db, request(ImportKind::Indicators, path));
    QVERIFY2(report && report->committed && report->rejected.isEmpty(), qPrintable(errorOf(report)));
    Result<qint64> id = establishmentIdByFiness(*m_db, "130000094");
    QVERIFY(id);
    Result<EstablishmentPrerequisites> assessed = establishmentPrerequisites(*m_db, id.value());
    QVERIFY(assessed);
    QVERIFY(assessed->eligible);
}

// A value the database refuses while writing (injected with a trigger) names its line, and the import's
// transaction leaves every value as it was.
void TestImportIndicators::refusedWriteNamesTheLineAndWritesNothing()
{
    if (m_db->connection().driverName() != QLatin1String("QSQLITE")) {
        QSKIP("The failure is injected with an SQLite trigger (RAISE): SQLite only.");
    }
    QVERIFY(m_db->exec(QStringLiteral(
        "CREATE TRIGGER injected BEFORE INSERT ON indicator_value WHEN NEW.establishment_id = (SELECT id FROM "
        "establishment WHERE finess_et = '130000037') BEGIN SELECT RAISE(ABORT, 'injected'); END")));
    const QByteArray before = contentChecksum(*m_db);
    Result<ImportReport> report =
        runImport(*m_db, request(ImportKind::Indicators, Data + "indicator-values.csv", true));
    QVERIFY(!report);
    QVERIFY2(report.error().detail.contains(u"injected"), qPrintable(report.error().detail));
    // 130000037's first value is on line 5 of the file (after the header and three values of 130000011).
    QVERIFY2(report.error().message.startsWith(u"Cannot record the value ") &&
                 report.error().message.contains(u"of line 5. Nothing was imported"),
             qPrintable(report.error().message));
    QCOMPARE(contentChecksum(*m_db), before);
    QCOMPARE(count(*m_db, "SELECT count(*) FROM indicator_value"), 0);

    QVERIFY(m_db->exec(QStringLiteral("DROP TRIGGER injected")));
    report = runImport(*m_db, request(ImportKind::Indicators, Data + "indicator-values.csv", true));
    QVERIFY2(report && report->committed, qPrintable(errorOf(report)));
    QCOMPARE(count(*m_db, "SELECT count(*) FROM indicator_value"), 5);
}

QTEST_GUILESS_MAIN(TestImportIndicators)
#include "tst_importindicators.moc"
