// SPDX-License-Identifier: GPL-3.0-or-later
// The report's figures against sums computed here, row by row in C++, from the same tables.
#include "ReportTestSupport.h"

#include "campaign/Campaign.h"
#include "report/ReportFigures.h"

#include <QHash>
#include <QMap>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;

namespace {

/// What the report should say, accumulated one project and one tranche at a time.
struct Expected
{
    ReportRow total;
    QHash<QString, ReportRow> byDomain;
    QHash<QString, ReportRow> byStatus;
    QMap<int, ReportYear> byYear;
};

Expected expectedFigures(const Database& db)
{
    Expected e;
    QHash<qint64, std::pair<QString, QString>> groupOf; // project → (domain, status)
    QHash<QString, QSet<qint64>> establishments;
    QSqlQuery projects(db.connection());
    projects.exec(QStringLiteral("SELECT p.id, p.state, p.granted_cents, d.code, e.legal_status, e.id FROM project p "
                                 "JOIN candidature c ON c.id = p.candidature_id JOIN domain d ON d.id = c.domain_id "
                                 "JOIN establishment e ON e.id = c.establishment_id"));
    while (projects.next()) {
        const QString state = projects.value(1).toString();
        const qint64 granted = projects.value(2).toLongLong();
        const QString domain = projects.value(3).toString();
        const QString status = projects.value(4).toString();
        groupOf.insert(projects.value(0).toLongLong(), {domain, status});
        for (auto [row, key] :
             {std::pair{&e.total, QStringLiteral("*")}, std::pair{&e.byDomain[domain], QStringLiteral("d") + domain},
              std::pair{&e.byStatus[status], QStringLiteral("s") + status}}) {
            ++row->projects;
            row->finished += state == QLatin1String("termine");
            row->inProgress += state == QLatin1String("en_cours");
            row->abandoned += state == QLatin1String("abandonne");
            row->grantedCents += granted;
            row->finishedGrantedCents += state == QLatin1String("termine") ? granted : 0;
            establishments[key].insert(projects.value(5).toLongLong());
            row->establishments = int(establishments[key].size());
        }
    }
    QSqlQuery payments(db.connection());
    payments.exec(QStringLiteral("SELECT project_id, state, amount_cents, planned_year, paid_on FROM payment"));
    while (payments.next()) {
        const auto [domain, status] = groupOf.value(payments.value(0).toLongLong());
        const QString state = payments.value(1).toString();
        const qint64 amount = payments.value(2).toLongLong();
        for (ReportRow* row : {&e.total, &e.byDomain[domain], &e.byStatus[status]}) {
            (state == QLatin1String("verse")   ? row->paidCents
             : state == QLatin1String("du")    ? row->dueCents
             : state == QLatin1String("prevu") ? row->plannedCents
                                               : row->cancelledCents) += amount;
        }
        if (state == QLatin1String("annule")) {
            continue;
        }
        const int year = state == QLatin1String("verse")
                             ? QDate::fromString(payments.value(4).toString(), Qt::ISODate).year()
                             : payments.value(3).toInt();
        ReportYear& y = e.byYear[year];
        y.year = year;
        (state == QLatin1String("verse") ? y.paidCents
         : state == QLatin1String("du")  ? y.dueCents
                                         : y.plannedCents) += amount;
    }
    return e;
}

void compareRows(const ReportRow& actual, const ReportRow& expected, const QString& what)
{
    const QByteArray name = what.toUtf8();
    QVERIFY2(actual.projects == expected.projects, name);
    QVERIFY2(actual.finished == expected.finished, name);
    QVERIFY2(actual.inProgress == expected.inProgress, name);
    QVERIFY2(actual.abandoned == expected.abandoned, name);
    QVERIFY2(actual.establishments == expected.establishments, name);
    QVERIFY2(actual.grantedCents == expected.grantedCents, name);
    QVERIFY2(actual.finishedGrantedCents == expected.finishedGrantedCents, name);
    QVERIFY2(actual.paidCents == expected.paidCents, name);
    QVERIFY2(actual.dueCents == expected.dueCents, name);
    QVERIFY2(actual.plannedCents == expected.plannedCents, name);
    QVERIFY2(actual.cancelledCents == expected.cancelledCents, name);
}

} // namespace

class TestReportFigures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void figuresEqualIndependentSums();
    void groupsAddUpToTheTotal();
    void smallCampaignHasExactFigures();
    void databaseWithoutCampaignIsRefused();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_demo;
};

void TestReportFigures::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = ReportTest::demoDatabase(m_dir.filePath(QStringLiteral("demo.palier")));
    QVERIFY(m_demo);
    // Whatever the demo's follow-up holds, forty more projects in every state and payment state.
    QCOMPARE(ReportTest::addFixtureProjects(*m_demo, 40), 40);
}

void TestReportFigures::figuresEqualIndependentSums()
{
    Result<ReportFigures> figures = computeReportFigures(*m_demo);
    QVERIFY2(figures, qPrintable(figures ? QString() : figures.error().message));
    const Expected expected = expectedFigures(*m_demo);
    QVERIFY(expected.total.projects >= 40);
    QVERIFY(expected.total.finished > 0 && expected.total.abandoned > 0 && expected.total.inProgress > 0);
    QVERIFY(expected.total.paidCents > 0 && expected.total.dueCents > 0 && expected.total.plannedCents > 0);
    compareRows(figures->total, expected.total, QStringLiteral("total"));

    QCOMPARE(figures->byDomain.size(), 7); // every domain of Hop'EN, in order
    QCOMPARE(figures->byDomain.first().code, QStringLiteral("D1"));
    QCOMPARE(figures->byDomain.last().code, QStringLiteral("D7"));
    for (const ReportRow& row : figures->byDomain) {
        QVERIFY(!row.label.isEmpty());
        compareRows(row, expected.byDomain.value(row.code), row.code);
    }
    QCOMPARE(figures->byStatus.size(), 4);
    QCOMPARE(figures->byStatus.first().code, QStringLiteral("public"));
    for (const ReportRow& row : figures->byStatus) {
        compareRows(row, expected.byStatus.value(row.code), row.code);
    }
    QCOMPARE(figures->byYear.size(), expected.byYear.size());
    int previous = 0;
    for (const ReportYear& year : figures->byYear) {
        QVERIFY(year.year > previous);
        previous = year.year;
        const ReportYear e = expected.byYear.value(year.year);
        QCOMPARE(year.paidCents, e.paidCents);
        QCOMPARE(year.dueCents, e.dueCents);
        QCOMPARE(year.plannedCents, e.plannedCents);
    }
    QCOMPARE(figures->regions.size(), 1);
    QCOMPARE(figures->regions.first().code, QStringLiteral("93"));
    QCOMPARE(figures->programmeCode, QStringLiteral("hopen-2019"));
}

void TestReportFigures::groupsAddUpToTheTotal()
{
    Result<ReportFigures> figures = computeReportFigures(*m_demo);
    QVERIFY(figures);
    for (const QList<ReportRow>* groups : {&figures->byDomain, &figures->byStatus}) {
        ReportRow sum;
        for (const ReportRow& row : *groups) {
            sum.projects += row.projects;
            sum.finished += row.finished;
            sum.grantedCents += row.grantedCents;
            sum.paidCents += row.paidCents;
            sum.dueCents += row.dueCents;
            sum.plannedCents += row.plannedCents;
        }
        QCOMPARE(sum.projects, figures->total.projects);
        QCOMPARE(sum.finished, figures->total.finished);
        QCOMPARE(sum.grantedCents, figures->total.grantedCents);
        QCOMPARE(sum.paidCents, figures->total.paidCents);
        QCOMPARE(sum.dueCents, figures->total.dueCents);
        QCOMPARE(sum.plannedCents, figures->total.plannedCents);
    }
    qint64 paid = 0;
    qint64 toPay = 0;
    for (const ReportYear& year : figures->byYear) {
        paid += year.paidCents;
        toPay += year.dueCents + year.plannedCents;
    }
    QCOMPARE(paid, figures->total.paidCents);
    QCOMPARE(toPay, figures->total.dueCents + figures->total.plannedCents);
}

void TestReportFigures::smallCampaignHasExactFigures()
{
    // A campaign with five candidatures turned into five fixture projects: figures known by hand.
    auto db = Database::open(m_dir.filePath(QStringLiteral("small.palier")), {.create = true});
    QVERIFY(db);
    QVERIFY(createCampaign(*db.value(), QStringLiteral("84"), QStringLiteral("hopen-2019")));
    QSqlQuery query(db.value()->connection());
    for (int i = 0; i < 5; ++i) {
        QVERIFY(query.exec(QStringLiteral("INSERT INTO establishment (finess_et, name, legal_status, department_code) "
                                          "VALUES ('01000%1', 'CH fictif %1', '%2', '01')")
                               .arg(1000 + i)
                               .arg(i < 3 ? QStringLiteral("public") : QStringLiteral("clcc"))));
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO candidature (establishment_id, domain_id, title, requested_cents) "
                                      "SELECT %1, id, 'Projet fictif', 0 FROM domain WHERE code = 'D%2'")
                           .arg(query.lastInsertId().toLongLong())
                           .arg(i < 2 ? 2 : 6)));
    }
    QCOMPARE(ReportTest::addFixtureProjects(*db.value(), 10), 5);
    Result<ReportFigures> figures = computeReportFigures(*db.value());
    QVERIFY(figures);
    const ReportRow& t = figures->total;
    // States termine, en_cours, termine, abandonne, en_cours; granted 10 M + i × 1 234 567 (+ 50 when i % 3 == 0).
    QCOMPARE(t.projects, 5);
    QCOMPARE(t.finished, 2);
    QCOMPARE(t.inProgress, 2);
    QCOMPARE(t.abandoned, 1);
    QCOMPARE(t.establishments, 5);
    QCOMPARE(qRound(t.finishedPercent() * 10), 400);
    QCOMPARE(t.grantedCents, 50'000'000 + 1'234'567LL * 10 + 100);
    QCOMPARE(t.finishedGrantedCents, 10'000'050 + 12'469'134LL);
    // Seeds (a fifth) all paid; usage paid for project 0, due for project 2, cancelled for 3, planned for 1 and 4.
    const auto seed = [](qint64 g) { return g / 5; };
    const qint64 g[] = {10'000'050, 11'234'567, 12'469'134, 13'703'751, 14'938'268};
    QCOMPARE(t.paidCents, seed(g[0]) + seed(g[1]) + seed(g[2]) + seed(g[3]) + seed(g[4]) + (g[0] - seed(g[0])));
    QCOMPARE(t.dueCents, g[2] - seed(g[2]));
    QCOMPARE(t.cancelledCents, g[3] - seed(g[3]));
    QCOMPARE(t.plannedCents, (g[1] - seed(g[1])) + (g[4] - seed(g[4])));
    QCOMPARE(figures->byDomain.at(1).projects, 2); // D2
    QCOMPARE(figures->byDomain.at(5).projects, 3); // D6
    QCOMPARE(figures->byDomain.at(0).projects, 0); // D1 listed even without project
    QCOMPARE(figures->byStatus.at(0).projects, 3); // public
    QCOMPARE(figures->byStatus.at(3).projects, 2); // clcc
    QCOMPARE(figures->regions.size(), 1);
    QCOMPARE(figures->regions.first().code, QStringLiteral("84")); // department 01 is in Auvergne-Rhône-Alpes
}

void TestReportFigures::databaseWithoutCampaignIsRefused()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("empty.palier")), {.create = true});
    QVERIFY(db);
    Result<ReportFigures> figures = computeReportFigures(*db.value());
    QVERIFY(!figures);
    QCOMPARE(figures.error().code, QStringLiteral("campaign.none"));
}

QTEST_GUILESS_MAIN(TestReportFigures)
#include "tst_reportfigures.moc"
