// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignFiles.h"
#include "CandidatureModel.h"
#include "SearchFilterProxyModel.h"
#include "db/Database.h"
#include "prerequisites/Eligibility.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QLocale>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;

class TestCandidatureModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsEveryCandidature();
    void showsFrenchAmountsAndDates();
    void sortsAmountsByValue();
    void passesModelTesterThroughProxy();
    void editsAmountsAndDatesButNotState();
    void sortsOnTypedKeys_data();
    void sortsOnTypedKeys();
    void sortsEstablishmentsInTheLocalesOrder();
    void eligibilityInBackground();
    void reloadOrClearStopsTheBackgroundWork();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

namespace {

/// French groups digits with a narrow no-break space; compare with plain spaces.
QString plainSpaces(QString text)
{
    return text.replace(QChar(0x202F), u' ').replace(QChar(0x00A0), u' ');
}

} // namespace

void TestCandidatureModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QVERIFY(m_dir.isValid());
    Result<std::unique_ptr<Database>> demo = CampaignFiles::openDemo(m_dir.filePath(QStringLiteral("demo.palier")));
    QVERIFY2(demo, qPrintable(demo.error().message + u' ' + demo.error().detail));
    m_db = std::move(demo).value();
}

void TestCandidatureModel::loadsEveryCandidature()
{
    CandidatureModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Result<void> loaded = model.load(*m_db);
    QVERIFY2(loaded, qPrintable(loaded.error().detail));
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM candidature")) && query.next());
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.rowCount(), query.value(0).toInt());
}

void TestCandidatureModel::showsFrenchAmountsAndDates()
{
    CandidatureModel model;
    QVERIFY(model.load(*m_db));
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(
        QStringLiteral("SELECT e.name, e.finess_et, d.code, c.requested_cents, c.submitted_on, c.id FROM candidature c "
                       "JOIN establishment e ON e.id = c.establishment_id JOIN domain d ON d.id = c.domain_id "
                       "ORDER BY e.name, d.sort_order LIMIT 1")));
    QVERIFY(query.next());
    const int row = model.rowOfRecord(query.value(5).toLongLong());
    QVERIFY(row >= 0);
    const auto cell = [&model, row](CandidatureModel::Column column) {
        return model.index(row, int(column)).data().toString();
    };

    QCOMPARE(cell(CandidatureModel::Column::Establishment),
             QStringLiteral("%1 (%2)").arg(query.value(0).toString(), query.value(1).toString()));
    QVERIFY(cell(CandidatureModel::Column::Domain).startsWith(query.value(2).toString() + u' '));

    const qint64 cents = query.value(3).toLongLong();
    QString euros = QString::number(cents / 100);
    for (int i = int(euros.size()) - 3; i > 0; i -= 3) {
        euros.insert(i, u' ');
    }
    const QString expected = cents % 100 == 0
                                 ? QStringLiteral("%1 €").arg(euros)
                                 : QStringLiteral("%1,%2 €").arg(euros).arg(cents % 100, 2, 10, QChar(u'0'));
    QCOMPARE(plainSpaces(cell(CandidatureModel::Column::Requested)), expected);

    const QDate submitted = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    QVERIFY(submitted.isValid());
    QCOMPARE(cell(CandidatureModel::Column::Submitted), submitted.toString(QStringLiteral("dd/MM/yyyy")));
}

void TestCandidatureModel::sortsAmountsByValue()
{
    CandidatureModel model;
    SearchFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(DatabaseTableModel::SortRole);
    QVERIFY(model.load(*m_db));
    proxy.sort(int(CandidatureModel::Column::Requested));
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT min(requested_cents), max(requested_cents) FROM candidature")));
    QVERIFY(query.next());
    const int column = int(CandidatureModel::Column::Requested);
    QCOMPARE(proxy.index(0, column).data(DatabaseTableModel::SortRole).toLongLong(), query.value(0).toLongLong());
    QCOMPARE(proxy.index(proxy.rowCount() - 1, column).data(DatabaseTableModel::SortRole).toLongLong(),
             query.value(1).toLongLong());
}

void TestCandidatureModel::passesModelTesterThroughProxy()
{
    CandidatureModel model;
    SearchFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(DatabaseTableModel::SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(int(CandidatureModel::Column::Submitted), Qt::DescendingOrder);
    QVERIFY(model.load(*m_db));
    proxy.setSearchText(QStringLiteral("d2"));
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(
        QStringLiteral("SELECT count(*) FROM candidature c JOIN domain d ON d.id = c.domain_id WHERE d.code = 'D2'")));
    QVERIFY(query.next());
    QVERIFY(proxy.rowCount() >= query.value(0).toInt());
    QVERIFY(proxy.rowCount() < model.rowCount());
    model.clear();
    QCOMPARE(proxy.rowCount(), 0);
}

void TestCandidatureModel::editsAmountsAndDatesButNotState()
{
    CandidatureModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.load(*m_db));
    using Column = CandidatureModel::Column;
    const QModelIndex amount = model.index(0, int(Column::Requested));
    QCOMPARE(amount.data(Qt::EditRole).userType(), QMetaType::LongLong); // cents, never a float
    QVERIFY(!model.setData(amount, qlonglong(-1)));
    QVERIFY(!model.setData(model.index(0, int(Column::Title)), QString()));
    QVERIFY(!(model.flags(model.index(0, int(Column::Establishment))) & Qt::ItemIsEditable));

    // The state moves only through the workflow, which checks the transition and records it.
    QVERIFY(!(model.flags(model.index(0, int(Column::State))) & Qt::ItemIsEditable));
    const QString stateBefore = model.index(0, int(Column::State)).data(Qt::EditRole).toString();
    QVERIFY(!model.setData(model.index(0, int(Column::State)), QStringLiteral("abandonne")));

    const qint64 id = model.recordId(0);
    const Result<void> written = model.writeRecord(*m_db, id,
                                                   {{int(Column::Requested), qlonglong(12345678)},
                                                    {int(Column::PlannedStart), QDate(2020, 1, 15)},
                                                    {int(Column::PlannedEnd), QDate()}});
    QVERIFY2(written, qPrintable(written.error().detail));
    QCOMPARE(plainSpaces(amount.data().toString()), QStringLiteral("123 456,78 €"));
    QCOMPARE(model.index(0, int(Column::PlannedStart)).data().toString(), QStringLiteral("15/01/2020"));
    QCOMPARE(model.index(0, int(Column::State)).data(Qt::EditRole).toString(), stateBefore);
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("SELECT requested_cents, planned_start, planned_end IS NULL, state FROM candidature "
                                 "WHERE id = ?"));
    query.addBindValue(id);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toLongLong(), 12345678);
    QCOMPARE(query.value(1).toString(), QStringLiteral("2020-01-15"));
    QVERIFY(query.value(2).toBool());
    QCOMPARE(query.value(3).toString(), stateBefore);
}

void TestCandidatureModel::sortsOnTypedKeys_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    using Column = CandidatureModel::Column;
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        const char* suffix = order == Qt::AscendingOrder ? "ascending" : "descending";
        QTest::addRow("amount %s", suffix) << int(Column::Requested) << order;
        QTest::addRow("submitted %s", suffix) << int(Column::Submitted) << order;
        QTest::addRow("planned start %s", suffix) << int(Column::PlannedStart) << order;
        QTest::addRow("title %s", suffix) << int(Column::Title) << order;
        QTest::addRow("domain %s", suffix) << int(Column::Domain) << order;
    }
}

void TestCandidatureModel::sortsOnTypedKeys()
{
    // Every pair of neighbours in the order of the stored values (amounts in cents, dates, text in the locale's
    // order), not of the French text shown ("9 000 €" after "10 000 €", "02/03/2020" before "01/04/2019").
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    using Column = CandidatureModel::Column;
    CandidatureModel model;
    SearchFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(DatabaseTableModel::SortRole);
    QVERIFY(model.load(*m_db));
    proxy.sort(column, order);
    QCOMPARE(proxy.rowCount(), model.rowCount());
    const QCollator collator;
    int changes = 0;
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const CandidatureRow& a = model.candidature(proxy.mapToSource(proxy.index(row - 1, 0)).row());
        const CandidatureRow& b = model.candidature(proxy.mapToSource(proxy.index(row, 0)).row());
        int compared = 0;
        switch (Column(column)) {
        case Column::Requested:
            compared = a.requestedCents < b.requestedCents ? -1 : a.requestedCents > b.requestedCents ? 1 : 0;
            break;
        case Column::Submitted:
            compared = a.submittedOn < b.submittedOn ? -1 : a.submittedOn > b.submittedOn ? 1 : 0;
            break;
        case Column::PlannedStart:
            compared = a.plannedStart < b.plannedStart ? -1 : a.plannedStart > b.plannedStart ? 1 : 0;
            break;
        case Column::Title:
            compared = collator.compare(a.title, b.title);
            break;
        case Column::Domain:
            compared = a.domainOrder < b.domainOrder ? -1 : a.domainOrder > b.domainOrder ? 1 : 0;
            break;
        default:
            QFAIL("column not covered");
        }
        changes += compared != 0;
        QVERIFY2(order == Qt::AscendingOrder ? compared <= 0 : compared >= 0,
                 qPrintable(QStringLiteral("rows %1 and %2: %3 / %4")
                                .arg(row - 1)
                                .arg(row)
                                .arg(proxy.index(row - 1, column).data().toString(),
                                     proxy.index(row, column).data().toString())));
    }
    QVERIFY(changes > 1); // the values do differ: the test compares something
}

void TestCandidatureModel::sortsEstablishmentsInTheLocalesOrder()
{
    // The page opens sorted on the establishment: "Établissement…" among the E (not after Z, as code points would
    // put it), the files of one establishment by domain.
    using Column = CandidatureModel::Column;
    CandidatureModel model;
    SearchFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(DatabaseTableModel::SortRole);
    proxy.sort(int(Column::Establishment));
    QVERIFY(model.load(*m_db));
    QVERIFY(model.rowCount() > 1);
    const QCollator collator;
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const CandidatureRow& a = model.candidature(proxy.mapToSource(proxy.index(row - 1, 0)).row());
        const CandidatureRow& b = model.candidature(proxy.mapToSource(proxy.index(row, 0)).row());
        const int compared = collator.compare(a.establishment, b.establishment);
        QVERIFY2(compared < 0 || (compared == 0 && a.domainOrder < b.domainOrder),
                 qPrintable(a.establishment + u'/' + a.domainCode + QStringLiteral(" then ") + b.establishment + u'/' +
                            b.domainCode));
    }
    // The source rows are in that order already: the view opens on them as read.
    for (int row = 0; row < proxy.rowCount(); ++row) {
        QCOMPARE(proxy.mapToSource(proxy.index(row, 0)).row(), row);
    }
    QCOMPARE(model.index(0, int(Column::Establishment)).data().toString(),
             QStringLiteral("%1 (%2)").arg(model.candidature(0).establishmentName, model.candidature(0).finessEt));
}

void TestCandidatureModel::eligibilityInBackground()
{
    using Column = CandidatureModel::Column;
    const Result<EligibilityTable> table = eligibilityTable(*m_db);
    QVERIFY(table);
    CandidatureModel model;
    model.setEligibilityInBackground(true);
    SearchFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(DatabaseTableModel::SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(int(Column::Eligible));
    proxy.setColumnFilter(int(Column::Eligible), QStringLiteral("not"));
    QSignalSpy loaded(&model, &CandidatureModel::eligibilityLoaded);

    QVERIFY(model.load(*m_db));
    // Every row at once, their eligibility computed meanwhile in a worker thread.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM candidature")) && query.next());
    QCOMPARE(model.rowCount(), query.value(0).toInt());
    QVERIFY(model.isEligibilityPending());
    QCOMPARE(model.index(0, int(Column::Eligible)).data().toString(), QStringLiteral("…"));
    QCOMPARE(proxy.rowCount(), 0); // nothing says "Not eligible" yet

    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.count(), 1);
    QVERIFY(!model.isEligibilityPending());
    int notEligible = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const EligibilityRow* expected = table->find(model.candidature(row).establishmentId);
        QVERIFY(expected);
        notEligible += !expected->eligible;
        QCOMPARE(model.isEligible(row), expected->eligible);
        QCOMPARE(model.index(row, int(Column::Eligible)).data().toString(),
                 expected->eligible ? QStringLiteral("Eligible") : QStringLiteral("Not eligible"));
    }
    QVERIFY(notEligible > 0 && notEligible < model.rowCount()); // the demo has both: the checks below mean something
    // The filter and the count follow: exactly the files of establishments not eligible.
    QCOMPARE(proxy.rowCount(), notEligible);
    proxy.setColumnFilter(int(Column::Eligible), QString());
    QCOMPARE(proxy.rowCount(), model.rowCount());
    // Sorted on eligibility as it came: the eligible first.
    const int eligible = model.rowCount() - notEligible;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        QCOMPARE(model.isEligible(proxy.mapToSource(proxy.index(row, 0)).row()), row < eligible);
    }
}

void TestCandidatureModel::reloadOrClearStopsTheBackgroundWork()
{
    CandidatureModel model;
    model.setEligibilityInBackground(true);
    QSignalSpy loaded(&model, &CandidatureModel::eligibilityLoaded);
    // A reload while the eligibility is computed: only the last one is shown, once.
    QVERIFY(model.load(*m_db));
    QVERIFY(model.load(*m_db));
    QVERIFY(loaded.wait(20000));
    QTest::qWait(50);
    QCOMPARE(loaded.count(), 1);
    QVERIFY(!model.isEligibilityPending());
    // Emptied (the database closes) while computing: nothing comes afterwards.
    QVERIFY(model.load(*m_db));
    QVERIFY(model.isEligibilityPending());
    model.clear();
    QVERIFY(!model.isEligibilityPending());
    QTest::qWait(200);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    // Destroyed while computing: the worker stops with it.
    {
        CandidatureModel other;
        other.setEligibilityInBackground(true);
        QVERIFY(other.load(*m_db));
        QVERIFY(other.isEligibilityPending());
    }
}

QTEST_GUILESS_MAIN(TestCandidatureModel)
#include "tst_candidaturemodel.moc"
