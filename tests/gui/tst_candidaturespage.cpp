// SPDX-License-Identifier: GPL-3.0-or-later
// The candidatures page reads its first screenful of files at once and the others after the window's first paint
// (CandidatureModel::setProgressiveLoad): what it shows first, and what it holds once every row is in, must be what a
// complete read gives, whatever the user did meanwhile.
#include "CampaignFiles.h"
#include "CandidatureModel.h"
#include "PageFactory.h"
#include "SearchFilterProxyModel.h"
#include "TablePage.h"
#include "db/Database.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;
using Column = CandidatureModel::Column;

namespace {

constexpr int FirstRows = 10;
constexpr int ChunkEstablishments = 3;

/// The record ids of `view`'s rows, in its order.
QList<qint64> idsInViewOrder(const QSortFilterProxyModel& view)
{
    auto* model = qobject_cast<const CandidatureModel*>(view.sourceModel());
    QList<qint64> ids;
    for (int row = 0; row < view.rowCount(); ++row) {
        ids.append(model->recordId(view.mapToSource(view.index(row, 0)).row()));
    }
    return ids;
}

QList<qint64> idsInModelOrder(const CandidatureModel& model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.append(model.recordId(row));
    }
    return ids;
}

/// Every row read at once, in a view sorted and filtered as given: what the page must end up showing.
struct CompleteRead
{
    CandidatureModel model;
    SearchFilterProxyModel view;

    CompleteRead(const Database& db, int column = int(Column::Establishment), Qt::SortOrder order = Qt::AscendingOrder)
    {
        view.setSourceModel(&model);
        view.setSortRole(DatabaseTableModel::SortRole);
        view.sort(column, order);
        if (!model.load(db)) {
            qFatal("the complete read failed");
        }
    }
};

} // namespace

class TestCandidaturesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void firstRowsAreThoseOfTheCompleteRead();
    void sortOrFilterWhileReading_data();
    void sortOrFilterWhileReading();
    void editWhileReading();
    void reloadWhileReadingReadsEverything();
    void closeWhileReading();
    void anotherSortReadsEverythingAtOnce();

private:
    /// The candidatures page as the window builds it, reading in small steps so that the demo takes several.
    std::unique_ptr<TablePage> createPage();
    CandidatureModel* modelOf(TablePage& page) { return qobject_cast<CandidatureModel*>(page.model()); }
    int fileCount();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestCandidaturesPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PalierTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_candidaturespage"));
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QVERIFY(m_dir.isValid());
    Result<std::unique_ptr<Database>> demo = CampaignFiles::openDemo(m_dir.filePath(QStringLiteral("demo.palier")));
    QVERIFY2(demo, qPrintable(demo.error().message + u' ' + demo.error().detail));
    m_db = std::move(demo).value();
    // Several steps, and establishments with several files each: the checks below mean something.
    QVERIFY(fileCount() > FirstRows + 4 * ChunkEstablishments * 2);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM (SELECT establishment_id FROM candidature "
                                      "GROUP BY establishment_id HAVING count(*) > 1)")) &&
            query.next());
    QVERIFY(query.value(0).toInt() > 2);
}

void TestCandidaturesPage::init()
{
    QSettings().clear(); // the sort remembered by a previous page
}

std::unique_ptr<TablePage> TestCandidaturesPage::createPage()
{
    std::unique_ptr<TablePage> page(qobject_cast<TablePage*>(PageFactory::create(Page::Candidatures)));
    if (page) {
        modelOf(*page)->setProgressiveLoad(page.get(), page->proxy(), FirstRows, ChunkEstablishments);
    }
    return page;
}

int TestCandidaturesPage::fileCount()
{
    QSqlQuery query(m_db->connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM candidature")) && query.next() ? query.value(0).toInt() : -1;
}

void TestCandidaturesPage::firstRowsAreThoseOfTheCompleteRead()
{
    const CompleteRead complete(*m_db);
    QCOMPARE(complete.model.rowCount(), fileCount());

    std::unique_ptr<TablePage> page = createPage();
    QVERIFY(page);
    CandidatureModel* model = modelOf(*page);
    QAbstractItemModelTester tester(page->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(model, &CandidatureModel::loadingFinished);
    auto* count = page->findChild<QLabel*>(QStringLiteral("countLabel"));
    QVERIFY(count);

    QVERIFY(page->reload(m_db.get()));
    // The first screenful is there when reload() returns (the window paints it), and only that.
    QVERIFY(model->isLoading());
    const QList<qint64> first = idsInViewOrder(*page->proxy());
    QVERIFY2(first.size() >= FirstRows && first.size() < fileCount(), qPrintable(QString::number(first.size())));
    QCOMPARE(first, idsInViewOrder(complete.view).first(first.size()));
    QCOMPARE(first, idsInModelOrder(*model)); // the rows in the order read
    QVERIFY2(count->text().contains(QStringLiteral("…")), qPrintable(count->text()));
    QCOMPARE(page->tableView()->currentIndex().row(), 0); // the first file is current, as after a complete read

    QTRY_VERIFY(!model->isLoading());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(idsInViewOrder(*page->proxy()), idsInViewOrder(complete.view));
    QCOMPARE(idsInModelOrder(*model), idsInModelOrder(complete.model));
    QCOMPARE(page->tableView()->currentIndex().row(), 0);
    QCOMPARE(count->text(), complete.model.countText(fileCount(), fileCount()));
    // The cells too, not only the ids.
    for (int row = 0; row < model->rowCount(); row += 7) {
        for (int column = 0; column < int(Column::Count); ++column) {
            if (column != int(Column::Eligible)) { // computed in the background on the page: compared below
                QCOMPARE(model->index(row, column).data(), complete.model.index(row, column).data());
            }
        }
    }
    // The labels of the first rows are read apart from the others': every row, the demo labels about half its files.
    int labelled = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex labels = model->index(row, int(Column::Labels));
        QCOMPARE(labels.data(), complete.model.index(row, int(Column::Labels)).data());
        QCOMPARE(labels.data(Qt::DecorationRole),
                 complete.model.index(row, int(Column::Labels)).data(Qt::DecorationRole));
        labelled += row < first.size() && !labels.data().toString().isEmpty();
    }
    QVERIFY(labelled > 0);
    QTRY_VERIFY(!model->isEligibilityPending());
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->isEligible(row), complete.model.isEligible(row));
    }
}

void TestCandidaturesPage::sortOrFilterWhileReading_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("filterColumn");
    QTest::addColumn<QString>("filter");
    QTest::newRow("amount, descending") << int(Column::Requested) << int(Qt::DescendingOrder) << QString() << -1
                                        << QString();
    QTest::newRow("title (collated ranks)")
        << int(Column::Title) << int(Qt::AscendingOrder) << QString() << -1 << QString();
    QTest::newRow("establishment, descending")
        << int(Column::Establishment) << int(Qt::DescendingOrder) << QString() << -1 << QString();
    QTest::newRow("domain (many equal keys)")
        << int(Column::Domain) << int(Qt::AscendingOrder) << QString() << -1 << QString();
    QTest::newRow("search") << int(Column::Establishment) << int(Qt::AscendingOrder) << QStringLiteral("e") << -1
                            << QString();
    QTest::newRow("state filter, sorted by amount")
        << int(Column::Requested) << int(Qt::AscendingOrder) << QString() << int(Column::State) << QString();
}

void TestCandidaturesPage::sortOrFilterWhileReading()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QString, search);
    QFETCH(int, filterColumn);
    QFETCH(QString, filter);
    CompleteRead complete(*m_db, column, Qt::SortOrder(order));
    complete.view.setSearchText(search);
    if (filterColumn >= 0) {
        // The text of the last row, as the page shows it (the interface's language): some rows, not all.
        filter = complete.model.index(complete.model.rowCount() - 1, filterColumn).data().toString();
        complete.view.setColumnFilter(filterColumn, filter);
    }
    const QList<qint64> expected = idsInViewOrder(complete.view);
    QVERIFY(!expected.isEmpty());
    QVERIFY(filterColumn < 0 || expected.size() < complete.model.rowCount());

    std::unique_ptr<TablePage> page = createPage();
    CandidatureModel* model = modelOf(*page);
    QAbstractItemModelTester tester(page->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(page->reload(m_db.get()));
    QVERIFY(model->isLoading());
    // One step in, then the user sorts or filters while the others come.
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QVERIFY(inserted.wait(5000));
    QVERIFY(model->isLoading());
    page->tableView()->sortByColumn(column, Qt::SortOrder(order));
    page->proxy()->setSearchText(search);
    if (filterColumn >= 0) {
        page->proxy()->setColumnFilter(filterColumn, filter);
    }
    QVERIFY(model->isLoading());
    QTRY_VERIFY(!model->isLoading());
    QCOMPARE(model->rowCount(), fileCount());
    QCOMPARE(idsInViewOrder(*page->proxy()), expected);
    auto* count = page->findChild<QLabel*>(QStringLiteral("countLabel"));
    QCOMPARE(count->text(), complete.model.countText(int(expected.size()), fileCount()));
}

void TestCandidaturesPage::editWhileReading()
{
    std::unique_ptr<TablePage> page = createPage();
    CandidatureModel* model = modelOf(*page);
    QVERIFY(page->reload(m_db.get()));
    QVERIFY(model->isLoading());
    const qint64 id = model->recordId(3);
    const QString title = QStringLiteral("Titre changé pendant la lecture (fictif)");
    QVERIFY(model->writeRecord(*m_db, id, {{int(Column::Title), title}}));
    // A value typed but not saved yet, on a row already shown: it stays on that row as the others come.
    const qint64 pendingId = model->recordId(5);
    QVERIFY(model->setData(model->index(5, int(Column::Title)), QStringLiteral("En cours de saisie")));
    QVERIFY(model->isLoading());
    QTRY_VERIFY(!model->isLoading());

    QCOMPARE(model->rowCount(), fileCount());
    const QList<qint64> ids = idsInModelOrder(*model);
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), ids.size()); // no file twice
    const int row = model->rowOfRecord(id);
    QCOMPARE(model->index(row, int(Column::Title)).data().toString(), title);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT title FROM candidature WHERE id = %1").arg(id)) && query.next());
    QCOMPARE(query.value(0).toString(), title);
    QCOMPARE(model->rowOfRecord(pendingId), 5);
    const QList<DatabaseTableModel::PendingEdit> pending = model->pendingEdits(5);
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.constFirst().after.toString(), QStringLiteral("En cours de saisie"));
    // And the page ends as a complete read of the database as it now is.
    const CompleteRead complete(*m_db);
    QCOMPARE(idsInViewOrder(*page->proxy()), idsInViewOrder(complete.view));
}

void TestCandidaturesPage::reloadWhileReadingReadsEverything()
{
    std::unique_ptr<TablePage> page = createPage();
    CandidatureModel* model = modelOf(*page);
    QSignalSpy finished(model, &CandidatureModel::loadingFinished);
    QVERIFY(page->reload(m_db.get()));
    QVERIFY(model->isLoading());
    // Refresh (or a change seen in the file) while the others are coming: every row at once, nothing appended after.
    QVERIFY(page->reload(m_db.get()));
    QVERIFY(!model->isLoading());
    QCOMPARE(model->rowCount(), fileCount());
    QTest::qWait(100);
    QCOMPARE(model->rowCount(), fileCount());
    QCOMPARE(finished.count(), 0);
    const CompleteRead complete(*m_db);
    QCOMPARE(idsInViewOrder(*page->proxy()), idsInViewOrder(complete.view));
    QCOMPARE(page->findChild<QLabel*>(QStringLiteral("countLabel"))->text(),
             complete.model.countText(fileCount(), fileCount()));
    // The same through refresh(), which keeps the selection.
    QVERIFY(page->reload(nullptr));
    QVERIFY(page->reload(m_db.get()));
    QVERIFY(model->isLoading());
    QVERIFY(page->refresh());
    QVERIFY(!model->isLoading());
    QCOMPARE(model->rowCount(), fileCount());
}

void TestCandidaturesPage::closeWhileReading()
{
    // The database closes (the pages are emptied first): nothing is read from it afterwards.
    std::unique_ptr<TablePage> page = createPage();
    CandidatureModel* model = modelOf(*page);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QVERIFY(page->reload(m_db.get()));
    QVERIFY(model->isLoading());
    QVERIFY(page->reload(nullptr));
    QVERIFY(!model->isLoading());
    QTest::qWait(100);
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(inserted.count(), 0);
    // The window closes: the page goes while rows are still coming, and no step runs on a deleted model.
    QVERIFY(page->reload(m_db.get()));
    QVERIFY(model->isLoading());
    QPointer<CandidatureModel> gone = model;
    page.reset();
    QVERIFY(gone.isNull());
    QTest::qWait(100);
}

void TestCandidaturesPage::anotherSortReadsEverythingAtOnce()
{
    // A page that opens sorted otherwise (remembered from last time) cannot show its first rows before reading all.
    std::unique_ptr<TablePage> page = createPage();
    CandidatureModel* model = modelOf(*page);
    page->tableView()->sortByColumn(int(Column::Requested), Qt::DescendingOrder);
    QVERIFY(page->reload(m_db.get()));
    QVERIFY(!model->isLoading());
    QCOMPARE(model->rowCount(), fileCount());
    const CompleteRead complete(*m_db, int(Column::Requested), Qt::DescendingOrder);
    QCOMPARE(idsInViewOrder(*page->proxy()), idsInViewOrder(complete.view));
}

QTEST_MAIN(TestCandidaturesPage)
#include "tst_candidaturespage.moc"
