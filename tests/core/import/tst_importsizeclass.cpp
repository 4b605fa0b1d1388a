// SPDX-License-Identifier: GPL-3.0-or-later
// The size class of the forfait grid, an optional column of the establishments import: known headers map themselves,
// values are trimmed, an empty cell keeps what is recorded, a value too long is a warning and is not imported.
#include "ImportTestSupport.h"
#include "model/Identifiers.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;
using namespace ImportTest;

namespace {

QString finess(int serial)
{
    return Identifiers::finessWithKey(QStringLiteral("13%1").arg(serial, 6, 10, QLatin1Char('0')));
}

/// The size class of establishment `serial`; "NULL" when it has none.
QString sizeClass(const Database& db, int serial)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT size_class FROM establishment WHERE finess_et = ?"));
    query.addBindValue(finess(serial));
    if (!query.exec() || !query.next()) {
        return QStringLiteral("(no establishment)");
    }
    return query.value(0).isNull() ? QStringLiteral("NULL") : query.value(0).toString();
}

/// A file "FINESS;Raison sociale;Statut;<header>" with one row per size class, establishments 1, 2, 3….
QString file(const QString& header, const QStringList& classes)
{
    QString text = QStringLiteral("FINESS;Raison sociale;Statut;%1\n").arg(header);
    for (int i = 0; i < classes.size(); ++i) {
        text += QStringLiteral("%1;CENTRE FICTIF %2;Public;%3\n").arg(finess(i + 1)).arg(i + 1).arg(classes.at(i));
    }
    return text;
}

} // namespace

class TestImportSizeClass : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void knownHeadersMapThemselves_data();
    void knownHeadersMapThemselves();
    void importedTrimmedKeptAndWarned();

private:
    QTemporaryDir m_dir;
};

void TestImportSizeClass::knownHeadersMapThemselves_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("column");
    QTest::newRow("size_class") << "size_class" << 3;
    QTest::newRow("taille") << "Taille" << 3;
    QTest::newRow("classe de taille") << "Classe de taille" << 3;
    QTest::newRow("classe_taille") << "classe_taille" << 3;
    QTest::newRow("catégorie de taille") << "Catégorie de taille" << 3;
    QTest::newRow("unknown") << "Effectif" << -1;
}

void TestImportSizeClass::knownHeadersMapThemselves()
{
    QFETCH(QString, header);
    QFETCH(int, column);
    const ColumnMapping mapping = guessColumnMapping(
        ImportKind::Establishments, TableFormat{},
        {QStringLiteral("FINESS"), QStringLiteral("Raison sociale"), QStringLiteral("Statut"), header});
    QCOMPARE(mapping.value(QStringLiteral("size_class"), -1), column);
    QCOMPARE(mapping.value(QStringLiteral("category_code"), -1), -1); // "catégorie de taille" is not a FINESS category
    QCOMPARE(mapping.value(QStringLiteral("finess_et"), -1), 0);
    bool listed = false;
    for (const ImportField& field : importFields(ImportKind::Establishments)) {
        listed = listed || (field.key == QLatin1String("size_class") && !field.required && !field.label.isEmpty());
    }
    QVERIFY(listed);
}

void TestImportSizeClass::importedTrimmedKeptAndWarned()
{
    QVERIFY(m_dir.isValid());
    auto db = campaignDatabase(m_dir.filePath(QStringLiteral("size.palier")), QStringLiteral("93"));
    QVERIFY(db);
    const QString tooLong = QStringLiteral("classe numéro vingt-et-un"); // 25 characters
    const QString first = m_dir.filePath(QStringLiteral("first.csv"));
    QVERIFY(writeFile(first, file(QStringLiteral("Classe de taille"),
                                  {QStringLiteral("  S1 "), QString(), QStringLiteral("petit"), tooLong,
                                   QStringLiteral("S2   bis"), QStringLiteral("exactement vingt car")})));
    Result<ImportReport> report = runImport(*db, request(ImportKind::Establishments, first));
    QVERIFY2(report && report->committed, qPrintable(errorOf(report)));
    QCOMPARE(report->inserted, 6);
    QCOMPARE(report->rejected.size(), 0);
    QCOMPARE(report->warnings.size(), 1);
    const RowIssue warning = report->warnings.first();
    QCOMPARE(warning.line, 5);
    QCOMPARE(warning.column, QStringLiteral("Classe de taille"));
    QVERIFY2(warning.reason.contains(tooLong) && warning.reason.contains(u"20"), qPrintable(warning.reason));
    QVERIFY(warning.reason.contains(u"not imported"));
    QCOMPARE(sizeClass(*db, 1), QStringLiteral("S1"));                   // trimmed
    QCOMPARE(sizeClass(*db, 2), QStringLiteral("NULL"));                 // empty: none
    QCOMPARE(sizeClass(*db, 3), QStringLiteral("petit"));                // free text
    QCOMPARE(sizeClass(*db, 4), QStringLiteral("NULL"));                 // too long: imported without it
    QCOMPARE(sizeClass(*db, 5), QStringLiteral("S2 bis"));               // inner spaces collapsed, as every text
    QCOMPARE(sizeClass(*db, 6), QStringLiteral("exactement vingt car")); // 20 characters: kept

    // Again: an empty cell keeps the class recorded, a new one replaces it (and is shown as a change), a value too
    // long keeps the recorded one with a warning.
    const QString second = m_dir.filePath(QStringLiteral("second.csv"));
    QVERIFY(writeFile(second, file(QStringLiteral("taille"),
                                   {QString(), QStringLiteral("S3"), QStringLiteral("%1 grand").arg(tooLong)})));
    report = runImport(*db, request(ImportKind::Establishments, second));
    QVERIFY2(report && report->committed, qPrintable(errorOf(report)));
    QCOMPARE(report->updated, 1);
    QCOMPARE(report->unchanged, 2);
    QCOMPARE(report->warnings.size(), 1);
    QCOMPARE(report->warnings.first().line, 4);
    QCOMPARE(report->warnings.first().column, QStringLiteral("taille"));
    QCOMPARE(report->updates.size(), 1);
    QCOMPARE(report->updates.first().key, finess(2));
    QCOMPARE(report->updates.first().changes.size(), 1);
    QCOMPARE(report->updates.first().changes.first().field, QStringLiteral("size_class"));
    QCOMPARE(report->updates.first().changes.first().before, QString());
    QCOMPARE(report->updates.first().changes.first().after, QStringLiteral("S3"));
    QCOMPARE(sizeClass(*db, 1), QStringLiteral("S1"));
    QCOMPARE(sizeClass(*db, 2), QStringLiteral("S3"));
    QCOMPARE(sizeClass(*db, 3), QStringLiteral("petit"));

    // A file without the column leaves every class as it is.
    const QString without = m_dir.filePath(QStringLiteral("without.csv"));
    QVERIFY(
        writeFile(without, QStringLiteral("FINESS;Raison sociale;Statut\n%1;CENTRE FICTIF 1;Public\n").arg(finess(1))));
    report = runImport(*db, request(ImportKind::Establishments, without));
    QVERIFY2(report && report->committed, qPrintable(errorOf(report)));
    QCOMPARE(report->unchanged, 1);
    QCOMPARE(sizeClass(*db, 1), QStringLiteral("S1"));
}

QTEST_GUILESS_MAIN(TestImportSizeClass)
#include "tst_importsizeclass.moc"
