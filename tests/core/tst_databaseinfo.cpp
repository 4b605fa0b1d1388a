// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Database.h"
#include "db/DatabaseInfo.h"
#include "db/DatabasePostgres.h"
#include "demo/DemoGenerator.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;

class TestDatabaseInfo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void emptyDatabaseHasNoCampaign();
    void summarizesDemo();
    void checkFindsBrokenForeignKeys();

private:
    QTemporaryDir m_dir;
};

void TestDatabaseInfo::emptyDatabaseHasNoCampaign()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("empty.palier")), {.create = true});
    QVERIFY(db);
    Result<DatabaseSummary> summary = summarizeDatabase(*db.value());
    QVERIFY(summary);
    QVERIFY(!summary->campaign);
    QCOMPARE(summary->schemaVersion, Database::currentSchemaVersion());
    QVERIFY(!summary->tables.isEmpty());
    for (const TableCount& t : summary->tables) {
        // Reference tables the schema fills itself; every other table starts empty.
        static const QStringList seededTables{QStringLiteral("legal_status"), QStringLiteral("candidature_state"),
                                              QStringLiteral("setting"), QStringLiteral("state_transition"),
                                              QStringLiteral("audit_context")};
        const bool seeded = seededTables.contains(t.table);
        QVERIFY2(seeded ? t.rows > 0 : t.rows == 0, qPrintable(t.table));
    }
}

void TestDatabaseInfo::summarizesDemo()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("demo.palier")), {.create = true});
    QVERIFY(db);
    Result<DemoSummary> demo = generateDemo(*db.value(), {});
    QVERIFY(demo);
    Result<DatabaseSummary> summary = summarizeDatabase(*db.value());
    QVERIFY(summary);
    QVERIFY(summary->campaign);
    QCOMPARE(summary->campaign->programmeCode, QStringLiteral("hopen-2019"));
    QHash<QString, qint64> counts;
    for (const TableCount& t : summary->tables) {
        counts.insert(t.table, t.rows);
    }
    QCOMPARE(counts.value(QStringLiteral("establishment")), demo->establishments);
    QCOMPARE(counts.value(QStringLiteral("candidature")), demo->candidatures);
    QCOMPARE(counts.value(QStringLiteral("region")), 18);

    Result<CheckReport> report = checkDatabase(*db.value());
    QVERIFY(report);
    QVERIFY(report->ok());
}

void TestDatabaseInfo::checkFindsBrokenForeignKeys()
{
    if (testsRunOnPostgres()) {
        QSKIP("SQLite only: PostgreSQL cannot switch its foreign keys off, so they cannot be broken");
    }
    auto db = Database::open(m_dir.filePath(QStringLiteral("broken.palier")), {.create = true});
    QVERIFY(db);
    QVERIFY(generateDemo(*db.value(), {}));
    // Another program, without foreign keys, deletes an establishment that has candidatures.
    QVERIFY(db.value()->exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    QVERIFY(db.value()->exec(QStringLiteral(
        "DELETE FROM establishment WHERE id = (SELECT establishment_id FROM candidature ORDER BY id LIMIT 1)")));
    Result<CheckReport> report = checkDatabase(*db.value());
    QVERIFY(report);
    QVERIFY(!report->ok());
    QVERIFY(report->integrityProblems.isEmpty());
    QVERIFY(!report->foreignKeyProblems.isEmpty());
    const bool namesCandidature =
        std::any_of(report->foreignKeyProblems.cbegin(), report->foreignKeyProblems.cend(),
                    [](const QString& problem) { return problem.startsWith(QLatin1String("table candidature,")); });
    QVERIFY2(namesCandidature, qPrintable(report->foreignKeyProblems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestDatabaseInfo)
#include "tst_databaseinfo.moc"
