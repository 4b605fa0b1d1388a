// SPDX-License-Identifier: GPL-3.0-or-later
#include "../../core/letters/LetterTestSupport.h"
#include "GenerateLettersDialog.h"
#include "LetterGenerationTask.h"
#include "LetterListModel.h"
#include "LetterPrintTask.h"
#include "LetterTemplateDialog.h"
#include "LettersPage.h"
#include "MessageBox.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Palier;

class TestLettersPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void listsOneLetterPerEstablishment();
    void previewShowsTheLetter();
    void generatesOffTheGuiThread();
    void cancelRecordsNothing();
    void generatesOdtAndCombinedPdf();
    void combinedCancelRemovesEverything();
    void generateDialogGivesTheChoices();
    void printsOffTheGuiThread();
    void printCancelStops();
    void confirmSendingNotifies();
    void templateEditorRefusesAndSaves();

private:
    void selectEstablishment(qint64 id);
    /// Saves `widget` as PNG in $PALIER_SCREENSHOT_DIR, when set (screenshots for the documentation).
    static void screenshot(QWidget* widget, const QString& name);

    std::unique_ptr<QTemporaryDir> m_dir;
    Test::LetterFixture m_fixture;
    std::unique_ptr<LettersPage> m_page;
    LetterListModel* m_model = nullptr;
};

void TestLettersPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_fixture = Test::letterFixture(m_dir->filePath(QStringLiteral("letters.palier")));
    QVERIFY(m_fixture.db);
    m_page = std::make_unique<LettersPage>(QStringLiteral("Courriers"));
    m_page->resize(1200, 600);
    m_page->show();
    QVERIFY(m_page->reload(m_fixture.db.get()));
    m_model = qobject_cast<LetterListModel*>(m_page->model());
    QVERIFY(m_model);
}

void TestLettersPage::selectEstablishment(qint64 id)
{
    QVERIFY(m_page->selectRecord(id));
}

void TestLettersPage::screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("PALIER_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        widget->grab().save(QDir(dir).filePath(name));
    }
}

void TestLettersPage::listsOneLetterPerEstablishment()
{
    QAbstractItemModelTester tester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_model->rowCount(), 5);
    const int row = m_model->rowOfRecord(m_fixture.retained);
    QVERIFY(row >= 0);
    using Column = LetterListModel::Column;
    QCOMPARE(m_model->index(row, int(Column::Finess)).data().toString(), QStringLiteral("010780054"));
    QCOMPARE(m_model->index(row, int(Column::Letter)).data().toString(), letterKindLabel(LetterKind::Retenu));
    QCOMPARE(m_model->index(row, int(Column::Amount)).data(DatabaseTableModel::SortRole).toLongLong(), 25000000);
    QCOMPARE(m_model->index(row, int(Column::Status)).data().toString(), QStringLiteral("To generate"));
    const int awaiting = m_model->rowOfRecord(m_fixture.awaiting);
    QVERIFY(m_model->index(awaiting, int(Column::Status)).data().toString().contains(QLatin1String("DGOS")));
    QCOMPARE(m_page->pendingEstablishments().size(), 3);
    screenshot(m_page.get(), QStringLiteral("letters-page.png"));
}

void TestLettersPage::previewShowsTheLetter()
{
    QVERIFY(m_page->openPreview() == nullptr || !m_page->selectedRecordIds().isEmpty());
    selectEstablishment(m_fixture.retained);
    QPrintPreviewDialog* dialog = m_page->openPreview();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("Aubagne")));
    QTest::qWait(200);
    screenshot(dialog, QStringLiteral("letter-preview.png"));
    dialog->close();
}

void TestLettersPage::generatesOffTheGuiThread()
{
    const QString out = m_dir->filePath(QStringLiteral("courriers"));
    LetterGenerationTask* task = m_page->generate(out);
    QVERIFY(task);
    QCOMPARE(task->total(), 3);
    QVERIFY(m_page->generate(out) == nullptr); // one batch at a time
    QSignalSpy finished(task, &LetterGenerationTask::finished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(QDir(out).entryList(QDir::Files).size(), 3);
    QCOMPARE(Test::scalar(*m_fixture.db, QStringLiteral("SELECT count(*) FROM letter")).toInt(), 3);
    const int row = m_model->rowOfRecord(m_fixture.retained);
    QVERIFY(m_model->index(row, int(LetterListModel::Column::Status))
                .data()
                .toString()
                .startsWith(QLatin1String("Generated on")));
    // Every letter is generated, none sent: the page offers no regeneration of the whole batch once sent.
    QCOMPARE(m_page->pendingEstablishments().size(), 3);
}

void TestLettersPage::cancelRecordsNothing()
{
    const QString out = m_dir->filePath(QStringLiteral("annule"));
    LetterGenerationTask* task = m_page->generate(out);
    QVERIFY(task);
    QSignalSpy finished(task, &LetterGenerationTask::finished);
    task->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    const int recorded = Test::scalar(*m_fixture.db, QStringLiteral("SELECT count(*) FROM letter")).toInt();
    const int files = int(QDir(out).entryList(QDir::Files).size());
    // Either the cancel came in time (nothing written nor recorded) or the batch had already finished (all of it).
    QVERIFY2((recorded == 0 && files == 0) || (recorded == 3 && files == 3),
             qPrintable(QStringLiteral("%1 recorded, %2 files").arg(recorded).arg(files)));
}

void TestLettersPage::generatesOdtAndCombinedPdf()
{
    const QString out = m_dir->filePath(QStringLiteral("odt"));
    const QString combined = m_dir->filePath(QStringLiteral("tous les courriers.pdf"));
    LetterGenerationTask* task = m_page->generate(out, {}, LetterFormat::Odt, combined);
    QVERIFY(task);
    QCOMPARE(task->total(), 6); // three letters, then the same three in the combined PDF
    QSignalSpy finished(task, &LetterGenerationTask::finished);
    QSignalSpy progress(task, &LetterGenerationTask::progressChanged);
    // The page deletes the task once it has finished: its report is kept as it ends.
    LetterBatchReport report;
    connect(task, &LetterGenerationTask::finished, task, [&report, task] { report = task->report(); });
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast().at(0).toInt(), 6);
    const QStringList files = QDir(out).entryList({QStringLiteral("*.odt")}, QDir::Files);
    QCOMPARE(files.size(), 3);
    // An ODT is a zip whose first entry is the uncompressed mimetype.
    QFile odt(QDir(out).filePath(files.constFirst()));
    QVERIFY(odt.open(QIODevice::ReadOnly));
    QVERIFY(odt.read(100).contains("application/vnd.oasis.opendocument.text"));
    QCOMPARE(Test::scalar(*m_fixture.db, QStringLiteral("SELECT count(*) FROM letter WHERE format = 'odt'")).toInt(),
             3);
    const QString text = Test::pdfText(combined);
    for (const char* name : {"Centre hospitalier fictif", "Clinique fictive"}) {
        QVERIFY2(text.contains(QString::fromUtf8(name)), qPrintable(text.left(400)));
    }
    QCOMPARE(report.combinedPages, Test::pdfPages(combined));
    QVERIFY(Test::pdfPages(combined) >= 3);
    QVERIFY(m_page->findChild<QLabel*>()); // the banner tells it
}

void TestLettersPage::combinedCancelRemovesEverything()
{
    const QString out = m_dir->filePath(QStringLiteral("annule2"));
    const QString combined = m_dir->filePath(QStringLiteral("annule2.pdf"));
    LetterGenerationTask* task = m_page->generate(out, {}, LetterFormat::Pdf, combined);
    QVERIFY(task);
    QSignalSpy finished(task, &LetterGenerationTask::finished);
    LetterBatchReport report; // kept as the task ends: the page deletes it then
    connect(task, &LetterGenerationTask::finished, task, [&report, task] { report = task->report(); });
    // Cancel as soon as the combined PDF is under way (or before): nothing may stay behind.
    connect(task, &LetterGenerationTask::progressChanged, task, [task](int done) {
        if (done >= 3) {
            task->cancel();
        }
    });
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(report.cancelled);
    QCOMPARE(Test::scalar(*m_fixture.db, QStringLiteral("SELECT count(*) FROM letter")).toInt(), 0);
    QCOMPARE(QDir(out).entryList(QDir::Files).size(), 0);
    QVERIFY(!QFile::exists(combined));
}

void TestLettersPage::generateDialogGivesTheChoices()
{
    GenerateLettersDialog dialog(m_dir->filePath(QStringLiteral("lettres")), 3);
    QCOMPARE(dialog.format(), LetterFormat::Pdf);
    QCOMPARE(dialog.combinedPdf(),
             QDir(m_dir->filePath(QStringLiteral("lettres")))
                 .filePath(dialog.findChild<QLineEdit*>(QStringLiteral("combinedLineEdit"))->text()));
    dialog.findChild<QRadioButton*>(QStringLiteral("odtRadioButton"))->setChecked(true);
    dialog.findChild<QLineEdit*>(QStringLiteral("combinedLineEdit"))->setText(QStringLiteral("impression"));
    QCOMPARE(dialog.format(), LetterFormat::Odt);
    QVERIFY(dialog.combinedPdf().endsWith(QLatin1String("/lettres/impression.pdf")));
    dialog.findChild<QCheckBox*>(QStringLiteral("combinedCheckBox"))->setChecked(false);
    QCOMPARE(dialog.combinedPdf(), QString());
    dialog.findChild<QLineEdit*>(QStringLiteral("folderLineEdit"))->clear();
    QVERIFY(!dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.findChild<QLineEdit*>(QStringLiteral("folderLineEdit"))->setText(m_dir->path());
    dialog.findChild<QCheckBox*>(QStringLiteral("combinedCheckBox"))->setChecked(true);
    dialog.show();
    screenshot(&dialog, QStringLiteral("generate-letters.png"));
}

void TestLettersPage::printsOffTheGuiThread()
{
    // A PDF printer stands for the real one: the same QPrinter, painted by the worker, read back afterwards.
    const QString path = m_dir->filePath(QStringLiteral("impression.pdf"));
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setOutputFormat(QPrinter::PdfFormat);
    printer->setOutputFileName(path);
    LetterPrintTask* task = m_page->printLetters(std::move(printer), m_page->pendingEstablishments());
    QVERIFY(task);
    QCOMPARE(task->total(), 3);
    QVERIFY(!m_page->findChild<QAction*>(QStringLiteral("printLettersAction"))->isEnabled()); // one job at a time
    QSignalSpy finished(task, &LetterPrintTask::finished);
    QSignalSpy progress(task, &LetterPrintTask::progressChanged);
    // The page deletes the task once it has finished: what it says is kept as it ends.
    bool cancelled = true;
    int pages = -1;
    connect(task, &LetterPrintTask::finished, task, [&, task] {
        cancelled = task->cancelled();
        pages = task->pages();
    });
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(progress.constLast().at(0).toInt(), 3);
    QVERIFY(!cancelled);
    QCOMPARE(pages, Test::pdfPages(path));
    const QString text = Test::pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("Centre hospitalier fictif")), qPrintable(text.left(400)));
    // Printing records nothing: the letters are generated and recorded by Generate.
    QCOMPARE(Test::scalar(*m_fixture.db, QStringLiteral("SELECT count(*) FROM letter")).toInt(), 0);
    QTRY_VERIFY(m_page->findChild<QAction*>(QStringLiteral("printLettersAction"))->isEnabled());
}

void TestLettersPage::printCancelStops()
{
    const QString path = m_dir->filePath(QStringLiteral("annule.pdf"));
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setOutputFormat(QPrinter::PdfFormat);
    printer->setOutputFileName(path);
    QList<PlannedLetter> letters;
    for (int n = 0; n < 40; ++n) {
        letters.append(PlannedLetter{});
        letters.last().html = QStringLiteral("<p>Courrier fictif %1</p>").arg(n);
        letters.last().reference = QStringLiteral("REF/%1").arg(n);
    }
    LetterPrintTask task(std::move(printer), letters);
    QSignalSpy finished(&task, &LetterPrintTask::finished);
    task.start();
    task.cancel(); // checked before each letter: the worker stops at the next one
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(task.cancelled());
    QCOMPARE(task.pages(), 0);
    QVERIFY(!QFile::exists(path));
}

void TestLettersPage::confirmSendingNotifies()
{
    QVERIFY(m_page->generate(m_dir->filePath(QStringLiteral("courriers"))));
    QTRY_VERIFY_WITH_TIMEOUT(Test::scalar(*m_fixture.db, QStringLiteral("SELECT count(*) FROM letter")).toInt() == 3,
                             30000);
    QTRY_VERIFY(m_page->findChild<LetterGenerationTask*>() == nullptr);
    selectEstablishment(m_fixture.retained);
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!m_page->confirmSending());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(m_page->confirmSending());
    QCOMPARE(
        Test::scalar(*m_fixture.db, QStringLiteral("SELECT count(*) FROM candidature WHERE state = 'notifie'")).toInt(),
        1);
    const int row = m_model->rowOfRecord(m_fixture.retained);
    QVERIFY(m_model->index(row, int(LetterListModel::Column::Status))
                .data()
                .toString()
                .startsWith(QLatin1String("Sent on")));
    QCOMPARE(m_page->pendingEstablishments().size(), 2);
}

void TestLettersPage::templateEditorRefusesAndSaves()
{
    LetterTemplateDialog* dialog = m_page->openTemplates();
    QVERIFY(dialog);
    auto* source = dialog->findChild<QPlainTextEdit*>(QStringLiteral("templateSourceEdit"));
    auto* status = dialog->findChild<QLabel*>(QStringLiteral("templateStatusLabel"));
    auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveTemplatePushButton"));
    auto* preview = dialog->findChild<QTextBrowser*>(QStringLiteral("templatePreviewBrowser"));
    QVERIFY(source && status && save && preview);
    QVERIFY(source->toPlainText().contains(QLatin1String("{{#dossiers_retenus}}")));
    QTRY_VERIFY(preview->toPlainText().contains(QStringLiteral("Aubagne")));
    QTest::qWait(100);
    screenshot(dialog, QStringLiteral("letter-templates.png"));

    source->setPlainText(QStringLiteral("<p>Bonjour</p>\n<p>{{etablissement.nom}}</p>"));
    QTRY_VERIFY(status->text().contains(QLatin1String("Line 2")));
    QVERIFY(!save->isEnabled());
    QVERIFY(!dialog->save());

    source->setPlainText(QStringLiteral("<p>Bonjour {{etablissement.raison_sociale}}</p>"));
    QTRY_VERIFY(save->isEnabled());
    QVERIFY(dialog->save());
    QCOMPARE(currentTemplate(*m_fixture.db, LetterKind::Retenu)->version, 1);
    QTRY_VERIFY(preview->toPlainText().contains(QStringLiteral("Bonjour Centre hospitalier fictif")));

    auto* placeholders = createPlaceholderModel(this);
    QCOMPARE(placeholders->rowCount(), int(letterPlaceholders().size()));
    QVERIFY(placeholders->index(0, 0).data().toString().startsWith(QLatin1String("{{")));
    dialog->close();
}

QTEST_MAIN(TestLettersPage)
#include "tst_letterspage.moc"
