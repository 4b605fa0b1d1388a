// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchFilterProxyModel.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QStandardItemModel>
#include <QTest>

using namespace Palier;

class TestSearchFilterProxyModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void fold_data();
    void fold();
    void filters_data();
    void filters();
    void refiltersChangedRows();
    void columnFiltersCombineWithSearch_data();
    void columnFiltersCombineWithSearch();
    void clearsColumnFilters();
    void sortsNumbersByValue();
    void sortsDates();
    void sortsEmptyFirst();

private:
    QStandardItemModel m_model;
};

void TestSearchFilterProxyModel::init()
{
    m_model.clear();
    const QList<QStringList> rows{
        {QStringLiteral("Hôpital privé fictif de Valbrune"), QStringLiteral("Bouches-du-Rhône (13)")},
        {QStringLiteral("Centre hospitalier fictif de Montclair"), QStringLiteral("Var (83)")},
        {QStringLiteral("Clinique fictive de Côte-Bleue"), QStringLiteral("Alpes-Maritimes (06)")},
        {QStringLiteral("Institut fictif de cancérologie d’Œuvre"), QStringLiteral("Vaucluse (84)")},
    };
    for (const QStringList& row : rows) {
        m_model.appendRow({new QStandardItem(row.at(0)), new QStandardItem(row.at(1))});
    }
}

void TestSearchFilterProxyModel::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::addRow("accents") << QStringLiteral("Côte d'Azur Éléonore") << QStringLiteral("cote d'azur eleonore");
    QTest::addRow("ligature") << QStringLiteral("Œuvre cœur") << QStringLiteral("oeuvre coeur");
    QTest::addRow("apostrophe") << QStringLiteral("d’Ambre") << QStringLiteral("d'ambre");
    QTest::addRow("narrow no-break space") << QStringLiteral("250\u202F000 €") << QStringLiteral("250 000 €");
}

void TestSearchFilterProxyModel::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(SearchFilterProxyModel::fold(text), folded);
}

void TestSearchFilterProxyModel::filters_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("rows");
    QTest::addRow("empty") << QString() << 4;
    QTest::addRow("blank") << QStringLiteral("   ") << 4;
    QTest::addRow("case") << QStringLiteral("CLINIQUE") << 1;
    QTest::addRow("no accent typed") << QStringLiteral("hopital prive") << 1;
    QTest::addRow("accent typed") << QStringLiteral("côte") << 1;
    QTest::addRow("other column") << QStringLiteral("var") << 1;
    QTest::addRow("words in two columns") << QStringLiteral("fictif 84") << 1;
    QTest::addRow("every word must match") << QStringLiteral("fictif 99") << 0;
    QTest::addRow("curly apostrophe typed straight") << QStringLiteral("d'oeuvre") << 1;
    QTest::addRow("common word") << QStringLiteral("fictif") << 3;
    QTest::addRow("no match across columns") << QStringLiteral("valbrunebouches") << 0;
}

void TestSearchFilterProxyModel::filters()
{
    QFETCH(QString, search);
    QFETCH(int, rows);
    SearchFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&m_model);
    proxy.setSearchText(search);
    QCOMPARE(proxy.rowCount(), rows);
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), m_model.rowCount());
}

void TestSearchFilterProxyModel::refiltersChangedRows()
{
    SearchFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&m_model);
    proxy.setSearchText(QStringLiteral("montclair"));
    QCOMPARE(proxy.rowCount(), 1);
    // The row texts are cached: a change in the source must not leave a stale answer.
    m_model.item(1, 0)->setText(QStringLiteral("Centre hospitalier fictif de Pontvieux"));
    QCOMPARE(proxy.rowCount(), 0);
    m_model.item(0, 0)->setText(QStringLiteral("Hôpital fictif de Montclair-le-Haut"));
    QCOMPARE(proxy.rowCount(), 1);
    m_model.insertRow(0, new QStandardItem(QStringLiteral("Clinique fictive de Montclair")));
    QCOMPARE(proxy.rowCount(), 2);
    m_model.removeRows(0, 2);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText(QStringLiteral("cote"));
    QCOMPARE(proxy.rowCount(), 1);
}

void TestSearchFilterProxyModel::columnFiltersCombineWithSearch_data()
{
    QTest::addColumn<QString>("nameFilter");
    QTest::addColumn<QString>("departmentFilter");
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("rows");
    QTest::addRow("name filter") << QStringLiteral("fictif") << QString() << QString() << 3;
    QTest::addRow("department filter, accents ignored") << QString() << QStringLiteral("rhone") << QString() << 1;
    QTest::addRow("two column filters") << QStringLiteral("fictif") << QStringLiteral("var") << QString() << 1;
    QTest::addRow("filter and search") << QStringLiteral("fictif") << QString() << QStringLiteral("84") << 1;
    // "var" is in the department column only: a name filter on it finds nothing.
    QTest::addRow("filter holds to its column") << QStringLiteral("var") << QString() << QString() << 0;
    QTest::addRow("search finds it, filter excludes it")
        << QStringLiteral("clinique") << QString() << QStringLiteral("montclair") << 0;
    QTest::addRow("every word of a filter") << QString() << QStringLiteral("alpes 06") << QString() << 1;
}

void TestSearchFilterProxyModel::columnFiltersCombineWithSearch()
{
    QFETCH(QString, nameFilter);
    QFETCH(QString, departmentFilter);
    QFETCH(QString, search);
    QFETCH(int, rows);
    SearchFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&m_model);
    proxy.setColumnFilter(0, nameFilter);
    proxy.setColumnFilter(1, departmentFilter);
    proxy.setSearchText(search);
    QCOMPARE(proxy.rowCount(), rows);
    QCOMPARE(proxy.columnFilter(0), nameFilter);
}

void TestSearchFilterProxyModel::clearsColumnFilters()
{
    SearchFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&m_model);
    proxy.setSearchText(QStringLiteral("fictif"));
    proxy.setColumnFilter(1, QStringLiteral("var"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.clearColumnFilters();
    QCOMPARE(proxy.rowCount(), 3); // the search stays
    QVERIFY(proxy.columnFilter(1).isEmpty());
}

void TestSearchFilterProxyModel::sortsNumbersByValue()
{
    QStandardItemModel model;
    for (qlonglong cents : {25000000LL, 4000000LL, 70000000LL, 900000LL}) {
        auto* item = new QStandardItem(QString::number(cents));
        item->setData(cents, Qt::UserRole);
        model.appendRow(item);
    }
    SearchFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(Qt::UserRole);
    proxy.sort(0);
    QCOMPARE(proxy.index(0, 0).data(Qt::UserRole).toLongLong(), 900000LL);
    QCOMPARE(proxy.index(3, 0).data(Qt::UserRole).toLongLong(), 70000000LL);
}

void TestSearchFilterProxyModel::sortsDates()
{
    QStandardItemModel model;
    for (const QDate& date : {QDate(2019, 6, 30), QDate(2019, 3, 8), QDate(2019, 12, 1)}) {
        auto* item = new QStandardItem(date.toString(QStringLiteral("dd/MM/yyyy")));
        item->setData(date, Qt::UserRole);
        model.appendRow(item);
    }
    SearchFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(Qt::UserRole);
    proxy.sort(0);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("08/03/2019"));
    QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("01/12/2019"));
}

void TestSearchFilterProxyModel::sortsEmptyFirst()
{
    QStandardItemModel model;
    for (const QVariant& value : {QVariant(5), QVariant(), QVariant(2)}) {
        auto* item = new QStandardItem;
        item->setData(value, Qt::UserRole);
        model.appendRow(item);
    }
    SearchFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(Qt::UserRole);
    proxy.sort(0);
    QVERIFY(!proxy.index(0, 0).data(Qt::UserRole).isValid());
    QCOMPARE(proxy.index(1, 0).data(Qt::UserRole).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestSearchFilterProxyModel)
#include "tst_searchfilterproxymodel.moc"
