// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseTableModel.h"
#include "TablePage.h"
#include "db/Database.h"

#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;

namespace {

enum class TownColumn { Name, Count };

/// Towns from a fixed list, or a failure, whatever the database: the page is under test, not a query.
class TownModel : public RowTableModel<QString, TownColumn>
{
public:
    bool fail = false;

    Result<void> load(const Database&) override
    {
        if (fail) {
            setRows({});
            return Error{QStringLiteral("test"), QStringLiteral("The towns cannot be read."), QString()};
        }
        setRows({QStringLiteral("Valbrune"), QStringLiteral("Côte-Bleue"), QStringLiteral("Montclair")});
        return {};
    }
    QString countText(int shown, int total) const override { return QStringLiteral("%1/%2").arg(shown).arg(total); }

protected:
    QVariant rowData(const QString& row, TownColumn, int role) const override
    {
        return role == Qt::DisplayRole || role == SortRole ? QVariant(row) : QVariant();
    }
};

} // namespace

class TestTablePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsRowsAndCount();
    void searchFiltersAndCounts();
    void findShortcutFocusesSearch();
    void showsLoadErrorInline();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestTablePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    Result<std::unique_ptr<Database>> db = Database::open(m_dir.filePath(QStringLiteral("t.palier")), {.create = true});
    QVERIFY2(db, qPrintable(db.error().message));
    m_db = std::move(db).value();
}

void TestTablePage::showsRowsAndCount()
{
    TablePage page(QStringLiteral("Towns"), new TownModel);
    page.setMainColumn(0);
    QVERIFY(page.reload(m_db.get()));
    auto* view = page.findChild<QTableView*>(QStringLiteral("tableView"));
    QCOMPARE(view->model()->rowCount(), 3);
    QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("Côte-Bleue")); // sorted on the main column
    QCOMPARE(page.findChild<QLabel*>(QStringLiteral("countLabel"))->text(), QStringLiteral("3/3"));
    QVERIFY(page.reload(nullptr));
    QCOMPARE(view->model()->rowCount(), 0);
    QCOMPARE(page.findChild<QLabel*>(QStringLiteral("countLabel"))->text(), QStringLiteral("0/0"));
}

void TestTablePage::searchFiltersAndCounts()
{
    TablePage page(QStringLiteral("Towns"), new TownModel);
    QVERIFY(page.reload(m_db.get()));
    auto* search = page.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    QVERIFY(search->isClearButtonEnabled());
    QTest::keyClicks(search, QStringLiteral("cote"));
    QCOMPARE(page.findChild<QTableView*>(QStringLiteral("tableView"))->model()->rowCount(), 1);
    QCOMPARE(page.findChild<QLabel*>(QStringLiteral("countLabel"))->text(), QStringLiteral("1/3"));
}

void TestTablePage::findShortcutFocusesSearch()
{
    TablePage page(QStringLiteral("Towns"), new TownModel);
    page.show();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    auto* view = page.findChild<QTableView*>(QStringLiteral("tableView"));
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QTest::keySequence(&page, QKeySequence::Find);
    QTRY_VERIFY(page.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"))->hasFocus());
}

void TestTablePage::showsLoadErrorInline()
{
    auto* model = new TownModel;
    TablePage page(QStringLiteral("Towns"), model);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* message = page.findChild<QLabel*>(QStringLiteral("messageLabel"));
    QVERIFY(!message->isVisible());
    model->fail = true;
    QVERIFY(!page.reload(m_db.get()));
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("The towns cannot be read."));
    model->fail = false;
    QVERIFY(page.reload(m_db.get()));
    QVERIFY(!message->isVisible());
}

QTEST_MAIN(TestTablePage)
#include "tst_tablepage.moc"
