// SPDX-License-Identifier: GPL-3.0-or-later
// `palier-cli rank` and `palier-cli export scores` on the demo: the ranking printed as JSON matches the totals
// recomputed independently from the exported scores and weights.
#include "ScoringTestSupport.h"

#include "CliOptions.h"
#include "CliOutput.h"
#include "CliScoring.h"
#include "demo/DemoGenerator.h"
#include "scoring/DemoScores.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Palier;
using namespace ScoringTest;

// What CliApp.cpp defines for every command.
namespace Palier::Cli {
const QCommandLineOption& dbOption()
{
    static const QCommandLineOption option(QStringLiteral("db"), QStringLiteral("database"), QStringLiteral("file"));
    return option;
}
const QCommandLineOption& jsonOption()
{
    static const QCommandLineOption option(QStringLiteral("json"), QStringLiteral("JSON"));
    return option;
}
Error argumentError(const QString& message)
{
    return {QStringLiteral("cli.arguments"), message, {}};
}
} // namespace Palier::Cli

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;

    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

using Handler = int (*)(QCommandLineParser&, Cli::Output&);

Run run(Handler handler, const QList<QCommandLineOption>& options, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(Cli::dbOption());
    parser.addOption(Cli::jsonOption());
    parser.addOptions(options);
    Run result;
    if (!parser.parse(QStringList{QStringLiteral("palier-cli")} + arguments)) {
        result.err = parser.errorText();
        return result;
    }
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    Cli::Output output(out, err, parser.isSet(Cli::jsonOption()));
    result.code = handler(parser, output);
    out.flush();
    err.flush();
    return result;
}

} // namespace

class TestRankCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rankJsonMatchesTheExport();
    void rankOneDomain();
    void rankMedian();
    void rankHuman();
    void refusedArguments_data();
    void refusedArguments();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestRankCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = m_dir.filePath(QStringLiteral("demo.palier"));
    auto db = Database::open(m_db, {.create = true});
    QVERIFY(db);
    QVERIFY(generateDemo(*db.value(), {.seed = 2019}));
    TransactionGuard transaction(*db.value());
    QVERIFY(addDemoScores(*db.value(), 2019));
    QVERIFY(transaction.commit());
}

void TestRankCli::rankJsonMatchesTheExport()
{
    const Run rank = run(Cli::runRank, Cli::rankOptions(), {QStringLiteral("--db"), m_db, QStringLiteral("--json")});
    QCOMPARE(rank.code, 0);
    const QJsonObject json = rank.json();
    QCOMPARE(json.value(QStringLiteral("consensus")).toString(), QStringLiteral("mean"));
    const QJsonArray domains = json.value(QStringLiteral("domains")).toArray();
    QCOMPARE(domains.size(), 7);

    const QString out = m_dir.filePath(QStringLiteral("notes.csv"));
    const Run exported = run(Cli::runExportScores, Cli::scoresExportOptions(),
                             {QStringLiteral("scores"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), out,
                              QStringLiteral("--json")});
    QCOMPARE(exported.code, 0);
    QVERIFY(exported.json().value(QStringLiteral("rows")).toInt() > 500);
    const QHash<qint64, double> recomputed =
        recomputeTotals(readExport(out), readExport(m_dir.filePath(QStringLiteral("notes-grilles.csv"))));

    int ranked = 0;
    for (const QJsonValue& value : domains) {
        const QJsonObject domain = value.toObject();
        QCOMPARE(domain.value(QStringLiteral("grid_version")).toInt(), 1);
        QCOMPARE(domain.value(QStringLiteral("criteria")).toArray().size(), 6);
        const QJsonArray ranking = domain.value(QStringLiteral("ranking")).toArray();
        double previous = 101;
        for (int i = 0; i < ranking.size(); ++i) {
            const QJsonObject r = ranking.at(i).toObject();
            QCOMPARE(r.value(QStringLiteral("rank")).toInt(), i + 1);
            QCOMPARE(r.value(QStringLiteral("finess")).toString().size(), 9);
            QVERIFY(r.value(QStringLiteral("establishment"))
                        .toString()
                        .contains(QStringLiteral("fictif"), Qt::CaseInsensitive) ||
                    r.value(QStringLiteral("establishment")).toString().contains(QStringLiteral("fictive")));
            const double total = r.value(QStringLiteral("total")).toDouble();
            const qint64 id = r.value(QStringLiteral("candidature")).toInteger();
            QVERIFY2(qAbs(recomputed.value(id, -1) - total) < 1e-9, qPrintable(QString::number(id)));
            QVERIFY(total <= previous + 1e-9);
            previous = total;
            QCOMPARE(r.value(QStringLiteral("criteria")).toArray().size(), 6);
            ++ranked;
        }
    }
    QCOMPARE(ranked, recomputed.size());
}

void TestRankCli::rankOneDomain()
{
    const Run rank =
        run(Cli::runRank, Cli::rankOptions(),
            {QStringLiteral("--db"), m_db, QStringLiteral("--domain"), QStringLiteral("D2"), QStringLiteral("--json")});
    QCOMPARE(rank.code, 0);
    const QJsonArray domains = rank.json().value(QStringLiteral("domains")).toArray();
    QCOMPARE(domains.size(), 1);
    const QJsonObject d2 = domains.at(0).toObject();
    QCOMPARE(d2.value(QStringLiteral("domain")).toString(), QStringLiteral("D2"));
    const QJsonObject first = d2.value(QStringLiteral("ranking")).toArray().at(0).toObject();
    QVERIFY(first.value(QStringLiteral("decided_by")).isNull());
    QVERIFY(first.contains(QStringLiteral("flagged")));
    QVERIFY(first.contains(QStringLiteral("complete")));
}

void TestRankCli::rankMedian()
{
    const Run rank = run(Cli::runRank, Cli::rankOptions(),
                         {QStringLiteral("--db"), m_db, QStringLiteral("--consensus"), QStringLiteral("median"),
                          QStringLiteral("--json")});
    QCOMPARE(rank.code, 0);
    QCOMPARE(rank.json().value(QStringLiteral("consensus")).toString(), QStringLiteral("median"));
}

void TestRankCli::rankHuman()
{
    const Run rank = run(Cli::runRank, Cli::rankOptions(), {QStringLiteral("--db"), m_db});
    QCOMPARE(rank.code, 0);
    QVERIFY2(rank.out.contains(QStringLiteral("D2 — Développer le dossier patient")), qPrintable(rank.out));
    QVERIFY(rank.out.contains(QStringLiteral("evaluators disagree")));
}

void TestRankCli::refusedArguments_data()
{
    QTest::addColumn<bool>("isRank");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("fragment");
    QTest::addRow("unknown domain") << true << QStringList{"--domain", "D9"} << "“D9” is not a domain";
    QTest::addRow("unknown consensus") << true << QStringList{"--consensus", "mode"} << "“mean” or “median”";
    QTest::addRow("export without --out") << false << QStringList{"scores"} << "--out";
    QTest::addRow("export of something else") << false << QStringList{"ght", "--out", "x.csv"} << "“ght”";
    QTest::addRow("export as ODS") << false << QStringList{"scores", "--out", "x.ods"} << ".xlsx";
}

void TestRankCli::refusedArguments()
{
    QFETCH(bool, isRank);
    QFETCH(QStringList, arguments);
    QFETCH(QString, fragment);
    const Run result =
        isRank ? run(Cli::runRank, Cli::rankOptions(), arguments + QStringList{"--db", m_db})
               : run(Cli::runExportScores, Cli::scoresExportOptions(), arguments + QStringList{"--db", m_db});
    QCOMPARE(result.code, 2);
    QVERIFY2(result.err.contains(fragment), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestRankCli)
#include "tst_rankcli.moc"
