// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignFiles.h"
#include "CandidatureModel.h"
#include "SearchFilterProxyModel.h"
#include "db/Database.h"

#include <QAbstractItemModelTester>
#include <QLocale>
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
        QStringLiteral("SELECT e.name, e.finess_et, d.code, c.requested_cents, c.submitted_on FROM candidature c "
                       "JOIN establishment e ON e.id = c.establishment_id JOIN domain d ON d.id = c.domain_id "
                       "ORDER BY e.name, d.sort_order LIMIT 1")));
    QVERIFY(query.next());
    const auto cell = [&model](CandidatureModel::Column column) {
        return model.index(0, int(column)).data().toString();
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

QTEST_GUILESS_MAIN(TestCandidatureModel)
#include "tst_candidaturemodel.moc"
