// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkflowTestSupport.h"
#include "prerequisites/Eligibility.h"
#include "prerequisites/Prerequisites.h"

#include <QStandardPaths>
#include <QTemporaryDir>

#include <cmath>
#include <limits>

using namespace Palier;
using namespace Palier::Test;

Q_DECLARE_METATYPE(IndicatorValueType)
Q_DECLARE_METATYPE(IndicatorStatus)

namespace {

constexpr double NoValue = std::numeric_limits<double>::quiet_NaN();

/// Every prerequisite indicator of Hop'EN 2019 at a value that reaches its target.
QList<std::pair<QString, double>> allReached()
{
    return {{QStringLiteral("P1.1"), 1}, {QStringLiteral("P1.2"), 90},  {QStringLiteral("P1.3"), 95.5},
            {QStringLiteral("P2.1"), 1}, {QStringLiteral("P2.2"), 1},   {QStringLiteral("P2.3"), 99.9},
            {QStringLiteral("P3.1"), 1}, {QStringLiteral("P3.2"), 1},   {QStringLiteral("P3.3"), 80},
            {QStringLiteral("P4.1"), 1}, {QStringLiteral("P4.2"), 100}, {QStringLiteral("P4.3"), 1}};
}

} // namespace

class TestPrerequisites : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void status_data();
    void status();
    void combined_data();
    void combined();
    void validation_data();
    void validation();
    void programmePrerequisites();
    void establishmentEligibility();
    void valueRoundTripAndErrors();
    void tableMatchesEachEstablishment();
    void noCampaignNoPrerequisites();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestPrerequisites::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = campaignDatabase(m_dir.filePath(QStringLiteral("prerequisites.palier")));
    QVERIFY(m_db);
}

void TestPrerequisites::status_data()
{
    QTest::addColumn<IndicatorValueType>("type");
    QTest::addColumn<double>("target");
    QTest::addColumn<double>("value"); // NaN: no value
    QTest::addColumn<IndicatorStatus>("expected");
    const auto ratio = IndicatorValueType::Ratio;
    const auto boolean = IndicatorValueType::Boolean;
    const auto count = IndicatorValueType::Count;
    QTest::addRow("ratio at target") << ratio << 90.0 << 90.0 << IndicatorStatus::Reached;
    QTest::addRow("ratio above") << ratio << 90.0 << 100.0 << IndicatorStatus::Reached;
    QTest::addRow("ratio just under") << ratio << 90.0 << 89.9 << IndicatorStatus::NotReached;
    QTest::addRow("ratio rounding noise") << ratio << 90.0 << 89.9999999999 << IndicatorStatus::Reached;
    QTest::addRow("ratio zero") << ratio << 80.0 << 0.0 << IndicatorStatus::NotReached;
    QTest::addRow("ratio missing") << ratio << 90.0 << NoValue << IndicatorStatus::Missing;
    QTest::addRow("yes, target yes") << boolean << 1.0 << 1.0 << IndicatorStatus::Reached;
    QTest::addRow("no, target yes") << boolean << 1.0 << 0.0 << IndicatorStatus::NotReached;
    QTest::addRow("no, target no") << boolean << 0.0 << 0.0 << IndicatorStatus::Reached;
    QTest::addRow("yes, target no") << boolean << 0.0 << 1.0 << IndicatorStatus::NotReached;
    QTest::addRow("boolean missing") << boolean << 1.0 << NoValue << IndicatorStatus::Missing;
    QTest::addRow("count at target") << count << 3.0 << 3.0 << IndicatorStatus::Reached;
    QTest::addRow("count above") << count << 3.0 << 12.0 << IndicatorStatus::Reached;
    QTest::addRow("count under") << count << 3.0 << 2.0 << IndicatorStatus::NotReached;
    QTest::addRow("count, target zero") << count << 0.0 << 0.0 << IndicatorStatus::Reached;
    QTest::addRow("count missing") << count << 0.0 << NoValue << IndicatorStatus::Missing;
}

void TestPrerequisites::status()
{
    QFETCH(IndicatorValueType, type);
    QFETCH(double, target);
    QFETCH(double, value);
    QFETCH(IndicatorStatus, expected);
    const std::optional<double> given = std::isnan(value) ? std::nullopt : std::optional<double>(value);
    QCOMPARE(indicatorStatus(type, target, given), expected);
}

void TestPrerequisites::combined_data()
{
    using S = IndicatorStatus;
    QTest::addColumn<QList<IndicatorStatus>>("statuses");
    QTest::addColumn<IndicatorStatus>("expected");
    QTest::addRow("all reached") << QList<S>{S::Reached, S::Reached} << S::Reached;
    QTest::addRow("one missing") << QList<S>{S::Reached, S::Missing} << S::Missing;
    QTest::addRow("one not reached") << QList<S>{S::Reached, S::NotReached} << S::NotReached;
    QTest::addRow("not reached beats missing") << QList<S>{S::Missing, S::NotReached, S::Reached} << S::NotReached;
    QTest::addRow("all missing") << QList<S>{S::Missing, S::Missing} << S::Missing;
}

void TestPrerequisites::combined()
{
    QFETCH(QList<IndicatorStatus>, statuses);
    QFETCH(IndicatorStatus, expected);
    QCOMPARE(combinedStatus(statuses), expected);
}

void TestPrerequisites::validation_data()
{
    QTest::addColumn<IndicatorValueType>("type");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("accepted");
    const auto ratio = IndicatorValueType::Ratio;
    const auto boolean = IndicatorValueType::Boolean;
    const auto count = IndicatorValueType::Count;
    QTest::addRow("ratio 0") << ratio << 0.0 << true;
    QTest::addRow("ratio 100") << ratio << 100.0 << true;
    QTest::addRow("ratio 55.5") << ratio << 55.5 << true;
    QTest::addRow("ratio negative") << ratio << -0.1 << false;
    QTest::addRow("ratio over 100") << ratio << 100.1 << false;
    QTest::addRow("ratio as a fraction of 1 is fine, but 150 is not") << ratio << 150.0 << false;
    QTest::addRow("ratio NaN") << ratio << NoValue << false;
    QTest::addRow("ratio infinite") << ratio << std::numeric_limits<double>::infinity() << false;
    QTest::addRow("boolean 0") << boolean << 0.0 << true;
    QTest::addRow("boolean 1") << boolean << 1.0 << true;
    QTest::addRow("boolean 0.5") << boolean << 0.5 << false;
    QTest::addRow("boolean 2") << boolean << 2.0 << false;
    QTest::addRow("boolean -1") << boolean << -1.0 << false;
    QTest::addRow("count 0") << count << 0.0 << true;
    QTest::addRow("count 7") << count << 7.0 << true;
    QTest::addRow("count negative") << count << -1.0 << false;
    QTest::addRow("count fractional") << count << 2.5 << false;
}

void TestPrerequisites::validation()
{
    QFETCH(IndicatorValueType, type);
    QFETCH(double, value);
    QFETCH(bool, accepted);
    Result<void> result = validateIndicatorValue(QStringLiteral("P9.9"), type, value);
    QCOMPARE(result.ok(), accepted);
    if (!accepted) {
        QCOMPARE(result.error().code, QStringLiteral("prerequisite.invalid-value"));
        QVERIFY2(result.error().message.contains(QStringLiteral("P9.9")), qPrintable(result.error().message));
    }
}

void TestPrerequisites::programmePrerequisites()
{
    Result<QList<Prerequisite>> prerequisites = campaignPrerequisites(*m_db);
    QVERIFY(prerequisites);
    QStringList codes;
    int indicators = 0;
    for (const Prerequisite& p : prerequisites.value()) {
        codes.append(p.code);
        indicators += int(p.indicators.size());
        for (const PrerequisiteIndicator& i : p.indicators) {
            QVERIFY(i.code.startsWith(p.code + QLatin1Char('.')));
        }
    }
    QCOMPARE(codes,
             (QStringList{QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P3"), QStringLiteral("P4")}));
    QCOMPARE(indicators, 12);
    QCOMPARE(prerequisites->first().indicators.first().valueType, IndicatorValueType::Boolean);
    QCOMPARE(prerequisites->first().indicators.at(1).target, 90.0);
}

void TestPrerequisites::establishmentEligibility()
{
    const qint64 id = addEstablishment(*m_db, QStringLiteral("Centre hospitalier fictif de Fontclare"));
    Result<EstablishmentPrerequisites> result = establishmentPrerequisites(*m_db, id);
    QVERIFY(result);
    QVERIFY(!result->eligible);
    for (const PrerequisiteAssessment& p : result->prerequisites) {
        QCOMPARE(p.status, IndicatorStatus::Missing); // nothing filled in yet
    }

    const QList<std::pair<QString, double>> values = allReached();
    for (qsizetype i = 0; i < values.size(); ++i) {
        QVERIFY(setIndicatorValue(*m_db, id, values.at(i).first, {values.at(i).second, {}, {}}));
        result = establishmentPrerequisites(*m_db, id);
        QCOMPARE(result->eligible, i == values.size() - 1); // eligible with the last one only
    }
    QVERIFY(eligibilityTable(*m_db)->find(id)->eligible);

    // One ratio under its target: P1 not reached, the establishment no longer eligible.
    QVERIFY(setIndicatorValue(*m_db, id, QStringLiteral("P1.2"), {89.5, {}, {}}));
    result = establishmentPrerequisites(*m_db, id);
    QCOMPARE(result->prerequisites.at(0).status, IndicatorStatus::NotReached);
    QCOMPARE(result->prerequisites.at(0).indicators.at(1).status, IndicatorStatus::NotReached);
    QCOMPARE(result->prerequisites.at(1).status, IndicatorStatus::Reached);
    QVERIFY(!result->eligible);
    // A boolean answered no, another value removed: P2 not reached, P3 not filled in.
    QVERIFY(setIndicatorValue(*m_db, id, QStringLiteral("P1.2"), {92, {}, {}}));
    QVERIFY(setIndicatorValue(*m_db, id, QStringLiteral("P2.1"), {0, {}, {}}));
    QVERIFY(clearIndicatorValue(*m_db, id, QStringLiteral("P3.3")));
    result = establishmentPrerequisites(*m_db, id);
    QCOMPARE(result->prerequisites.at(0).status, IndicatorStatus::Reached);
    QCOMPARE(result->prerequisites.at(1).status, IndicatorStatus::NotReached);
    QCOMPARE(result->prerequisites.at(2).status, IndicatorStatus::Missing);
    QCOMPARE(result->prerequisites.at(2).indicators.at(2).value, std::nullopt);
    const Result<EligibilityTable> table = eligibilityTable(*m_db);
    QVERIFY(table);
    const EligibilityRow* row = table->find(id); // points into the table: kept alive above
    QVERIFY(row);
    QCOMPARE(row->prerequisites, (QList<IndicatorStatus>{IndicatorStatus::Reached, IndicatorStatus::NotReached,
                                                         IndicatorStatus::Missing, IndicatorStatus::Reached}));
    QCOMPARE(row->missingIndicators, 1);
    QCOMPARE(row->notReachedIndicators, 1);
    QVERIFY(!row->eligible);
}

void TestPrerequisites::valueRoundTripAndErrors()
{
    const qint64 id = addEstablishment(*m_db, QStringLiteral("Clinique fictive de Bellerive"));
    QVERIFY(setIndicatorValue(*m_db, id, QStringLiteral("P4.2"),
                              {85, QDate(2019, 5, 14), QStringLiteral("  Rapport d'audit SSI 2019 (fictif)  ")}));
    // A second value replaces the first.
    QVERIFY(setIndicatorValue(*m_db, id, QStringLiteral("P4.2"),
                              {87.5, QDate(2019, 6, 3), QStringLiteral("Rapport d'audit SSI 2019 (fictif)")}));
    QCOMPARE(
        scalar(*m_db, QStringLiteral("SELECT count(*) FROM indicator_value WHERE establishment_id = ?"), {id}).toInt(),
        1);
    const IndicatorAssessment a = establishmentPrerequisites(*m_db, id)->prerequisites.at(3).indicators.at(1);
    QCOMPARE(a.indicator.code, QStringLiteral("P4.2"));
    QCOMPARE(a.value, std::optional<double>(87.5));
    QCOMPARE(a.measuredOn, QDate(2019, 6, 3));
    QCOMPARE(a.evidence, QStringLiteral("Rapport d'audit SSI 2019 (fictif)"));
    QCOMPARE(a.status, IndicatorStatus::Reached);

    // Refused values write nothing.
    Result<void> refused = setIndicatorValue(*m_db, id, QStringLiteral("P4.2"), {120, {}, {}});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("prerequisite.invalid-value"));
    QVERIFY2(refused.error().message.contains(QStringLiteral("0 to 100")), qPrintable(refused.error().message));
    refused = setIndicatorValue(*m_db, id, QStringLiteral("P4.1"), {0.5, {}, {}});
    QCOMPARE(refused.error().code, QStringLiteral("prerequisite.invalid-value"));
    QCOMPARE(
        scalar(*m_db, QStringLiteral("SELECT value FROM indicator_value WHERE establishment_id = ?"), {id}).toDouble(),
        87.5);

    QCOMPARE(setIndicatorValue(*m_db, id, QStringLiteral("P9.1"), {1, {}, {}}).error().code,
             QStringLiteral("prerequisite.unknown-indicator"));
    QCOMPARE(setIndicatorValue(*m_db, 987654, QStringLiteral("P4.1"), {1, {}, {}}).error().code,
             QStringLiteral("prerequisite.unknown-establishment"));
    QCOMPARE(establishmentPrerequisites(*m_db, 987654).error().code,
             QStringLiteral("prerequisite.unknown-establishment"));
    QCOMPARE(establishmentIdByFiness(*m_db, QStringLiteral("000000000")).error().code,
             QStringLiteral("prerequisite.unknown-establishment"));
}

void TestPrerequisites::tableMatchesEachEstablishment()
{
    Result<EligibilityTable> table = eligibilityTable(*m_db);
    QVERIFY(table);
    QCOMPARE(table->rows.size(), scalar(*m_db, QStringLiteral("SELECT count(*) FROM establishment")).toInt());
    QCOMPARE(table->prerequisites.size(), 4);
    for (const EligibilityRow& row : table->rows) {
        Result<EstablishmentPrerequisites> one = establishmentPrerequisites(*m_db, row.establishmentId);
        QVERIFY(one);
        QCOMPARE(row.eligible, one->eligible);
        QCOMPARE(row.finess, one->finess);
        for (qsizetype i = 0; i < row.prerequisites.size(); ++i) {
            QCOMPARE(row.prerequisites.at(i), one->prerequisites.at(i).status);
        }
        QCOMPARE(table->find(row.establishmentId), &row);
    }
}

void TestPrerequisites::noCampaignNoPrerequisites()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("empty.palier")), {.create = true});
    QVERIFY(db);
    QCOMPARE(eligibilityTable(*db.value()).error().code, QStringLiteral("prerequisite.no-campaign"));
}

QTEST_GUILESS_MAIN(TestPrerequisites)
#include "tst_prerequisites.moc"
