// SPDX-License-Identifier: GPL-3.0-or-later
// The etalab FINESS extract: fixed positions, statuses derived from the site record, and a national-size file.
#include "ImportTestSupport.h"
#include "model/Identifiers.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;
using namespace ImportTest;

namespace {

const QString Sample = QStringLiteral(PALIER_TEST_DATA_DIR "/import/finess-extract-sample.csv");

QString field(const Database& db, const QString& finess, const QString& column)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM establishment WHERE finess_et = ?").arg(column));
    query.addBindValue(finess);
    return query.exec() && query.next() ? query.value(0).toString() : QStringLiteral("<none>");
}

} // namespace

class TestImportFinessExtract : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void sampleExtract();
    void nationalSizeExtract();

private:
    QTemporaryDir m_dir;
};

void TestImportFinessExtract::sampleExtract()
{
    auto db = campaignDatabase(m_dir.filePath(QStringLiteral("extract.palier")), QStringLiteral("93"));
    QVERIFY(db);
    // A clinic known from an earlier list: the extract cannot tell its status, so it keeps the one recorded.
    const QString known = m_dir.filePath(QStringLiteral("known.csv"));
    QVERIFY(writeFile(known, QStringLiteral("FINESS;Raison sociale;Statut\n130000110;CLINIQUE FICTIVE;Privé "
                                            "lucratif\n")));
    QVERIFY(runImport(*db, request(ImportKind::Establishments, known)));

    const ImportRequest extract = request(ImportKind::Establishments, Sample);
    QCOMPARE(extract.format.kind, TableFormat::Kind::FinessExtract);
    Result<ImportReport> report = runImport(*db, extract);
    QVERIFY2(report, qPrintable(errorOf(report)));
    QCOMPARE(report->read, 7);
    // Line 8: a clinic new to the database, whose status nothing in the record gives; line 14: a wrong key.
    QCOMPARE(lines(report->rejected), (QList<int>{8, 14}));
    QCOMPARE(report->rejected.at(0).column, QStringLiteral("nofinesset"));
    QVERIFY2(report->rejected.at(0).reason.contains(u"no legal status"), qPrintable(report->rejected.at(0).reason));
    QVERIFY(report->rejected.at(1).reason.contains(u"check key"));
    // Empty SIRETs (lines 6 and 10) and a SIRET a spreadsheet turned into 2,601E+13 (line 8) are warnings.
    QCOMPARE(lines(report->warnings), (QList<int>{6, 8, 10}));
    for (const RowIssue& warning : report->warnings) {
        QCOMPARE(warning.column, QStringLiteral("siret"));
    }
    QVERIFY(report->warnings.at(1).reason.contains(u"scientific notation"));
    QVERIFY(!report->committed);

    ImportRequest accept = extract;
    accept.acceptValid = true;
    report = runImport(*db, accept);
    QVERIFY2(report && report->committed, qPrintable(errorOf(report)));
    QCOMPARE(report->inserted, 4);
    QCOMPARE(report->updated, 1);

    QCOMPARE(field(*db, "130000011", "legal_status"), QStringLiteral("public"));             // category 355
    QCOMPARE(field(*db, "130000037", "legal_status"), QStringLiteral("prive_non_lucratif")); // SPH 6 (ESPIC)
    QCOMPARE(field(*db, "130000052", "legal_status"), QStringLiteral("clcc"));               // ESPIC of category 131
    QCOMPARE(field(*db, "130000094", "legal_status"), QStringLiteral("public"));             // SPH 1
    QCOMPARE(field(*db, "130000110", "legal_status"), QStringLiteral("prive_lucratif"));     // kept
    QCOMPARE(field(*db, "130000078", "legal_status"), QStringLiteral("<none>"));
    // The fixed positions: short name, address parts, routing line, category, SIRET, department.
    QCOMPARE(field(*db, "130000011", "name"), QStringLiteral("CH FICTIF DE LA CALANQUE"));
    QCOMPARE(field(*db, "130000011", "finess_ej"), QStringLiteral("130000029"));
    QCOMPARE(field(*db, "130000011", "address"), QStringLiteral("12 AV DES PINS FICTIFS, BP 12"));
    QCOMPARE(field(*db, "130000011", "postal_code"), QStringLiteral("13395"));
    QCOMPARE(field(*db, "130000011", "town"), QStringLiteral("MARSEILLE"));
    QCOMPARE(field(*db, "130000011", "category_code"), QStringLiteral("355"));
    QCOMPARE(field(*db, "130000011", "category_label"), QStringLiteral("Centre Hospitalier (C.H.)"));
    QCOMPARE(field(*db, "130000011", "siret"), QStringLiteral("26130001600019"));
    QCOMPARE(field(*db, "130000011", "department_code"), QStringLiteral("13"));
    QCOMPARE(field(*db, "130000094", "town"), QStringLiteral("AIX EN PROVENCE"));
    QCOMPARE(field(*db, "130000110", "name"), QStringLiteral("CLINIQUE FICTIVE DEJA CONNUE"));
    QCOMPARE(field(*db, "130000110", "siret"), QStringLiteral("34567890800012"));
}

void TestImportFinessExtract::nationalSizeExtract()
{
    // A generated extract in the etalab layout, with its geolocalisation lines. The time is printed, not
    // asserted: bench/ measures it against sqlite3's .import.
    constexpr int Rows = 20000;
    const QString path = m_dir.filePath(QStringLiteral("national.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("finess;etalab;111;2026-05-12\n");
        for (int i = 0; i < Rows; ++i) {
            const QString et = Identifiers::finessWithKey(QStringLiteral("69%1").arg(i, 6, 10, QLatin1Char('0')));
            const QString line =
                QStringLiteral("structureet;%1;690000000;CH FICTIF %2;CENTRE HOSPITALIER FICTIF %2;;;%3;R;DE LA "
                               "PAIX;;;123;69;RHONE;69003 LYON;0400000000;;355;Centre Hospitalier (C.H.);1102;"
                               "Centres Hospitaliers;;8610Z;03;ARS établissements Publics de santé dotation globale;"
                               "1;Etablissement public de santé;1979-02-13;1979-02-13;2020-02-04;\n"
                               "geolocalisation;%1;843000.0;6520000.0;1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,"
                               "LAMBERT_93;2020-02-04\n")
                    .arg(et)
                    .arg(i)
                    .arg(i % 200 + 1);
            file.write(line.toLatin1());
        }
    }
    auto db = campaignDatabase(m_dir.filePath(QStringLiteral("national.palier")));
    QVERIFY(db);
    QElapsedTimer timer;
    timer.start();
    Result<ImportReport> report = runImport(*db, request(ImportKind::Establishments, path));
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(report, qPrintable(errorOf(report)));
    QCOMPARE(report->read, Rows);
    QCOMPARE(report->inserted, Rows);
    QCOMPARE(report->rejected.size(), 0);
    // Every row has an empty SIRET, and a finess_ej 690000000 whose key is wrong: two warnings a row.
    QCOMPARE(report->warnings.size(), 2 * Rows);
    QCOMPARE(count(*db, "SELECT count(*) FROM establishment WHERE legal_status = 'public' AND town = 'LYON'"), Rows);
    qInfo("%d FINESS extract rows imported in %lld ms", Rows, elapsed);
}

QTEST_GUILESS_MAIN(TestImportFinessExtract)
#include "tst_importfinessextract.moc"
