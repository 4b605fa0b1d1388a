// SPDX-License-Identifier: GPL-3.0-or-later
// Runs in the database: the demo's roadmap and sealed version, saving and sealing a new version, the triggers that
// freeze sealed versions, the readiness check, and the DGOS file read back.
#include "../scoring/ScoringTestSupport.h"
#include "db/Database.h"
#include "demo/DemoGenerator.h"
#include "io/CsvWriter.h"
#include "selection/Candidates.h"
#include "selection/DgosExport.h"
#include "selection/Funding.h"
#include "selection/Roadmap.h"
#include "selection/RunStore.h"
#include "selection/Selection.h"

#include <QFile>
#include <QLocale>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;

namespace {

bool exec(const Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql);
}

/// Whether the database refuses `sql`. Run inside a savepoint rolled back on refusal: PostgreSQL aborts the whole
/// transaction on an error, SQLite only the statement.
bool refused(const Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SAVEPOINT expected_refusal"))) {
        return false;
    }
    const bool ok = query.exec(sql);
    if (!ok) {
        query.exec(QStringLiteral("ROLLBACK TO SAVEPOINT expected_refusal"));
    }
    query.exec(QStringLiteral("RELEASE SAVEPOINT expected_refusal"));
    return !ok;
}

qint64 scalar(const Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

class TestSelectionStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void grantedAmountRules();
    void roadmapRoundTrip();
    void demoHasRoadmapAndSealedVersion();
    void sealedVersionsRefuseChanges();
    void readinessBlocksBrokenEnvelope();
    void neutralisesFormulas_data();
    void neutralisesFormulas();
    void saveSealAndExport();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestSelectionStore::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QVERIFY(m_dir.isValid());
    auto db = Database::open(m_dir.filePath(QStringLiteral("demo.palier")), {.create = true});
    QVERIFY(db);
    m_db = std::move(db).value();
    const Result<DemoSummary> demo = generateDemo(*m_db, {});
    QVERIFY2(demo, qPrintable(demo.error().message + demo.error().detail));
}

void TestSelectionStore::grantedAmountRules()
{
    FundingRules rules;
    rules.forfaitMinCents = 4000000;
    rules.forfaitMaxCents = 70000000;
    rules.seedSharePercent = 20;
    rules.selectionYear = 2019;
    rules.lastYear = 2023;
    rules.grid.insert({QStringLiteral("M"), QStringLiteral("D2")}, 25000000);
    QCOMPARE(grantedAmount(rules, QStringLiteral("M"), QStringLiteral("D2"), 1000, std::nullopt), 25000000);
    QCOMPARE(grantedAmount(rules, QStringLiteral("M"), QStringLiteral("D6"), 1000, std::nullopt), 4000000);
    QCOMPARE(grantedAmount(rules, QString(), QStringLiteral("D2"), 90000000, std::nullopt), 70000000);
    QCOMPARE(grantedAmount(rules, QString(), QStringLiteral("D2"), 12345600, std::nullopt), 12345600);
    QCOMPARE(grantedAmount(rules, QStringLiteral("M"), QStringLiteral("D2"), 1000, 777), 777); // override wins
    const PaymentPlan plan = paymentPlan(rules, 10000001, QDate(2021, 6, 30));
    QCOMPARE(plan.seedYear, 2019);
    QCOMPARE(plan.seedCents + plan.usageCents, 10000001);
    QCOMPARE(plan.seedCents, 2000000);
    QCOMPARE(plan.usageYear, 2021);
    QCOMPARE(paymentPlan(rules, 100, QDate()).usageYear, 2020);
    QCOMPARE(paymentPlan(rules, 100, QDate(2030, 1, 1)).usageYear, 2023);
}

void TestSelectionStore::roadmapRoundTrip()
{
    QTemporaryDir dir;
    auto db = ScoringTest::campaignDatabase(dir.filePath(QStringLiteral("r.palier")));
    QVERIFY(db);
    Roadmap roadmap;
    roadmap.correspondent = QStringLiteral("Correspondant fictif");
    roadmap.strategyHtml = QStringLiteral("<p>Stratégie</p>");
    roadmap.envelopeCents = 100000000;
    roadmap.envelopePerYear = {{2019, 30000000}, {2020, 80000000}};
    roadmap.axes = {{QStringLiteral("Axe 1"), QStringLiteral("Texte"), {QStringLiteral("D2"), QStringLiteral("D6")}}};
    roadmap.shares = {{QuotaKind::Domain, QStringLiteral("D2"), true, 50, 10, 60, 2},
                      {QuotaKind::Status, QStringLiteral("public"), false, std::nullopt, std::nullopt, 40000000, 1}};
    QVERIFY(saveRoadmap(*db, roadmap));
    const Result<Roadmap> back = loadRoadmap(*db);
    QVERIFY(back);
    QCOMPARE(back->correspondent, roadmap.correspondent);
    QCOMPARE(back->envelopePerYear, roadmap.envelopePerYear);
    QCOMPARE(back->axes.size(), 1);
    QCOMPARE(back->axes.at(0).domains, (QStringList{QStringLiteral("D2"), QStringLiteral("D6")}));
    QCOMPARE(back->shares.size(), 2);
    const SelectionParameters p = parametersFromRoadmap(back.value(), SelectionMethod::Optimal);
    QCOMPARE(p.envelopeCents, 100000000);
    QCOMPARE(p.quotas.size(), 2);
    QCOMPARE(p.quotas.at(0).key(), QStringLiteral("D2"));
    QCOMPARE(*p.quotas.at(0).minCents, 10000000); // 10 % of the envelope
    QCOMPARE(*p.quotas.at(0).maxCents, 60000000);
    QCOMPARE(*p.quotas.at(1).maxCents, 40000000); // cents as given
    QCOMPARE(p.domainWeights.value(QStringLiteral("D2")), 2.0);
    // Parameters survive their JSON form.
    const SelectionParameters again = parametersFromJson(parametersToJson(p));
    QCOMPARE(again.envelopePerYear, p.envelopePerYear);
    QCOMPARE(again.quotas.at(1).key(), QStringLiteral("status:public"));
    QCOMPARE(*again.quotas.at(1).maxCents, 40000000);
    // The DGOS deadline comes from the programme's milestone.
    QCOMPARE(dgosDeadline(*db).value(), QDate(2019, 8, 30));
}

void TestSelectionStore::demoHasRoadmapAndSealedVersion()
{
    const Result<Roadmap> roadmap = loadRoadmap(*m_db);
    QVERIFY(roadmap);
    QCOMPARE(roadmap->axes.size(), 3);
    QVERIFY(roadmap->envelopeCents > 0);
    const Result<QList<RunSummary>> runs = listRuns(*m_db);
    QVERIFY(runs);
    QVERIFY(runs->size() >= 2);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM preselection_run WHERE sealed_at IS NOT NULL AND "
                                          "superseded_by IS NULL")),
             1);
    // Every file of the sealed version went to the state of its decision (the letters move them on), and the
    // envelope holds.
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM preselection_item i JOIN preselection_run r ON "
                                          "r.id = i.run_id JOIN candidature c ON c.id = i.candidature_id WHERE "
                                          "r.sealed_at IS NOT NULL AND c.state <> i.decision AND NOT EXISTS "
                                          "(SELECT 1 FROM candidature_history h WHERE h.candidature_id = c.id AND "
                                          "h.to_state = i.decision)")),
             0);
    QVERIFY(scalar(*m_db, QStringLiteral("SELECT count(*) FROM preselection_item i JOIN preselection_run r ON "
                                         "r.id = i.run_id WHERE r.sealed_at IS NOT NULL AND i.selected = 1")) > 0);
    for (const RunSummary& run : runs.value()) {
        QVERIFY(run.totalCents <= run.parameters.envelopeCents);
        QVERIFY(run.totalCents > 0);
    }
}

void TestSelectionStore::sealedVersionsRefuseChanges()
{
    const qint64 sealed = scalar(*m_db, QStringLiteral("SELECT id FROM preselection_run WHERE sealed_at IS NOT NULL"));
    QVERIFY(sealed > 0);
    QVERIFY(m_db->beginTransaction());
    const QString id = QString::number(sealed);
    QVERIFY(refused(*m_db, QStringLiteral("UPDATE preselection_run SET total_cents = 1 WHERE id = ") + id));
    QVERIFY(refused(*m_db, QStringLiteral("UPDATE preselection_run SET sealed_at = NULL WHERE id = ") + id));
    QVERIFY(refused(*m_db, QStringLiteral("DELETE FROM preselection_run WHERE id = ") + id));
    QVERIFY(refused(*m_db, QStringLiteral("UPDATE preselection_item SET amount_cents = 1 WHERE run_id = ") + id));
    QVERIFY(refused(*m_db, QStringLiteral("DELETE FROM preselection_item WHERE run_id = ") + id));
    QVERIFY(refused(*m_db, QStringLiteral("INSERT INTO preselection_item (run_id, candidature_id, selected, decision, "
                                          "amount_cents) SELECT %1, min(id), 0, 'non_retenu', 0 FROM candidature "
                                          "WHERE id NOT IN (SELECT candidature_id FROM preselection_item WHERE "
                                          "run_id = %1)")
                               .arg(id)));
    // Superseding is the one change allowed, once.
    const qint64 draft = scalar(*m_db, QStringLiteral("SELECT min(id) FROM preselection_run WHERE sealed_at IS NULL"));
    QVERIFY(draft > 0);
    QVERIFY(
        exec(*m_db, QStringLiteral("UPDATE preselection_run SET superseded_by = %1 WHERE id = %2").arg(draft).arg(id)));
    QVERIFY(refused(*m_db, QStringLiteral("UPDATE preselection_run SET superseded_by = NULL WHERE id = ") + id));
    // Drafts may change and go.
    QVERIFY(exec(*m_db, QStringLiteral("UPDATE preselection_item SET reason = 'x' WHERE run_id = %1").arg(draft)));
    m_db->rollback();
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT superseded_by IS NULL FROM preselection_run WHERE id = ") + id), 1);
}

void TestSelectionStore::readinessBlocksBrokenEnvelope()
{
    Result<QList<SelectionCandidate>> candidates = loadCandidates(*m_db);
    QVERIFY(candidates);
    QVERIFY(!candidates->isEmpty());
    SelectionParameters p;
    p.envelopeCents = 1; // every selection breaks it
    SelectionResult forced = rankFill(candidates.value(), SelectionParameters{.envelopeCents = 1LL << 50});
    QVERIFY(forced.totalCents > 1);
    QVERIFY(m_db->beginTransaction());
    const Result<qint64> run = insertRun(*m_db, p, forced, QStringLiteral("test"), {});
    QVERIFY(run);
    const Result<Readiness> readiness = checkReadiness(*m_db, run.value(), QDate(2019, 8, 1));
    QVERIFY(readiness);
    QVERIFY(readiness->blocked());
    QCOMPARE(readiness->deadline, QDate(2019, 8, 30));
    QCOMPARE(readiness->daysLeft, 29);
    m_db->rollback();
    // The sealed version is blocked too: it cannot be sealed twice.
    const qint64 sealed = scalar(*m_db, QStringLiteral("SELECT id FROM preselection_run WHERE sealed_at IS NOT NULL"));
    QVERIFY(checkReadiness(*m_db, sealed, QDate(2019, 8, 1))->blocked());
}

void TestSelectionStore::neutralisesFormulas_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addRow("equals") << "=1+2"
                            << "'=1+2";
    QTest::addRow("plus") << "+33 1"
                          << "'+33 1";
    QTest::addRow("minus") << "-2"
                           << "'-2";
    QTest::addRow("at") << "@SUM(A1)"
                        << "'@SUM(A1)";
    QTest::addRow("tab") << "\t=1"
                         << "'\t=1";
    QTest::addRow("carriage return") << "\r=1"
                                     << "'\r=1";
    QTest::addRow("plain") << "CH fictif"
                           << "CH fictif";
    QTest::addRow("inside") << "a=b"
                            << "a=b";
    QTest::addRow("empty") << ""
                           << "";
}

void TestSelectionStore::neutralisesFormulas()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Csv::neutraliseFormula(text), expected);
}

void TestSelectionStore::saveSealAndExport()
{
    const qint64 previous =
        scalar(*m_db, QStringLiteral("SELECT id FROM preselection_run WHERE sealed_at IS NOT NULL"));
    // A hostile name must come out inert.
    QVERIFY(exec(*m_db, QStringLiteral("UPDATE establishment SET name = '=HYPERLINK(\"http://x\")' WHERE id = "
                                       "(SELECT establishment_id FROM candidature WHERE state IN ('instruit', "
                                       "'preselectionne', 'liste_attente') ORDER BY id LIMIT 1)")));
    Result<Roadmap> roadmap = loadRoadmap(*m_db);
    QVERIFY(roadmap);
    SelectionParameters p = parametersFromRoadmap(roadmap.value(), SelectionMethod::Optimal);
    p.quotas.clear(); // the sealed version's files are no longer all instruit: keep the test about sealing
    Result<QList<SelectionCandidate>> candidates = loadCandidates(*m_db);
    QVERIFY(candidates);
    const SelectionResult result = optimise(candidates.value(), p);
    QCOMPARE(result.solverStatus, QStringLiteral("optimal"));
    const Result<qint64> run = saveRun(*m_db, p, result, QStringLiteral("test"));
    QVERIFY(run);
    const Result<Readiness> readiness = checkReadiness(*m_db, run.value(), QDate(2019, 8, 1));
    QVERIFY(readiness);
    for (const ReadinessIssue& issue : readiness->issues) {
        QVERIFY2(!issue.blocking, qPrintable(issue.message));
    }
    QVERIFY(!readiness->blocked());
    const QString xlsx = m_dir.filePath(QStringLiteral("dgos.xlsx"));
    const Result<SealReport> report = sealAndExport(*m_db, run.value(), xlsx, QStringLiteral("test"));
    QVERIFY2(report, qPrintable(report.error().message + report.error().detail));
    QCOMPARE(report->rows, result.items.size());
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT superseded_by FROM preselection_run WHERE id = %1").arg(previous)),
             run.value());
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM preselection_run WHERE sealed_at IS NOT NULL AND "
                                          "superseded_by IS NULL")),
             1);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM preselection_item i JOIN candidature c ON c.id = "
                                          "i.candidature_id WHERE i.run_id = %1 AND c.state <> i.decision")
                               .arg(run.value())),
             0);
    QCOMPARE(report->sha256.size(), 64);

    // The XLSX read back matches the run row for row.
    const Result<QList<RunRow>> rows = loadRunRows(*m_db, run.value());
    QVERIFY(rows);
    const ScoringTest::ExportTable sheet = ScoringTest::readExport(xlsx, QStringLiteral("Présélection"));
    QCOMPARE(sheet.header, dgosColumns());
    QCOMPARE(sheet.rows.size(), rows->size());
    qint64 granted = 0;
    bool sawHostile = false;
    for (int n = 0; n < rows->size(); ++n) {
        const RunRow& r = rows->at(n);
        const QStringList& cells = sheet.rows.at(n);
        QCOMPARE(cells.value(0), QString::number(run.value()));
        QCOMPARE(cells.value(2), r.finess);
        QCOMPARE(cells.value(8), r.domainCode);
        QCOMPARE(qRound64(cells.value(14).toDouble() * 100), r.item.selected ? r.item.amountCents : 0);
        QCOMPARE(cells.value(12), r.item.selected ? QStringLiteral("Présélectionné")
                                                  : (r.item.decision == QLatin1String("liste_attente")
                                                         ? QStringLiteral("Liste d'attente")
                                                         : QStringLiteral("Non retenu")));
        granted += qRound64(cells.value(14).toDouble() * 100);
        if (cells.value(4).contains(QLatin1String("HYPERLINK"))) {
            QVERIFY(cells.value(4).startsWith(QLatin1String("'=")));
            sawHostile = true;
        }
    }
    QVERIFY(sawHostile);
    QCOMPARE(granted, result.totalCents);
    QVERIFY(granted <= p.envelopeCents);
    const ScoringTest::ExportTable totals = ScoringTest::readExport(xlsx, QStringLiteral("Totaux"));
    QVERIFY(!totals.rows.isEmpty());
    QCOMPARE(totals.rows.last().value(0), QStringLiteral("Total"));
    QCOMPARE(qRound64(totals.rows.last().value(3).toDouble() * 100), result.totalCents);

    // The CSV: BOM, semicolons, same rows, formulas neutralised.
    QFile csv(report->csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), dgosColumns().join(QLatin1Char(';')));
    QCOMPARE(lines.size(), rows->size() + 1);
    QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral(";\"'=HYPERLINK(\"\"http://x\"\")\";")));

    // Sealed now: a second seal is refused and writes nothing.
    QFile::remove(xlsx);
    QVERIFY(!sealAndExport(*m_db, run.value(), xlsx, QStringLiteral("test")));
    QVERIFY(!QFile::exists(xlsx));
}

QTEST_GUILESS_MAIN(TestSelectionStore)
#include "tst_selectionstore.moc"
