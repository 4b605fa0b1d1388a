// SPDX-License-Identifier: GPL-3.0-or-later
// Evaluators' scores: CSV through the import pipeline, checked against the domain's current grid (criterion, scale)
// and the evaluators of the database, upserted on candidature × criterion × evaluator.
#include "ImportTestSupport.h"
#include "scoring/ScoreStore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;
using namespace ImportTest;

namespace {

const QString Data = QStringLiteral(PALIER_TEST_DATA_DIR "/import/");

struct Stored
{
    int value = -1;
    QString comment;
};

Stored stored(const Database& db, const QString& finess, const QString& domain, const QString& criterion,
              const QString& evaluator)
{
    QSqlQuery query(db.connection());
    query.prepare("SELECT s.value, s.comment FROM score s JOIN candidature c ON c.id = s.candidature_id JOIN "
                  "establishment e ON e.id = c.establishment_id JOIN domain d ON d.id = c.domain_id JOIN evaluator v "
                  "ON v.id = s.evaluator_id WHERE e.finess_et = ? AND d.code = ? AND s.criterion_code = ? AND "
                  "v.name = ?");
    query.addBindValue(finess);
    query.addBindValue(domain);
    query.addBindValue(criterion);
    query.addBindValue(evaluator);
    if (!query.exec() || !query.next()) {
        return {};
    }
    return {query.value(0).toInt(), query.value(1).toString()};
}

QString reasonOn(const QList<RowIssue>& issues, int line)
{
    for (const RowIssue& issue : issues) {
        if (issue.line == line) {
            return issue.column + QLatin1String(": ") + issue.reason;
        }
    }
    return {};
}

const QString EvaluatorA = QStringLiteral("Évaluatrice Fictive A");
const QString EvaluatorB = QStringLiteral("Évaluateur Fictif B");

} // namespace

class TestImportScores : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void headersMapThemselves();
    void rejectedRowsWriteNothing();
    void acceptValidWritesTheValidRows();
    void updateShowsWhatChanges();
    void noEvaluatorYet();
    void refusedWriteNamesTheLineAndWritesNothing();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestImportScores::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db.reset();
    const QString path = m_dir.filePath(QStringLiteral("scores.palier"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(path + suffix);
    }
    m_db = campaignDatabase(path, QStringLiteral("93"));
    QVERIFY(m_db);
    Result<ImportReport> registry =
        runImport(*m_db, request(ImportKind::Establishments, Data + "candidature-establishments.csv"));
    QVERIFY2(registry && registry->inserted == 5, qPrintable(errorOf(registry)));
    Result<ImportReport> candidatures =
        runImport(*m_db, request(ImportKind::Candidatures, Data + "score-candidatures.csv"));
    QVERIFY2(candidatures && candidatures->inserted == 3, qPrintable(errorOf(candidatures)));
}

void TestImportScores::headersMapThemselves()
{
    QCOMPARE(importKindFromCode(u"scores"), std::optional<ImportKind>(ImportKind::Scores));
    const ImportRequest csv = request(ImportKind::Scores, Data + "scores.csv");
    QCOMPARE(csv.mapping.size(), 6);
    QCOMPARE(csv.mapping.value("criterion", -1), 2);
    QCOMPARE(csv.mapping.value("evaluator", -1), 3);
    QCOMPARE(csv.mapping.value("value", -1), 4);
    QCOMPARE(csv.mapping.value("comment", -1), 5);
}

void TestImportScores::rejectedRowsWriteNothing()
{
    QVERIFY(createEvaluator(*m_db, EvaluatorA));
    QVERIFY(createEvaluator(*m_db, EvaluatorB));
    const QByteArray before = contentChecksum(*m_db);
    Result<ImportReport> report = runImport(*m_db, request(ImportKind::Scores, Data + "scores.csv"));
    QVERIFY2(report, qPrintable(errorOf(report)));
    QCOMPARE(report->read, 9);
    QCOMPARE(lines(report->rejected), (QList<int>{5, 6, 7, 8, 9}));
    QVERIFY(reasonOn(report->rejected, 5).startsWith(u"Note: 5 is outside the scale of criterion AXES"));
    QVERIFY(reasonOn(report->rejected, 5).contains(u"from 0 to 4"));
    QVERIFY(reasonOn(report->rejected, 6).startsWith(u"Critère: “INCONNU” is not a criterion of the D2 grid"));
    QVERIFY(reasonOn(report->rejected, 7).startsWith(u"Évaluateur: “Personne Inconnue” is not an evaluator"));
    QVERIFY(reasonOn(report->rejected, 8)
                .startsWith(u"Domaine: Establishment 130000037 has no application in "
                            u"domain D6"));
    QVERIFY(reasonOn(report->rejected, 9).startsWith(u"Note: “2,5” is not a whole number"));
    QCOMPARE(report->inserted, 4);
    QVERIFY(!report->committed);
    QCOMPARE(contentChecksum(*m_db), before);
}

void TestImportScores::acceptValidWritesTheValidRows()
{
    QVERIFY(createEvaluator(*m_db, EvaluatorA));
    QVERIFY(createEvaluator(*m_db, EvaluatorB));
    Result<ImportReport> report = runImport(*m_db, request(ImportKind::Scores, Data + "scores.csv", true));
    QVERIFY2(report && report->committed, qPrintable(errorOf(report)));
    QCOMPARE(count(*m_db, "SELECT count(*) FROM score"), 4);
    const Stored axes = stored(*m_db, "130000011", "D2", "AXES", EvaluatorA);
    QCOMPARE(axes.value, 3);
    QCOMPARE(axes.comment, QStringLiteral("Bon alignement (fictif)"));
    // Criterion and evaluator written in another case: the grid's code and the evaluator's name are stored.
    QCOMPARE(stored(*m_db, "130000011", "D2", "ECART", EvaluatorA).value, 2);
    QCOMPARE(stored(*m_db, "130000011", "D6", "AXES", EvaluatorB).value, 4);
    QCOMPARE(stored(*m_db, "130000037", "D2", "FAISABILITE", EvaluatorB).value, 1);
    QCOMPARE(stored(*m_db, "130000037", "D2", "AXES", EvaluatorB).value, -1); // 5: out of scale, not written
    QCOMPARE(count(*m_db, "SELECT count(*) FROM evaluator"), 2);              // an unknown evaluator is not created
}

void TestImportScores::updateShowsWhatChanges()
{
    QVERIFY(createEvaluator(*m_db, EvaluatorA));
    QVERIFY(createEvaluator(*m_db, EvaluatorB));
    QVERIFY(runImport(*m_db, request(ImportKind::Scores, Data + "scores.csv", true)));
    const QString path = m_dir.filePath("scores-update.csv");
    QVERIFY(writeFile(path, "FINESS;Domaine;Critère;Évaluateur;Note;Commentaire\n"
                            "130000011;D2;AXES;Évaluatrice Fictive A;3;\n"
                            "130000011;D2;ECART;Évaluatrice Fictive A;4;Revu\n"
                            "130000037;D2;COUT;Évaluateur Fictif B;0;\n"));
    Result<ImportReport> report = runImport(*m_db, request(ImportKind::Scores, path));
    QVERIFY2(report && report->committed, qPrintable(errorOf(report)));
    QCOMPARE(report->unchanged, 1); // an empty comment keeps the stored one
    QCOMPARE(report->updated, 1);
    QCOMPARE(report->inserted, 1);
    QCOMPARE(report->updates.first().changes.size(), 2);
    QCOMPARE(report->updates.first().changes.at(0).before, QStringLiteral("2"));
    QCOMPARE(report->updates.first().changes.at(0).after, QStringLiteral("4"));
    QCOMPARE(stored(*m_db, "130000011", "D2", "AXES", EvaluatorA).comment, QStringLiteral("Bon alignement (fictif)"));
    QCOMPARE(stored(*m_db, "130000011", "D2", "ECART", EvaluatorA).comment, QStringLiteral("Revu"));
    QCOMPARE(stored(*m_db, "130000037", "D2", "COUT", EvaluatorB).value, 0);
}

void TestImportScores::noEvaluatorYet()
{
    const QByteArray before = contentChecksum(*m_db);
    Result<ImportReport> report = runImport(*m_db, request(ImportKind::Scores, Data + "scores.csv", true));
    QVERIFY2(report, qPrintable(errorOf(report)));
    QCOMPARE(report->inserted, 0);
    QCOMPARE(report->rejectedRows, 9);
    QVERIFY(reasonOn(report->rejected, 2).contains(u"which has none yet"));
    QCOMPARE(contentChecksum(*m_db), before);
}

// A score the database refuses while writing (injected with a trigger) names its line, and the import's
// transaction leaves every score as it was.
void TestImportScores::refusedWriteNamesTheLineAndWritesNothing()
{
    if (m_db->connection().driverName() != QLatin1String("QSQLITE")) {
        QSKIP("The failure is injected with an SQLite trigger (RAISE): SQLite only.");
    }
    QVERIFY(createEvaluator(*m_db, EvaluatorA));
    QVERIFY(createEvaluator(*m_db, EvaluatorB));
    QVERIFY(m_db->exec(QStringLiteral("CREATE TRIGGER injected BEFORE INSERT ON score WHEN NEW.value = 4 "
                                      "BEGIN SELECT RAISE(ABORT, 'injected'); END")));
    const QByteArray before = contentChecksum(*m_db);
    Result<ImportReport> report = runImport(*m_db, request(ImportKind::Scores, Data + "scores.csv", true));
    QVERIFY(!report);
    QVERIFY2(report.error().detail.contains(u"injected"), qPrintable(report.error().detail));
    // The only score of 4 is on line 4 of the file; the two written before it are rolled back.
    QVERIFY2(report.error().message.startsWith(u"Cannot record the score ") &&
                 report.error().message.contains(u"of line 4. Nothing was imported"),
             qPrintable(report.error().message));
    QCOMPARE(contentChecksum(*m_db), before);
    QCOMPARE(count(*m_db, "SELECT count(*) FROM score"), 0);

    QVERIFY(m_db->exec(QStringLiteral("DROP TRIGGER injected")));
    report = runImport(*m_db, request(ImportKind::Scores, Data + "scores.csv", true));
    QVERIFY2(report && report->committed, qPrintable(errorOf(report)));
    QCOMPARE(count(*m_db, "SELECT count(*) FROM score"), 4);
}

QTEST_GUILESS_MAIN(TestImportScores)
#include "tst_importscores.moc"
