// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignFiles.h"
#include "DatabaseTableModel.h"
#include "DetailForm.h"
#include "MainWindow.h"
#include "db/Database.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Palier;

/// The detail forms of the establishments and applications pages, driven as a user would, inside the main window
/// so that Edit › Undo and Redo are the real ones.
class TestDetailForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsCurrentRow();
    void editWritesAndUndoRestores();
    void invalidFinessIsShownAndNotSaved();
    void duplicateFinessIsReported();
    void revertDropsChanges();
    void leavingARowSavesIt();
    void editsAnAmountInEuros();

private:
    QVariant value(const QString& sql, qint64 id) const;
    QWidget* page(const QString& name) const;
    QTableView* view(const QString& pageName) const;
    void selectRow(const QString& pageName, int row);
    qint64 currentId(const QString& pageName) const;

    QTemporaryDir m_dir;
    QString m_demoPath;
    std::unique_ptr<MainWindow> m_window;
};

void TestDetailForm::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PalierTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_detailform"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_demoPath = m_dir.filePath(QStringLiteral("demo.palier"));
    Result<std::unique_ptr<Database>> demo = CampaignFiles::openDemo(m_demoPath);
    QVERIFY2(demo, qPrintable(demo.error().message + u' ' + demo.error().detail));
}

void TestDetailForm::init()
{
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openDatabase(m_demoPath));
    m_window->showPage(Page::Establishments);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestDetailForm::cleanup()
{
    m_window.reset();
}

QVariant TestDetailForm::value(const QString& sql, qint64 id) const
{
    QSqlQuery query(m_window->database()->connection());
    query.prepare(sql);
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        qFatal("query failed: %s", qPrintable(sql));
    }
    return query.value(0);
}

QWidget* TestDetailForm::page(const QString& name) const
{
    return m_window->findChild<QWidget*>(name);
}

QTableView* TestDetailForm::view(const QString& pageName) const
{
    return page(pageName)->findChild<QTableView*>(QStringLiteral("tableView"));
}

void TestDetailForm::selectRow(const QString& pageName, int row)
{
    QTableView* table = view(pageName);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, 0));
}

qint64 TestDetailForm::currentId(const QString& pageName) const
{
    QTableView* table = view(pageName);
    auto* proxy = qobject_cast<QSortFilterProxyModel*>(table->model());
    auto* model = qobject_cast<DatabaseTableModel*>(proxy->sourceModel());
    return model->recordId(proxy->mapToSource(table->currentIndex()).row());
}

void TestDetailForm::showsCurrentRow()
{
    const QString name = QStringLiteral("establishmentsTablePage");
    selectRow(name, 2);
    QTableView* table = view(name);
    auto* finess = page(name)->findChild<QLineEdit*>(QStringLiteral("finessEtLineEdit"));
    QVERIFY(finess);
    QCOMPARE(finess->text(), table->model()->index(2, 0).data().toString());
    QCOMPARE(page(name)->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->text(),
             table->model()->index(2, 2).data().toString());
    QVERIFY(!page(name)->findChild<QPushButton*>(QStringLiteral("savePushButton"))->isEnabled());
}

void TestDetailForm::editWritesAndUndoRestores()
{
    const QString pageName = QStringLiteral("establishmentsTablePage");
    selectRow(pageName, 0);
    const qint64 id = currentId(pageName);
    QVERIFY(id > 0);
    const QString nameSql = QStringLiteral("SELECT name FROM establishment WHERE id = ?");
    const QString before = value(nameSql, id).toString();
    const QString after = QStringLiteral("Centre hospitalier fictif renomme");

    auto* nameEdit = page(pageName)->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
    auto* save = page(pageName)->findChild<QPushButton*>(QStringLiteral("savePushButton"));
    nameEdit->selectAll();
    QTest::keyClicks(nameEdit, after);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(value(nameSql, id).toString(), after);
    QVERIFY(!save->isEnabled());

    // The table shows the new name on the row of that establishment.
    const auto shownName = [this, &pageName, id] {
        QAbstractItemModel* model = view(pageName)->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() ==
                value(QStringLiteral("SELECT finess_et FROM establishment WHERE id = ?"), id).toString()) {
                return model->index(row, 2).data().toString();
            }
        }
        return QString();
    };
    QCOMPARE(shownName(), after);

    auto* undo = m_window->findChild<QAction*>(QStringLiteral("undoAction"));
    auto* redo = m_window->findChild<QAction*>(QStringLiteral("redoAction"));
    QVERIFY(undo && redo);
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    QCOMPARE(redo->shortcut(), QKeySequence(QKeySequence::Redo));
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(before), qPrintable(undo->text())); // the establishment as it was known

    // Ctrl+Z from the table: the database and the view hold the previous name again.
    view(pageName)->setFocus();
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(value(nameSql, id).toString(), before);
    QCOMPARE(shownName(), before);
    QCOMPARE(nameEdit->text(), before);

    QTest::keySequence(m_window.get(), QKeySequence::Redo);
    QCOMPARE(value(nameSql, id).toString(), after);
    QCOMPARE(shownName(), after);
    undo->trigger();
    QCOMPARE(value(nameSql, id).toString(), before);
}

void TestDetailForm::invalidFinessIsShownAndNotSaved()
{
    const QString pageName = QStringLiteral("establishmentsTablePage");
    selectRow(pageName, 1);
    const qint64 id = currentId(pageName);
    const QString finessSql = QStringLiteral("SELECT finess_et FROM establishment WHERE id = ?");
    const QString before = value(finessSql, id).toString();
    auto* finess = page(pageName)->findChild<QLineEdit*>(QStringLiteral("finessEtLineEdit"));
    auto* message = page(pageName)->findChild<QLabel*>(QStringLiteral("finessEtMessageLabel"));
    auto* save = page(pageName)->findChild<QPushButton*>(QStringLiteral("savePushButton"));
    QVERIFY(!message->isVisible());

    // The key digit of a valid number, changed.
    QString wrong = before;
    wrong[8] = QChar(u'0' + (wrong[8].digitValue() + 1) % 10);
    finess->setText(wrong);
    QVERIFY(message->isVisible());
    QVERIFY(!message->text().isEmpty());
    QVERIFY(!save->isEnabled());
    QTest::keyClick(finess, Qt::Key_Return);
    QCOMPARE(value(finessSql, id).toString(), before);

    finess->setText(before);
    QVERIFY(!message->isVisible());
    QVERIFY(!save->isEnabled()); // back to the stored value: nothing to save
}

void TestDetailForm::duplicateFinessIsReported()
{
    const QString pageName = QStringLiteral("establishmentsTablePage");
    QTableView* table = view(pageName);
    const QString other = table->model()->index(1, 0).data().toString();
    selectRow(pageName, 0);
    const qint64 id = currentId(pageName);
    const QString before = value(QStringLiteral("SELECT finess_et FROM establishment WHERE id = ?"), id).toString();
    auto* finess = page(pageName)->findChild<QLineEdit*>(QStringLiteral("finessEtLineEdit"));
    finess->setText(other);
    auto* stack = page(pageName)->findChild<QUndoStack*>(QStringLiteral("undoStack"));
    const int commands = stack->count();
    QVERIFY(!page(pageName)->findChild<DetailForm*>()->apply());
    // Nothing written, nothing to undo, the reason shown above the table, and what was typed kept.
    QCOMPARE(value(QStringLiteral("SELECT finess_et FROM establishment WHERE id = ?"), id).toString(), before);
    QCOMPARE(stack->count(), commands);
    auto* banner = page(pageName)->findChild<QLabel*>(QStringLiteral("messageLabel"));
    QVERIFY(banner->isVisible());
    QVERIFY(!banner->text().isEmpty());
    QCOMPARE(finess->text(), other);
}

void TestDetailForm::revertDropsChanges()
{
    const QString pageName = QStringLiteral("establishmentsTablePage");
    selectRow(pageName, 3);
    auto* town = page(pageName)->findChild<QLineEdit*>(QStringLiteral("townLineEdit"));
    const QString before = town->text();
    town->setText(QStringLiteral("AILLEURS"));
    auto* revert = page(pageName)->findChild<QPushButton*>(QStringLiteral("revertPushButton"));
    QVERIFY(revert->isEnabled());
    QTest::mouseClick(revert, Qt::LeftButton);
    QCOMPARE(town->text(), before);
    QVERIFY(!revert->isEnabled());
}

void TestDetailForm::leavingARowSavesIt()
{
    const QString pageName = QStringLiteral("establishmentsTablePage");
    selectRow(pageName, 4);
    const qint64 id = currentId(pageName);
    page(pageName)->findChild<QLineEdit*>(QStringLiteral("townLineEdit"))->setText(QStringLiteral("VALBRUNE"));
    selectRow(pageName, 5);
    QCOMPARE(value(QStringLiteral("SELECT town FROM establishment WHERE id = ?"), id).toString(),
             QStringLiteral("VALBRUNE"));
    m_window->findChild<QAction*>(QStringLiteral("undoAction"))->trigger();
    QVERIFY(value(QStringLiteral("SELECT town FROM establishment WHERE id = ?"), id).toString() !=
            QStringLiteral("VALBRUNE"));
}

void TestDetailForm::editsAnAmountInEuros()
{
    m_window->showPage(Page::Candidatures);
    const QString pageName = QStringLiteral("candidaturesTablePage");
    selectRow(pageName, 0);
    auto* amount = page(pageName)->findChild<QDoubleSpinBox*>(QStringLiteral("requestedDoubleSpinBox"));
    QVERIFY(amount);
    const qint64 id = currentId(pageName);
    QVERIFY(id > 0);
    const QString sql = QStringLiteral("SELECT requested_cents FROM candidature WHERE id = ?");
    const qint64 before = value(sql, id).toLongLong();
    QCOMPARE(qRound64(amount->value() * 100), before);
    amount->setValue(123456.78);
    QVERIFY(page(pageName)->findChild<DetailForm*>()->apply());
    QCOMPARE(value(sql, id).toLongLong(), 12345678);
    view(pageName)->setFocus();
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(value(sql, id).toLongLong(), before);
    QCOMPARE(amount->value(), double(before) / 100);
}

QTEST_MAIN(TestDetailForm)
#include "tst_detailform.moc"
