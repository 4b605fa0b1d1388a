// SPDX-License-Identifier: GPL-3.0-or-later
// The scores export, read back through the import layer (CSV and XLSX), and the totals recomputed from it alone,
// without Palier's scoring code, equal the ranking's.
#include "ScoringTestSupport.h"

#include "scoring/GridStore.h"
#include "scoring/Ranking.h"
#include "scoring/ScoreStore.h"
#include "scoring/ScoresExport.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace Palier;
using namespace ScoringTest;

class TestScoresExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csvReadsBackAndRecomputes();
    void xlsxReadsBackAndRecomputes();
    void csvQuotesWhatNeedsIt();
    void refusedExtension();

private:
    void compareWithRanking(const ExportTable& scores, const ExportTable& grids);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_rows = 0;
};

void TestScoresExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = campaignDatabase(m_dir.filePath(QStringLiteral("export.palier")));
    QVERIFY(m_db);
    const qint64 a = ensureEvaluator(*m_db, QStringLiteral("Évaluateur fictif A")).value();
    const qint64 b = ensureEvaluator(*m_db, QStringLiteral("Évaluateur fictif B")).value();
    // D6 weighs cost/benefit more in a second version of its grid.
    QList<Criterion> d6 = loadCurrentGrid(*m_db, QStringLiteral("D6"))->criteria;
    d6.last().weight = 32.5;
    QCOMPARE(saveGrid(*m_db, QStringLiteral("D6"), d6, QStringLiteral("Référente fictive"), {}).value(), 2);

    const QStringList codes{"AXES", "ECART", "FAISABILITE", "EDITEUR", "GHT", "COUT"};
    int number = 0;
    for (const QString& domain : {QStringLiteral("D2"), QStringLiteral("D6")}) {
        for (int i = 0; i < 6; ++i) {
            const qint64 file = addCandidature(*m_db, ++number, domain, QStringLiteral("instruit"));
            for (int c = 0; c < codes.size(); ++c) {
                if (i == 3 && c == 2) {
                    continue; // a criterion nobody scored
                }
                QVERIFY(setScore(*m_db, file, codes.at(c), a, (i + c) % 5, {}));
                ++m_rows;
                if (i % 2 == 0) {
                    QVERIFY(setScore(*m_db, file, codes.at(c), b, (i * c + 1) % 5, QStringLiteral("Note de B")));
                    ++m_rows;
                }
            }
        }
    }
    // An inadmissible file's scores are neither ranked nor exported.
    const qint64 refused = addCandidature(*m_db, ++number, QStringLiteral("D2"), QStringLiteral("instruit"));
    QVERIFY(setScore(*m_db, refused, QStringLiteral("AXES"), a, 4, {}));
    QVERIFY(m_db->exec(QStringLiteral("UPDATE candidature SET state = 'irrecevable' WHERE id = %1").arg(refused)));
}

void TestScoresExport::compareWithRanking(const ExportTable& scores, const ExportTable& grids)
{
    const QHash<qint64, double> recomputed = recomputeTotals(scores, grids);
    const Result<QList<DomainScores>> domains = loadAllDomainScores(*m_db);
    QVERIFY(domains);
    int ranked = 0;
    for (const DomainScores& domain : domains.value()) {
        for (const RankedCandidature& r : rankCandidatures(domain.grid, domain.candidatures, {})) {
            QVERIFY2(recomputed.contains(r.candidatureId), qPrintable(QString::number(r.candidatureId)));
            QVERIFY2(qAbs(recomputed.value(r.candidatureId) - r.total) < 1e-9,
                     qPrintable(QStringLiteral("%1: %2 vs %3")
                                    .arg(r.candidatureId)
                                    .arg(recomputed.value(r.candidatureId))
                                    .arg(r.total)));
            ++ranked;
        }
    }
    QCOMPARE(ranked, 12);
    QCOMPARE(recomputed.size(), 12);
}

void TestScoresExport::csvReadsBackAndRecomputes()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.csv"));
    QFile stale(path);
    QVERIFY(stale.open(QIODevice::WriteOnly) && stale.write("old") == 3);
    stale.close();
    const Result<ScoresExportSummary> summary = exportScores(*m_db, path);
    QVERIFY2(summary, qPrintable(summary.error().message));
    QCOMPARE(summary->rows, m_rows);
    QCOMPARE(summary->candidatures, 12);
    QCOMPARE(summary->domains, 7);
    QCOMPARE(summary->files, (QStringList{path, m_dir.filePath(QStringLiteral("notes-grilles.csv"))}));

    QFile raw(path);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(raw.readAll().startsWith("\xEF\xBB\xBF"
                                     "Candidature;FINESS;"));
    const ExportTable scores = readExport(path);
    QCOMPARE(scores.header, (QStringList{"Candidature", "FINESS", "Établissement", "Domaine", "Version de grille",
                                         "Critère", "Évaluateur", "Note", "Commentaire"}));
    QCOMPARE(scores.rows.size(), m_rows);
    QCOMPARE(scores.rows.at(0).mid(1, 6),
             (QStringList{"130000001", "CH fictif n° 1", "D2", "1", "AXES", "Évaluateur fictif A"}));
    const ExportTable grids = readExport(summary->files.at(1));
    QCOMPARE(grids.header.at(5), QStringLiteral("Poids"));
    QCOMPARE(grids.rows.size(), 7 * 6);
    const QStringList lastOfD6 = grids.rows.at(5 * 6 + 5);
    QCOMPARE(lastOfD6.mid(0, 9),
             (QStringList{"D6", "2", "6", "COUT", "Rapport coût/bénéfice", "32.5", "0", "4", "moyenne"}));
    compareWithRanking(scores, grids);
}

void TestScoresExport::xlsxReadsBackAndRecomputes()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.xlsx"));
    const Result<ScoresExportSummary> summary = exportScores(*m_db, path);
    QVERIFY2(summary, qPrintable(summary.error().message + u' ' + summary.error().detail));
    QCOMPARE(summary->files, QStringList{path});
    QFile raw(path);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(raw.read(2) == "PK"); // a zip
    QCOMPARE(xlsxSheetNames(path).value(), (QStringList{"Notes", "Grilles", "Méthode"}));
    const ExportTable scores = readExport(path, QStringLiteral("Notes"));
    QCOMPARE(scores.rows.size(), m_rows);
    QCOMPARE(scores.header.at(7), QStringLiteral("Note"));
    const ExportTable grids = readExport(path, QStringLiteral("Grilles"));
    QCOMPARE(grids.rows.size(), 7 * 6);
    compareWithRanking(scores, grids);
    const ExportTable method = readExport(path, QStringLiteral("Méthode"));
    QVERIFY(!method.rows.isEmpty());
    // Writing again over the file replaces it.
    QVERIFY(exportScores(*m_db, path));
    QCOMPARE(readExport(path, QStringLiteral("Notes")).rows.size(), m_rows);
}

void TestScoresExport::csvQuotesWhatNeedsIt()
{
    const qint64 file = addCandidature(*m_db, 99, QStringLiteral("D7"), QStringLiteral("instruit"));
    const qint64 a = ensureEvaluator(*m_db, QStringLiteral("Évaluateur fictif A")).value();
    const QString comment = QStringLiteral("Deux points ; des \"guillemets\"\net une seconde ligne");
    QVERIFY(setScore(*m_db, file, QStringLiteral("GHT"), a, 3, comment));
    const QString path = m_dir.filePath(QStringLiteral("quoted.csv"));
    QVERIFY(exportScores(*m_db, path));
    const ExportTable scores = readExport(path);
    QCOMPARE(scores.rows.constLast().at(3), QStringLiteral("D7"));
    QCOMPARE(scores.rows.constLast().at(8), comment);
    QVERIFY(clearScore(*m_db, file, QStringLiteral("GHT"), a));
}

void TestScoresExport::refusedExtension()
{
    const Result<ScoresExportSummary> refused = exportScores(*m_db, m_dir.filePath(QStringLiteral("notes.ods")));
    QCOMPARE(refused.error().code, QStringLiteral("export.format"));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("notes.ods"))));
}

QTEST_GUILESS_MAIN(TestScoresExport)
#include "tst_scoresexport.moc"
