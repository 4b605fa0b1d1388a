// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignFiles.h"
#include "EstablishmentModel.h"
#include "SearchFilterProxyModel.h"
#include "db/Database.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;

class TestEstablishmentModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsEveryEstablishment();
    void resolvesLabels();
    void passesModelTesterThroughProxy();
    void clearEmpties();
    void countText();

private:
    qint64 count(const QString& sql) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestEstablishmentModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    Result<std::unique_ptr<Database>> demo = CampaignFiles::openDemo(m_dir.filePath(QStringLiteral("demo.palier")));
    QVERIFY2(demo, qPrintable(demo.error().message + u' ' + demo.error().detail));
    m_db = std::move(demo).value();
}

qint64 TestEstablishmentModel::count(const QString& sql) const
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(sql) || !query.next()) {
        qFatal("query failed: %s", qPrintable(sql));
    }
    return query.value(0).toLongLong();
}

void TestEstablishmentModel::loadsEveryEstablishment()
{
    EstablishmentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Result<void> loaded = model.load(*m_db);
    QVERIFY2(loaded, qPrintable(loaded.error().detail));
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.rowCount(), count(QStringLiteral("SELECT count(*) FROM establishment")));
    QCOMPARE(model.columnCount(), int(EstablishmentModel::Column::Count));
}

void TestEstablishmentModel::resolvesLabels()
{
    EstablishmentModel model;
    QVERIFY(model.load(*m_db));
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(
        QStringLiteral("SELECT e.finess_et, e.legal_status, d.name, e.department_code FROM establishment e "
                       "JOIN department d ON d.code = e.department_code ORDER BY e.name, e.finess_et LIMIT 1")));
    QVERIFY(query.next());
    const auto cell = [&model](EstablishmentModel::Column column) {
        return model.index(0, int(column)).data().toString();
    };
    QCOMPARE(cell(EstablishmentModel::Column::FinessEt), query.value(0).toString());
    QCOMPARE(cell(EstablishmentModel::Column::Status), EstablishmentModel::statusLabel(query.value(1).toString(), {}));
    QVERIFY(!cell(EstablishmentModel::Column::Status).contains(u'_')); // a label, never the code
    QCOMPARE(cell(EstablishmentModel::Column::Department),
             QStringLiteral("%1 (%2)").arg(query.value(2).toString(), query.value(3).toString()));
    QCOMPARE(model.headerData(int(EstablishmentModel::Column::FinessEj), Qt::Horizontal).toString(),
             QStringLiteral("FINESS EJ"));
}

void TestEstablishmentModel::passesModelTesterThroughProxy()
{
    EstablishmentModel model;
    SearchFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(DatabaseTableModel::SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(int(EstablishmentModel::Column::Name));
    QVERIFY(model.load(*m_db));
    QCOMPARE(proxy.rowCount(), model.rowCount());

    proxy.setSearchText(QStringLiteral("CLINIQUE"));
    const qint64 clinics = count(QStringLiteral("SELECT count(*) FROM establishment WHERE name LIKE 'Clinique%'"));
    QVERIFY(clinics > 0);
    QCOMPARE(proxy.rowCount(), clinics);
    proxy.sort(int(EstablishmentModel::Column::Town), Qt::DescendingOrder);
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), model.rowCount());
    QVERIFY(model.load(*m_db)); // a reset under an active sort and filter
}

void TestEstablishmentModel::clearEmpties()
{
    EstablishmentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.load(*m_db));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestEstablishmentModel::countText()
{
    // The wording itself comes from the translation files; the numbers must be there in any language.
    const EstablishmentModel model;
    QVERIFY(model.countText(112, 112).startsWith(QStringLiteral("112 ")));
    QVERIFY(!model.countText(112, 112).contains(QStringLiteral("%")));
    const QString filtered = model.countText(12, 112);
    QVERIFY2(filtered.startsWith(QStringLiteral("12 ")) && filtered.contains(QStringLiteral(" 112 ")),
             qPrintable(filtered));
}

QTEST_GUILESS_MAIN(TestEstablishmentModel)
#include "tst_establishmentmodel.moc"
