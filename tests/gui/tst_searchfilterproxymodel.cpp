// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchFilterProxyModel.h"

#include <QAbstractItemModelTester>
#include <QAbstractTableModel>
#include <QDate>
#include <QStandardItemModel>
#include <QTest>

using namespace Palier;

namespace {

/// A table of text cells, as the application's models are (QAbstractTableModel: its rows are cached by number).
class TextTable : public QAbstractTableModel
{
public:
    explicit TextTable(QList<QStringList> rows)
        : m_rows(std::move(rows))
    {}
    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : 2; }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        return role == Qt::DisplayRole || role == Qt::EditRole ? QVariant(m_rows.at(index.row()).at(index.column()))
                                                               : QVariant();
    }
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override
    {
        if (role != Qt::EditRole) {
            return false;
        }
        m_rows[index.row()][index.column()] = value.toString();
        Q_EMIT dataChanged(index, index);
        return true;
    }
    QString cell(int row, int column) const { return m_rows.at(row).at(column); }

private:
    QList<QStringList> m_rows;
};

/// 600 rows of names made of fictitious words, some accented, in no order.
QList<QStringList> wordRows()
{
    const QStringList words{QStringLiteral("Centre"),   QStringLiteral("hospitalier"), QStringLiteral("Clinique"),
                            QStringLiteral("Côte"),     QStringLiteral("Évry"),        QStringLiteral("cèdre"),
                            QStringLiteral("Œuvre"),    QStringLiteral("centrale"),    QStringLiteral("Eaubonne"),
                            QStringLiteral("Écureuil"), QStringLiteral("ceinture"),    QStringLiteral("Zénith")};
    QList<QStringList> rows;
    quint32 seed = 20261122;
    const auto next = [&seed] {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 8;
    };
    for (int i = 0; i < 600; ++i) {
        const int n = 1 + int(next() % 3);
        QStringList name;
        for (int w = 0; w < n; ++w) {
            name.append(words.at(int(next() % words.size())));
        }
        rows.append({name.join(u' '), QStringLiteral("%1").arg(next() % 97, 2, 10, QLatin1Char('0'))});
    }
    return rows;
}

/// The source rows the proxy shows, in its order.
QList<int> shownRows(const QSortFilterProxyModel& proxy)
{
    QList<int> rows;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        rows.append(proxy.mapToSource(proxy.index(row, 0)).row());
    }
    return rows;
}

/// What the search should show, worked out here from the definition: every folded word in some folded cell,
/// sorted on column 0 in the locale's order, equal names in the source's order.
QList<int> expectedRows(const TextTable& table, const QString& search)
{
    const QStringList words = SearchFilterProxyModel::fold(search).split(u' ', Qt::SkipEmptyParts);
    QList<int> rows;
    for (int row = 0; row < table.rowCount(); ++row) {
        const QString name = SearchFilterProxyModel::fold(table.cell(row, 0));
        const QString other = SearchFilterProxyModel::fold(table.cell(row, 1));
        if (std::all_of(words.cbegin(), words.cend(),
                        [&](const QString& w) { return name.contains(w) || other.contains(w); })) {
            rows.append(row);
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [&table](int a, int b) {
        return QString::localeAwareCompare(table.cell(a, 0), table.cell(b, 0)) < 0;
    });
    return rows;
}

} // namespace

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
    void typingMatchesTheDefinitionAtEveryKey();
    void aRowChangedWhileNarrowedIsSearchedAgain();
    void theCurrentRowSurvivesAFilterThatHidesMany();

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

// Letter by letter, backspaces, a second word, a column filter: at every key the rows shown and their order are
// those of the definition — whether the proxy narrowed the last search, searched every row again, told the view
// of the few rows that changed or re-laid all of them out.
void TestSearchFilterProxyModel::typingMatchesTheDefinitionAtEveryKey()
{
    TextTable table(wordRows());
    SearchFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&table);
    proxy.sort(0);
    QCOMPARE(shownRows(proxy), expectedRows(table, {}));
    QString typed;
    const auto type = [&](const QString& text) {
        typed = text;
        proxy.setSearchText(typed);
    };
    const QStringList steps{"c",     "ce",     "cen",        "cent",     "centr",     "centre",   "centr",   "cent",
                            "cen",   "ce",     "c",          "",         "e",         "ev",       "evr",     "ev",
                            "e",     "",       "o",          "oe",       "oeu",       "z",        "ze",      "zen",
                            "zeni",  "centre", "centre ",    "centre e", "centre ec", "centre e", "centre ", "centre",
                            "cèdre", "CEDRE",  "cedre cote", "xyz",      ""};
    for (const QString& step : steps) {
        type(step);
        QCOMPARE(shownRows(proxy), expectedRows(table, typed));
    }
    // The search narrowed from "c" to "ce" hides more than a few rows; from "cen" to "cent" none.
    type(QStringLiteral("c"));
    const qsizetype underC = shownRows(proxy).size();
    type(QStringLiteral("ce"));
    QVERIFY(underC - shownRows(proxy).size() > 64);
    // A column filter only narrows what the search shows, and removing it shows them again.
    proxy.setColumnFilter(1, QStringLiteral("0"));
    QList<int> filtered;
    for (int row : expectedRows(table, typed)) {
        if (table.cell(row, 1).contains(u'0')) {
            filtered.append(row);
        }
    }
    QCOMPARE(shownRows(proxy), filtered);
    proxy.clearColumnFilters();
    QCOMPARE(shownRows(proxy), expectedRows(table, typed));
}

// A row the search hid, changed meanwhile so that it now holds the longer word, shows when the word is typed on:
// what the proxy remembers of the last search is dropped with the row's change.
void TestSearchFilterProxyModel::aRowChangedWhileNarrowedIsSearchedAgain()
{
    TextTable table(wordRows());
    SearchFilterProxyModel proxy;
    proxy.setSourceModel(&table);
    proxy.sort(0);
    proxy.setSearchText(QStringLiteral("zeni"));
    int hidden = -1;
    for (int row = 0; row < table.rowCount() && hidden < 0; ++row) {
        if (!SearchFilterProxyModel::fold(table.cell(row, 0)).contains(u"zeni")) {
            hidden = row;
        }
    }
    QVERIFY(hidden >= 0);
    QVERIFY(!shownRows(proxy).contains(hidden));
    QVERIFY(table.setData(table.index(hidden, 0), QStringLiteral("Aaa Zénithal")));
    QVERIFY(shownRows(proxy).contains(hidden)); // the change itself is filtered
    proxy.setSearchText(QStringLiteral("zenith"));
    QVERIFY(shownRows(proxy).contains(hidden));
    QCOMPARE(shownRows(proxy), expectedRows(table, QStringLiteral("zenith")));
    QCOMPARE(proxy.mapToSource(proxy.index(0, 0)).row(), hidden); // "Aaa" sorts first
}

// The current row is a persistent index: a search that hides hundreds of rows (laid out again at once) keeps it.
void TestSearchFilterProxyModel::theCurrentRowSurvivesAFilterThatHidesMany()
{
    TextTable table(wordRows());
    SearchFilterProxyModel proxy;
    proxy.setSourceModel(&table);
    proxy.sort(0);
    const QList<int> all = shownRows(proxy);
    int kept = -1;
    for (int row : all) {
        if (SearchFilterProxyModel::fold(table.cell(row, 0)).contains(u"zenith")) {
            kept = row;
        }
    }
    QVERIFY(kept >= 0);
    const QPersistentModelIndex current(proxy.mapFromSource(table.index(kept, 0)));
    proxy.setSearchText(QStringLiteral("zenith"));
    QVERIFY(all.size() - shownRows(proxy).size() > 64);
    QVERIFY(current.isValid());
    QCOMPARE(proxy.mapToSource(current).row(), kept);
    proxy.setSearchText({});
    QCOMPARE(proxy.mapToSource(current).row(), kept);
    QCOMPARE(shownRows(proxy), all);
}

QTEST_GUILESS_MAIN(TestSearchFilterProxyModel)
#include "tst_searchfilterproxymodel.moc"
