// SPDX-License-Identifier: GPL-3.0-or-later
#include "../../core/letters/LetterTestSupport.h"
#include "LetterGenerationTask.h"
#include "LetterListModel.h"
#include "LetterTemplateDialog.h"
#include "LettersPage.h"
#include "MessageBox.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPushButton>
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
