// SPDX-License-Identifier: GPL-3.0-or-later
// The pure parts of the import: values as people type them, legal statuses, header matching.
#include "import/ImportKeys.h"
#include "import/ImportValues.h"
#include "import/Importer.h"
#include "import/LegalStatus.h"

#include <QTest>

using namespace Palier;
using ImportValues::AmountProblem;

class TestImportValues : public QObject
{
    Q_OBJECT

private slots:
    void amounts_data();
    void amounts();
    void numbers_data();
    void numbers();
    void dates_data();
    void dates();
    void cleanText();
    void regionsDepartmentsDomains();
    void routingLineAndPostalCodes();
    void finessPrefixAndSiret();
    void statusFromText_data();
    void statusFromText();
    void statusFromFinessAttributes();
    void kindCodes();
    void knownHeadersMapThemselves();
    void finessExtractHasFixedPositions();
};

void TestImportValues::numbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("value");
    QTest::addRow("whole") << "85" << true << 85.0;
    QTest::addRow("French decimal") << "92,5" << true << 92.5;
    QTest::addRow("dot decimal") << "0.75" << true << 0.75;
    QTest::addRow("thousands with spaces") << "1 234,5" << true << 1234.5;
    QTest::addRow("non-breaking space") << QString::fromUtf8("1\u00a0234") << true << 1234.0;
    QTest::addRow("percent") << "85 %" << true << 85.0;
    QTest::addRow("negative") << "-3" << true << -3.0;
    QTest::addRow("empty") << "" << false << 0.0;
    QTest::addRow("word") << "beaucoup" << false << 0.0;
    QTest::addRow("two decimal marks") << "1,234,5" << false << 0.0;
    QTest::addRow("not a number") << "nan" << false << 0.0;
    QTest::addRow("infinity") << "inf" << false << 0.0;
    QTest::addRow("hexadecimal") << "0x10" << false << 0.0;
}

void TestImportValues::numbers()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(double, value);
    const std::optional<double> parsed = ImportValues::parseNumber(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid) {
        QCOMPARE(*parsed, value);
    }
}

void TestImportValues::amounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<AmountProblem>("problem");
    const auto ok = [](const char* name, const QString& text, qint64 cents) {
        QTest::addRow("%s", name) << text << cents << AmountProblem::None;
    };
    const auto bad = [](const char* name, const QString& text, AmountProblem problem) {
        QTest::addRow("%s", name) << text << qint64(0) << problem;
    };
    ok("plain", "250000", 25000000);
    ok("French decimals", "1 234,50", 123450);
    ok("one decimal", "15,2", 1520);
    ok("euro sign", "250 000 €", 25000000);
    ok("EUR suffix", "250000 EUR", 25000000);
    ok("no-break space", QStringLiteral("1\u00A0234,50"), 123450);
    ok("narrow no-break space", QStringLiteral("1\u202F234\u202F567,89\u00A0€"), 123456789);
    ok("thin space", QStringLiteral("12\u2009000"), 1200000);
    ok("dot thousands", "1.234.567,89", 123456789);
    ok("English", "1,234,567.89", 123456789);
    ok("spreadsheet number", "1234.5", 123450);
    ok("binary rounding", "1234.5599999999999", 123456);
    ok("scientific", "2.5E+05", 25000000);
    ok("trailing zeros", "12,5000", 1250);
    ok("zero", "0", 0);
    ok("zero cents", "0,120000", 12);
    ok("leading zeros", "007", 700);
    bad("empty", "", AmountProblem::Empty);
    bad("spaces only", "  \u00A0 ", AmountProblem::Empty);
    bad("words", "deux cents", AmountProblem::NotANumber);
    bad("two decimal commas", "1,2,3", AmountProblem::NotANumber);
    bad("bad grouping", "1.23.456", AmountProblem::NotANumber);
    bad("negative", "-500", AmountProblem::Negative);
    bad("negative sign U+2212", QStringLiteral("\u22121 000,00"), AmountProblem::Negative);
    bad("three decimals", "1234,567", AmountProblem::TooManyDecimals);
    bad("ambiguous comma", "250,000", AmountProblem::Ambiguous);
    bad("ambiguous dot", "250.000", AmountProblem::Ambiguous);
    bad("too large", "5000000000", AmountProblem::TooLarge);
    bad("percent", "12%", AmountProblem::NotANumber);
}

void TestImportValues::amounts()
{
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    QFETCH(AmountProblem, problem);
    const ImportValues::Amount amount = ImportValues::parseAmount(text);
    QCOMPARE(amount.problem, problem);
    if (problem == AmountProblem::None) {
        QCOMPARE(amount.cents, cents);
    }
}

void TestImportValues::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("serial");
    QTest::addColumn<QDate>("expected");
    QTest::addRow("ISO") << "2019-06-30" << false << QDate(2019, 6, 30);
    QTest::addRow("ISO with time") << "2019-06-30T00:00:00" << false << QDate(2019, 6, 30);
    QTest::addRow("French") << "30/06/2019" << false << QDate(2019, 6, 30);
    QTest::addRow("French short day") << "1/7/2019" << false << QDate(2019, 7, 1);
    QTest::addRow("French dots") << "30.06.2019" << false << QDate(2019, 6, 30);
    QTest::addRow("French with time") << "13/02/1979 00:00" << false << QDate(1979, 2, 13);
    QTest::addRow("spreadsheet serial") << "43646" << true << QDate(2019, 6, 30);
    QTest::addRow("serial not allowed") << "43646" << false << QDate();
    QTest::addRow("31 February") << "31/02/2019" << false << QDate();
    QTest::addRow("month 13") << "2019-13-01" << false << QDate();
    QTest::addRow("two-digit year") << "30/06/19" << false << QDate();
    QTest::addRow("American order") << "06/30/2019" << false << QDate();
    QTest::addRow("words") << "fin juin" << false << QDate();
    QTest::addRow("empty") << "" << false << QDate();
}

void TestImportValues::dates()
{
    QFETCH(QString, text);
    QFETCH(bool, serial);
    QFETCH(QDate, expected);
    const std::optional<QDate> date = ImportValues::parseDate(text, serial);
    QCOMPARE(date.has_value(), expected.isValid());
    if (date) {
        QCOMPARE(*date, expected);
    }
}

void TestImportValues::cleanText()
{
    QCOMPARE(ImportValues::cleanText(QStringLiteral("  CH\u00A0DE   FLEYRIAT \t")), QStringLiteral("CH DE FLEYRIAT"));
    QCOMPARE(ImportValues::cleanText(QStringLiteral("010000024\u200B")), QStringLiteral("010000024"));
    QCOMPARE(ImportValues::cleanText(QStringLiteral("ligne 1\nligne 2")), QStringLiteral("ligne 1 ligne 2"));
    const QString clean = QString::fromLatin1("CH DE FLEYRIAT");
    QCOMPARE(ImportValues::cleanText(clean).constData(), clean.constData()); // no copy in the common case
    const QString accented = QStringLiteral("SAINT-ÉTIENNE € 42");
    QCOMPARE(ImportValues::cleanText(accented).constData(), accented.constData());
    QCOMPARE(ImportValues::cleanText(QStringLiteral(" ")), QString());
    QCOMPARE(ImportValues::cleanText(QStringLiteral("A ")), QStringLiteral("A"));
    QCOMPARE(ImportValues::cleanText(QStringLiteral(" A")), QStringLiteral("A"));
    QCOMPARE(ImportValues::cleanText(QStringLiteral("A  B")), QStringLiteral("A B"));
    QCOMPARE(ImportValues::cleanText(QStringLiteral("A\tB")), QStringLiteral("A B"));
    QCOMPARE(ImportValues::cleanText(QStringLiteral("É\u2009B")), QStringLiteral("É B")); // a thin space
    QCOMPARE(ImportValues::cleanText(QStringLiteral("A\u200DB")), QStringLiteral("AB"));
    QCOMPARE(ImportValues::foldKey(QStringLiteral("N° FINESS ET")), QStringLiteral("nfinesset"));
    QCOMPARE(ImportValues::foldKey(QStringLiteral("Région")), QStringLiteral("region"));
    QCOMPARE(ImportValues::foldKey(QStringLiteral("fi_ej")), QStringLiteral("fiej"));
    QCOMPARE(ImportValues::foldKey(QStringLiteral("Cœur")), QStringLiteral("coeur"));
    QCOMPARE(ImportValues::foldWords(QStringLiteral("Privé à but non-lucratif")),
             QStringLiteral("prive a but non lucratif"));
}

void TestImportValues::regionsDepartmentsDomains()
{
    QCOMPARE(ImportValues::regionCode(u"84"), QStringLiteral("84"));
    QCOMPARE(ImportValues::regionCode(u"84 - Auvergne-Rhône-Alpes"), QStringLiteral("84"));
    QCOMPARE(ImportValues::regionCode(u"04 - Réunion"), QStringLiteral("04"));
    QCOMPARE(ImportValues::regionCode(u"Auvergne-Rhône-Alpes"), QStringLiteral("84"));
    QCOMPARE(ImportValues::regionCode(u"Réunion"), QStringLiteral("04"));
    QCOMPARE(ImportValues::regionCode(u"4"), QStringLiteral("04"));
    QCOMPARE(ImportValues::regionCode(u"99"), QString());
    QCOMPARE(ImportValues::regionCode(u"Atlantide"), QString());
    QCOMPARE(ImportValues::departmentCode(u"01"), QStringLiteral("01"));
    QCOMPARE(ImportValues::departmentCode(u"2A"), QStringLiteral("2A"));
    QCOMPARE(ImportValues::departmentCode(u"9A"), QStringLiteral("971"));
    QCOMPARE(ImportValues::departmentCode(u"971"), QStringLiteral("971"));
    QCOMPARE(ImportValues::departmentCode(u"01 - Ain"), QStringLiteral("01"));
    QCOMPARE(ImportValues::departmentCode(u"Ain"), QStringLiteral("01"));
    QCOMPARE(ImportValues::departmentCode(u"1"), QStringLiteral("01"));
    QCOMPARE(ImportValues::departmentCode(u"20"), QString());
    for (const char* text : {"D2", "d2", "2", "D 2", "D02", "D2 - Dossier patient", " d2 "}) {
        QCOMPARE(ImportValues::domainCode(QString::fromUtf8(text)), QStringLiteral("D2"));
    }
    QCOMPARE(ImportValues::domainCode(u"Imagerie"), QStringLiteral("IMAGERIE"));
}

void TestImportValues::routingLineAndPostalCodes()
{
    ImportValues::PostalTown split = ImportValues::splitRoutingLine(u"13005 MARSEILLE");
    QCOMPARE(split.postalCode, QStringLiteral("13005"));
    QCOMPARE(split.town, QStringLiteral("MARSEILLE"));
    split = ImportValues::splitRoutingLine(u"13395 MARSEILLE CEDEX 10");
    QCOMPARE(split.postalCode, QStringLiteral("13395"));
    QCOMPARE(split.town, QStringLiteral("MARSEILLE"));
    split = ImportValues::splitRoutingLine(u"01440 VIRIAT");
    QCOMPARE(split.town, QStringLiteral("VIRIAT"));
    QVERIFY(ImportValues::splitRoutingLine(u"MARSEILLE").postalCode.isEmpty());

    QCOMPARE(ImportValues::parsePostalCode(u"01440").code, QStringLiteral("01440"));
    QVERIFY(!ImportValues::parsePostalCode(u"01440").padded);
    const ImportValues::PostalCode padded = ImportValues::parsePostalCode(u"1440");
    QCOMPARE(padded.code, QStringLiteral("01440"));
    QVERIFY(padded.padded);
    QCOMPARE(ImportValues::parsePostalCode(u"13 005").code, QStringLiteral("13005"));
    QVERIFY(ImportValues::parsePostalCode(u"F-13005").code.isEmpty());
    QVERIFY(ImportValues::parsePostalCode(u"130050").code.isEmpty());
}

void TestImportValues::finessPrefixAndSiret()
{
    QCOMPARE(ImportValues::stripFinessPrefix(QStringLiteral("010000024 - CH DE FLEYRIAT"), u"010000024"),
             QStringLiteral("CH DE FLEYRIAT"));
    // Another number in front is part of the name: kept.
    QCOMPARE(ImportValues::stripFinessPrefix(QStringLiteral("010000032 - CH BUGEY SUD"), u"010000024"),
             QStringLiteral("010000032 - CH BUGEY SUD"));
    QCOMPARE(ImportValues::stripFinessPrefix(QStringLiteral("CH DE FLEYRIAT"), u"010000024"),
             QStringLiteral("CH DE FLEYRIAT"));
    QCOMPARE(ImportValues::compactSiret(QStringLiteral("260 100 045 00012")), QStringLiteral("26010004500012"));
    QCOMPARE(ImportValues::compactSiret(QStringLiteral("2,601E+13")), QStringLiteral("2,601E+13"));
}

void TestImportValues::statusFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("status");
    // The values of the real files: SAE stjr codes, finess-etablissements.xlsx "Statut Juridique".
    QTest::addRow("stjr 1") << "1"
                            << "public";
    QTest::addRow("stjr 2") << "2"
                            << "prive_lucratif";
    QTest::addRow("stjr 3") << "3"
                            << "prive_non_lucratif";
    QTest::addRow("Public") << "Public"
                            << "public";
    QTest::addRow("Privé lucratif") << "Privé lucratif"
                                    << "prive_lucratif";
    QTest::addRow("Privé non lucratif") << "Privé non lucratif"
                                        << "prive_non_lucratif";
    QTest::addRow("à but lucratif") << "Privé à but lucratif"
                                    << "prive_lucratif";
    QTest::addRow("à but non lucratif") << "PRIVE A BUT NON LUCRATIF"
                                        << "prive_non_lucratif";
    QTest::addRow("ESPIC") << "ESPIC"
                           << "prive_non_lucratif";
    QTest::addRow("table label") << "Privé à but non lucratif (ESPIC)"
                                 << "prive_non_lucratif";
    QTest::addRow("CLCC") << "CLCC"
                          << "clcc";
    QTest::addRow("CLCC label") << "Centre de lutte contre le cancer (CLCC)"
                                << "clcc";
    QTest::addRow("code") << "prive_non_lucratif"
                          << "prive_non_lucratif";
    QTest::addRow("SAE group") << "PNL5"
                               << "prive_non_lucratif";
    QTest::addRow("PSPH is not public") << "Etablissement privé participant au service public"
                                        << "";
    QTest::addRow("private alone") << "Privé"
                                   << "";
    QTest::addRow("unknown code") << "4"
                                  << "";
    QTest::addRow("empty") << ""
                           << "";
}

void TestImportValues::statusFromText()
{
    QFETCH(QString, text);
    QFETCH(QString, status);
    QCOMPARE(LegalStatusRules::fromText(text), status);
}

void TestImportValues::statusFromFinessAttributes()
{
    using namespace LegalStatusRules;
    QCOMPARE(fromFinessAttributes(u"355", u"", u"", u""), QString(Public));
    QCOMPARE(fromFinessAttributes(u"101", u"", u"", u""), QString(Public));
    QCOMPARE(fromFinessAttributes(u"365", u"1", u"Etablissement public de santé", u""), QString(Public));
    QCOMPARE(fromFinessAttributes(u"292", u"", u"", u"ARS établissements Publics de santé dotation globale"),
             QString(Public));
    QCOMPARE(fromFinessAttributes(u"365", u"6", u"Etablissement de santé privé d'intérêt collectif", u""),
             QString(PrivateNonProfit));
    QCOMPARE(fromFinessAttributes(u"131", u"6", u"", u""), QString(Clcc));
    // A clinic: nothing in the site record says for-profit or not.
    QCOMPARE(fromFinessAttributes(u"365", u"9", u"Non concerné", u""), QString());
    QCOMPARE(fromFinessAttributes(u"", u"", u"", u""), QString());

    QCOMPARE(applyClccRule(QString(PrivateNonProfit), u"131"), QString(Clcc));
    QCOMPARE(applyClccRule(QString(PrivateForProfit), u"131"), QString(PrivateForProfit));
    QCOMPARE(applyClccRule(QString(PrivateNonProfit), u"365"), QString(PrivateNonProfit));
}

void TestImportValues::kindCodes()
{
    for (ImportKind kind : {ImportKind::Establishments, ImportKind::Ghts, ImportKind::Candidatures,
                            ImportKind::Indicators, ImportKind::Scores}) {
        QCOMPARE(importKindFromCode(importKindCode(kind)), kind);
        QVERIFY(!importFields(kind).isEmpty());
        for (const ImportField& field : importFields(kind)) {
            QVERIFY(!field.label.isEmpty());
        }
    }
    QCOMPARE(importKindFromCode(u"GHT"), ImportKind::Ghts);
    QCOMPARE(importKindFromCode(u"Scores"), ImportKind::Scores);
    QCOMPARE(importKindFromCode(u"indicators"), ImportKind::Indicators);
    QVERIFY(!importKindFromCode(u"unicorns"));
    QCOMPARE(importKindCode(ImportKind::Ghts), QStringLiteral("ght"));
}

void TestImportValues::knownHeadersMapThemselves()
{
    const TableFormat csv;
    // The SAE identity file's own header.
    const QStringList sae = QStringLiteral("bor;an;fi;rs;rscom;fi_ej;grp;stj;stjr;cat;catr;espic;mft;ccr;nat;sir;reg;"
                                           "dep;reg_diff;dep_diff;COMINSEE;NOMCOM;ARMT;CHLEJ0;FIPRE;ETAT_SAISIE;"
                                           "FINRAT;VAGUE;PROVENANCE;NUMVOI;TYPVOI;NOMVOI;BP;CPO;LIBCOM")
                                .split(u';');
    ColumnMapping mapping = guessColumnMapping(ImportKind::Establishments, csv, sae);
    QCOMPARE(mapping.value(QString(ImportKeys::FinessEt)), sae.indexOf(u"fi"));
    QCOMPARE(mapping.value(QString(ImportKeys::FinessEj)), sae.indexOf(u"fi_ej"));
    QCOMPARE(mapping.value(QString(ImportKeys::Name)), sae.indexOf(u"rs"));
    QCOMPARE(mapping.value(QString(ImportKeys::LegalStatus)), sae.indexOf(u"stjr"));
    QCOMPARE(mapping.value(QString(ImportKeys::CategoryCode)), sae.indexOf(u"cat"));
    QCOMPARE(mapping.value(QString(ImportKeys::Siret)), sae.indexOf(u"sir"));
    QCOMPARE(mapping.value(QString(ImportKeys::Region)), sae.indexOf(u"reg"));
    QCOMPARE(mapping.value(QString(ImportKeys::Department)), sae.indexOf(u"dep"));
    QCOMPARE(mapping.value(QString(ImportKeys::Town)), sae.indexOf(u"NOMCOM"));
    QCOMPARE(mapping.value(QString(ImportKeys::PostalCode)), sae.indexOf(u"CPO"));
    QCOMPARE(mapping.value(QString(ImportKeys::StreetName)), sae.indexOf(u"NOMVOI"));
    QCOMPARE(mapping.value(QString(ImportKeys::Locality)), sae.indexOf(u"BP"));

    // finess-etablissements.xlsx, and headers written by hand.
    TableFormat xlsx;
    xlsx.kind = TableFormat::Kind::Xlsx;
    mapping = guessColumnMapping(ImportKind::Establishments, xlsx,
                                 {"FINESS", "Raison sociale", "Commune", "Statut Juridique", "Région"});
    QCOMPARE(mapping.value(QString(ImportKeys::FinessEt), -1), 0);
    QCOMPARE(mapping.value(QString(ImportKeys::Name), -1), 1);
    QCOMPARE(mapping.value(QString(ImportKeys::Town), -1), 2);
    QCOMPARE(mapping.value(QString(ImportKeys::LegalStatus), -1), 3);
    QCOMPARE(mapping.value(QString(ImportKeys::Region), -1), 4);
    mapping = guessColumnMapping(ImportKind::Establishments, csv, {" N° FINESS ET ", "finess ej", "SIRET"});
    QCOMPARE(mapping.value(QString(ImportKeys::FinessEt), -1), 0);
    QCOMPARE(mapping.value(QString(ImportKeys::FinessEj), -1), 1);
    QCOMPARE(mapping.value(QString(ImportKeys::Siret), -1), 2);

    mapping = guessColumnMapping(ImportKind::Ghts, csv, {"NOM_COURT_GHT", "CODE_GHT", "NOM_COMPLET_GHT", "LIT_MED"});
    QCOMPARE(mapping.value(QString(ImportKeys::ShortName), -1), 0);
    QCOMPARE(mapping.value(QString(ImportKeys::Code), -1), 1);
    QCOMPARE(mapping.value(QString(ImportKeys::Name), -1), 2);
    QCOMPARE(mapping.size(), 3);

    mapping = guessColumnMapping(ImportKind::Candidatures, csv,
                                 {"FINESS", "Domaine", "Intitulé du projet", "Montant demandé (€)", "Éditeur",
                                  "Date de début prévue", "Date de fin prévue", "Date de dépôt"});
    QCOMPARE(mapping.size(), 8);
    QCOMPARE(mapping.value(QString(ImportKeys::RequestedAmount), -1), 3);
    QCOMPARE(mapping.value(QString(ImportKeys::PlannedEnd), -1), 6);
}

void TestImportValues::finessExtractHasFixedPositions()
{
    TableFormat extract;
    extract.kind = TableFormat::Kind::FinessExtract;
    extract.hasHeader = false;
    const ColumnMapping mapping = guessColumnMapping(ImportKind::Establishments, extract, {});
    // Positions of the etalab fields once the reader has dropped the `structureet` tag.
    QCOMPARE(mapping.value(QString(ImportKeys::FinessEt), -1), 0);
    QCOMPARE(mapping.value(QString(ImportKeys::FinessEj), -1), 1);
    QCOMPARE(mapping.value(QString(ImportKeys::Name), -1), 2);
    QCOMPARE(mapping.value(QString(ImportKeys::RoutingLine), -1), 14);
    QCOMPARE(mapping.value(QString(ImportKeys::CategoryCode), -1), 17);
    QCOMPARE(mapping.value(QString(ImportKeys::Siret), -1), 21);
    QCOMPARE(mapping.value(QString(ImportKeys::SphCode), -1), 25);
    QVERIFY(!mapping.contains(QString(ImportKeys::LegalStatus)));
}

QTEST_GUILESS_MAIN(TestImportValues)
#include "tst_importvalues.moc"
