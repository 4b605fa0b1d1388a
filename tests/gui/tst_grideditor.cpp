// SPDX-License-Identifier: GPL-3.0-or-later
// The grid editor: criteria edited, added, removed and moved, checked by the grid rules; saving makes a new grid
// version in the database.
#include "CampaignFiles.h"
#include "GridEditorDialog.h"
#include "GridEditorModel.h"
#include "db/Database.h"
#include "scoring/GridStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;

class TestGridEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelEditsAndChecks();
    void savedAsANewVersion();
    void invalidGridCannotBeSaved();
    void keyboardMovesAndEdits();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestGridEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    Result<std::unique_ptr<Database>> demo = CampaignFiles::openDemo(m_dir.filePath(QStringLiteral("demo.palier")));
    QVERIFY2(demo, qPrintable(demo.error().message + u' ' + demo.error().detail));
    m_db = std::move(demo).value();
}

void TestGridEditor::modelEditsAndChecks()
{
    GridEditorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Result<ScoringGrid> grid = loadCurrentGrid(*m_db, QStringLiteral("D3"));
    QVERIFY(grid);
    model.setCriteria(grid->criteria);
    QCOMPARE(model.rowCount(), int(grid->criteria.size()));
    QVERIFY(!model.fault());

    // A wider scale asks for more descriptors: not valid until they are written.
    QVERIFY(model.setData(model.index(0, int(GridEditorModel::Column::ScaleMax)), 5));
    QCOMPARE(model.levels(0).size(), grid->criteria.at(0).levelCount() + 1);
    QVERIFY(model.fault());
    QVERIFY(model.faultText().contains(grid->criteria.at(0).code));
    QStringList levels = model.levels(0);
    levels.last() = QStringLiteral("Exemplaire");
    model.setLevels(0, levels);
    QVERIFY2(!model.fault(), qPrintable(model.faultText()));
    QVERIFY(!model.setData(model.index(0, int(GridEditorModel::Column::Weight)), -2));

    const int added = model.addCriterion(0);
    QCOMPARE(added, 1);
    QCOMPARE(model.rowCount(), int(grid->criteria.size()) + 1);
    QVERIFY(model.fault()); // its descriptors are blank
    const QString newCode = model.criteria().at(1).code;
    QVERIFY(newCode != grid->criteria.at(0).code);
    QVERIFY(model.moveCriterion(1, -1));
    QCOMPARE(model.criteria().at(0).code, newCode);
    QCOMPARE(model.criteria().at(1).code, grid->criteria.at(0).code);
    QVERIFY(!model.moveCriterion(0, -1));
    QVERIFY(model.removeCriterion(0));
    QVERIFY(!model.removeCriterion(99));
    QVERIFY2(!model.fault(), qPrintable(model.faultText()));
}

void TestGridEditor::savedAsANewVersion()
{
    const Result<ScoringGrid> before = loadCurrentGrid(*m_db, QStringLiteral("D4"));
    QVERIFY(before);
    GridEditorDialog dialog(*m_db, QStringLiteral("D4"));
    GridEditorModel* model = dialog.model();
    QCOMPARE(model->criteria(), before->criteria);

    // Unchanged: saving writes nothing.
    QVERIFY(dialog.save());
    QCOMPARE(loadCurrentGrid(*m_db, QStringLiteral("D4"))->version, before->version);

    // A new criterion with its descriptors, a changed label and weight.
    dialog.findChild<QPushButton*>(QStringLiteral("addButton"))->click();
    const int row = dialog.view()->currentIndex().row();
    QCOMPARE(row, 1);
    QVERIFY(model->setData(model->index(row, int(GridEditorModel::Column::Code)), QStringLiteral("INTEROP")));
    QVERIFY(model->setData(model->index(row, int(GridEditorModel::Column::Label)),
                           QStringLiteral("Interopérabilité fictive")));
    QVERIFY(model->setData(model->index(row, int(GridEditorModel::Column::Weight)), 12.5));
    auto* levels = dialog.findChild<QPlainTextEdit*>(QStringLiteral("levelsEdit"));
    levels->setPlainText(QStringLiteral("Aucune\nFaible\nMoyenne\nBonne\nExcellente"));
    QCOMPARE(model->levels(row).size(), 5);
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
    dialog.findChild<QLineEdit*>(QStringLiteral("noteLineEdit"))->setText(QStringLiteral("Ajout fictif"));
    QVERIFY(dialog.save());

    const Result<ScoringGrid> after = loadCurrentGrid(*m_db, QStringLiteral("D4"));
    QVERIFY(after);
    QCOMPARE(after->version, before->version + 1);
    QCOMPARE(after->note, QStringLiteral("Ajout fictif"));
    QCOMPARE(after->criteria.size(), before->criteria.size() + 1);
    const Criterion& added = after->criteria.at(1);
    QCOMPARE(added.code, QStringLiteral("INTEROP"));
    QCOMPARE(added.weight, 12.5);
    QCOMPARE(added.levels.last(), QStringLiteral("Excellente"));
    QCOMPARE(loadGridHistory(*m_db, QStringLiteral("D4"))->size(), qsizetype(before->version + 1));
    QVERIFY(
        dialog.findChild<QLabel*>(QStringLiteral("versionLabel"))->text().contains(QString::number(after->version)));
    if (qEnvironmentVariableIsSet("PALIER_GRIDEDITOR_SCREENSHOT")) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.grab().save(qEnvironmentVariable("PALIER_GRIDEDITOR_SCREENSHOT"));
    }
}

void TestGridEditor::invalidGridCannotBeSaved()
{
    const Result<ScoringGrid> before = loadCurrentGrid(*m_db, QStringLiteral("D5"));
    GridEditorDialog dialog(*m_db, QStringLiteral("D5"));
    GridEditorModel* model = dialog.model();
    for (int row = 0; row < model->rowCount(); ++row) {
        QVERIFY(model->setData(model->index(row, int(GridEditorModel::Column::Weight)), 0));
    }
    auto* fault = dialog.findChild<QLabel*>(QStringLiteral("faultLabel"));
    QVERIFY(!fault->text().isEmpty());
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
    QVERIFY(!dialog.save());
    // Two criteria with the same code.
    QVERIFY(model->setData(model->index(0, int(GridEditorModel::Column::Weight)), 1));
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
    QVERIFY(model->setData(model->index(1, int(GridEditorModel::Column::Code)), model->criteria().at(0).code));
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
    QVERIFY(!dialog.save());
    QCOMPARE(loadCurrentGrid(*m_db, QStringLiteral("D5"))->version, before->version);
    if (qEnvironmentVariableIsSet("PALIER_GRIDEDITOR_SCREENSHOT")) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.grab().save(qEnvironmentVariable("PALIER_GRIDEDITOR_SCREENSHOT")
                               .replace(QLatin1String(".png"), QLatin1String("-bad.png")));
    }
}

void TestGridEditor::keyboardMovesAndEdits()
{
    const Result<ScoringGrid> before = loadCurrentGrid(*m_db, QStringLiteral("D6"));
    GridEditorDialog dialog(*m_db, QStringLiteral("D6"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTableView* view = dialog.view();
    GridEditorModel* model = dialog.model();
    view->setFocus();
    view->setCurrentIndex(model->index(0, int(GridEditorModel::Column::Weight)));
    // Ctrl+Down moves the first criterion down, the cursor follows.
    QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(model->criteria().at(1).code, before->criteria.at(0).code);
    QCOMPARE(view->currentIndex().row(), 1);
    // Typing on the weight edits it in place.
    QTest::keyClicks(view, QStringLiteral("7"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(model->criteria().at(1).weight, 7.0); // the delegate commits on a queued call
    QCOMPARE(loadCurrentGrid(*m_db, QStringLiteral("D6"))->version, before->version); // not saved yet
}

QTEST_MAIN(TestGridEditor)
#include "tst_grideditor.moc"
