// SPDX-License-Identifier: GPL-3.0-or-later
// Candidature (AMI) files, CSV and XLSX: one row per establishment × domain, French amounts and dates.
#include "ImportTestSupport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;
using namespace ImportTest;

namespace {

const QString Data = QStringLiteral(PALIER_TEST_DATA_DIR "/import/");

struct Stored
{
    qint64 cents = -1;
    QString title, vendor, start, end, submitted, state;
};

Stored stored(const Database& db, const QString& finess, const QString& domain)
{
    QSqlQuery query(db.connection());
    query.prepare("SELECT c.requested_cents, c.title, c.vendor, c.planned_start, c.planned_end, c.submitted_on, "
                  "c.state FROM candidature c JOIN establishment e ON e.id = c.establishment_id JOIN domain d ON "
                  "d.id = c.domain_id WHERE e.finess_et = ? AND d.code = ?");
    query.addBindValue(finess);
    query.addBindValue(domain);
    if (!query.exec() || !query.next()) {
        return {};
    }
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(),   query.value(4).toString(), query.value(5).toString(),
            query.value(6).toString()};
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

/// An AMI export as a real workbook, written by libxlsxwriter in a process of its own (see
/// write_candidature_workbook.cpp for why, and for what the rows hold).
bool writeWorkbook(const QString& path)
{
    QProcess writer;
    writer.start(QStringLiteral(PALIER_WORKBOOK_WRITER), {path});
    return writer.waitForFinished(30000) && writer.exitStatus() == QProcess::NormalExit && writer.exitCode() == 0;
}

} // namespace

class TestImportCandidatures : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void csvFile();
    void updateShowsWhatChanges();
    void xlsxFile();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestImportCandidatures::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db.reset();
    const QString path = m_dir.filePath(QStringLiteral("candidatures.palier"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(path + suffix);
    }
    m_db = campaignDatabase(path, QStringLiteral("93"));
    QVERIFY(m_db);
    Result<ImportReport> registry =
        runImport(*m_db, request(ImportKind::Establishments, Data + "candidature-establishments.csv"));
    QVERIFY2(registry && registry->inserted == 5, qPrintable(errorOf(registry)));
}

void TestImportCandidatures::csvFile()
{
    const ImportRequest csv = request(ImportKind::Candidatures, Data + "candidatures.csv");
    QCOMPARE(csv.mapping.size(), 8); // every French header recognised
    const QByteArray before = contentChecksum(*m_db);
    Result<ImportReport> report = runImport(*m_db, csv);
    QVERIFY2(report, qPrintable(errorOf(report)));
    QCOMPARE(report->read, 13);
    // Line 13 holds a quoted title with a separator and a line break: the next record starts on line 15.
    QCOMPARE(lines(report->rejected), (QList<int>{2, 5, 6, 7, 8, 9, 10, 11, 12}));
    QVERIFY(reasonOn(report->rejected, 2).contains(u"lines 2 and 10"));
    QVERIFY(reasonOn(report->rejected, 5).startsWith(u"Domaine: “D9” is not a domain"));
    QVERIFY(reasonOn(report->rejected, 6).contains(u"negative"));
    QVERIFY(reasonOn(report->rejected, 7).contains(u"check key"));
    QVERIFY(reasonOn(report->rejected, 8).contains(u"No establishment has FINESS number 130000086"));
    QVERIFY(reasonOn(report->rejected, 9).startsWith(u"Date de début prévue: “31/02/2020” is not a date"));
    QVERIFY(reasonOn(report->rejected, 11).contains(u"thousands or as decimals"));
    QVERIFY(reasonOn(report->rejected, 12).contains(u"before the planned start"));
    QCOMPARE(report->inserted, 4);
    QVERIFY(!report->committed);
    QCOMPARE(contentChecksum(*m_db), before);

    ImportRequest accept = csv;
    accept.acceptValid = true;
    report = runImport(*m_db, accept);
    QVERIFY2(report && report->committed, qPrintable(errorOf(report)));
    QCOMPARE(count(*m_db, "SELECT count(*) FROM candidature"), 4);
    const Stored d6 = stored(*m_db, "130000011", "D6");
    QCOMPARE(d6.cents, 25000000);
    QCOMPARE(d6.start, QStringLiteral("2019-10-01"));
    QCOMPARE(d6.submitted, QStringLiteral("2019-06-29"));
    QCOMPARE(d6.state, QStringLiteral("recu"));
    QVERIFY(d6.vendor.isEmpty());
    const Stored clinic = stored(*m_db, "130000037", "D2"); // domain written "2"
    QCOMPARE(clinic.cents, 25000000);
    QCOMPARE(clinic.vendor, QStringLiteral("Fictif Soft"));
    QCOMPARE(clinic.submitted, QStringLiteral("2019-06-30"));
    QCOMPARE(stored(*m_db, "130000094", "D7").title, QStringLiteral("Portail ; usagers (phase 1)"));
    QCOMPARE(stored(*m_db, "130000094", "D6").cents, 100000);
    QCOMPARE(stored(*m_db, "130000011", "D2").cents, -1); // a repeated key: neither line imported
}

void TestImportCandidatures::updateShowsWhatChanges()
{
    ImportRequest csv = request(ImportKind::Candidatures, Data + "candidatures.csv", true);
    QVERIFY(runImport(*m_db, csv));
    Result<ImportReport> report = runImport(*m_db, request(ImportKind::Candidatures, Data + "candidatures-update.csv"));
    QVERIFY2(report && report->committed, qPrintable(errorOf(report)));
    QCOMPARE(report->updated, 1);
    QCOMPARE(report->unchanged, 1);
    QCOMPARE(report->updates.size(), 1);
    const RowUpdate& update = report->updates.first();
    QCOMPARE(update.key, QStringLiteral("130000011 × D6"));
    QCOMPARE(update.changes.size(), 1);
    QCOMPARE(update.changes.first().field, QStringLiteral("requested_amount"));
    QCOMPARE(update.changes.first().before, QStringLiteral("250000.00"));
    QCOMPARE(update.changes.first().after, QStringLiteral("300000.00"));
    // What the update file does not give stays as it was.
    const Stored d6 = stored(*m_db, "130000011", "D6");
    QCOMPARE(d6.cents, 30000000);
    QCOMPARE(d6.start, QStringLiteral("2019-10-01"));
}

void TestImportCandidatures::xlsxFile()
{
    const QString path = m_dir.filePath(QStringLiteral("candidatures.xlsx"));
    QVERIFY(writeWorkbook(path));
    const ImportRequest xlsx = request(ImportKind::Candidatures, path, true);
    QCOMPARE(xlsx.format.kind, TableFormat::Kind::Xlsx);
    QCOMPARE(xlsx.mapping.size(), 8);
    Result<ImportReport> report = runImport(*m_db, xlsx);
    QVERIFY2(report && report->committed, qPrintable(errorOf(report)));
    QCOMPARE(report->read, 4);
    QCOMPARE(lines(report->rejected), (QList<int>{4, 5}));
    QVERIFY(reasonOn(report->rejected, 4).startsWith(u"N° FINESS: FINESS number 10000024 has 8 characters"));
    QVERIFY(reasonOn(report->rejected, 5).startsWith(u"Montant demandé: The requested amount -20000 is negative"));
    QCOMPARE(report->inserted, 2);
    const Stored dpi = stored(*m_db, "130000011", "D2");
    QCOMPARE(dpi.cents, 123456756);
    QCOMPARE(dpi.start, QStringLiteral("2019-09-01"));
    QCOMPARE(dpi.end, QStringLiteral("2021-06-30"));
    QCOMPARE(dpi.submitted, QStringLiteral("2019-06-30"));
    QCOMPARE(dpi.vendor, QStringLiteral("Éditeur fictif"));
    QCOMPARE(stored(*m_db, "130000094", "D6").cents, 25000000);
}

QTEST_GUILESS_MAIN(TestImportCandidatures)
#include "tst_importcandidatures.moc"
