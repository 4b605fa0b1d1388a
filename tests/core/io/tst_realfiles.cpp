// SPDX-License-Identifier: GPL-3.0-or-later
// The real files of shared/data/real, as published, and a FINESS extract of national size.
#include "IoTestSupport.h"
#include "io/SourceTable.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Palier;

namespace {

using IoTest::load;
using IoTest::RealData;
using IoTest::Table;

const SourceRow* rowAtLine(const Table& table, int line)
{
    for (const SourceRow& row : table.rows) {
        if (row.line == line) {
            return &row;
        }
    }
    return nullptr;
}

} // namespace

class TestRealFiles : public QObject
{
    Q_OBJECT

private slots:
    void saeIdentityFile();
    void saeGhtFile();
    void finessWorkbook();
    void largeFinessExtract();

private:
    QTemporaryDir m_dir;
};

void TestRealFiles::saeIdentityFile()
{
    Result<Table> table = load(RealData + QStringLiteral("sae-2022-id.csv"));
    QVERIFY2(table, qPrintable(table.error().message));
    QCOMPARE(table->format.kind, TableFormat::Kind::Csv);
    QCOMPARE(table->format.encoding, TextEncoding::Windows1252);
    QCOMPARE(table->format.separator, QLatin1Char(';'));
    QVERIFY(table->format.hasHeader);
    QCOMPARE(table->header.size(), 70);
    QCOMPARE(table->header.mid(0, 6),
             (QStringList{QStringLiteral("bor"), QStringLiteral("an"), QStringLiteral("fi"), QStringLiteral("rs"),
                          QStringLiteral("rscom"), QStringLiteral("fi_ej")}));
    QCOMPARE(table->header.indexOf(QStringLiteral("NOMCOM")), 21);
    QCOMPARE(table->rows.size(), 3995);
    for (const SourceRow& row : std::as_const(table->rows)) {
        QCOMPARE(row.cells.size(), 70);
    }
    QCOMPARE(table->rows.first().line, 2);
    QCOMPARE(table->rows.last().line, 3996);
    const SourceRow& first = table->rows.first();
    QCOMPARE(first.cells[2], QStringLiteral("010000024"));
    QCOMPARE(first.cells[3], QStringLiteral("CH DE FLEYRIAT"));
    QCOMPARE(first.cells[15], QStringLiteral("26010004500012"));
    // Quoted values with doubled quotes, as published.
    const SourceRow* quoted = rowAtLine(table.value(), 1137);
    QVERIFY(quoted);
    QCOMPARE(quoted->cells[32], QStringLiteral("LIEU DIT \"LES DAGUEYS\""));
    const SourceRow* mutuelle = rowAtLine(table.value(), 1948);
    QVERIFY(mutuelle);
    QCOMPARE(mutuelle->cells[4], QStringLiteral("MUTUELLE \" LE CHATEAU \""));
    // ISO-8859-1 accents and Corsican departments.
    int accented = 0;
    int corsica = 0;
    for (const SourceRow& row : std::as_const(table->rows)) {
        accented += row.cells[3].contains(QChar(u'É')) || row.cells[3].contains(QChar(u'È'));
        corsica += row.cells[17] == QLatin1String("2A") || row.cells[17] == QLatin1String("2B");
    }
    QVERIFY(accented > 0);
    QVERIFY(corsica > 0);
}

void TestRealFiles::saeGhtFile()
{
    Result<Table> table = load(RealData + QStringLiteral("sae-2022-ght.csv"));
    QVERIFY2(table, qPrintable(table.error().message));
    QCOMPARE(table->format.encoding, TextEncoding::Windows1252);
    QCOMPARE(table->header.mid(0, 3), (QStringList{QStringLiteral("NOM_COURT_GHT"), QStringLiteral("CODE_GHT"),
                                                   QStringLiteral("NOM_COMPLET_GHT")}));
    QCOMPARE(table->header.size(), 203);
    // DOMAIN.md says 135 GHTs; the published file holds 136 records with 136 distinct codes (138 lines: the
    // header, 136 records, one of them broken over two lines). The file is the authority.
    QCOMPARE(table->rows.size(), 136);
    for (const SourceRow& row : std::as_const(table->rows)) {
        QCOMPARE(row.cells.size(), 203);
    }
    QCOMPARE(table->rows.first().cells.mid(0, 3),
             (QStringList{QStringLiteral("ARA-01"), QStringLiteral("84101"), QStringLiteral("ALLIER PUY-DE-DÔME")}));
    // Line 112 of the published file is one record broken in two by an unquoted line break.
    const SourceRow* broken = rowAtLine(table.value(), 112);
    QVERIFY(broken);
    QCOMPARE(broken->cells[1], QStringLiteral("76101"));
    QCOMPARE(broken->cells[2],
             QStringLiteral("GHT DES CH DE PERPIGNAN-NARBONNE-LEZIGNAN-CORBIÈRES-PORT-LA-NOUVELLE-PRADES"));
    QCOMPARE(broken->cells[3], QStringLiteral("728"));
    QVERIFY(broken->rejoined);
    QCOMPARE(std::count_if(table->rows.cbegin(), table->rows.cend(), [](const SourceRow& row) { return row.rejoined; }),
             1);
    QVERIFY(!rowAtLine(table.value(), 113));
    QVERIFY(rowAtLine(table.value(), 114));
    QCOMPARE(table->rows.last().line, 138);
    QCOMPARE(table->rows.last().cells[2], QStringLiteral("VENDÉE"));
}

void TestRealFiles::finessWorkbook()
{
    Result<Table> table = load(RealData + QStringLiteral("finess-etablissements.xlsx"));
    QVERIFY2(table, qPrintable(table.error().detail));
    QCOMPARE(table->format.kind, TableFormat::Kind::Xlsx);
    QVERIFY(table->format.hasHeader);
    QCOMPARE(table->header,
             (QStringList{QStringLiteral("FINESS"), QStringLiteral("Raison sociale"), QStringLiteral("Commune"),
                          QStringLiteral("Statut Juridique"), QStringLiteral("Région")}));
    QCOMPARE(table->rows.size(), 3974);
    QCOMPARE(table->rows.first().line, 2);
    QCOMPARE(table->rows.last().line, 3975);
    QCOMPARE(
        table->rows.first().cells,
        (QStringList{QStringLiteral("010000024"), QStringLiteral("010000024 - CH DE FLEYRIAT"),
                     QStringLiteral("VIRIAT"), QStringLiteral("Public"), QStringLiteral("84 - Auvergne-Rhône-Alpes")}));
    for (const SourceRow& row : std::as_const(table->rows)) {
        QCOMPARE(row.cells.size(), 5);
        QCOMPARE(row.cells.first().size(), 9);
    }
    Result<QStringList> sheets = xlsxSheetNames(RealData + QStringLiteral("finess-etablissements.xlsx"));
    QVERIFY(sheets);
    QCOMPARE(sheets.value(), QStringList{QStringLiteral("Liste des établissements")});
}

void TestRealFiles::largeFinessExtract()
{
    constexpr int Records = 100000;
    const QString path = m_dir.filePath(QStringLiteral("finess-100k.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("finess;etalab;111;2026-05-12\n");
        QByteArray chunk;
        for (int i = 0; i < Records; ++i) {
            const QByteArray et = QByteArray::number(100000000 + i);
            chunk += "structureet;" + et + ";" + QByteArray::number(200000000 + i / 3) + ";CH N\xb0" +
                     QByteArray::number(i) + ";CENTRE HOSPITALIER DE L'\xc9TABLISSEMENT " + QByteArray::number(i) +
                     ";;;12;RUE;DE LA R\xc9PUBLIQUE;;BP 12;053;01;AIN;01000 BOURG EN "
                     "BRESSE;0474000000;0474000001;355;Centre Hospitalier (C.H.);1102;Centres Hospitaliers;"
                     "26010004500012;8610Z;03;ARS \xe9tablissements Publics de sant\xe9 dotation globale;1;"
                     "Etablissement public de sant\xe9;1979-02-13;1979-02-13;2020-02-04;\n"
                     "geolocalisation;" +
                     et +
                     ";870215.3;6571590.8;1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,"
                     "LAMBERT_93;2020-02-04\n";
            if (chunk.size() > 1 << 20) {
                file.write(chunk);
                chunk.clear();
            }
        }
        file.write(chunk);
    }
    QElapsedTimer timer;
    timer.start();
    Result<TableFormat> format = detectTableFormat(path);
    const qint64 detectMs = timer.restart();
    QVERIFY(format);
    QCOMPARE(format->kind, TableFormat::Kind::FinessExtract);
    QCOMPARE(format->encoding, TextEncoding::Windows1252);
    int rows = 0;
    int lastLine = 0;
    QString lastName;
    int progressCalls = 0;
    Result<QStringList> header = readTable(
        path, format.value(),
        [&](const SourceRow& row) {
            ++rows;
            lastLine = row.line;
            if (row.cells.size() != 30) {
                return false;
            }
            lastName = row.cells[3];
            return true;
        },
        [&progressCalls](qint64 done, qint64 total) { return ++progressCalls > 0 && done <= total; });
    const qint64 readMs = timer.elapsed();
    QVERIFY(header);
    QCOMPARE(rows, Records);
    QCOMPARE(lastLine, 2 * Records);
    QCOMPARE(lastName, QStringLiteral("CENTRE HOSPITALIER DE L'ÉTABLISSEMENT %1").arg(Records - 1));
    QVERIFY(progressCalls > 100);
    qInfo("100,000-record FINESS extract (%lld MB): detected in %lld ms, read in %lld ms",
          QFileInfo(path).size() / (1024 * 1024), detectMs, readMs);

    int seen = 0;
    Result<QStringList> cancelled = readTable(
        path, format.value(), [&seen](const SourceRow&) { return ++seen > 0; },
        [](qint64 done, qint64) { return done < 5 * 1024 * 1024; });
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().code, QStringLiteral("import.cancelled"));
    QVERIFY(cancelled.error().message.contains(QLatin1String("finess-100k.csv")));
    QVERIFY(seen > 0 && seen < Records);
}

QTEST_GUILESS_MAIN(TestRealFiles)
#include "tst_realfiles.moc"
