// SPDX-License-Identifier: GPL-3.0-or-later
// Three regional demo files consolidated into one national view: every row there once, links kept, foreign keys
// valid, triggers back; and the files that must be refused.
#include "ReportTestSupport.h"

#include "campaign/Campaign.h"
#include "consolidation/Consolidation.h"
#include "report/ReportFigures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;

namespace {

QStringList tablesOf(const Database& db)
{
    QStringList tables;
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                              "AND name NOT LIKE 'audit_%' ORDER BY name"));
    while (query.next()) {
        tables.append(query.value(0).toString());
    }
    return tables;
}

/// Rows of `sql` as text lines, to compare content across files whatever the ids.
QMultiHash<QString, int> rowsOf(const Database& db, const QString& sql)
{
    QMultiHash<QString, int> rows;
    QSqlQuery query(db.connection());
    if (!query.exec(sql)) {
        qWarning() << sql;
    }
    while (query.next()) {
        QStringList cells;
        for (int i = 0; i < query.record().count(); ++i) {
            cells.append(query.value(i).toString());
        }
        rows.insert(cells.join(QLatin1Char('|')), 1);
    }
    return rows;
}

// Follow the links, not the ids: a file's candidature with its establishment and domain, a project with its
// candidature, a payment with its project, a preselection item with its run and candidature, a score with its
// evaluator.
const QStringList LinkedRows{
    QStringLiteral("SELECT e.finess_et, d.code, c.title, c.requested_cents, c.state FROM candidature c "
                   "JOIN establishment e ON e.id = c.establishment_id JOIN domain d ON d.id = c.domain_id"),
    QStringLiteral("SELECT e.finess_et, d.code, p.state, p.granted_cents FROM project p JOIN candidature c ON c.id = "
                   "p.candidature_id JOIN establishment e ON e.id = c.establishment_id JOIN domain d ON d.id = "
                   "c.domain_id"),
    QStringLiteral("SELECT e.finess_et, d.code, t.tranche, t.amount_cents, t.state, t.paid_on FROM payment t "
                   "JOIN project p ON p.id = t.project_id JOIN candidature c ON c.id = p.candidature_id "
                   "JOIN establishment e ON e.id = c.establishment_id JOIN domain d ON d.id = c.domain_id"),
    QStringLiteral("SELECT r.created_at, r.sealed_at, e.finess_et, d.code, i.decision, i.amount_cents FROM "
                   "preselection_item i JOIN preselection_run r ON r.id = i.run_id JOIN candidature c ON c.id = "
                   "i.candidature_id JOIN establishment e ON e.id = c.establishment_id JOIN domain d ON d.id = "
                   "c.domain_id"),
    QStringLiteral("SELECT e.finess_et, d.code, s.criterion_code, v.name, s.value FROM score s JOIN evaluator v ON "
                   "v.id = s.evaluator_id JOIN candidature c ON c.id = s.candidature_id JOIN establishment e ON e.id = "
                   "c.establishment_id JOIN domain d ON d.id = c.domain_id"),
    QStringLiteral("SELECT l.reference, e.finess_et, f.decision, f.amount_cents FROM letter_file f JOIN letter l ON "
                   "l.id = f.letter_id JOIN candidature c ON c.id = f.candidature_id JOIN establishment e ON e.id = "
                   "c.establishment_id"),
};

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestConsolidation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyRowIsCopiedOnce();
    void linksAreKept();
    void foreignKeysAndTriggersHold();
    void reportAddsUpTheRegions();
    void envelopeIsTheSumOfTheRegions();
    void folderListsItsFiles();
    void refusals_data();
    void refusals();
    void existingTargetIsKeptUnlessReplaced();

private:
    QString regional(const QString& name) const { return m_dir.filePath(QStringLiteral("regions/") + name); }

    QTemporaryDir m_dir;
    QStringList m_files;
    QString m_national;
    ConsolidationSummary m_summary;
};

void TestConsolidation::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("regions"))));
    const QList<std::pair<QString, quint32>> regions{
        {QStringLiteral("93"), 2019}, {QStringLiteral("84"), 11}, {QStringLiteral("11"), 12}};
    for (const auto& [region, seed] : regions) {
        const QString path = regional(QStringLiteral("region-%1.palier").arg(region));
        auto db = ReportTest::demoDatabase(path, region, seed);
        QVERIFY(db);
        QCOMPARE(ReportTest::addFixtureProjects(*db, 12), 12);
        m_files.append(path);
    }
    m_national = m_dir.filePath(QStringLiteral("national.palier"));
    Result<ConsolidationSummary> summary = consolidate(m_files, m_national);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message + summary.error().detail));
    m_summary = summary.value();
    QCOMPARE(m_summary.sources.size(), 3);
    QCOMPARE(m_summary.path, QFileInfo(m_national).absoluteFilePath());
    QVERIFY(m_summary.skippedTables.contains(QStringLiteral("audit_entry")));
    // Nothing but the national file in its folder: no temporary file left.
    QCOMPARE(filesIn(m_dir.path()), (QStringList{QStringLiteral("national.palier"), QStringLiteral("regions")}));
}

void TestConsolidation::everyRowIsCopiedOnce()
{
    auto national = Database::open(m_national, {.readOnly = true});
    QVERIFY(national);
    std::vector<std::unique_ptr<Database>> parts;
    for (const QString& file : std::as_const(m_files)) {
        auto part = Database::open(file, {.readOnly = true});
        QVERIFY(part);
        parts.push_back(std::move(part).value());
    }
    QHash<QString, ConsolidationTable> stats;
    for (const ConsolidationTable& table : std::as_const(m_summary.tables)) {
        stats.insert(table.table, table);
    }
    const QStringList tables = tablesOf(*national.value());
    QCOMPARE(QSet<QString>(tables.cbegin(), tables.cend()).size(), stats.size());
    for (const QString& table : tables) {
        QVERIFY2(stats.contains(table), qPrintable(table));
        qint64 sum = 0;
        for (const auto& part : std::as_const(parts)) {
            sum += ReportTest::scalar(*part, QStringLiteral("SELECT count(*) FROM %1").arg(table));
        }
        const ConsolidationTable& s = stats.value(table);
        const qint64 count =
            ReportTest::scalar(*national.value(), QStringLiteral("SELECT count(*) FROM %1").arg(table));
        // Rows copied, plus those the new national file already had from its migrations (legal statuses, states…).
        QVERIFY2(s.copied + s.merged + s.conflicts == sum, qPrintable(table));
        QVERIFY2(count >= s.copied, qPrintable(table));
    }
    // The regional data: the sum of the parts, nothing merged.
    for (const QString& table :
         {QStringLiteral("establishment"), QStringLiteral("candidature"), QStringLiteral("ght"),
          QStringLiteral("score"), QStringLiteral("project"), QStringLiteral("payment"),
          QStringLiteral("preselection_run"), QStringLiteral("preselection_item"), QStringLiteral("letter"),
          QStringLiteral("letter_file"), QStringLiteral("candidature_history"), QStringLiteral("indicator_value")}) {
        qint64 sum = 0;
        for (const auto& part : std::as_const(parts)) {
            sum += ReportTest::scalar(*part, QStringLiteral("SELECT count(*) FROM %1").arg(table));
        }
        QVERIFY2(sum > 0 || table == QLatin1String("indicator_value"), qPrintable(table));
        QCOMPARE(ReportTest::scalar(*national.value(), QStringLiteral("SELECT count(*) FROM %1").arg(table)), sum);
        QCOMPARE(stats.value(table).merged + stats.value(table).conflicts, 0);
    }
    // The shared reference data: once.
    for (const QString& table :
         {QStringLiteral("region"), QStringLiteral("department"), QStringLiteral("legal_status"),
          QStringLiteral("candidature_state"), QStringLiteral("state_transition"), QStringLiteral("programme"),
          QStringLiteral("domain"), QStringLiteral("indicator"), QStringLiteral("prerequisite")}) {
        QCOMPARE(ReportTest::scalar(*national.value(), QStringLiteral("SELECT count(*) FROM %1").arg(table)),
                 ReportTest::scalar(*parts.front(), QStringLiteral("SELECT count(*) FROM %1").arg(table)));
    }
    // The ids of a table are unique by construction (primary keys); those of the first file are kept as they were.
    QCOMPARE(ReportTest::scalar(*national.value(), QStringLiteral("SELECT min(id) FROM candidature")),
             ReportTest::scalar(*parts.front(), QStringLiteral("SELECT min(id) FROM candidature")));
    QCOMPARE(ReportTest::scalar(*national.value(), QStringLiteral("SELECT count(*) FROM audit_entry")), 0);

    Result<ConsolidationInfo> info = consolidationInfo(*national.value());
    QVERIFY(info);
    QVERIFY(info->consolidated);
    QCOMPARE(info->regions, (QStringList{QStringLiteral("93"), QStringLiteral("84"), QStringLiteral("11")}));
    QCOMPARE(info->files.size(), 3);
    Result<CampaignInfo> campaign = loadCampaign(*national.value());
    QVERIFY(campaign);
    QVERIFY2(campaign->name.contains(QStringLiteral("3")), qPrintable(campaign->name));
}

void TestConsolidation::linksAreKept()
{
    auto national = Database::open(m_national, {.readOnly = true});
    QVERIFY(national);
    for (const QString& sql : LinkedRows) {
        QMultiHash<QString, int> expected;
        for (const QString& file : std::as_const(m_files)) {
            auto part = Database::open(file, {.readOnly = true});
            QVERIFY(part);
            const QMultiHash<QString, int> rows = rowsOf(*part.value(), sql);
            for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
                expected.insert(it.key(), 1);
            }
        }
        const QMultiHash<QString, int> actual = rowsOf(*national.value(), sql);
        QVERIFY2(!expected.isEmpty(), qPrintable(sql));
        QCOMPARE(actual.size(), expected.size());
        QCOMPARE(QSet<QString>(actual.keyBegin(), actual.keyEnd()),
                 QSet<QString>(expected.keyBegin(), expected.keyEnd()));
    }
}

void TestConsolidation::foreignKeysAndTriggersHold()
{
    {
        auto national = Database::open(m_national, {.readOnly = true});
        QVERIFY(national);
        QSqlQuery query(national.value()->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY2(!query.next(), qPrintable(query.value(0).toString()));
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        // The same triggers as a regional file; every index but the one-current-sealed-version rule.
        auto part = Database::open(m_files.first(), {.readOnly = true});
        QVERIFY(part);
        const QString triggers = QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'");
        QCOMPARE(ReportTest::scalar(*national.value(), triggers), ReportTest::scalar(*part.value(), triggers));
        QVERIFY(ReportTest::scalar(*national.value(), triggers) > 20);
        const QString indexes =
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL");
        QCOMPARE(ReportTest::scalar(*national.value(), indexes),
                 ReportTest::scalar(*part.value(), indexes) - m_summary.indexesLeftOut.size());
        QCOMPARE(m_summary.indexesLeftOut, QStringList{QStringLiteral("preselection_run_current")});
    }
    // Copy of a copy, to try the triggers without touching the national file: a sealed run still refuses new items.
    const QString copy = m_dir.filePath(QStringLiteral("essai/copie.palier"));
    QVERIFY(QDir().mkpath(QFileInfo(copy).absolutePath()));
    QVERIFY(QFile::copy(m_national, copy));
    auto db = Database::open(copy, {});
    QVERIFY(db);
    QSqlQuery insert(db.value()->connection());
    QVERIFY(!insert.exec(QStringLiteral("INSERT INTO preselection_item (run_id, candidature_id, selected, decision, "
                                        "amount_cents) SELECT (SELECT max(id) FROM preselection_run WHERE sealed_at IS "
                                        "NOT NULL), max(id), 0, 'non_retenu', 0 FROM candidature")));
    QVERIFY(insert.lastError().text().contains(QStringLiteral("sealed")));
}

void TestConsolidation::reportAddsUpTheRegions()
{
    ReportRow sum;
    for (const QString& file : std::as_const(m_files)) {
        auto part = Database::open(file, {.readOnly = true});
        QVERIFY(part);
        Result<ReportFigures> figures = computeReportFigures(*part.value());
        QVERIFY(figures);
        sum.projects += figures->total.projects;
        sum.finished += figures->total.finished;
        sum.grantedCents += figures->total.grantedCents;
        sum.paidCents += figures->total.paidCents;
        sum.plannedCents += figures->total.plannedCents;
    }
    auto national = Database::open(m_national, {.readOnly = true});
    QVERIFY(national);
    Result<ReportFigures> figures = computeReportFigures(*national.value());
    QVERIFY(figures);
    QCOMPARE(figures->total.projects, sum.projects);
    QCOMPARE(figures->total.finished, sum.finished);
    QCOMPARE(figures->total.grantedCents, sum.grantedCents);
    QCOMPARE(figures->total.paidCents, sum.paidCents);
    QCOMPARE(figures->total.plannedCents, sum.plannedCents);
    QCOMPARE(figures->regions.size(), 3);
    QCOMPARE(figures->regions.first().code, QStringLiteral("11"));
}

void TestConsolidation::envelopeIsTheSumOfTheRegions()
{
    auto national = Database::open(m_national, {.readOnly = true});
    QVERIFY(national);
    qint64 total = 0;
    QHash<int, qint64> perYear;
    for (const QString& file : std::as_const(m_files)) {
        auto part = Database::open(file, {.readOnly = true});
        QVERIFY(part);
        total += ReportTest::scalar(*part.value(), QStringLiteral("SELECT envelope_cents FROM roadmap"));
        QSqlQuery years(part.value()->connection());
        QVERIFY(years.exec(QStringLiteral("SELECT year, envelope_cents FROM roadmap_envelope_year")));
        while (years.next()) {
            perYear[years.value(0).toInt()] += years.value(1).toLongLong();
        }
    }
    QVERIFY(total > 0);
    QCOMPARE(ReportTest::scalar(*national.value(), QStringLiteral("SELECT envelope_cents FROM roadmap")), total);
    QVERIFY(!perYear.isEmpty());
    for (auto it = perYear.cbegin(); it != perYear.cend(); ++it) {
        QCOMPARE(ReportTest::scalar(
                     *national.value(),
                     QStringLiteral("SELECT envelope_cents FROM roadmap_envelope_year WHERE year = %1").arg(it.key())),
                 it.value());
    }
}

void TestConsolidation::folderListsItsFiles()
{
    Result<QStringList> files = palierFilesIn(m_dir.filePath(QStringLiteral("regions")));
    QVERIFY(files);
    QCOMPARE(files.value(),
             (QStringList{regional(QStringLiteral("region-11.palier")), regional(QStringLiteral("region-84.palier")),
                          regional(QStringLiteral("region-93.palier"))}));
    const QString empty = m_dir.filePath(QStringLiteral("vide"));
    QVERIFY(QDir().mkpath(empty));
    QCOMPARE(palierFilesIn(empty).error().code, QStringLiteral("consolidation.no-file"));
    QCOMPARE(palierFilesIn(m_national).error().code, QStringLiteral("consolidation.no-folder"));
}

void TestConsolidation::refusals_data()
{
    QTest::addColumn<QString>("extra");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("named");
    const QString dir = QDir::tempPath();
    QTest::addRow("same region") << QStringLiteral("other-93") << QStringLiteral("consolidation.same-region")
                                 << QStringLiteral("other-93.palier");
    QTest::addRow("other programme") << QStringLiteral("sunes-24") << QStringLiteral("consolidation.programme")
                                     << QStringLiteral("sunes-24.palier");
    QTest::addRow("not a palier file") << QStringLiteral("text") << QStringLiteral("db.not-palier")
                                       << QStringLiteral("notes.palier");
    QTest::addRow("older schema") << QStringLiteral("v2") << QStringLiteral("consolidation.schema")
                                  << QStringLiteral("palier-v2.palier");
    QTest::addRow("national view") << QStringLiteral("national") << QStringLiteral("consolidation.national")
                                   << QStringLiteral("national.palier");
    QTest::addRow("no campaign") << QStringLiteral("empty") << QStringLiteral("consolidation.no-campaign")
                                 << QStringLiteral("empty.palier");
}

void TestConsolidation::refusals()
{
    QFETCH(QString, extra);
    QFETCH(QString, code);
    QFETCH(QString, named);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path;
    if (extra == QLatin1String("other-93")) {
        path = dir.filePath(QStringLiteral("other-93.palier"));
        QVERIFY(ReportTest::demoDatabase(path, QStringLiteral("93"), 5));
    } else if (extra == QLatin1String("sunes-24")) {
        path = dir.filePath(QStringLiteral("sunes-24.palier"));
        auto db = Database::open(path, {.create = true});
        QVERIFY(db);
        QVERIFY(createCampaign(*db.value(), QStringLiteral("24"), QStringLiteral("sun-es")));
    } else if (extra == QLatin1String("text")) {
        path = dir.filePath(QStringLiteral("notes.palier"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Ceci n'est pas une base Palier.\n");
    } else if (extra == QLatin1String("v2")) {
        path = dir.filePath(QStringLiteral("palier-v2.palier"));
        QVERIFY(QFile::copy(QStringLiteral(PALIER_TEST_DATA_DIR "/palier-v2.palier"), path));
    } else if (extra == QLatin1String("national")) {
        path = m_national;
    } else {
        path = dir.filePath(QStringLiteral("empty.palier"));
        QVERIFY(Database::open(path, {.create = true}));
    }
    const QByteArray before = [&path] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    const QString target = dir.filePath(QStringLiteral("out/national.palier"));
    Result<ConsolidationSummary> refused = consolidate({m_files.at(1), m_files.at(0), path}, target);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, code);
    QVERIFY2(refused.error().message.contains(named), qPrintable(refused.error().message));
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(!QFileInfo::exists(QFileInfo(target).absolutePath()) ||
            filesIn(QFileInfo(target).absolutePath()).isEmpty());
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before); // the refused file is left as it was
}

void TestConsolidation::existingTargetIsKeptUnlessReplaced()
{
    const QString target = m_dir.filePath(QStringLiteral("deux.palier"));
    QFile file(target);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("ancien");
    file.close();
    Result<ConsolidationSummary> refused = consolidate(m_files.mid(0, 2), target);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("consolidation.exists"));
    QCOMPARE(QFileInfo(target).size(), 6);
    Result<ConsolidationSummary> replaced = consolidate(m_files.mid(0, 2), target, {.replace = true});
    QVERIFY2(replaced, qPrintable(replaced ? QString() : replaced.error().message));
    auto db = Database::open(target, {.readOnly = true});
    QVERIFY(db);
    QCOMPARE(ReportTest::scalar(*db.value(), QStringLiteral("SELECT count(DISTINCT region_code) FROM ght")), 2);
    // A source given as the target is refused before anything is read.
    QCOMPARE(consolidate(m_files, m_files.first(), {.replace = true}).error().code,
             QStringLiteral("consolidation.target-is-source"));
}

QTEST_GUILESS_MAIN(TestConsolidation)
#include "tst_consolidation.moc"
