// SPDX-License-Identifier: GPL-3.0-or-later
// Named import profiles stored in the campaign database, and the JSON report of DESIGN.md.
#include "ImportTestSupport.h"
#include "import/ImportKeys.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;
using namespace ImportTest;

class TestImportProfiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void saveLoadReplaceList();
    void unknownAndUnnamedProfiles();
    void headerlessFileThroughAProfile();
    void listedWhateverTheCase();
    void jsonReport();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestImportProfiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = campaignDatabase(m_dir.filePath(QStringLiteral("profiles.palier")));
    QVERIFY(m_db);
}

void TestImportProfiles::saveLoadReplaceList()
{
    ImportProfile profile;
    profile.name = QStringLiteral("Fichier SAE");
    profile.kind = ImportKind::Establishments;
    profile.format.kind = TableFormat::Kind::Csv;
    profile.format.encoding = TextEncoding::Windows1252;
    profile.format.separator = QLatin1Char('\t');
    profile.format.hasHeader = true;
    profile.mapping = {{QStringLiteral("finess_et"), 2}, {QStringLiteral("name"), 3}};
    QVERIFY(saveImportProfile(*m_db, profile));

    Result<ImportProfile> loaded = loadImportProfile(*m_db, QStringLiteral("Fichier SAE"));
    QVERIFY2(loaded, qPrintable(errorOf(loaded)));
    QCOMPARE(loaded->name, profile.name);
    QCOMPARE(loaded->kind, ImportKind::Establishments);
    QCOMPARE(loaded->format.kind, TableFormat::Kind::Csv);
    QCOMPARE(loaded->format.encoding, TextEncoding::Windows1252);
    QCOMPARE(loaded->format.separator, QLatin1Char('\t'));
    QCOMPARE(loaded->format.hasHeader, true);
    QCOMPARE(loaded->mapping, profile.mapping);

    // Saving under the same name replaces; the list is sorted by name.
    profile.kind = ImportKind::Candidatures;
    profile.format.kind = TableFormat::Kind::Xlsx;
    profile.format.sheet = QStringLiteral("AMI 2019");
    QVERIFY(saveImportProfile(*m_db, profile));
    ImportProfile other;
    other.name = QStringLiteral("ARS extract");
    other.kind = ImportKind::Ghts;
    QVERIFY(saveImportProfile(*m_db, other));
    Result<QList<ImportProfile>> all = importProfiles(*m_db);
    QVERIFY2(all, qPrintable(errorOf(all)));
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).name, QStringLiteral("ARS extract"));
    QCOMPARE(all->at(1).kind, ImportKind::Candidatures);
    QCOMPARE(all->at(1).format.kind, TableFormat::Kind::Xlsx);
    QCOMPARE(all->at(1).format.sheet, QStringLiteral("AMI 2019"));
}

void TestImportProfiles::unknownAndUnnamedProfiles()
{
    ImportProfile any;
    any.name = QStringLiteral("Liste ARS");
    QVERIFY(saveImportProfile(*m_db, any));
    Result<ImportProfile> missing = loadImportProfile(*m_db, QStringLiteral("nope"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, QStringLiteral("import.no-profile"));
    QVERIFY2(missing.error().message.contains(u"“Liste ARS”"), qPrintable(missing.error().message));

    any.name = QStringLiteral("   ");
    Result<void> unnamed = saveImportProfile(*m_db, any);
    QVERIFY(!unnamed);
    QCOMPARE(unnamed.error().code, QStringLiteral("import.profile-name"));

    // A row damaged behind Palier's back is reported, not guessed.
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO import_profile VALUES ('damaged', 'establishments', '{', '{}', "
                                      "'2019-01-01')")));
    Result<ImportProfile> damaged = loadImportProfile(*m_db, QStringLiteral("damaged"));
    QVERIFY(!damaged);
    QCOMPARE(damaged.error().code, QStringLiteral("import.bad-profile"));
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM import_profile WHERE name = 'damaged'")));
}

void TestImportProfiles::headerlessFileThroughAProfile()
{
    // A list without a header: only a profile can say what its columns are.
    const QString path = m_dir.filePath(QStringLiteral("headerless.csv"));
    QVERIFY(writeFile(path, QStringLiteral("010000024,CH DE FLEYRIAT,1\n010000033,CLE FAUSSE,1\n")));
    ImportProfile profile;
    profile.name = QStringLiteral("Sans en-tête");
    profile.format.separator = QLatin1Char(',');
    profile.format.hasHeader = false;
    profile.mapping = {
        {QString(ImportKeys::FinessEt), 0}, {QString(ImportKeys::Name), 1}, {QString(ImportKeys::LegalStatus), 2}};
    QVERIFY(saveImportProfile(*m_db, profile));
    Result<ImportProfile> loaded = loadImportProfile(*m_db, profile.name);
    QVERIFY(loaded);

    ImportRequest request;
    request.path = path;
    request.format = loaded->format;
    request.mapping = loaded->mapping;
    request.acceptValid = true;
    Result<ImportReport> report = runImport(*m_db, request);
    QVERIFY2(report, qPrintable(errorOf(report)));
    QCOMPARE(report->inserted, 1);
    QCOMPARE(report->rejected.size(), 1);
    QCOMPARE(report->rejected.first().line, 2);
    QCOMPARE(report->rejected.first().column, QStringLiteral("column 1"));
    QCOMPARE(count(*m_db, "SELECT count(*) FROM establishment WHERE finess_et = '010000024' AND legal_status = "
                          "'public'"),
             1);
}

void TestImportProfiles::listedWhateverTheCase()
{
    // Alphabetical whatever the case (a byte order would put every capital first), through SQL that PostgreSQL
    // runs too (no COLLATE NOCASE).
    const QString path = m_dir.filePath(QStringLiteral("case.palier"));
    auto db = campaignDatabase(path);
    QVERIFY(db);
    for (const char* name : {"beta", "Charlie", "alpha", "Alpha"}) {
        ImportProfile profile;
        profile.name = QString::fromLatin1(name);
        QVERIFY(saveImportProfile(*db, profile));
    }
    Result<QList<ImportProfile>> all = importProfiles(*db);
    QVERIFY2(all, qPrintable(errorOf(all)));
    QStringList names;
    for (const ImportProfile& profile : all.value()) {
        names.append(profile.name);
    }
    QCOMPARE(names, (QStringList{"Alpha", "alpha", "beta", "Charlie"}));
    // The name is the key as written: "alpha" and "Alpha" are two profiles, each loaded by its own name.
    Result<ImportProfile> lower = loadImportProfile(*db, QStringLiteral("alpha"));
    QVERIFY2(lower, qPrintable(errorOf(lower)));
    QCOMPARE(lower->name, QStringLiteral("alpha"));
}

void TestImportProfiles::jsonReport()
{
    ImportReport report;
    report.read = 4;
    report.inserted = 1;
    report.updated = 1;
    report.unchanged = 1;
    report.rejectedRows = 1;
    report.rejected = {{3, QStringLiteral("fi"), QStringLiteral("bad key")}};
    report.warnings = {{2, QStringLiteral("sir"), QStringLiteral("SIREN, not SIRET")}};
    report.updates = {
        {4, QStringLiteral("010000024"), {{QStringLiteral("name"), QStringLiteral("A"), QStringLiteral("B")}}}};
    const QJsonObject json = importReportJson(report);
    for (const char* key :
         {"read", "inserted", "updated", "unchanged", "rejected", "warnings", "updates", "committed", "rejectedRows"}) {
        QVERIFY2(json.contains(QLatin1String(key)), key);
    }
    QCOMPARE(json.value("read").toInt(), 4);
    QCOMPARE(json.value("committed").toBool(), false);
    const QJsonObject rejected = json.value("rejected").toArray().first().toObject();
    QCOMPARE(rejected.value("line").toInt(), 3);
    QCOMPARE(rejected.value("column").toString(), QStringLiteral("fi"));
    QCOMPARE(rejected.value("reason").toString(), QStringLiteral("bad key"));
    QCOMPARE(json.value("warnings").toArray().first().toObject().value("column").toString(), QStringLiteral("sir"));
    const QJsonObject update = json.value("updates").toArray().first().toObject();
    QCOMPARE(update.value("key").toString(), QStringLiteral("010000024"));
    QCOMPARE(update.value("changes").toArray().first().toObject().value("after").toString(), QStringLiteral("B"));
}

QTEST_GUILESS_MAIN(TestImportProfiles)
#include "tst_importprofiles.moc"
