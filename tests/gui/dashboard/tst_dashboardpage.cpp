// SPDX-License-Identifier: GPL-3.0-or-later
// The Tableau de bord on the demo campaign: every model against an independent SQL count, every chart holding the
// values of its model (through the mappers), a click on a bar filtering the list, the PNG and SVG exports.
#include "FollowUpDemo.h"

#include "BreakdownModel.h"
#include "CalendarModels.h"
#include "ChartCard.h"
#include "DashboardDelegate.h"
#include "DashboardFileModel.h"
#include "DashboardPage.h"
#include "PaymentAlertModel.h"
#include "ProjectStatsModels.h"
#include "SearchFilterProxyModel.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QScrollArea>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <ctime>

using namespace Palier;
using namespace Palier::TestSupport;

namespace {

/// The chart of a card, drawn by the charts plug-in; null for a card without chart.
QChart* chartOf(const ChartCard* card)
{
    auto* view = qobject_cast<QChartView*>(card->chartView());
    return view ? view->chart() : nullptr;
}

} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelsPassTheTester();
    void breakdownsMatchSql();
    void followUpFiguresMatchSql();
    void prerequisitesCountEveryCandidate();
    void deadlinesShowDaysLeft();
    void chartsShowTheModels();
    void clickingABarFiltersTheList();
    void clickingASliceFiltersTheList();
    void exportsPngAndSvg();
    void nationalTiming();

private:
    DashboardTableModel* model(const QString& card) const;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DashboardPage> m_page;
};

void TestDashboardPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France)); // the formats a referent reads
    m_db = followUpDemo(m_dir.filePath(QStringLiteral("demo.palier")));
    QVERIFY(m_db);
    QVERIFY(scalar(*m_db, QStringLiteral("SELECT count(*) FROM project")) > 0);
    m_page = std::make_unique<DashboardPage>(QStringLiteral("Tableau de bord"));
    m_page->resize(1280, 800);
    m_page->show();
    QElapsedTimer timer;
    timer.start();
    QVERIFY(m_page->reload(m_db.get()));
    qInfo("dashboard built in %lld ms (charts %lld ms)", timer.elapsed(), m_page->lastRefreshMilliseconds());
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    if (const QString shots = qEnvironmentVariable("PALIER_SCREENSHOT_DIR"); !shots.isEmpty()) {
        m_page->grab().save(shots + QStringLiteral("/dashboard.png"));
        // Every card, not only those the page shows without scrolling.
        auto* scroll = m_page->findChild<QScrollArea*>(QStringLiteral("dashboardScrollArea"));
        scroll->widget()->grab().save(shots + QStringLiteral("/dashboard-cards.png"));
    }
}

DashboardTableModel* TestDashboardPage::model(const QString& card) const
{
    ChartCard* c = m_page->card(card);
    return c ? c->model() : nullptr;
}

void TestDashboardPage::modelsPassTheTester()
{
    QCOMPARE(m_page->cards().size(), 9);
    for (ChartCard* card : m_page->cards()) {
        QAbstractItemModelTester tester(card->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY2(card->model()->load(*m_db), qPrintable(card->objectName()));
    }
    QAbstractItemModelTester files(m_page->files(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_page->files()->rowCount(), int(scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidature"))));
}

void TestDashboardPage::breakdownsMatchSql()
{
    using Column = BreakdownModel::Column;
    const struct
    {
        const char* card;
        const char* sql; // key, files, requested cents
    } cases[] = {
        {"domain", "SELECT d.code, count(*), sum(c.requested_cents) FROM candidature c JOIN domain d ON d.id = "
                   "c.domain_id GROUP BY d.code"},
        {"status", "SELECT e.legal_status, count(*), sum(c.requested_cents) FROM candidature c JOIN establishment e "
                   "ON e.id = c.establishment_id GROUP BY e.legal_status"},
        {"department", "SELECT e.department_code, count(*), sum(c.requested_cents) FROM candidature c JOIN "
                       "establishment e ON e.id = c.establishment_id GROUP BY e.department_code"},
    };
    for (const auto& c : cases) {
        DashboardTableModel* m = model(QLatin1String(c.card));
        QVERIFY(m);
        QHash<QString, std::pair<qint64, qint64>> expected;
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QLatin1String(c.sql)));
        while (query.next()) {
            expected.insert(query.value(0).toString(), {query.value(1).toLongLong(), query.value(2).toLongLong()});
        }
        QVERIFY(expected.size() > 1);
        double shares = 0;
        for (int row = 0; row < m->rowCount(); ++row) {
            const QString key = m->key(row).toString();
            const auto [files, requested] = expected.value(key);
            QCOMPARE(m->value(row, int(Column::Candidatures)).toLongLong(), files);
            QCOMPARE(qRound64(m->value(row, int(Column::Requested)).toDouble() * 100), requested);
            shares += m->value(row, int(Column::CandidatureShare)).toDouble();
            expected.remove(key);
        }
        QVERIFY2(expected.isEmpty(), c.card); // every group of the SQL is a row of the model
        QVERIFY(qAbs(shares - 100.0) < 1e-6);
    }
    // The national shares of DOMAIN.md sit beside the region's.
    auto* domains = static_cast<BreakdownModel*>(model(QStringLiteral("domain")));
    QCOMPARE(domains->rowCount(), 7);
    QCOMPARE(domains->key(1).toString(), QStringLiteral("D2"));
    QCOMPARE(domains->value(1, int(Column::NationalFundingShare)).toDouble(), 52.0);
    QCOMPARE(domains->value(1, int(Column::NationalCandidatureShare)).toDouble(), 25.0);
    QVERIFY(domains->value(0, int(Column::NationalCandidatureShare)).isNull()); // D1: never published
    QVERIFY(domains->sharesGranted());
    // Granted amounts per domain = the projects' grants.
    QSqlQuery granted(m_db->connection());
    QVERIFY(
        granted.exec(QStringLiteral("SELECT d.code, sum(p.granted_cents) FROM project p JOIN candidature c ON "
                                    "c.id = p.candidature_id JOIN domain d ON d.id = c.domain_id GROUP BY d.code")));
    int checked = 0;
    while (granted.next()) {
        for (int row = 0; row < domains->rowCount(); ++row) {
            if (domains->key(row).toString() == granted.value(0).toString()) {
                QCOMPARE(qRound64(domains->value(row, int(Column::Granted)).toDouble() * 100),
                         granted.value(1).toLongLong());
                ++checked;
            }
        }
    }
    QVERIFY(checked > 0);
    auto* statuses = model(QStringLiteral("status"));
    QCOMPARE(statuses->key(0).toString(), QStringLiteral("public"));
    QCOMPARE(statuses->value(0, int(Column::NationalFundingShare)).toDouble(), 64.0);
    QCOMPARE(DashboardDelegate::text(statuses->index(0, int(Column::NationalFundingShare))), QStringLiteral("64,0 %"));
}

void TestDashboardPage::followUpFiguresMatchSql()
{
    DashboardTableModel* envelope = model(QStringLiteral("envelope"));
    QVERIFY(envelope->rowCount() > 0);
    qint64 committed = 0;
    qint64 paid = 0;
    for (int row = 0; row < envelope->rowCount(); ++row) {
        const int year = envelope->key(row).toInt();
        QCOMPARE(qRound64(envelope->value(row, int(EnvelopeYearModel::Column::Envelope)).toDouble() * 100),
                 qMax<qint64>(0, scalar(*m_db, QStringLiteral("SELECT coalesce(sum(envelope_cents), 0) FROM "
                                                              "roadmap_envelope_year WHERE year = %1")
                                                   .arg(year))));
        committed += qRound64(envelope->value(row, int(EnvelopeYearModel::Column::Committed)).toDouble() * 100);
        paid += qRound64(envelope->value(row, int(EnvelopeYearModel::Column::Paid)).toDouble() * 100);
    }
    QCOMPARE(committed, scalar(*m_db, QStringLiteral("SELECT sum(amount_cents) FROM payment WHERE state <> 'annule'")));
    QCOMPARE(paid, scalar(*m_db, QStringLiteral("SELECT coalesce(sum(amount_cents), 0) FROM payment "
                                                "WHERE state = 'verse'")));
    QVERIFY(paid > 0);

    DashboardTableModel* finished = model(QStringLiteral("finished"));
    const qint64 allFinished = scalar(*m_db, QStringLiteral("SELECT count(*) FROM project WHERE state = 'termine'"));
    QVERIFY(allFinished > 0);
    QVERIFY(finished->rowCount() > 0);
    const int last = finished->rowCount() - 1;
    QCOMPARE(finished->value(last, int(FinishedProjectsModel::Column::Cumulative)).toLongLong(), allFinished);
    for (int row = 0; row < finished->rowCount(); ++row) {
        QCOMPARE(finished->value(row, int(FinishedProjectsModel::Column::Finished)).toLongLong(),
                 scalar(*m_db, QStringLiteral("SELECT count(*) FROM project WHERE state = 'termine' AND "
                                              "finished_on LIKE '%1-%'")
                                   .arg(finished->key(row).toInt())));
    }

    DashboardTableModel* states = model(QStringLiteral("projectState"));
    QCOMPARE(states->rowCount(), 3);
    for (int row = 0; row < states->rowCount(); ++row) {
        QCOMPARE(
            states->value(row, int(ProjectStateModel::Column::Projects)).toLongLong(),
            scalar(*m_db,
                   QStringLiteral("SELECT count(*) FROM project WHERE state = '%1'").arg(states->key(row).toString())));
    }

    DashboardTableModel* payments = model(QStringLiteral("payments"));
    QCOMPARE(payments->rowCount(),
             int(scalar(*m_db, QStringLiteral("SELECT count(*) FROM payment p JOIN project j ON j.id = p.project_id "
                                              "WHERE j.state <> 'abandonne' AND (p.state = 'du' OR (p.state = "
                                              "'prevu' AND p.planned_year <= %1))")
                                   .arg(QDate::currentDate().year() + 1))));
}

void TestDashboardPage::prerequisitesCountEveryCandidate()
{
    using Column = PrerequisiteReachModel::Column;
    DashboardTableModel* prerequisites = model(QStringLiteral("prerequisites"));
    QCOMPARE(prerequisites->rowCount(), 4);
    QCOMPARE(prerequisites->key(0).toString(), QStringLiteral("P1"));
    const qint64 candidates = scalar(*m_db, QStringLiteral("SELECT count(DISTINCT establishment_id) FROM candidature"));
    bool someReached = false;
    for (int row = 0; row < 4; ++row) {
        const qint64 reached = prerequisites->value(row, int(Column::Reached)).toLongLong();
        QCOMPARE(reached + prerequisites->value(row, int(Column::NotReached)).toLongLong() +
                     prerequisites->value(row, int(Column::Missing)).toLongLong(),
                 candidates);
        someReached = someReached || reached > 0;
    }
    QVERIFY(someReached);
}

void TestDashboardPage::deadlinesShowDaysLeft()
{
    DeadlineModel deadlines;
    deadlines.setToday(QDate(2019, 8, 1));
    QVERIFY(deadlines.load(*m_db));
    QVERIFY(deadlines.rowCount() >= 4);
    bool overdue = false;
    bool toCome = false;
    for (int row = 0; row < deadlines.rowCount(); ++row) {
        const QModelIndex days = deadlines.index(row, int(DeadlineModel::Column::DaysLeft));
        const QDate date = deadlines.value(row, int(DeadlineModel::Column::Date)).toDate();
        QCOMPARE(days.data().toLongLong(), QDate(2019, 8, 1).daysTo(date));
        QCOMPARE(days.data(Qt::ForegroundRole).isValid(), date < QDate(2019, 8, 1));
        overdue = overdue || date < QDate(2019, 8, 1);
        toCome = toCome || date > QDate(2019, 8, 1);
        if (date == QDate(2019, 8, 30)) {
            QCOMPARE(DashboardDelegate::text(days), QStringLiteral("29 day(s) left"));
        }
    }
    QVERIFY(overdue && toCome);
}

void TestDashboardPage::chartsShowTheModels()
{
    int charts = 0;
    for (ChartCard* card : m_page->cards()) {
        DashboardTableModel* m = card->model();
        if (!chartOf(card)) {
            continue;
        }
        ++charts;
        QCOMPARE(chartOf(card)->series().size(), 1);
        QAbstractSeries* series = chartOf(card)->series().constFirst();
        if (auto* pie = qobject_cast<QPieSeries*>(series)) {
            QCOMPARE(pie->count(), m->rowCount());
            for (int row = 0; row < m->rowCount(); ++row) {
                QCOMPARE(pie->slices().at(row)->label(), m->value(row, 0).toString());
                QCOMPARE(pie->slices().at(row)->value(), m->value(row, 1).toDouble());
            }
            continue;
        }
        auto* bars = qobject_cast<QAbstractBarSeries*>(series);
        QVERIFY2(bars && bars->count() > 0, qPrintable(card->objectName()));
        for (QBarSet* set : bars->barSets()) {
            // The set is named after the model's column; its values are that column's.
            int column = -1;
            for (int c = 0; c < m->columnCount(); ++c) {
                if (m->headerData(c, Qt::Horizontal).toString() == set->label()) {
                    column = c;
                }
            }
            QVERIFY2(column >= 0, qPrintable(set->label()));
            QVERIFY(set->count() > 0 && set->count() <= m->rowCount());
            for (int row = 0; row < set->count(); ++row) {
                QCOMPARE(set->at(row), m->value(row, column).toDouble());
            }
        }
    }
    QCOMPARE(charts, 7);
    // The domain chart: the region's and the nation's shares side by side.
    auto* domains =
        qobject_cast<QAbstractBarSeries*>(chartOf(m_page->card(QStringLiteral("domain")))->series().constFirst());
    QCOMPARE(domains->count(), 4);
    QCOMPARE(domains->barSets().constFirst()->count(), 7);
}

void TestDashboardPage::clickingABarFiltersTheList()
{
    ChartCard* card = m_page->card(QStringLiteral("domain"));
    auto* bars = qobject_cast<QAbstractBarSeries*>(chartOf(card)->series().constFirst());
    auto* filterButton = m_page->findChild<QToolButton*>(QStringLiteral("dashboardFilterButton"));
    QVERIFY(bars && filterButton);
    QVERIFY(filterButton->isHidden());
    const int total = m_page->proxy()->rowCount();
    // D3 is the third category.
    Q_EMIT bars->barSets().at(1)->clicked(2);
    const qint64 d3 = scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidature c JOIN domain d ON d.id = "
                                                   "c.domain_id WHERE d.code = 'D3'"));
    QVERIFY(d3 > 0 && d3 < total);
    QCOMPARE(m_page->proxy()->rowCount(), int(d3));
    for (int row = 0; row < m_page->proxy()->rowCount(); ++row) {
        QCOMPARE(m_page->proxy()->index(row, int(DashboardFileColumn::Domain)).data().toString(), QStringLiteral("D3"));
    }
    QVERIFY(!filterButton->isHidden());
    QVERIFY(filterButton->text().contains(QStringLiteral("D3")));

    // Another chart replaces the filter: the most represented department.
    ChartCard* departments = m_page->card(QStringLiteral("department"));
    auto* departmentBars = qobject_cast<QAbstractBarSeries*>(chartOf(departments)->series().constFirst());
    Q_EMIT departmentBars->barSets().constFirst()->clicked(0);
    const QString department = departments->model()->key(0).toString();
    QCOMPARE(m_page->proxy()->rowCount(),
             int(scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidature c JOIN establishment e ON e.id = "
                                              "c.establishment_id WHERE e.department_code = '%1'")
                                   .arg(department))));

    // The projects finished in a year.
    ChartCard* finished = m_page->card(QStringLiteral("finished"));
    auto* finishedBars = qobject_cast<QAbstractBarSeries*>(chartOf(finished)->series().constFirst());
    Q_EMIT finishedBars->barSets().constFirst()->clicked(0);
    const int year = finished->model()->key(0).toInt();
    QCOMPARE(m_page->proxy()->rowCount(),
             int(scalar(*m_db, QStringLiteral("SELECT count(*) FROM project WHERE state = 'termine' AND finished_on "
                                              "LIKE '%1-%'")
                                   .arg(year))));
    QVERIFY(filterButton->text().contains(QString::number(year)));

    filterButton->click();
    QVERIFY(filterButton->isHidden());
    QCOMPARE(m_page->proxy()->rowCount(), total);
}

void TestDashboardPage::clickingASliceFiltersTheList()
{
    ChartCard* card = m_page->card(QStringLiteral("projectState"));
    auto* pie = qobject_cast<QPieSeries*>(chartOf(card)->series().constFirst());
    QVERIFY(pie);
    Q_EMIT pie->slices().at(1)->clicked(); // termine
    QCOMPARE(m_page->proxy()->rowCount(),
             int(scalar(*m_db, QStringLiteral("SELECT count(*) FROM project WHERE state = 'termine'"))));
    m_page->clearFilter();
}

void TestDashboardPage::exportsPngAndSvg()
{
    ChartCard* card = m_page->card(QStringLiteral("domain"));
    const QString png = m_dir.filePath(QStringLiteral("domain.png"));
    const QString svg = m_dir.filePath(QStringLiteral("domain.svg"));
    QVERIFY(card->exportChart(png));
    QVERIFY(card->exportChart(svg));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 200 && image.height() > 200);
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("<svg"));
    QVERIFY(content.contains("D2")); // the categories are drawn as text
    // The chart still exports while its table is shown.
    card->showTable(true);
    QVERIFY(card->exportChart(m_dir.filePath(QStringLiteral("again.png"))));
    card->showTable(false);
    // A folder that does not exist: a clear error, no crash.
    const Result<void> failed = card->exportChart(m_dir.filePath(QStringLiteral("missing/domain.png")));
    QVERIFY(!failed);
    QVERIFY(failed.error().message.contains(QStringLiteral("missing")));
    QVERIFY(!card->exportChart(m_dir.filePath(QStringLiteral("missing/domain.svg"))));
}

void TestDashboardPage::nationalTiming()
{
    // PALIER_DASHBOARD_DB=/tmp/nat.palier ctest -R tst_dashboardpage -V: the time to build the page on that file.
    const QString path = qEnvironmentVariable("PALIER_DASHBOARD_DB");
    if (path.isEmpty()) {
        QSKIP("PALIER_DASHBOARD_DB not set");
    }
    auto db = Database::open(path, {.readOnly = true});
    QVERIFY(db);
    DashboardPage page(QStringLiteral("Tableau de bord"));
    page.resize(1280, 800);
    page.show();
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        // The CPU time too: on a busy machine the wall time says more about the other processes.
        const std::clock_t cpu = std::clock();
        QVERIFY(page.reload(db->get()));
        qInfo("national dashboard: %lld ms, %ld ms of CPU (charts %lld ms, %d files)", timer.elapsed(),
              long((std::clock() - cpu) * 1000 / CLOCKS_PER_SEC), page.lastRefreshMilliseconds(),
              page.files()->rowCount());
        for (const auto& [card, milliseconds] : page.lastModelMilliseconds()) {
            qInfo("  %s: %lld ms", qPrintable(card), milliseconds);
        }
    }
}

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
