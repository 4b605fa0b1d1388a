// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseTableModel.h"
#include "TableColumns.h"
#include "TablePage.h"
#include "db/Database.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
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

enum class PlaceColumn { Name, Department, Kind, Count };

/// Places in three columns, for the column filters and the column settings.
class PlaceModel : public RowTableModel<QStringList, PlaceColumn>
{
public:
    Result<void> load(const Database&) override
    {
        setRows({{QStringLiteral("Valbrune"), QStringLiteral("Var (83)"), QStringLiteral("Town")},
                 {QStringLiteral("Côte-Bleue"), QStringLiteral("Alpes-Maritimes (06)"), QStringLiteral("Town")},
                 {QStringLiteral("Montclair"), QStringLiteral("Var (83)"), QStringLiteral("Village")},
                 {QStringLiteral("Varades"), QStringLiteral("Vaucluse (84)"), QStringLiteral("Village")}});
        return {};
    }
    QString countText(int shown, int total) const override { return QStringLiteral("%1/%2").arg(shown).arg(total); }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
            return {};
        }
        return QStringList{QStringLiteral("Name"), QStringLiteral("Department"), QStringLiteral("Kind")}.value(section);
    }

protected:
    QVariant rowData(const QStringList& row, PlaceColumn column, int role) const override
    {
        return role == Qt::DisplayRole || role == SortRole ? QVariant(row.value(int(column))) : QVariant();
    }
};

/// Many places, for fitting the columns of a long table.
class ManyPlacesModel : public PlaceModel
{
public:
    QList<QStringList> places;

    Result<void> load(const Database&) override
    {
        setRows(places);
        return {};
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
    void columnFiltersCombineWithSearch();
    void filterLinesFollowTheirColumns();
    void columnMenuHidesAndShows();
    void restoresColumnsAfterRecreation();
    void resetsColumns();
    void columnsFitTheFirstRows();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestTablePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PalierTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_tablepage"));
    QSettings().clear();
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

void TestTablePage::columnFiltersCombineWithSearch()
{
    TablePage page(QStringLiteral("Places"), new PlaceModel);
    QVERIFY(page.reload(m_db.get()));
    auto* view = page.findChild<QTableView*>(QStringLiteral("tableView"));
    auto* count = page.findChild<QLabel*>(QStringLiteral("countLabel"));
    auto* departmentFilter = page.findChild<QLineEdit*>(QStringLiteral("filter1LineEdit"));
    QVERIFY(departmentFilter);
    QVERIFY(departmentFilter->isClearButtonEnabled());

    // "var" in the Department filter: the two places in Var, not Varades (whose name has "var").
    QTest::keyClicks(departmentFilter, QStringLiteral("var"));
    QCOMPARE(view->model()->rowCount(), 2);
    QCOMPARE(count->text(), QStringLiteral("2/4"));
    // The search narrows the filtered rows further.
    QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("searchLineEdit")), QStringLiteral("village"));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("Montclair"));
    QCOMPARE(count->text(), QStringLiteral("1/4"));
    departmentFilter->clear();
    QCOMPARE(view->model()->rowCount(), 2); // the search alone: the two villages
}

void TestTablePage::filterLinesFollowTheirColumns()
{
    TablePage page(QStringLiteral("Places"), new PlaceModel);
    page.resize(900, 400);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.reload(m_db.get()));
    auto* view = page.findChild<QTableView*>(QStringLiteral("tableView"));
    QHeaderView* header = view->horizontalHeader();
    header->moveSection(header->visualIndex(2), 0);
    page.setColumnVisible(1, false);
    for (int column : {0, 2}) {
        auto* filter = page.findChild<QLineEdit*>(QStringLiteral("filter%1LineEdit").arg(column));
        QVERIFY(filter->isVisible());
        QCOMPARE(filter->x(), header->sectionViewportPosition(column) + 1);
        QVERIFY(filter->y() > 0); // under the section's title
        QVERIFY(filter->geometry().bottom() < header->height());
    }
    QVERIFY(!page.findChild<QLineEdit*>(QStringLiteral("filter1LineEdit"))->isVisible());
}

void TestTablePage::columnMenuHidesAndShows()
{
    TablePage page(QStringLiteral("Places"), new PlaceModel);
    QVERIFY(page.reload(m_db.get()));
    QHeaderView* header = page.findChild<QTableView*>(QStringLiteral("tableView"))->horizontalHeader();
    auto* columns = page.findChild<TableColumns*>();
    QVERIFY(columns);
    std::unique_ptr<QMenu> menu(columns->createMenu(nullptr));
    const auto columnAction = [&menu](const QString& text) -> QAction* {
        for (QAction* action : menu->actions()) {
            if (action->text() == text) {
                return action;
            }
        }
        return nullptr;
    };
    QAction* kind = columnAction(QStringLiteral("Kind"));
    QVERIFY(kind && kind->isCheckable() && kind->isChecked());
    kind->trigger();
    QVERIFY(header->isSectionHidden(2));
    // The last column shown cannot be hidden.
    page.setColumnVisible(1, false);
    page.setColumnVisible(0, false);
    QVERIFY(!header->isSectionHidden(0));
    menu.reset(columns->createMenu(nullptr));
    QVERIFY(!columnAction(QStringLiteral("Name"))->isEnabled());
    columnAction(QStringLiteral("Kind"))->trigger();
    QVERIFY(!header->isSectionHidden(2));
}

void TestTablePage::restoresColumnsAfterRecreation()
{
    const QString key = QStringLiteral("tests/placesColumns");
    {
        TablePage page(QStringLiteral("Places"), new PlaceModel);
        page.setHiddenByDefault({2});
        page.restoreColumns(key);
        QVERIFY(page.reload(m_db.get()));
        QHeaderView* header = page.findChild<QTableView*>(QStringLiteral("tableView"))->horizontalHeader();
        QVERIFY(header->isSectionHidden(2));
        page.setColumnVisible(2, true);
        page.setColumnVisible(0, false);
        header->moveSection(header->visualIndex(1), 2); // Department last
        QCOMPARE(header->logicalIndex(2), 1);
    }
    TablePage page(QStringLiteral("Places"), new PlaceModel);
    page.setHiddenByDefault({2});
    page.restoreColumns(key);
    QVERIFY(page.reload(m_db.get()));
    QHeaderView* header = page.findChild<QTableView*>(QStringLiteral("tableView"))->horizontalHeader();
    QVERIFY(header->isSectionHidden(0));
    QVERIFY(!header->isSectionHidden(2));
    QCOMPARE(header->logicalIndex(2), 1);
}

void TestTablePage::resetsColumns()
{
    const QString key = QStringLiteral("tests/resetColumns");
    TablePage page(QStringLiteral("Places"), new PlaceModel);
    page.setHiddenByDefault({2});
    page.restoreColumns(key);
    QVERIFY(page.reload(m_db.get()));
    QHeaderView* header = page.findChild<QTableView*>(QStringLiteral("tableView"))->horizontalHeader();
    page.setColumnVisible(2, true);
    header->moveSection(0, 2);
    QVERIFY(QSettings().contains(key));
    page.resetColumns();
    QVERIFY(header->isSectionHidden(2));
    QCOMPARE(header->logicalIndex(0), 0);
    QVERIFY(!QSettings().contains(key));
}

void TestTablePage::columnsFitTheFirstRows()
{
    // The columns fit the rows seen first (the screenful, at least 50), not every row of a national table: a long
    // name in row 120 is not measured.
    auto* model = new ManyPlacesModel;
    const QString nearTop = QStringLiteral("Town 0001 ") + QString(20, QLatin1Char('M'));
    const QString farDown = QStringLiteral("Town 0120 ") + QString(45, QLatin1Char('M'));
    for (int i = 0; i < 1000; ++i) {
        const QString name = i == 1     ? nearTop
                             : i == 120 ? farDown
                                        : QStringLiteral("Town %1").arg(i, 4, 10, QLatin1Char('0'));
        model->places.append({name, QStringLiteral("Var (83)"), QStringLiteral("Town")});
    }
    TablePage page(QStringLiteral("Places"), model);
    page.setMainColumn(0); // sorted as read
    page.resize(1400, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.reload(m_db.get()));
    auto* view = page.findChild<QTableView*>(QStringLiteral("tableView"));
    QCOMPARE(view->model()->rowCount(), 1000);
    const int width = view->horizontalHeader()->sectionSize(0);
    const QFontMetrics metrics(view->font());
    QVERIFY2(width >= metrics.horizontalAdvance(nearTop), qPrintable(QString::number(width)));
    QVERIFY2(width < metrics.horizontalAdvance(farDown), qPrintable(QString::number(width)));
}

QTEST_MAIN(TestTablePage)
#include "tst_tablepage.moc"
