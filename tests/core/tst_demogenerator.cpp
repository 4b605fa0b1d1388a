// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/Campaign.h"
#include "db/Database.h"
#include "db/DatabasePostgres.h"
#include "demo/DemoGenerator.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;

namespace {

/// Luhn written again here, independently of the core, so that a bug there cannot hide itself.
bool independentFinessCheck(QString finess)
{
    if (finess.size() != 9) {
        return false;
    }
    finess.replace(QLatin1String("2A"), QLatin1String("21")).replace(QLatin1String("2B"), QLatin1String("22"));
    int sum = 0;
    for (int i = 0; i < 9; ++i) {
        const int digit = finess.at(8 - i).digitValue();
        if (digit < 0) {
            return false;
        }
        const int weighted = i % 2 == 1 ? digit * 2 : digit;
        sum += weighted > 9 ? weighted - 9 : weighted;
    }
    return sum % 10 == 0;
}

QList<QVariantList> rows(const Database& db, const QString& sql)
{
    QList<QVariantList> result;
    QSqlQuery query(db.connection());
    if (!query.exec(sql)) {
        return result;
    }
    while (query.next()) {
        QVariantList row;
        for (int i = 0; i < query.record().count(); ++i) {
            row.append(query.value(i));
        }
        result.append(row);
    }
    return result;
}

QByteArray fingerprint(const Database& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* sql : {"SELECT * FROM establishment ORDER BY id", "SELECT * FROM candidature ORDER BY id",
                            "SELECT * FROM ght ORDER BY code"}) {
        for (const QVariantList& row : rows(db, QLatin1String(sql))) {
            for (const QVariant& v : row) {
                hash.addData(v.toString().toUtf8());
                hash.addData("|");
            }
        }
    }
    return hash.result();
}

std::unique_ptr<Database> demoDatabase(const QString& path, const DemoOptions& options, DemoSummary* summary)
{
    auto db = Database::open(path, {.create = true});
    if (!db) {
        return nullptr;
    }
    Result<DemoSummary> generated = generateDemo(*db.value(), options);
    if (!generated) {
        qWarning() << generated.error().message << generated.error().detail;
        return nullptr;
    }
    *summary = generated.value();
    return std::move(db.value());
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void regionalDemo();
    void sameSeedSameDatabase();
    void nationalScale();
    void refusesNonEmptyDatabase();

private:
    QTemporaryDir m_dir;
};

void TestDemoGenerator::regionalDemo()
{
    DemoSummary summary;
    auto db = demoDatabase(m_dir.filePath(QStringLiteral("region.palier")), {}, &summary);
    QVERIFY(db);
    QVERIFY2(summary.establishments >= 100 && summary.establishments <= 120,
             qPrintable(QString::number(summary.establishments)));
    QVERIFY2(summary.candidatures >= 120 && summary.candidatures <= 140,
             qPrintable(QString::number(summary.candidatures)));
    QCOMPARE(loadCampaign(*db)->regionCode, QStringLiteral("93"));

    const auto establishments =
        rows(*db, QStringLiteral("SELECT e.finess_et, e.finess_ej, e.name, d.region_code, e.legal_status "
                                 "FROM establishment e JOIN department d ON d.code = e.department_code"));
    QCOMPARE(establishments.size(), summary.establishments);
    QHash<QString, int> byStatus;
    for (const QVariantList& e : establishments) {
        QVERIFY2(independentFinessCheck(e.at(0).toString()), qPrintable(e.at(0).toString()));
        QVERIFY2(independentFinessCheck(e.at(1).toString()), qPrintable(e.at(1).toString()));
        QVERIFY2(e.at(2).toString().contains(QLatin1String("fictif")) ||
                     e.at(2).toString().contains(QLatin1String("fictive")),
                 qPrintable(e.at(2).toString()));
        QCOMPARE(e.at(3).toString(), QStringLiteral("93"));
        ++byStatus[e.at(4).toString()];
    }
    // National shares: 47 % public, 30 % private for-profit, 22 % private non-profit.
    QVERIFY(byStatus.value(QStringLiteral("public")) > byStatus.value(QStringLiteral("prive_lucratif")));
    QVERIFY(byStatus.value(QStringLiteral("prive_lucratif")) > 0);
    QVERIFY(byStatus.value(QStringLiteral("prive_non_lucratif")) > 0);

    // Every candidature is one establishment × one domain, for a plausible amount, with a fictitious title.
    const auto candidatures = rows(*db, QStringLiteral("SELECT c.title, c.requested_cents, d.code FROM candidature c "
                                                       "JOIN domain d ON d.id = c.domain_id"));
    QCOMPARE(candidatures.size(), summary.candidatures);
    QHash<QString, int> byDomain;
    for (const QVariantList& c : candidatures) {
        QVERIFY(c.at(0).toString().contains(QLatin1String("fictif")));
        QVERIFY(c.at(1).toLongLong() >= 40'000'00 && c.at(1).toLongLong() <= 700'000'00);
        ++byDomain[c.at(2).toString()];
    }
    // D2 is the domain most applied for nationally (25 %), then D6 (19 %).
    for (const QString& domain : byDomain.keys()) {
        QVERIFY2(byDomain.value(QStringLiteral("D2")) >= byDomain.value(domain), qPrintable(domain));
    }
    QCOMPARE(byDomain.size(), 7);
}

void TestDemoGenerator::sameSeedSameDatabase()
{
    DemoSummary a;
    DemoSummary b;
    DemoSummary c;
    auto first = demoDatabase(m_dir.filePath(QStringLiteral("seed-a.palier")), {.seed = 7}, &a);
    auto second = demoDatabase(m_dir.filePath(QStringLiteral("seed-b.palier")), {.seed = 7}, &b);
    auto other = demoDatabase(m_dir.filePath(QStringLiteral("seed-c.palier")), {.seed = 8}, &c);
    QVERIFY(first && second && other);
    QCOMPARE(fingerprint(*first), fingerprint(*second));
    QVERIFY(fingerprint(*first) != fingerprint(*other));
}

void TestDemoGenerator::nationalScale()
{
    if (testsRunOnPostgres()) {
        QSKIP("national volume: one commit of tens of thousands of audited rows, too slow for the PostgreSQL stage");
    }
    DemoSummary summary;
    auto db = demoDatabase(m_dir.filePath(QStringLiteral("national.palier")), {.scale = DemoScale::National}, &summary);
    QVERIFY(db);
    QCOMPARE(summary.establishments, 3000);
    QCOMPARE(summary.candidatures, 6589);
    const auto regions = rows(*db, QStringLiteral("SELECT DISTINCT d.region_code FROM establishment e "
                                                  "JOIN department d ON d.code = e.department_code"));
    QCOMPARE(regions.size(), 18);
    const auto invalid = rows(*db, QStringLiteral("SELECT finess_et FROM establishment"));
    for (const QVariantList& e : invalid) {
        QVERIFY2(independentFinessCheck(e.at(0).toString()), qPrintable(e.at(0).toString()));
    }
}

void TestDemoGenerator::refusesNonEmptyDatabase()
{
    DemoSummary summary;
    const QString path = m_dir.filePath(QStringLiteral("twice.palier"));
    QVERIFY(demoDatabase(path, {}, &summary));
    auto db = Database::open(path, {});
    QVERIFY(db);
    Result<DemoSummary> again = generateDemo(*db.value(), {});
    QVERIFY(!again);
    QCOMPARE(again.error().code, QStringLiteral("demo.not-empty"));
    QCOMPARE(rows(*db.value(), QStringLiteral("SELECT id FROM establishment")).size(), summary.establishments);
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
