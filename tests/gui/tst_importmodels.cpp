// SPDX-License-Identifier: GPL-3.0-or-later
#include "IssueTableModel.h"
#include "PreviewModel.h"
#include "UpdateTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Palier;

/// The models of the import wizard: the preview of the file and the two tables of the report.
class TestImportModels : public QObject
{
    Q_OBJECT

private slots:
    void previewNamesColumnsAndLines();
    void previewWithoutHeader();
    void issuesListLineColumnReason();
    void updatesListOneRowPerChange();
};

void TestImportModels::previewNamesColumnsAndLines()
{
    PreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TablePreview preview;
    preview.header = {QStringLiteral("finess"), QStringLiteral("rs")};
    preview.rows = {{2, {QStringLiteral("130000011"), QStringLiteral("CH fictif"), QStringLiteral("extra")}},
                    {5, {QStringLiteral("130000029")}}};
    model.setPreview(preview);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 3); // a row longer than the header shows its extra cell
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("finess"));
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), PreviewModel::genericColumnName(2));
    QCOMPARE(model.headerData(1, Qt::Vertical).toInt(), 5); // the line in the file, not the row number
    QCOMPARE(model.index(1, 1).data().toString(), QString());
    QCOMPARE(model.columnNames(),
             (QStringList{QStringLiteral("finess"), QStringLiteral("rs"), PreviewModel::genericColumnName(2)}));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
}

void TestImportModels::previewWithoutHeader()
{
    PreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TablePreview preview;
    preview.rows = {{1, {QStringLiteral("a"), QStringLiteral("b")}}};
    model.setPreview(preview);
    QVERIFY(model.headerData(0, Qt::Horizontal).toString().contains(u'1'));
    QVERIFY(PreviewModel::genericColumnName(27).endsWith(QStringLiteral("(AB)")));
}

void TestImportModels::issuesListLineColumnReason()
{
    IssueTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIssues({{3, QStringLiteral("finess"), QStringLiteral("Wrong key")},
                     {7, QStringLiteral("siret"), QStringLiteral("Not a SIRET")}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(IssueTableModel::Column::Count));
    QCOMPARE(model.index(0, int(IssueTableModel::Column::Line)).data().toInt(), 3);
    QCOMPARE(model.index(1, int(IssueTableModel::Column::SourceColumn)).data().toString(), QStringLiteral("siret"));
    QCOMPARE(model.index(0, int(IssueTableModel::Column::Reason)).data().toString(), QStringLiteral("Wrong key"));
    QVERIFY(!model.headerData(0, Qt::Horizontal).toString().isEmpty());
    model.setIssues({});
    QCOMPARE(model.rowCount(), 0);
}

void TestImportModels::updatesListOneRowPerChange()
{
    UpdateTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RowUpdate update;
    update.line = 4;
    update.key = QStringLiteral("130000011");
    update.changes = {{QStringLiteral("name"), QStringLiteral("CH fictif"), QStringLiteral("CH fictif de Valbrune")},
                      {QStringLiteral("town"), QStringLiteral("VALBRUNE"), QStringLiteral("MONTCLAIR")}};
    model.setUpdates(ImportKind::Establishments, {update});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, int(UpdateTableModel::Column::Line)).data().toInt(), 4);
    QCOMPARE(model.index(1, int(UpdateTableModel::Column::Key)).data().toString(), QStringLiteral("130000011"));
    QCOMPARE(model.index(1, int(UpdateTableModel::Column::Before)).data().toString(), QStringLiteral("VALBRUNE"));
    QCOMPARE(model.index(1, int(UpdateTableModel::Column::After)).data().toString(), QStringLiteral("MONTCLAIR"));
    // The field's label, not its key.
    QString label;
    for (const ImportField& field : importFields(ImportKind::Establishments)) {
        if (field.key == QLatin1String("name")) {
            label = field.label;
        }
    }
    QVERIFY(!label.isEmpty());
    QCOMPARE(model.index(0, int(UpdateTableModel::Column::Field)).data().toString(), label);
}

QTEST_GUILESS_MAIN(TestImportModels)
#include "tst_importmodels.moc"
