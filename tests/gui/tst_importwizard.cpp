// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignFiles.h"
#include "ImportWizard.h"
#include "MainWindow.h"
#include "db/Database.h"
#include "model/Identifiers.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;

Q_DECLARE_METATYPE(Palier::ImportKind)

/// The import wizard driven page by page on real files, as a user would: what it shows, what it writes.
/// With PALIER_WIZARD_SCREENSHOTS=DIR set, each page is saved as DIR/palier-wizard-N.png.
class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void validationListsRejectedLineAndCancelWritesNothing();
    void importsValidRowsAndPagesShowThem();
    void nothingToImportIsSaidSo();
    void stoppingTheImportWritesNothing();
    void savedProfileIsOffered();
    void checksARealFile_data();
    void checksARealFile();

private:
    qint64 count(const QString& sql) const;
    void writeCsv(const QString& path, const QStringList& lines) const;
    /// Next, and the page that follows; screenshots it when asked.
    void next(QWizard& wizard, int expectedPage);
    void waitForValidation(QWizard& wizard);
    void screenshot(QWidget& window);

    QTemporaryDir m_dir;
    QString m_dbPath;
    QString m_csvPath;
    std::unique_ptr<Database> m_db;
    QString m_goodFiness1;
    QString m_goodFiness2;
    int m_screenshot = 0;
};

void TestImportWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PalierTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_importwizard"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_goodFiness1 = Identifiers::finessWithKey(u"13000001");
    m_goodFiness2 = Identifiers::finessWithKey(u"13000002");
    QString bad = Identifiers::finessWithKey(u"13000003");
    bad[8] = QChar(u'0' + (bad[8].digitValue() + 1) % 10); // a wrong key
    QVERIFY(!Identifiers::isValidFiness(bad));
    m_csvPath = m_dir.filePath(QStringLiteral("etablissements.csv"));
    writeCsv(m_csvPath, {QStringLiteral("finess;rs;statut;commune"),
                         m_goodFiness1 + QStringLiteral(";Centre hospitalier fictif de Valbrune;Public;VALBRUNE"),
                         bad + QStringLiteral(";Clinique fictive de Montclair;Public;MONTCLAIR"),
                         m_goodFiness2 + QStringLiteral(";Hôpital fictif de Côte-Bleue;Public;CÔTE-BLEUE")});
}

void TestImportWizard::init()
{
    m_db.reset();
    static int databases = 0;
    m_dbPath = m_dir.filePath(QStringLiteral("import-%1-%2.palier").arg(QTest::currentTestFunction()).arg(++databases));
    Result<std::unique_ptr<Database>> created =
        CampaignFiles::create(m_dbPath, QStringLiteral("93"), QStringLiteral("hopen-2019"));
    QVERIFY2(created, qPrintable(created.error().message + u' ' + created.error().detail));
    m_db = std::move(created).value();
}

qint64 TestImportWizard::count(const QString& sql) const
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(sql) || !query.next()) {
        qFatal("query failed: %s", qPrintable(sql));
    }
    return query.value(0).toLongLong();
}

void TestImportWizard::writeCsv(const QString& path, const QStringList& lines) const
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write((lines.join(u'\n') + u'\n').toUtf8());
}

void TestImportWizard::screenshot(QWidget& window)
{
    const QString dir = qEnvironmentVariable("PALIER_WIZARD_SCREENSHOTS");
    if (!dir.isEmpty()) {
        QTest::qWait(50); // let the page lay out its labels
        QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("palier-wizard-%1.png").arg(++m_screenshot))));
    }
}

void TestImportWizard::next(QWizard& wizard, int expectedPage)
{
    QVERIFY2(wizard.currentPage()->isComplete(), qPrintable(wizard.currentPage()->title()));
    wizard.next();
    QCOMPARE(wizard.currentId(), expectedPage);
}

void TestImportWizard::waitForValidation(QWizard& wizard)
{
    auto* summary = wizard.page(ImportWizard::ValidationPageId)->findChild<QLabel*>(QStringLiteral("summaryLabel"));
    auto* status = wizard.page(ImportWizard::ValidationPageId)->findChild<QLabel*>(QStringLiteral("statusLabel"));
    auto* message = wizard.page(ImportWizard::ValidationPageId)->findChild<QLabel*>(QStringLiteral("messageLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(!summary->text().isEmpty() || message->isVisible(), 60000);
    QVERIFY2(!message->isVisible(), qPrintable(status->text() + u' ' + message->text()));
}

void TestImportWizard::validationListsRejectedLineAndCancelWritesNothing()
{
    ImportWizard wizard(*m_db, ImportKind::Establishments, m_csvPath);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(ImportWizard::FilePageId));
    QCOMPARE(wizard.findChild<QLineEdit*>(QStringLiteral("fileLineEdit"))->text(), QDir::toNativeSeparators(m_csvPath));

    next(wizard, ImportWizard::FormatPageId);
    auto* separator = wizard.findChild<QComboBox*>(QStringLiteral("separatorComboBox"));
    QCOMPARE(separator->currentData().toString(), QStringLiteral(";"));
    QVERIFY(wizard.findChild<QCheckBox*>(QStringLiteral("headerCheckBox"))->isChecked());
    auto* preview = wizard.findChild<QTableView*>(QStringLiteral("previewTableView"));
    QCOMPARE(preview->model()->rowCount(), 3);
    QCOMPARE(preview->model()->headerData(1, Qt::Vertical).toInt(), 3); // lines of the file
    // Another separator reads the file again: one column only.
    separator->setCurrentIndex(separator->findData(QStringLiteral(",")));
    QCOMPARE(preview->model()->columnCount(), 1);
    separator->setCurrentIndex(separator->findData(QStringLiteral(";")));
    QCOMPARE(preview->model()->columnCount(), 4);

    next(wizard, ImportWizard::MappingPageId);
    QCOMPARE(wizard.findChild<QComboBox*>(QStringLiteral("finess_etComboBox"))->currentData().toInt(), 0);
    QCOMPARE(wizard.findChild<QComboBox*>(QStringLiteral("nameComboBox"))->currentData().toInt(), 1);
    // A required field left out: the page says which, and does not go on.
    auto* name = wizard.findChild<QComboBox*>(QStringLiteral("nameComboBox"));
    name->setCurrentIndex(0);
    QVERIFY(!wizard.currentPage()->isComplete());
    QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("missingLabel"))->isVisible());
    name->setCurrentIndex(name->findData(1));

    next(wizard, ImportWizard::ValidationPageId);
    waitForValidation(wizard);
    auto* rejected = wizard.findChild<QTableView*>(QStringLiteral("rejectedTableView"));
    QVERIFY(rejected->model()->rowCount() >= 1);
    QList<int> lines;
    for (int row = 0; row < rejected->model()->rowCount(); ++row) {
        lines.append(rejected->model()->index(row, 0).data().toInt());
    }
    QCOMPARE(QSet<int>(lines.cbegin(), lines.cend()), QSet<int>{3});
    const QString summary = wizard.findChild<QLabel*>(QStringLiteral("summaryLabel"))->text();
    QVERIFY2(summary.contains(ImportSession::summary({3, 2, 0, 0, {}, {}, {}, false, 1}).toHtmlEscaped()),
             qPrintable(summary));
    // Rejected rows: the import goes on only once the user agrees to leave them out.
    QVERIFY(!wizard.currentPage()->isComplete());
    auto* acceptValid = wizard.findChild<QCheckBox*>(QStringLiteral("acceptValidCheckBox"));
    QVERIFY(acceptValid->isVisible());
    acceptValid->setChecked(true);
    QVERIFY(wizard.currentPage()->isComplete());

    wizard.reject();
    QVERIFY(!wizard.isVisible());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM establishment")), 0);
}

void TestImportWizard::importsValidRowsAndPagesShowThem()
{
    m_db.reset(); // the window opens the file itself
    MainWindow window;
    QVERIFY(window.openDatabase(m_dbPath));
    window.showPage(Page::Establishments);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* table = window.findChild<QWidget*>(QStringLiteral("establishmentsTablePage"))
                      ->findChild<QTableView*>(QStringLiteral("tableView"));
    QCOMPARE(table->model()->rowCount(), 0);

    window.findChild<QAction*>(QStringLiteral("importEstablishmentsAction"))->trigger();
    auto* wizard = window.findChild<ImportWizard*>();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    screenshot(*wizard);
    wizard->findChild<QLineEdit*>(QStringLiteral("fileLineEdit"))->setText(m_csvPath);
    screenshot(*wizard);
    next(*wizard, ImportWizard::FormatPageId);
    screenshot(*wizard);
    next(*wizard, ImportWizard::MappingPageId);
    screenshot(*wizard);
    next(*wizard, ImportWizard::ValidationPageId);
    waitForValidation(*wizard);
    wizard->findChild<QCheckBox*>(QStringLiteral("acceptValidCheckBox"))->setChecked(true);
    screenshot(*wizard);

    next(*wizard, ImportWizard::ResultPageId);
    auto* result = wizard->page(ImportWizard::ResultPageId);
    QTRY_VERIFY_WITH_TIMEOUT(result->isComplete(), 60000);
    screenshot(*wizard);
    const QString summary = result->findChild<QLabel*>(QStringLiteral("summaryLabel"))->text();
    QVERIFY2(summary.contains(QStringLiteral("2 new establishment")),
             qPrintable(result->findChild<QLabel*>(QStringLiteral("statusLabel"))->text() + u' ' +
                        result->findChild<QLabel*>(QStringLiteral("messageLabel"))->text()));
    QVERIFY2(summary.contains(QStringLiteral("1 rejected row")), qPrintable(summary));
    QVERIFY(!result->findChild<QLabel*>(QStringLiteral("messageLabel"))->isVisible());

    QSqlQuery query(window.database()->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT finess_et FROM establishment ORDER BY finess_et")));
    QStringList written;
    while (query.next()) {
        written.append(query.value(0).toString());
    }
    QCOMPARE(written, (QStringList{m_goodFiness1, m_goodFiness2}));
    // The page reloaded after the import.
    QCOMPARE(table->model()->rowCount(), 2);
    wizard->accept();
}

void TestImportWizard::nothingToImportIsSaidSo()
{
    {
        ImportRequest request;
        request.kind = ImportKind::Establishments;
        request.path = m_csvPath;
        request.format = detectTableFormat(m_csvPath).value();
        request.mapping =
            guessColumnMapping(request.kind, request.format, previewTable(m_csvPath, request.format).value().header);
        request.acceptValid = true;
        Result<ImportReport> first = runImport(*m_db, request);
        QVERIFY2(first && first->committed, first ? "not committed" : qPrintable(first.error().message));
    }
    ImportWizard wizard(*m_db, ImportKind::Establishments, m_csvPath);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    next(wizard, ImportWizard::FormatPageId);
    next(wizard, ImportWizard::MappingPageId);
    next(wizard, ImportWizard::ValidationPageId);
    waitForValidation(wizard);
    // Every valid row is in the database already: nothing to import, and no way to "import" nothing.
    QVERIFY(!wizard.currentPage()->isComplete());
    QVERIFY(!wizard.findChild<QCheckBox*>(QStringLiteral("acceptValidCheckBox"))->isVisible());
    const QString status = wizard.findChild<QLabel*>(QStringLiteral("statusLabel"))->text();
    QVERIFY2(status.contains(QStringLiteral("Nothing to import")), qPrintable(status));
    QVERIFY(!status.contains(QStringLiteral("completed")));
    wizard.reject();
}

void TestImportWizard::stoppingTheImportWritesNothing()
{
    // Long enough for the importer to report progress, where it learns that it must stop.
    QStringList lines{QStringLiteral("finess;rs;statut")};
    for (int i = 0; i < 5000; ++i) {
        const QString finess = Identifiers::finessWithKey(QStringLiteral("13%1").arg(100000 + i));
        lines.append(finess + QStringLiteral(";Centre hospitalier fictif numéro %1;Public").arg(i));
    }
    const QString path = m_dir.filePath(QStringLiteral("long.csv"));
    writeCsv(path, lines);
    ImportWizard wizard(*m_db, ImportKind::Establishments, path);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    next(wizard, ImportWizard::FormatPageId);
    next(wizard, ImportWizard::MappingPageId);
    next(wizard, ImportWizard::ValidationPageId);
    waitForValidation(wizard);
    next(wizard, ImportWizard::ResultPageId);
    auto* result = wizard.page(ImportWizard::ResultPageId);
    QVERIFY(!result->isComplete()); // no Finish while it writes
    QVERIFY(result->findChild<QWidget*>(QStringLiteral("stopPushButton"))->isVisible());
    // Closing the wizard while it writes only asks the import to stop.
    wizard.reject();
    QVERIFY(wizard.isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(result->isComplete(), 60000);
    screenshot(wizard);
    QVERIFY(result->findChild<QLabel*>(QStringLiteral("statusLabel"))
                ->text()
                .contains(QStringLiteral("Nothing was imported")));
    QVERIFY(result->findChild<QLabel*>(QStringLiteral("messageLabel"))->isVisible());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM establishment")), 0);
    wizard.accept();
}

void TestImportWizard::savedProfileIsOffered()
{
    ImportWizard wizard(*m_db, ImportKind::Establishments, m_csvPath);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    next(wizard, ImportWizard::FormatPageId);
    next(wizard, ImportWizard::MappingPageId);
    wizard.findChild<QComboBox*>(QStringLiteral("townComboBox"))->setCurrentIndex(0); // not imported
    wizard.findChild<QLineEdit*>(QStringLiteral("profileNameLineEdit"))->setText(QStringLiteral("Liste fictive"));
    QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("saveProfilePushButton")), Qt::LeftButton);
    const Result<ImportProfile> saved = loadImportProfile(*m_db, QStringLiteral("Liste fictive"));
    QVERIFY2(saved, qPrintable(saved.error().message));
    QVERIFY(!saved->mapping.contains(QStringLiteral("town")));
    wizard.reject();

    ImportWizard again(*m_db, ImportKind::Establishments, m_csvPath);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    auto* profiles = again.findChild<QComboBox*>(QStringLiteral("profileComboBox"));
    const int index = profiles->findData(QStringLiteral("Liste fictive"));
    QVERIFY(index > 0);
    profiles->setCurrentIndex(index);
    next(again, ImportWizard::FormatPageId);
    next(again, ImportWizard::MappingPageId);
    QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("townComboBox"))->currentIndex(), 0);
    QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("finess_etComboBox"))->currentData().toInt(), 0);
    again.reject();
}

void TestImportWizard::checksARealFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<ImportKind>("kind");
    QTest::addColumn<int>("format");
    QTest::addRow("SAE identity") << QStringLiteral("sae-2022-id.csv") << ImportKind::Establishments
                                  << int(TableFormat::Kind::Csv);
    QTest::addRow("SAE GHT") << QStringLiteral("sae-2022-ght.csv") << ImportKind::Ghts << int(TableFormat::Kind::Csv);
    QTest::addRow("FINESS workbook") << QStringLiteral("finess-etablissements.xlsx") << ImportKind::Establishments
                                     << int(TableFormat::Kind::Xlsx);
}

void TestImportWizard::checksARealFile()
{
    QFETCH(QString, file);
    QFETCH(ImportKind, kind);
    QFETCH(int, format);
    const QString path = QStringLiteral(PALIER_REAL_DATA_DIR "/") + file;
    if (!QFile::exists(path)) {
        QSKIP("the real file is not there");
    }
    ImportWizard wizard(*m_db, kind, path);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    next(wizard, ImportWizard::FormatPageId);
    QCOMPARE(wizard.findChild<QComboBox*>(QStringLiteral("formatComboBox"))->currentData().toInt(), format);
    QVERIFY(wizard.findChild<QTableView*>(QStringLiteral("previewTableView"))->model()->rowCount() > 0);
    screenshot(wizard);
    next(wizard, ImportWizard::MappingPageId);
    screenshot(wizard);
    next(wizard, ImportWizard::ValidationPageId);
    waitForValidation(wizard);
    screenshot(wizard);
    // Valid rows to write: the import could go on.
    QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("summaryLabel"))->text().contains(u','));
    QVERIFY(!wizard.page(ImportWizard::ValidationPageId)->isComplete() || wizard.session().validation->inserted > 0);
    wizard.reject();
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM establishment")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ght")), 0);
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
