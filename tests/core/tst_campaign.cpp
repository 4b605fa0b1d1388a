// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/Campaign.h"
#include "db/Database.h"
#include "model/ReferenceData.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;

namespace {
qint64 count(const Database& db, const QString& table)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}
} // namespace

class TestCampaign : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void referenceDataHasEveryRegion();
    void createsHopEnCampaign();
    void createsSunEsCampaign();
    void refusesBadInputAndWritesNothing_data();
    void refusesBadInputAndWritesNothing();
    void refusesSecondCampaign();

private:
    QTemporaryDir m_dir;
};

void TestCampaign::referenceDataHasEveryRegion()
{
    const ReferenceData& data = ReferenceData::instance();
    QCOMPARE(data.regions().size(), 18);
    QCOMPARE(data.departments().size(), 101);
    QCOMPARE(data.departmentsOf(QStringLiteral("93")).size(), 6);
    QCOMPARE(data.departmentsOf(QStringLiteral("94")).size(), 2);
    QCOMPARE(data.region(QStringLiteral("84"))->name, QStringLiteral("Auvergne-Rhône-Alpes"));
    QVERIFY(!data.region(QStringLiteral("99")));
    for (const Department& d : data.departments()) {
        QVERIFY2(data.region(d.regionCode), qPrintable(d.code));
    }
}

void TestCampaign::createsHopEnCampaign()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("hopen.palier")), {.create = true});
    QVERIFY(db);
    Result<CampaignInfo> campaign = createCampaign(*db.value(), QStringLiteral("93"), QStringLiteral("hopen-2019"));
    QVERIFY2(campaign, qPrintable(campaign.error().message));
    QCOMPARE(campaign->regionCode, QStringLiteral("93"));
    QCOMPARE(campaign->regionName, QStringLiteral("Provence-Alpes-Côte d'Azur"));
    QCOMPARE(campaign->programmeCode, QStringLiteral("hopen-2019"));
    QCOMPARE(campaign->firstYear, 2019);
    QVERIFY(campaign->name.contains(QStringLiteral("Provence-Alpes-Côte d'Azur")));
    QCOMPARE(count(*db.value(), QStringLiteral("region")), 18);
    QCOMPARE(count(*db.value(), QStringLiteral("department")), 101);
    QCOMPARE(count(*db.value(), QStringLiteral("domain")), 7);
    QCOMPARE(count(*db.value(), QStringLiteral("prerequisite")), 4);
    QCOMPARE(count(*db.value(), QStringLiteral("milestone")), 4);

    Result<CampaignInfo> loaded = loadCampaign(*db.value());
    QVERIFY(loaded);
    QCOMPARE(loaded->name, campaign->name);
}

void TestCampaign::createsSunEsCampaign()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("sunes.palier")), {.create = true});
    QVERIFY(db);
    Result<CampaignInfo> campaign = createCampaign(*db.value(), QStringLiteral("94"), QStringLiteral("sun-es"));
    QVERIFY2(campaign, qPrintable(campaign.error().message));
    QCOMPARE(count(*db.value(), QStringLiteral("domain")), 3);
    QCOMPARE(count(*db.value(), QStringLiteral("programme_window")), 4);
}

void TestCampaign::refusesBadInputAndWritesNothing_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("programme");
    QTest::addColumn<QString>("code");
    QTest::addRow("unknown region") << "99"
                                    << "hopen-2019"
                                    << "campaign.region";
    QTest::addRow("department instead of region") << "13"
                                                  << "hopen-2019"
                                                  << "campaign.region";
    QTest::addRow("unknown programme") << "93"
                                       << "hopen-2042"
                                       << "programme.unknown";
}

void TestCampaign::refusesBadInputAndWritesNothing()
{
    QFETCH(QString, region);
    QFETCH(QString, programme);
    QFETCH(QString, code);
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("bad.palier")), {.create = true});
    QVERIFY(db);
    Result<CampaignInfo> campaign = createCampaign(*db.value(), region, programme);
    QVERIFY(!campaign);
    QCOMPARE(campaign.error().code, code);
    QVERIFY(!campaign.error().message.isEmpty());
    for (const char* table : {"campaign", "programme", "region", "department"}) {
        QCOMPARE(count(*db.value(), QLatin1String(table)), 0);
    }
    QCOMPARE(loadCampaign(*db.value()).error().code, QStringLiteral("campaign.none"));
}

void TestCampaign::refusesSecondCampaign()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("twice.palier")), {.create = true});
    QVERIFY(db);
    QVERIFY(createCampaign(*db.value(), QStringLiteral("84"), QStringLiteral("hopen-2019")));
    Result<CampaignInfo> second = createCampaign(*db.value(), QStringLiteral("93"), QStringLiteral("hopen-2019"));
    QVERIFY(!second);
    QCOMPARE(second.error().code, QStringLiteral("campaign.exists"));
    QCOMPARE(count(*db.value(), QStringLiteral("programme")), 1);
    QCOMPARE(loadCampaign(*db.value())->regionCode, QStringLiteral("84"));
}

QTEST_GUILESS_MAIN(TestCampaign)
#include "tst_campaign.moc"
