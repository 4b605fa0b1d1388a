// SPDX-License-Identifier: GPL-3.0-or-later
// The forfait grid from the Feuille de route page on the demo campaign: the model (tested by
// QAbstractItemModelTester) shows and takes French amounts, refuses what is not one; the dialog adds and removes
// size classes, fills the table from a CSV file or refuses a bad one whole, keeps Save disabled on an error, says
// how many establishments have no size class; the page writes the grid through the core, undoably; a read-only
// database only shows it.
#include "ForfaitGridDialog.h"
#include "ForfaitGridModel.h"
#include "MessageBox.h"
#include "RoadmapPage.h"
#include "db/Database.h"
#include "demo/DemoGenerator.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace Palier;

class TestForfaitGridDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelShowsAndTakesFrenchAmounts();
    void dialogAddsRemovesAndValidates();
    void dialogImportsAFileOrRefusesItWhole();
    void dialogSaysWhoHasNoSizeClass();
    void pageWritesUndoesAndRedoes();
    void readOnlyDatabaseOnlyShows();

private:
    qint64 scalar(const QString& sql) const;
    QString writeFile(const QString& name, const QByteArray& content) const;
    ForfaitGrid grid() const { return loadForfaitGrid(*m_db).value(); }
    SizeClassCoverage coverage() const { return loadSizeClassCoverage(*m_db).value(); }
    /// Saves a picture of `widget` when PALIER_SCREENSHOTS names a folder (to look at it).
    static void shoot(QWidget* widget, const QString& name);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestForfaitGridDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    auto db = Database::open(m_dir.filePath(QStringLiteral("demo.palier")), {.create = true});
    QVERIFY(db);
    m_db = std::move(db).value();
    QVERIFY(generateDemo(*m_db, {}));
}

qint64 TestForfaitGridDialog::scalar(const QString& sql) const
{
    QSqlQuery query(m_db->connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

QString TestForfaitGridDialog::writeFile(const QString& name, const QByteArray& content) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return {};
    }
    file.write(content);
    return path;
}

void TestForfaitGridDialog::shoot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("PALIER_SCREENSHOTS");
    if (!folder.isEmpty()) {
        widget->show();
        QCoreApplication::processEvents();
        widget->grab().save(QStringLiteral("%1/%2.png").arg(folder, name));
    }
}

void TestForfaitGridDialog::modelShowsAndTakesFrenchAmounts()
{
    ForfaitGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGrid(grid(), coverage());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), 2 + 7);
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("D1"));
    const int d2 = 3;
    QCOMPARE(model.data(model.index(3, 0)).toString(), QStringLiteral("S4"));
    QCOMPARE(model.data(model.index(3, d2)).toString(), QStringLiteral("700\u00A0000\u00A0€"));
    QCOMPARE(model.data(model.index(3, d2), Qt::EditRole).toString(), QStringLiteral("700000"));
    QCOMPARE(model.data(model.index(3, 1)).toInt(), int(coverage().establishments(QStringLiteral("S4"))));

    // French amounts are taken, what is not an amount is refused with the reason.
    QSignalSpy edited(&model, &ForfaitGridModel::edited);
    QVERIFY(model.setData(model.index(0, d2), QStringLiteral("125 000,50")));
    QCOMPARE(model.cells().at(1).amountCents, 12500050);
    QCOMPARE(edited.count(), 1);
    QVERIFY(!model.setData(model.index(0, d2), QStringLiteral("beaucoup")));
    QVERIFY2(model.lastProblem().contains(QStringLiteral("not an amount")), qPrintable(model.lastProblem()));
    QVERIFY(!model.setData(model.index(0, d2), QStringLiteral("-5")));
    QVERIFY(model.lastProblem().contains(QStringLiteral("negative")));
    QCOMPARE(model.cells().at(1).amountCents, 12500050);
    // An empty cell has no forfait.
    QVERIFY(model.setData(model.index(0, d2), QString()));
    QCOMPARE(model.cells().size(), 27);
    QCOMPARE(model.data(model.index(0, d2)).toString(), QStringLiteral("—"));
    // Over the bounds: accepted, shown in amber with the reason.
    QVERIFY(model.setData(model.index(0, d2), QStringLiteral("800000")));
    QVERIFY(model.data(model.index(0, d2), Qt::BackgroundRole).isValid());
    QVERIFY(model.data(model.index(0, d2), Qt::ToolTipRole).toString().contains(QStringLiteral("bounds")));
    // Size classes: renamed, never empty nor twice.
    QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("S2")));
    QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("  ")));
    QVERIFY(model.setData(model.index(0, 0), QStringLiteral(" S0 ")));
    QCOMPARE(model.cells().first().sizeClass, QStringLiteral("S0"));
    QCOMPARE(model.data(model.index(0, 1)).toInt(), 0);
    // The establishments column is not editable; nothing is in read-only mode.
    QVERIFY(!(model.flags(model.index(0, 1)) & Qt::ItemIsEditable));
    model.setReadOnly(true);
    QVERIFY(!(model.flags(model.index(0, d2)) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(model.index(0, d2), QStringLiteral("1000")));
}

void TestForfaitGridDialog::dialogAddsRemovesAndValidates()
{
    ForfaitGridDialog dialog(*m_db, grid(), coverage());
    auto* save = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
    QVERIFY(save);
    QVERIFY(!save->isEnabled()); // nothing changed yet
    QVERIFY(!dialog.isChanged());
    auto* table = dialog.findChild<QTableView*>(QStringLiteral("forfaitGridTableView"));
    QVERIFY(table);
    QVERIFY(!table->accessibleName().isEmpty());

    dialog.findChild<QPushButton*>(QStringLiteral("addSizeClassButton"))->click();
    ForfaitGridModel* model = dialog.model();
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(model->data(model->index(4, 0)).toString(), QStringLiteral("S5"));
    QVERIFY(!save->isEnabled()); // an empty row adds no amount
    QVERIFY(model->setData(model->index(4, 3), QStringLiteral("300000")));
    QVERIFY(dialog.isChanged());
    QVERIFY(save->isEnabled());
    // S5 has no establishment: a warning, Save stays enabled.
    QVERIFY2(dialog.warnings().join(u' ').contains(QStringLiteral("S5")), qPrintable(dialog.warnings().join(u' ')));
    QVERIFY(dialog.problems().isEmpty());
    // A refused edit is said, and the grid stays savable.
    QVERIFY(!model->setData(model->index(4, 3), QStringLiteral("n/a")));
    QCOMPARE(dialog.problems().size(), 1);
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("forfaitProblemsLabel"))->text().contains(QStringLiteral("n/a")));
    QVERIFY(save->isEnabled());

    table->setCurrentIndex(model->index(4, 0));
    dialog.findChild<QPushButton*>(QStringLiteral("removeSizeClassButton"))->click();
    QCOMPARE(model->rowCount(), 4);
    QVERIFY(!dialog.isChanged());
    QVERIFY(!save->isEnabled());
    shoot(&dialog, QStringLiteral("forfait-grid-dialog"));

    // Tab order: the table, its buttons, the list of establishments, the dialog's buttons.
    QWidget* next = table->nextInFocusChain();
    while (next && (next->focusPolicy() == Qt::NoFocus || table->isAncestorOf(next))) {
        next = next->nextInFocusChain();
    }
    QCOMPARE(next, dialog.findChild<QPushButton*>(QStringLiteral("addSizeClassButton")));
}

void TestForfaitGridDialog::dialogImportsAFileOrRefusesItWhole()
{
    ForfaitGridDialog dialog(*m_db, grid(), coverage());
    const QList<ForfaitCell> before = dialog.cells();
    // A bad file: refused with its lines, the table unchanged.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!dialog.importFile(writeFile(QStringLiteral("bad.csv"), "size_class;domain;amount\nS1;D1;40000\n"
                                                                    "S1;D9;40000\nS1;D1;-5\n")));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Line 3")), qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Line 4")));
    QCOMPARE(dialog.cells(), before);
    // A good one fills the table (the database is written only when the page applies it).
    QVERIFY(dialog.importFile(writeFile(QStringLiteral("good.csv"), "classe;domaine;montant\nS1;D1;45 000\n"
                                                                    "S2;D2;\"230 000,00 €\"\n")));
    QCOMPARE(dialog.cells().size(), 2);
    QCOMPARE(dialog.cells().at(1).amountCents, 23000000);
    QCOMPARE(dialog.model()->rowCount(), 2);
    QVERIFY(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->isEnabled());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM forfait_grid")), 28);
}

void TestForfaitGridDialog::dialogSaysWhoHasNoSizeClass()
{
    const SizeClassCoverage c = coverage();
    QVERIFY(c.withoutClass > 0);
    ForfaitGridDialog dialog(*m_db, grid(), c);
    auto* label = dialog.findChild<QLabel*>(QStringLiteral("withoutSizeClassLabel"));
    QVERIFY(label->text().contains(QString::number(c.withoutClass)));
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("withoutSizeClassListWidget"));
    QCOMPARE(list->count(), c.withoutClass);
    QVERIFY(!list->accessibleName().isEmpty());
    const QString first = list->item(0)->text();
    QVERIFY(first.contains(QStringLiteral("fictif")) || first.contains(QStringLiteral("fictive")));
}

void TestForfaitGridDialog::pageWritesUndoesAndRedoes()
{
    RoadmapPage page(QStringLiteral("Feuille de route"));
    QVERIFY(page.reload(m_db.get()));
    QCOMPARE(page.forfaitGrid().cells.size(), 28);
    auto* text = page.findChild<QTextBrowser*>(QStringLiteral("roadmapTextBrowser"));
    QVERIFY(text->toPlainText().contains(QStringLiteral("Forfait grid")));
    QVERIFY2(text->toPlainText().contains(QString::number(page.sizeClassCoverage().withoutClass)),
             qPrintable(text->toPlainText()));
    QVERIFY(page.findChild<QAction*>(QStringLiteral("forfaitGridAction"))->isEnabled());
    page.resize(1100, 700);
    page.show();
    text->scrollToAnchor(QStringLiteral("forfait"));
    shoot(&page, QStringLiteral("roadmap-forfait"));

    const QList<ForfaitCell> before = grid().cells;
    QList<ForfaitCell> after = before;
    after[0].amountCents = 4500000;
    after.removeLast();
    const qint64 audit = scalar(QStringLiteral("SELECT count(*) FROM audit_entry WHERE entity = 'forfait'"));
    QVERIFY(page.applyForfaitGrid(after));
    QCOMPARE(grid().cells.size(), 27);
    QCOMPARE(grid().cells.first().amountCents, 4500000);
    QCOMPARE(page.forfaitGrid().cells.size(), 27); // the side panel read it again
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_entry WHERE entity = 'forfait'")), audit + 2);
    QCOMPARE(page.undoStack()->count(), 1);

    page.undoStack()->undo();
    QCOMPARE(grid().cells, before);
    page.undoStack()->redo();
    QCOMPARE(grid().cells.size(), 27);
    page.undoStack()->undo();
    QCOMPARE(grid().cells, before);

    // A grid with an error is refused: said, nothing written, nothing to undo.
    QList<ForfaitCell> wrong = before;
    wrong.append({QStringLiteral("S1"), QStringLiteral("D1"), 1});
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!page.applyForfaitGrid(wrong));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("twice")));
    QCOMPARE(grid().cells, before);
    QVERIFY(!page.undoStack()->canUndo()); // the refused change is not on the stack
}

void TestForfaitGridDialog::readOnlyDatabaseOnlyShows()
{
    auto readOnly = Database::open(m_db->path(), {.readOnly = true});
    QVERIFY(readOnly);
    ForfaitGridDialog dialog(*readOnly.value(), loadForfaitGrid(*readOnly.value()).value(),
                             loadSizeClassCoverage(*readOnly.value()).value());
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    QVERIFY(!buttons->button(QDialogButtonBox::Save));
    QVERIFY(buttons->button(QDialogButtonBox::Close));
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("addSizeClassButton"))->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("importForfaitButton"))->isEnabled());
    auto* table = dialog.findChild<QTableView*>(QStringLiteral("forfaitGridTableView"));
    QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
    QVERIFY(!dialog.model()->setData(dialog.model()->index(0, 2), QStringLiteral("1000")));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("forfaitProblemsLabel"))
                ->text()
                .contains(QStringLiteral("read-only")));

    RoadmapPage page(QStringLiteral("Feuille de route"));
    QVERIFY(page.reload(readOnly.value().get()));
    QVERIFY(page.findChild<QAction*>(QStringLiteral("forfaitGridAction"))->isEnabled()); // to look at it
    QVERIFY(!page.findChild<QAction*>(QStringLiteral("editRoadmapAction"))->isEnabled());
}

QTEST_MAIN(TestForfaitGridDialog)
#include "tst_forfaitgriddialog.moc"
