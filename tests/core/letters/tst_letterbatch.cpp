// SPDX-License-Identifier: GPL-3.0-or-later
#include "LetterTestSupport.h"
#include "letters/LetterBatch.h"
#include "letters/LetterDocument.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Palier;

class TestLetterBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void writesOneLetterPerEstablishment();
    void lettersSayTheRightThings();
    void regenerationIsNewVersion();
    void combinedPdfHasEveryPage();
    void longLetterIsNumbered();
    void odtOnDemand();
    void noSignatorySkipsAll();
    void invalidTemplateRefusedBeforeGeneration();
    void cancelWritesAndRecordsNothing();
    void threadsWriteWhatOneThreadWrites();
    void fileNamesAreSafe_data();
    void fileNamesAreSafe();
    void frenchFormats();

private:
    Result<LetterBatchReport> generate(LetterFormat format = LetterFormat::Pdf, const QString& combined = {});
    QString pathOf(const LetterBatchReport& report, qint64 establishment) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    Test::LetterFixture m_fixture;
    QString m_out;
};

void TestLetterBatch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_fixture = Test::letterFixture(m_dir->filePath(QStringLiteral("letters.palier")));
    QVERIFY(m_fixture.db);
    m_out = m_dir->filePath(QStringLiteral("courriers"));
}

Result<LetterBatchReport> TestLetterBatch::generate(LetterFormat format, const QString& combined)
{
    LetterJobOptions options;
    options.outputDir = m_out;
    options.format = format;
    options.combinedPdf = combined;
    options.author = QStringLiteral("test");
    return generateLetters(*m_fixture.db, options);
}

QString TestLetterBatch::pathOf(const LetterBatchReport& report, qint64 establishment) const
{
    for (const PlannedLetter& l : report.generated) {
        if (l.establishmentId == establishment) {
            return l.path;
        }
    }
    return {};
}

void TestLetterBatch::writesOneLetterPerEstablishment()
{
    Result<LetterBatchReport> report = generate();
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QCOMPARE(report->generated.size(), 3);
    QCOMPARE(report->skipped.size(), 2);
    QCOMPARE(report->skipped.at(0).finess, QStringLiteral("930000033"));
    QVERIFY2(report->skipped.at(0).reason.contains(QLatin1String("DGOS")), qPrintable(report->skipped.at(0).reason));
    QCOMPARE(report->skipped.at(1).finess, QStringLiteral("930000041"));
    QVERIFY(report->skipped.at(1).reason.contains(QLatin1String("no amount")));
    QCOMPARE(QDir(m_out).entryList(QDir::Files).size(), 3);

    const Database& db = *m_fixture.db;
    QCOMPARE(Test::scalar(db, QStringLiteral("SELECT count(*) FROM letter")).toInt(), 3);
    QCOMPARE(Test::scalar(db, QStringLiteral("SELECT template_key FROM letter WHERE establishment_id = ?"),
                          {m_fixture.waiting})
                 .toString(),
             QStringLiteral("liste_attente"));
    for (const PlannedLetter& l : report->generated) {
        const QString sha =
            Test::scalar(db, QStringLiteral("SELECT file_sha256 FROM letter WHERE reference = ?"), {l.reference})
                .toString();
        QCOMPARE(sha, fileSha256(l.path));
        QVERIFY(l.reference.startsWith(QLatin1String("ARS-93/HOPEN/2019/")));
    }
    QCOMPARE(Test::scalar(db, QStringLiteral("SELECT count(*) FROM letter_file")).toInt(), 4);
    QCOMPARE(Test::scalar(db, QStringLiteral("SELECT total_cents FROM letter WHERE establishment_id = ?"),
                          {m_fixture.retained})
                 .toLongLong(),
             25000000);
}

void TestLetterBatch::lettersSayTheRightThings()
{
    Result<LetterBatchReport> report = generate();
    QVERIFY(report.ok());
    const QString retained = Test::pdfText(pathOf(report.value(), m_fixture.retained));
    const QString flat = retained.simplified();
    QVERIFY2(flat.contains(QStringLiteral("Centre hospitalier fictif d’Aubagne/Sud : site Étoile")), qPrintable(flat));
    QVERIFY(flat.contains(QLatin1String("010780054")));
    // The letter prints QLocale's no-break spaces; pdftotext reads them back as spaces.
    QVERIFY2(retained.contains(letterAmount(25000000).replace(QChar(0x202F), u' ').replace(QChar(0xA0), u' ')),
             retained.mid(retained.indexOf(QLatin1String("250")), 9).toUtf8().toHex(' ').constData());
    QVERIFY(!retained.contains(QLatin1String("25.0000")) && !retained.contains(QLatin1String("250000")));
    QVERIFY(flat.contains(QStringLiteral("250 000 €")));
    QVERIFY(!flat.contains(QLatin1String("999 000")));   // the superseded run's amount
    QVERIFY(flat.contains(QStringLiteral("50 000 €")));  // amorçage 20 %
    QVERIFY(flat.contains(QStringLiteral("200 000 €"))); // usage 80 %
    QVERIFY(flat.contains(QStringLiteral("30 septembre 2019")));
    QVERIFY(flat.contains(QStringLiteral("notification de financement")));
    QVERIFY(flat.contains(QStringLiteral("Projet insuffisamment décrit")));
    QVERIFY(flat.contains(QStringLiteral("Mme Claire Fictive")));
    QVERIFY(flat.contains(QStringLiteral("Page 1 / 1")));
    QCOMPARE(Test::pdfPages(pathOf(report.value(), m_fixture.retained)), 1);
    QCOMPARE(Test::pdfPages(pathOf(report.value(), m_fixture.refused)), 1);

    const QString waiting = Test::pdfText(pathOf(report.value(), m_fixture.waiting)).simplified();
    QVERIFY(waiting.contains(QStringLiteral("sont inscrits sur liste d’attente")));
    QVERIFY(waiting.contains(QStringLiteral("Clinique fictive Sainte-Hélène")));
    QVERIFY(!waiting.contains(QStringLiteral("notification de financement")));

    const QString refused = Test::pdfText(pathOf(report.value(), m_fixture.refused)).simplified();
    QVERIFY(refused.contains(QStringLiteral("j’ai le regret")));
    QVERIFY(refused.contains(QStringLiteral("Prérequis non démontrés")));
    QVERIFY(refused.contains(QStringLiteral("930000025")));
}

void TestLetterBatch::regenerationIsNewVersion()
{
    QVERIFY(generate().ok());
    Result<LetterBatchReport> again = generate();
    QVERIFY(again.ok());
    QCOMPARE(again->generated.size(), 3);
    const Database& db = *m_fixture.db;
    QCOMPARE(Test::scalar(db, QStringLiteral("SELECT count(*) FROM letter")).toInt(), 6);
    QCOMPARE(Test::scalar(db, QStringLiteral("SELECT max(version) FROM letter WHERE establishment_id = ?"),
                          {m_fixture.retained})
                 .toInt(),
             2);
    QCOMPARE(Test::scalar(db, QStringLiteral("SELECT count(DISTINCT reference) FROM letter")).toInt(), 6);
}

void TestLetterBatch::combinedPdfHasEveryPage()
{
    const QString combined = m_dir->filePath(QStringLiteral("tout.pdf"));
    Result<LetterBatchReport> report = generate(LetterFormat::Pdf, combined);
    QVERIFY(report.ok());
    int pages = 0;
    for (const PlannedLetter& l : report->generated) {
        pages += Test::pdfPages(l.path);
    }
    QCOMPARE(pages, 3);
    QCOMPARE(report->combinedPages, pages);
    QCOMPARE(Test::pdfPages(combined), pages);
    const QString text = Test::pdfText(combined).simplified();
    QVERIFY(text.contains(QStringLiteral("Clinique fictive Sainte-Hélène")));
    QVERIFY(text.contains(QStringLiteral("Hôpital fictif des Écrins")));
}

void TestLetterBatch::longLetterIsNumbered()
{
    QString body;
    for (int i = 1; i <= 60; ++i) {
        body += QStringLiteral("<p>Paragraphe %1 du courrier de {{etablissement.raison_sociale}}.</p>\n").arg(i);
    }
    QVERIFY(saveTemplate(*m_fixture.db, LetterKind::Retenu, body, QStringLiteral("test")).ok());
    Result<LetterBatchReport> report = generate();
    QVERIFY(report.ok());
    const QString path = pathOf(report.value(), m_fixture.retained);
    const int pages = Test::pdfPages(path);
    QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
    QCOMPARE(pages, letterDocument(report->generated.at(0).html)->pageCount());
    const QString text = Test::pdfText(path).simplified();
    QVERIFY(text.contains(QStringLiteral("Page 2 / %1").arg(pages)));
    QVERIFY(text.contains(QStringLiteral("Paragraphe 60 du courrier")));
    QCOMPARE(Test::scalar(*m_fixture.db,
                          QStringLiteral("SELECT template_version FROM letter WHERE establishment_id = ?"),
                          {m_fixture.retained})
                 .toInt(),
             1);
}

void TestLetterBatch::odtOnDemand()
{
    Result<LetterBatchReport> report = generate(LetterFormat::Odt);
    QVERIFY(report.ok());
    const QString path = pathOf(report.value(), m_fixture.refused);
    QVERIFY(path.endsWith(QLatin1String(".odt")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(2), QByteArrayLiteral("PK"));
    QCOMPARE(Test::scalar(*m_fixture.db, QStringLiteral("SELECT DISTINCT format FROM letter")).toString(),
             QStringLiteral("odt"));
}

void TestLetterBatch::noSignatorySkipsAll()
{
    QVERIFY(Test::run(*m_fixture.db, QStringLiteral("DELETE FROM setting WHERE key = 'letters.signatory'")));
    Result<LetterBatchReport> report = generate();
    QVERIFY(report.ok());
    QCOMPARE(report->generated.size(), 0);
    QCOMPARE(report->skipped.size(), 5);
    QVERIFY(report->skipped.at(1).reason.contains(QLatin1String("signatory")));
    QCOMPARE(Test::scalar(*m_fixture.db, QStringLiteral("SELECT count(*) FROM letter")).toInt(), 0);
}

void TestLetterBatch::invalidTemplateRefusedBeforeGeneration()
{
    QVERIFY(Test::run(*m_fixture.db,
                      QStringLiteral("INSERT INTO letter_template (template_key, version, body_html, created_at, "
                                     "author) VALUES ('liste_attente', 1, ?, '2019-09-01T00:00:00Z', 'x')"),
                      {QStringLiteral("<p>ok</p>\n{{#dossiers_attente}}oubli")}));
    Result<LetterBatchReport> report = generate();
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, QStringLiteral("letters.template-syntax"));
    QVERIFY2(report.error().message.contains(QLatin1String("Line 2")), qPrintable(report.error().message));
    QCOMPARE(QDir(m_out).entryList(QDir::Files).size(), 0);
    QCOMPARE(Test::scalar(*m_fixture.db, QStringLiteral("SELECT count(*) FROM letter")).toInt(), 0);
}

void TestLetterBatch::cancelWritesAndRecordsNothing()
{
    std::atomic_bool cancel{true};
    LetterJobOptions options;
    options.outputDir = m_out;
    Result<LetterBatchReport> report = generateLetters(*m_fixture.db, options, {}, &cancel);
    QVERIFY(report.ok());
    QVERIFY(report->cancelled);
    QCOMPARE(QDir(m_out).entryList(QDir::Files).size(), 0);
    QCOMPARE(Test::scalar(*m_fixture.db, QStringLiteral("SELECT count(*) FROM letter")).toInt(), 0);
}

void TestLetterBatch::threadsWriteWhatOneThreadWrites()
{
    Result<LetterBatchReport> report = generate();
    QVERIFY(report.ok());
    const PlannedLetter letter = report->generated.at(0);
    PlannedLetter again = letter;
    again.path = m_dir->filePath(QStringLiteral("main-thread.pdf"));
    QVERIFY(writePlannedLetter(again, LetterFormat::Pdf).written);
    const QStringList threaded = Test::pdfText(letter.path).split(u'\n');
    const QStringList single = Test::pdfText(again.path).split(u'\n');
    QVERIFY(threaded.size() > 20);
    for (qsizetype i = 0; i < qMin(threaded.size(), single.size()); ++i) {
        QCOMPARE(single.at(i), threaded.at(i));
    }
    QCOMPARE(single.size(), threaded.size());
}

void TestLetterBatch::fileNamesAreSafe_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::addRow("slash colon accents") << QStringLiteral("CH d’Aubagne/Sud : site Étoile")
                                         << QStringLiteral("010780054 CH d’Aubagne_Sud _ site Étoile.pdf");
    QTest::addRow("windows reserved") << QStringLiteral("A*B?C\"D<E>F|G\\H")
                                      << QStringLiteral("010780054 A_B_C_D_E_F_G_H.pdf");
    QTest::addRow("trailing dots") << QStringLiteral("Clinique fictive S.A.  ...")
                                   << QStringLiteral("010780054 Clinique fictive S.A.pdf");
    QTest::addRow("decomposed accents") << QStringLiteral("Ho\u0302pital") << QStringLiteral("010780054 Hôpital.pdf");
}

void TestLetterBatch::fileNamesAreSafe()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(letterFileName(QStringLiteral("010780054"), name, QStringLiteral("pdf")), expected);
}

void TestLetterBatch::frenchFormats()
{
    const QString amount = letterAmount(25000000);
    QCOMPARE(QString(amount).replace(QChar(0x202F), u' ').replace(QChar(0xA0), u' '), QStringLiteral("250 000 €"));
    QCOMPARE(letterAmount(123450).remove(QChar(0x202F)).remove(QChar(0xA0)).remove(u' '), QStringLiteral("1234,50€"));
    QCOMPARE(letterDate(QDate(2019, 9, 30)), QStringLiteral("30 septembre 2019"));
    QCOMPARE(letterDate(QDate(2019, 8, 1)), QStringLiteral("1 août 2019"));
}

QTEST_MAIN(TestLetterBatch)
#include "tst_letterbatch.moc"
