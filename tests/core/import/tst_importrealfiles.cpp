// SPDX-License-Identifier: GPL-3.0-or-later
// The real files of ../shared/data/real, imported as they are, with the exact counts they give.
#include "ImportTestSupport.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;
using namespace ImportTest;

namespace {

const QString SaeFile = QStringLiteral(PALIER_REAL_DATA_DIR "/sae-2022-id.csv");
const QString GhtFile = QStringLiteral(PALIER_REAL_DATA_DIR "/sae-2022-ght.csv");
const QString XlsxFile = QStringLiteral(PALIER_REAL_DATA_DIR "/finess-etablissements.xlsx");

int countContaining(const QList<RowIssue>& issues, const QString& text)
{
    return int(std::count_if(issues.cbegin(), issues.cend(),
                             [&](const RowIssue& issue) { return issue.reason.contains(text); }));
}

} // namespace

class TestImportRealFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void saeThenGhtThenWorkbook();
    void reimportChangesNothing();
    void corruptedKeysAreReportedOnTheirLines();

private:
    QString copyOfRegistry(const QString& name);
    QTemporaryDir m_dir;
    QString m_registry; ///< a campaign database holding the SAE file and the GHTs
};

void TestImportRealFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(SaeFile), "the real data files are missing: set PALIER_REAL_DATA_DIR");
    m_registry = m_dir.filePath(QStringLiteral("registry.palier"));
    auto db = campaignDatabase(m_registry);
    QVERIFY(db);
    for (const auto& [kind, file] : {std::pair{ImportKind::Establishments, SaeFile}, {ImportKind::Ghts, GhtFile}}) {
        Result<ImportReport> report = runImport(*db, request(kind, file));
        QVERIFY2(report, qPrintable(errorOf(report)));
        QVERIFY(report->committed);
    }
}

QString TestImportRealFiles::copyOfRegistry(const QString& name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    return QFile::copy(m_registry, path) ? path : QString();
}

void TestImportRealFiles::saeThenGhtThenWorkbook()
{
    auto db = campaignDatabase(m_dir.filePath(QStringLiteral("sequence.palier")));
    QVERIFY(db);

    // The SAE identity file: every row imported; its dirty SIRETs are warnings, never rejections.
    Result<ImportReport> sae = runImport(*db, request(ImportKind::Establishments, SaeFile));
    QVERIFY2(sae, qPrintable(errorOf(sae)));
    QCOMPARE(sae->read, 3995);
    QCOMPARE(sae->inserted, 3995);
    QCOMPARE(sae->updated + sae->unchanged, 0);
    QCOMPARE(sae->rejected.size(), 0);
    QCOMPARE(sae->warnings.size(), 48);
    for (const RowIssue& warning : sae->warnings) {
        QCOMPARE(warning.column, QStringLiteral("sir"));
    }
    QCOMPARE(countContaining(sae->warnings, QStringLiteral("has 9 digits: it is a SIREN")), 45);
    QCOMPARE(countContaining(sae->warnings, QStringLiteral("The SIRET is missing")), 2);
    // KORIAN LE BALCON LYONNAIS (690780481), line 2750: SIRET 65552924500128 has a bad SIREN key.
    const auto badKey = std::find_if(sae->warnings.cbegin(), sae->warnings.cend(),
                                     [](const RowIssue& w) { return w.reason.contains(u"SIREN 655529245"); });
    QVERIFY(badKey != sae->warnings.cend());
    QCOMPARE(badKey->line, 2750);
    QCOMPARE(count(*db, "SELECT count(*) FROM establishment WHERE siret IS NULL"), 48);
    QCOMPARE(count(*db, "SELECT siret IS NULL FROM establishment WHERE finess_et = '690780481'"), 1);

    // Statuses: stjr, with the private non-profit cancer centres (category 131) counted apart.
    QCOMPARE(count(*db, "SELECT count(*) FROM establishment WHERE legal_status = 'public'"), 1440);
    QCOMPARE(count(*db, "SELECT count(*) FROM establishment WHERE legal_status = 'prive_lucratif'"), 1296);
    QCOMPARE(count(*db, "SELECT count(*) FROM establishment WHERE legal_status = 'prive_non_lucratif'"), 1232);
    QCOMPARE(count(*db, "SELECT count(*) FROM establishment WHERE legal_status = 'clcc'"), 27);
    // A for-profit radiotherapy centre of category 131 is not a CLCC.
    QCOMPARE(count(*db, "SELECT legal_status = 'prive_lucratif' FROM establishment WHERE finess_et = '690040845'"), 1);
    // Departments from the FINESS number, overseas included (9701… → 971, 9805… → 976).
    QCOMPARE(count(*db, "SELECT count(*) FROM establishment WHERE department_code IS NULL"), 0);
    QCOMPARE(count(*db, "SELECT count(*) FROM establishment WHERE department_code = '971'"), 38);
    QCOMPARE(count(*db, "SELECT count(*) FROM establishment WHERE department_code = '976'"), 6);
    QCOMPARE(count(*db, "SELECT count(*) FROM establishment WHERE address = '700 AV DE NARVIK, BP 139' AND "
                        "postal_code = '01300' AND town = 'BELLEY'"),
             1);

    // The GHT file: 136 GHTs; the record of OCC-01 is cut by a line break in the file and joined by the reader.
    Result<ImportReport> ght = runImport(*db, request(ImportKind::Ghts, GhtFile));
    QVERIFY2(ght, qPrintable(errorOf(ght)));
    QCOMPARE(ght->read, 136);
    QCOMPARE(ght->inserted, 136);
    QCOMPARE(ght->rejected.size(), 0);
    QCOMPARE(ght->warnings.size(), 0);
    QCOMPARE(count(*db, "SELECT count(*) FROM ght WHERE region_code = '27' AND code = '27211'"), 1);
    QCOMPARE(count(*db, "SELECT count(*) FROM ght WHERE region_code = '11' AND code IN ('11210', '11212')"), 2);
    QCOMPARE(count(*db, "SELECT count(*) FROM ght WHERE code = '76101' AND name LIKE '%PERPIGNAN%'"), 1);

    // finess-etablissements.xlsx over it: 99 establishments the SAE does not have; 913 updated (496 names
    // differ once "FINESS - " is stripped, 495 towns are spelt differently, 5 statuses differ); the other
    // 2,962 rows say the same. Its 27 CLCCs say "Privé non lucratif" and stay CLCCs (category 131 recorded).
    Result<ImportReport> xlsx = runImport(*db, request(ImportKind::Establishments, XlsxFile));
    QVERIFY2(xlsx, qPrintable(errorOf(xlsx)));
    QCOMPARE(xlsx->read, 3974);
    QCOMPARE(xlsx->inserted, 99);
    QCOMPARE(xlsx->updated, 913);
    QCOMPARE(xlsx->unchanged, 2962);
    QCOMPARE(xlsx->rejected.size(), 0);
    QCOMPARE(xlsx->warnings.size(), 0);
    QHash<QString, int> changed;
    for (const RowUpdate& update : xlsx->updates) {
        for (const FieldChange& change : update.changes) {
            ++changed[change.field];
        }
    }
    QCOMPARE(changed.value("name"), 496);
    QCOMPARE(changed.value("town"), 495);
    QCOMPARE(changed.value("legal_status"), 5);
    QCOMPARE(changed.size(), 3);
    QCOMPARE(count(*db, "SELECT count(*) FROM establishment"), 3995 + 99);
    QCOMPARE(count(*db, "SELECT count(*) FROM establishment WHERE legal_status = 'clcc'"), 27);
    QCOMPARE(count(*db, "SELECT count(*) FROM establishment WHERE finess_et = '010000024' AND name = 'CH DE "
                        "FLEYRIAT'"),
             1);
    QCOMPARE(count(*db, "SELECT count(*) FROM establishment WHERE finess_et = '020018545' AND department_code = "
                        "'02' AND legal_status IS NOT NULL"),
             1);
}

void TestImportRealFiles::reimportChangesNothing()
{
    auto db = Database::open(copyOfRegistry(QStringLiteral("reimport.palier")), {});
    QVERIFY(db);
    const QByteArray before = contentChecksum(*db.value());
    for (const auto& [kind, file] : {std::pair{ImportKind::Establishments, SaeFile}, {ImportKind::Ghts, GhtFile}}) {
        Result<ImportReport> report = runImport(*db.value(), request(kind, file));
        QVERIFY2(report, qPrintable(errorOf(report)));
        QCOMPARE(report->inserted + report->updated, 0);
        QCOMPARE(report->unchanged, report->read);
        QVERIFY(report->committed);
    }
    QCOMPARE(contentChecksum(*db.value()), before);
}

void TestImportRealFiles::corruptedKeysAreReportedOnTheirLines()
{
    // The first 60 establishments of the SAE file, renamed (so that they would all be updated), with the FINESS
    // check key altered on lines 3, 17 and 42.
    QFile sae(SaeFile);
    QVERIFY(sae.open(QIODevice::ReadOnly));
    QList<QByteArray> text;
    while (text.size() < 61 && !sae.atEnd()) {
        text.append(sae.readLine());
    }
    for (int line = 2; line <= 61; ++line) {
        QList<QByteArray> cells = text[line - 1].split(';');
        cells[3] = "RENAMED " + cells[3];
        if (line == 3 || line == 17 || line == 42) {
            QByteArray& finess = cells[2];
            finess[8] = char('0' + (finess[8] - '0' + 1) % 10);
        }
        text[line - 1] = cells.join(';');
    }
    const QString path = m_dir.filePath(QStringLiteral("corrupted.csv"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text.join());
    out.close();

    auto db = Database::open(copyOfRegistry(QStringLiteral("corrupted.palier")), {});
    QVERIFY(db);
    const QByteArray before = contentChecksum(*db.value());
    Result<ImportReport> report = runImport(*db.value(), request(ImportKind::Establishments, path));
    QVERIFY2(report, qPrintable(errorOf(report)));
    QCOMPARE(lines(report->rejected), (QList<int>{3, 17, 42}));
    QCOMPARE(report->rejectedRows, 3);
    for (const RowIssue& issue : report->rejected) {
        QCOMPARE(issue.column, QStringLiteral("fi"));
        QVERIFY2(issue.reason.contains(u"check key"), qPrintable(issue.reason));
    }
    QCOMPARE(report->updated, 57); // what would be done
    QVERIFY(!report->committed);
    QCOMPARE(contentChecksum(*db.value()), before);

    // The user accepts the valid rows: the same three lines are left out, the others are written.
    ImportRequest accept = request(ImportKind::Establishments, path, true);
    report = runImport(*db.value(), accept);
    QVERIFY2(report, qPrintable(errorOf(report)));
    QCOMPARE(lines(report->rejected), (QList<int>{3, 17, 42}));
    QVERIFY(report->committed);
    QCOMPARE(count(*db.value(), "SELECT count(*) FROM establishment WHERE name LIKE 'RENAMED %'"), 57);
}

QTEST_GUILESS_MAIN(TestImportRealFiles)
#include "tst_importrealfiles.moc"
