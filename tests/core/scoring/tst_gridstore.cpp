// SPDX-License-Identifier: GPL-3.0-or-later
// Scoring grids in the database: the defaults stored with the campaign, new versions, validation, settings.
#include "ScoringTestSupport.h"

#include "programme/ProgrammeDefinition.h"
#include "scoring/GridStore.h"
#include "scoring/Ranking.h"
#include "scoring/ScoreStore.h"
#include "scoring/Settings.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace Palier;
using namespace ScoringTest;

class TestGridStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultGridsStoredWithTheCampaign_data();
    void defaultGridsStoredWithTheCampaign();
    void invalidGridRefused_data();
    void invalidGridRefused();
    void newVersionKeepsOldScores();
    void unchangedGridIsNotANewVersion();
    void scaleChangeMustFitTheScores();
    void unknownDomain();
    void missingGridsAreCreated();
    void upgradedVersion2FileGetsItsGrids();
    void settingsRoundTrip();

private:
    std::unique_ptr<Database> database(const QString& programme = QStringLiteral("hopen-2019"));

    QTemporaryDir m_dir;
    int m_count = 0;
};

std::unique_ptr<Database> TestGridStore::database(const QString& programme)
{
    return campaignDatabase(m_dir.filePath(QStringLiteral("grid-%1.palier").arg(++m_count)), programme);
}

void TestGridStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestGridStore::defaultGridsStoredWithTheCampaign_data()
{
    QTest::addColumn<QString>("programme");
    QTest::addColumn<QStringList>("domains");
    QTest::addRow("hopen-2019") << QStringLiteral("hopen-2019")
                                << QStringList{"D1", "D2", "D3", "D4", "D5", "D6", "D7"};
    QTest::addRow("sun-es") << QStringLiteral("sun-es") << QStringList{"D1", "D2", "D3"};
}

void TestGridStore::defaultGridsStoredWithTheCampaign()
{
    QFETCH(QString, programme);
    QFETCH(QStringList, domains);
    const auto db = database(programme);
    QVERIFY(db);
    const Result<ProgrammeDefinition> def = loadShippedProgramme(programme);
    QVERIFY(def);
    const Result<QList<ScoringGrid>> grids = loadCurrentGrids(*db);
    QVERIFY2(grids, qPrintable(grids.error().message));
    QCOMPARE(grids->size(), domains.size());
    for (qsizetype i = 0; i < domains.size(); ++i) {
        const ScoringGrid& grid = grids->at(i);
        QCOMPARE(grid.domainCode, domains.at(i));
        QCOMPARE(grid.domainLabel, def->domains.at(i).label);
        QCOMPARE(grid.version, 1);
        QCOMPARE(grid.author, QStringLiteral("Palier"));
        QVERIFY(grid.note.contains(programme));
        QVERIFY(grid.createdAt.isValid());
        QCOMPARE(grid.criteria, def->scoringCriteria); // labels, weights, scales and every descriptor
    }
}

void TestGridStore::invalidGridRefused_data()
{
    QTest::addColumn<int>("criterion"); // the criterion spoilt, or -1 for all of them
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("fragment");

    QTest::addRow("weights add up to zero") << -1 << "weight"
                                            << "0"
                                            << "the weights add up to 0";
    QTest::addRow("negative weight") << 2 << "weight"
                                     << "-1"
                                     << "criterion 3 (FAISABILITE): a weight is a number";
    QTest::addRow("scale max equal to min") << 0 << "scaleMax"
                                            << "0"
                                            << "the highest level (0) must be above";
    QTest::addRow("scale max below min") << 1 << "scaleMax"
                                         << "-2"
                                         << "criterion 2 (ECART): the highest level (-2)";
    QTest::addRow("duplicate code") << 4 << "code"
                                    << "AXES"
                                    << "\"AXES\" is already the code of criterion 1";
    QTest::addRow("blank code") << 4 << "code"
                                << " "
                                << "criterion 5 (—): must not be empty";
    QTest::addRow("code with a space") << 5 << "code"
                                       << "CO UT"
                                       << "a criterion code is one word";
    QTest::addRow("blank label") << 3 << "label"
                                 << ""
                                 << "criterion 4 (EDITEUR): must not be empty";
    QTest::addRow("descriptor missing") << 0 << "levels"
                                        << "4"
                                        << "expected 5 descriptors";
    QTest::addRow("blank descriptor") << 1 << "levels"
                                      << "blank"
                                      << "the descriptor of level 0 must not be empty";
    QTest::addRow("too many levels") << 2 << "scaleMax"
                                     << "40"
                                     << "at most 21 levels";
    QTest::addRow("no criterion") << -1 << "none"
                                  << ""
                                  << "expected at least one criterion";
}

void TestGridStore::invalidGridRefused()
{
    QFETCH(int, criterion);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, fragment);
    const auto db = database();
    QVERIFY(db);
    Result<ScoringGrid> grid = loadCurrentGrid(*db, QStringLiteral("D2"));
    QVERIFY(grid);
    QList<Criterion> criteria = grid->criteria;
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        if (criterion >= 0 && i != criterion) {
            continue;
        }
        Criterion& c = criteria[i];
        if (field == QLatin1String("weight")) {
            c.weight = value.toDouble();
        } else if (field == QLatin1String("scaleMax")) {
            c.scaleMax = value.toInt();
        } else if (field == QLatin1String("code")) {
            c.code = value;
        } else if (field == QLatin1String("label")) {
            c.label = value;
        } else if (field == QLatin1String("levels") && value == QLatin1String("blank")) {
            c.levels[0] = QStringLiteral("   ");
        } else if (field == QLatin1String("levels")) {
            c.levels = c.levels.mid(0, value.toInt());
        }
    }
    if (field == QLatin1String("none")) {
        criteria.clear();
    }
    const Result<int> saved = saveGrid(*db, QStringLiteral("D2"), criteria, QStringLiteral("Référente"), {});
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, QStringLiteral("scoring.invalid-grid"));
    QVERIFY2(saved.error().message.startsWith(QStringLiteral("The grid of D2 was not saved")),
             qPrintable(saved.error().message));
    QVERIFY2(saved.error().message.contains(fragment), qPrintable(saved.error().message));
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM scoring_grid")), 7);
}

void TestGridStore::newVersionKeepsOldScores()
{
    const auto db = database();
    QVERIFY(db);
    const qint64 file = addCandidature(*db, 1, QStringLiteral("D2"), QStringLiteral("instruit"));
    const Result<qint64> evaluator = createEvaluator(*db, QStringLiteral("Évaluatrice fictive"));
    QVERIFY(evaluator);
    for (const char* code : {"AXES", "ECART", "FAISABILITE", "EDITEUR", "GHT", "COUT"}) {
        QVERIFY(setScore(*db, file, QString::fromLatin1(code), evaluator.value(), 3, {}));
    }
    Result<ScoringGrid> v1 = loadCurrentGrid(*db, QStringLiteral("D2"));
    QVERIFY(v1);

    // The referent drops cost/benefit, doubles the regional axes and adds a criterion.
    QList<Criterion> criteria = v1->criteria;
    criteria.removeLast();
    criteria[0].weight = 50;
    criteria.append({QStringLiteral("USAGERS"),
                     QStringLiteral("Bénéfice pour les usagers"),
                     10,
                     0,
                     2,
                     {QStringLiteral("Aucun."), QStringLiteral("Indirect."), QStringLiteral("Direct.")}});
    const Result<int> saved =
        saveGrid(*db, QStringLiteral("D2"), criteria, QStringLiteral("Référente fictive"), QStringLiteral("Comité"));
    QVERIFY2(saved, qPrintable(saved.error().message));
    QCOMPARE(saved.value(), 2);

    const Result<QList<ScoringGrid>> history = loadGridHistory(*db, QStringLiteral("D2"));
    QVERIFY(history);
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).criteria, v1->criteria); // the old version is untouched
    QCOMPARE(history->at(1).criteria, criteria);
    QCOMPARE(history->at(1).author, QStringLiteral("Référente fictive"));
    QCOMPARE(history->at(1).note, QStringLiteral("Comité"));
    QCOMPARE(loadCurrentGrid(*db, QStringLiteral("D1"))->version, 1); // other domains keep theirs

    // Every score is still stored; the ranking uses those of the current grid, the new criterion is missing.
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM score")), 6);
    const Result<DomainScores> scores = loadDomainScores(*db, QStringLiteral("D2"));
    QVERIFY(scores);
    QCOMPARE(scores->grid.version, 2);
    QCOMPARE(scores->candidatures.constFirst().scores.size(), 5);
    const QList<RankedCandidature> ranked = rankCandidatures(scores->grid, scores->candidatures, {});
    QCOMPARE(ranked.constFirst().missing, QStringList{QStringLiteral("USAGERS")});
    QVERIFY(!setScore(*db, file, QStringLiteral("COUT"), evaluator.value(), 3, {}));
    QVERIFY(setScore(*db, file, QStringLiteral("USAGERS"), evaluator.value(), 2, {}));

    // Back to the first grid: the scores on cost/benefit count again.
    QCOMPARE(saveGrid(*db, QStringLiteral("D2"), v1->criteria, QStringLiteral("Référente fictive"), {}).value(), 3);
    const Result<DomainScores> again = loadDomainScores(*db, QStringLiteral("D2"));
    QCOMPARE(again->candidatures.constFirst().scores.size(), 6);
}

void TestGridStore::unchangedGridIsNotANewVersion()
{
    const auto db = database();
    QVERIFY(db);
    Result<ScoringGrid> grid = loadCurrentGrid(*db, QStringLiteral("D4"));
    QVERIFY(grid);
    const Result<int> saved = saveGrid(*db, QStringLiteral("D4"), grid->criteria, QStringLiteral("Référente"), {});
    QCOMPARE(saved.value(), 1);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM scoring_grid")), 7);
    const Result<int> anonymous = saveGrid(*db, QStringLiteral("D4"), grid->criteria.mid(1), QStringLiteral(" "), {});
    QCOMPARE(anonymous.error().code, QStringLiteral("scoring.author"));
}

void TestGridStore::scaleChangeMustFitTheScores()
{
    const auto db = database();
    QVERIFY(db);
    const qint64 file = addCandidature(*db, 1, QStringLiteral("D6"), QStringLiteral("instruit"));
    const qint64 evaluator = ensureEvaluator(*db, QStringLiteral("Évaluateur fictif")).value();
    QVERIFY(setScore(*db, file, QStringLiteral("GHT"), evaluator, 0, {}));
    QList<Criterion> criteria = loadCurrentGrid(*db, QStringLiteral("D6"))->criteria;
    criteria[4].scaleMin = 1; // 1 to 4: the score 0 would fall outside
    criteria[4].levels.removeFirst();
    const Result<int> refused = saveGrid(*db, QStringLiteral("D6"), criteria, QStringLiteral("Référente"), {});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("scoring.scores-out-of-scale"));
    QVERIFY2(refused.error().message.contains(QStringLiteral("1 score(s) of criterion GHT")),
             qPrintable(refused.error().message));
    QVERIFY(clearScore(*db, file, QStringLiteral("GHT"), evaluator));
    QCOMPARE(saveGrid(*db, QStringLiteral("D6"), criteria, QStringLiteral("Référente"), {}).value(), 2);
}

void TestGridStore::unknownDomain()
{
    const auto db = database();
    QVERIFY(db);
    const Result<ScoringGrid> grid = loadCurrentGrid(*db, QStringLiteral("D9"));
    QCOMPARE(grid.error().code, QStringLiteral("scoring.unknown-domain"));
    QVERIFY2(grid.error().message.contains(QStringLiteral("D1, D2, D3, D4, D5, D6, D7")),
             qPrintable(grid.error().message));
}

void TestGridStore::missingGridsAreCreated()
{
    const auto db = database(QStringLiteral("sun-es"));
    QVERIFY(db);
    // A database from before the grids: none at all.
    QVERIFY(db->exec(QStringLiteral("DELETE FROM scoring_grid WHERE domain_id IN (SELECT id FROM domain "
                                    "WHERE code IN ('D1', 'D3'))")));
    QCOMPARE(loadCurrentGrid(*db, QStringLiteral("D3")).error().code, QStringLiteral("scoring.no-grid"));
    QCOMPARE(ensureDefaultScoringGrids(*db).value(), 2);
    QCOMPARE(ensureDefaultScoringGrids(*db).value(), 0);
    QCOMPARE(loadCurrentGrid(*db, QStringLiteral("D3"))->criteria,
             loadShippedProgramme(QStringLiteral("sun-es"))->scoringCriteria);
}

void TestGridStore::upgradedVersion2FileGetsItsGrids()
{
    // tests/data/palier-v2.palier: a Hop'EN campaign of region 94 with 7 domains, written before grids existed
    // (its stored programme definition has no grid either).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.palier"));
    QVERIFY(QFile::copy(QStringLiteral(PALIER_TEST_DATA_DIR "/palier-v2.palier"), path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    auto db = Database::open(path, {.backupDir = dir.filePath(QStringLiteral("backups"))});
    QVERIFY2(db, qPrintable(db.error().message + u' ' + db.error().detail));
    QCOMPARE(db.value()->schemaVersion(), Database::currentSchemaVersion());
    const Result<QList<ScoringGrid>> grids = loadCurrentGrids(*db.value());
    QVERIFY(grids);
    QCOMPARE(grids->size(), 7);
    const QList<Criterion> shipped = loadShippedProgramme(QStringLiteral("hopen-2019"))->scoringCriteria;
    QVERIFY(!shipped.isEmpty());
    for (const ScoringGrid& grid : grids.value()) {
        QCOMPARE(grid.version, 1);
        QCOMPARE(grid.criteria, shipped);
    }
    // Opened again: nothing more to do.
    db.value().reset();
    auto again = Database::open(path, {});
    QVERIFY(again);
    QCOMPARE(scalar(*again.value(), QStringLiteral("SELECT count(*) FROM scoring_grid")), 7);
}

void TestGridStore::settingsRoundTrip()
{
    const auto db = database();
    QVERIFY(db);
    Result<ScoringSettings> settings = loadScoringSettings(*db);
    QVERIFY(settings);
    QCOMPARE(settings->consensus, ConsensusMethod::Mean);
    QCOMPARE(settings->spreadThreshold, 0.5);
    QVERIFY(saveScoringSettings(*db, {ConsensusMethod::Median, 0.3}));
    settings = loadScoringSettings(*db);
    QCOMPARE(settings->consensus, ConsensusMethod::Median);
    QCOMPARE(settings->spreadThreshold, 0.3);
    const Result<void> refused = saveScoringSettings(*db, {ConsensusMethod::Mean, 1.5});
    QCOMPARE(refused.error().code, QStringLiteral("scoring.invalid-settings"));
    QCOMPARE(loadScoringSettings(*db)->spreadThreshold, 0.3);
}

QTEST_GUILESS_MAIN(TestGridStore)
#include "tst_gridstore.moc"
