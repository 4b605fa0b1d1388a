// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignFiles.h"
#include "EstablishmentModel.h"
#include "SearchFilterProxyModel.h"
#include "db/Database.h"
#include "model/Identifiers.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
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
    void editRoleGivesCodes();
    void setDataKeepsValuesPending();
    void refusesInvalidValues_data();
    void refusesInvalidValues();
    void writeRecordUpdatesDatabaseAndRow();
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

void TestEstablishmentModel::editRoleGivesCodes()
{
    EstablishmentModel model;
    QVERIFY(model.load(*m_db));
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT legal_status, department_code, coalesce(ght_code, '') FROM "
                                      "establishment ORDER BY name, finess_et LIMIT 1")));
    QVERIFY(query.next());
    const auto edit = [&model](EstablishmentModel::Column column) {
        return model.index(0, int(column)).data(Qt::EditRole).toString();
    };
    QCOMPARE(edit(EstablishmentModel::Column::Status), query.value(0).toString());
    QCOMPARE(edit(EstablishmentModel::Column::Department), query.value(1).toString());
    QCOMPARE(edit(EstablishmentModel::Column::Ght), query.value(2).toString());
    QVERIFY(model.flags(model.index(0, int(EstablishmentModel::Column::Name))) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(0, int(EstablishmentModel::Column::Category))) & Qt::ItemIsEditable));
    QVERIFY(model.recordId(0) > 0);
    QCOMPARE(model.rowOfRecord(model.recordId(3)), 3);
}

void TestEstablishmentModel::setDataKeepsValuesPending()
{
    EstablishmentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.load(*m_db));
    const QModelIndex town = model.index(1, int(EstablishmentModel::Column::Town));
    const QString stored = town.data().toString();
    QVERIFY(model.setData(town, QStringLiteral("AILLEURS")));
    QCOMPARE(town.data(Qt::EditRole).toString(), QStringLiteral("AILLEURS")); // what the form shows
    QCOMPARE(town.data().toString(), stored);                                 // what the table shows
    QCOMPARE(model.pendingEdits(1).size(), 1);
    QCOMPARE(model.pendingEdits(1).constFirst().before.toString(), stored);
    // Setting the stored value back is no change.
    QVERIFY(model.setData(town, stored));
    QVERIFY(model.pendingEdits(1).isEmpty());
    QVERIFY(model.setData(town, QStringLiteral("AILLEURS")));
    model.revertRow(1);
    QVERIFY(model.pendingEdits(1).isEmpty());
    QCOMPARE(town.data(Qt::EditRole).toString(), stored);
    // A computed column takes nothing.
    QVERIFY(!model.setData(model.index(1, int(EstablishmentModel::Column::Category)), QStringLiteral("x")));
}

void TestEstablishmentModel::refusesInvalidValues_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    const QString valid = Identifiers::finessWithKey(u"13000001");
    QString wrongKey = valid;
    wrongKey[8] = QChar(u'0' + (wrongKey[8].digitValue() + 1) % 10);
    QTest::addRow("valid FINESS") << int(EstablishmentModel::Column::FinessEt) << valid << true;
    QTest::addRow("wrong FINESS key") << int(EstablishmentModel::Column::FinessEt) << wrongKey << false;
    QTest::addRow("empty FINESS ET") << int(EstablishmentModel::Column::FinessEt) << QString() << false;
    QTest::addRow("empty FINESS EJ") << int(EstablishmentModel::Column::FinessEj) << QString() << true;
    QTest::addRow("short FINESS EJ") << int(EstablishmentModel::Column::FinessEj) << QStringLiteral("1300") << false;
    QTest::addRow("empty name") << int(EstablishmentModel::Column::Name) << QStringLiteral("  ") << false;
    QTest::addRow("SIREN for SIRET") << int(EstablishmentModel::Column::Siret) << QStringLiteral("775552003") << false;
    QTest::addRow("empty SIRET") << int(EstablishmentModel::Column::Siret) << QString() << true;
}

void TestEstablishmentModel::refusesInvalidValues()
{
    QFETCH(int, column);
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    EstablishmentModel model;
    QVERIFY(model.load(*m_db));
    QCOMPARE(model.invalidReason(column, value).isEmpty(), accepted);
    QCOMPARE(model.setData(model.index(0, column), value), accepted);
}

void TestEstablishmentModel::writeRecordUpdatesDatabaseAndRow()
{
    EstablishmentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.load(*m_db));
    const qint64 id = model.recordId(2);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const Result<void> written =
        model.writeRecord(*m_db, id,
                          {{int(EstablishmentModel::Column::Town), QStringLiteral("MONTCLAIR")},
                           {int(EstablishmentModel::Column::Ght), QString()},
                           {int(EstablishmentModel::Column::Status), QStringLiteral("clcc")}});
    QVERIFY2(written, qPrintable(written.error().detail));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(2, int(EstablishmentModel::Column::Town)).data().toString(), QStringLiteral("MONTCLAIR"));
    QCOMPARE(model.index(2, int(EstablishmentModel::Column::Status)).data().toString(),
             EstablishmentModel::statusLabel(QStringLiteral("clcc"), {}));
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("SELECT town, ght_code IS NULL, legal_status FROM establishment WHERE id = ?"));
    query.addBindValue(id);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("MONTCLAIR"));
    QVERIFY(query.value(1).toBool()); // an empty optional value is stored as NULL
    QCOMPARE(query.value(2).toString(), QStringLiteral("clcc"));

    // A refused value writes nothing and says why.
    QSignalSpy failed(&model, &DatabaseTableModel::writeFailed);
    QVERIFY(!model.writeRecord(*m_db, id, {{int(EstablishmentModel::Column::Name), QString()}}));
    QCOMPARE(failed.count(), 1);
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
