// SPDX-License-Identifier: GPL-3.0-or-later
// The Présélection and Feuille de route pages on the demo campaign: both methods side by side (the optimum solved
// off the GUI thread), saving and sealing a version with the DGOS export, the calendar with overdue dates.
#include "MessageBox.h"
#include "PreselectionModel.h"
#include "PreselectionPage.h"
#include "RoadmapModel.h"
#include "RoadmapPage.h"
#include "db/Database.h"
#include "demo/DemoGenerator.h"
#include "selection/Selection.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;

class TestPreselectionPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsBothMethodsSideBySide();
    void savesAndSealsAVersion();
    void roadmapShowsCalendarAndAxes();
    void forcedFilesAndCoverageGoIntoTheRun();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestPreselectionPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    auto db = Database::open(m_dir.filePath(QStringLiteral("demo.palier")), {.create = true});
    QVERIFY(db);
    m_db = std::move(db).value();
    QVERIFY(generateDemo(*m_db, {}));
    // Back before the preselection: every decided file is instructed again, so that both methods have work.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE candidature SET state = 'instruit' WHERE state IN ('preselectionne', "
                                      "'liste_attente', 'non_retenu', 'valide_dgos', 'notifie')")));
}

void TestPreselectionPage::showsBothMethodsSideBySide()
{
    PreselectionPage page(QStringLiteral("Présélection"));
    QAbstractItemModelTester tester(page.preselection());
    QVERIFY(page.reload(m_db.get()));
    PreselectionModel* model = page.preselection();
    QVERIFY(model->rowCount() > 20);
    QTRY_VERIFY_WITH_TIMEOUT(model->optimalResult().has_value(), 20000);
    QCOMPARE(model->optimalResult()->solverStatus, QStringLiteral("optimal"));
    QVERIFY(model->optimalResult()->totalScore >= model->rankFillResult().totalScore - 1e-9);
    QVERIFY(model->optimalResult()->totalCents <= model->parameters().envelopeCents);
    int highlighted = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const bool differs = model->index(row, int(PreselectionModel::Column::RankFill)).data().toString() !=
                             model->index(row, int(PreselectionModel::Column::Optimal)).data().toString();
        const bool painted = model->index(row, 0).data(Qt::BackgroundRole).isValid();
        QCOMPARE(painted, differs);
        highlighted += painted ? 1 : 0;
        if (model->index(row, int(PreselectionModel::Column::RankFill)).data().toString() == QStringLiteral("—")) {
            QVERIFY(!model->index(row, int(PreselectionModel::Column::Reason)).data().toString().isEmpty());
        }
    }
    QCOMPARE(highlighted, model->differences());
    const auto* summary = page.findChild<QLabel*>(QStringLiteral("preselectionSummaryLabel"));
    QVERIFY(summary);
    QVERIFY(summary->text().contains(QStringLiteral("Optimal")));
}

void TestPreselectionPage::savesAndSealsAVersion()
{
    PreselectionPage page(QStringLiteral("Présélection"));
    QVERIFY(page.reload(m_db.get()));
    QTRY_VERIFY_WITH_TIMEOUT(page.preselection()->optimalResult().has_value(), 20000);
    auto* versions = page.findChild<QListWidget*>(QStringLiteral("versionsListWidget"));
    QVERIFY(versions);
    const int before = versions->count();
    const qint64 version = page.saveVersion(SelectionMethod::Optimal);
    QVERIFY(version > 0);
    QCOMPARE(versions->count(), before + 1);
    QCOMPARE(page.currentVersion(), version);

    const QString xlsx = m_dir.filePath(QStringLiteral("dgos.xlsx"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(page.sealVersion(version, xlsx));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("%1").arg(version)));
    QVERIFY(QFile::exists(xlsx));
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("dgos.csv"))));
    // Sealed: a second attempt is refused by the readiness check and writes nothing.
    const QString again = m_dir.filePath(QStringLiteral("again.xlsx"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!page.sealVersion(version, again));
    QVERIFY(!QFile::exists(again));
}

void TestPreselectionPage::roadmapShowsCalendarAndAxes()
{
    RoadmapPage page(QStringLiteral("Feuille de route"));
    QAbstractItemModelTester tester(page.roadmapModel());
    page.roadmapModel()->setToday(QDate(2019, 8, 25));
    QVERIFY(page.reload(m_db.get()));
    RoadmapModel* model = page.roadmapModel();
    QVERIFY(model->rowCount() >= 6);
    int overdue = 0;
    int ahead = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex days = model->index(row, int(RoadmapModel::Column::DaysLeft));
        if (days.data(Qt::ForegroundRole).isValid()) {
            ++overdue;
        } else {
            ++ahead;
        }
    }
    QVERIFY(overdue >= 3); // 8 March, 30 June, 19 July, 23 August
    QVERIFY(ahead >= 2);   // 30 August, 30 September
    const QString html = page.roadmapHtml();
    QVERIFY(html.contains(QStringLiteral("axe fictif")));
    QVERIFY(html.contains(QStringLiteral("D2")));
}

void TestPreselectionPage::forcedFilesAndCoverageGoIntoTheRun()
{
    // Every file in competition again (the version sealed above decided them).
    QSqlQuery reset(m_db->connection());
    QVERIFY(reset.exec(QStringLiteral("UPDATE candidature SET state = 'instruit' WHERE state IN ('preselectionne', "
                                      "'liste_attente', 'non_retenu', 'valide_dgos', 'notifie')")));
    // Requested amounts rather than the demo's forfaits (up to 700 000 €, more than a domain's share): some file
    // left out must fit once forced in.
    QVERIFY(reset.exec(QStringLiteral("DELETE FROM forfait_grid")));
    PreselectionPage page(QStringLiteral("Présélection"));
    QAbstractItemModelTester tester(page.preselection());
    QVERIFY(page.reload(m_db.get()));
    PreselectionModel* model = page.preselection();
    QTRY_VERIFY_WITH_TIMEOUT(model->optimalResult().has_value(), 20000);
    // A file rank-fill leaves out but that fits when taken first is forced in; the first one selected is forced out.
    qint64 leftOut = 0;
    qint64 taken = 0;
    const QList<SelectionItem>& items = model->rankFillResult().items;
    for (const SelectionItem& item : items) {
        if (item.selected && taken == 0) {
            taken = item.candidatureId;
        } else if (!item.selected && leftOut == 0) {
            SelectionParameters trial = model->parameters();
            trial.forcedIn = {item.candidatureId};
            const SelectionResult r = rankFill(model->candidates(), trial);
            if (std::any_of(r.items.cbegin(), r.items.cend(), [&item](const SelectionItem& i) {
                    return i.candidatureId == item.candidatureId && i.selected;
                })) {
                leftOut = item.candidatureId;
            }
        }
    }
    QVERIFY(leftOut > 0 && taken > 0);
    // No reason, no forcing: the banner says why.
    QVERIFY(!page.forceFiles({leftOut}, true, QStringLiteral("  ")));
    QVERIFY(model->parameters().forcedIn.isEmpty());
    QVERIFY(page.forceFiles({leftOut}, true, QStringLiteral("Engagement du comité fictif")));
    QVERIFY(page.forceFiles({taken}, false, QStringLiteral("Projet déjà financé (fictif)")));
    QVERIFY(model->parameters().forcedIn.contains(leftOut));
    QVERIFY(model->parameters().forcedOut.contains(taken));
    QVERIFY(!model->optimalResult()); // solved again with the new parameters
    const auto itemOf = [](const SelectionResult& r, qint64 id) {
        return *std::find_if(r.items.cbegin(), r.items.cend(),
                             [id](const SelectionItem& i) { return i.candidatureId == id; });
    };
    QVERIFY2(itemOf(model->rankFillResult(), leftOut).selected,
             qPrintable(itemOf(model->rankFillResult(), leftOut).reason + QLatin1Char(' ') +
                        model->rankFillResult().warnings.join(QLatin1Char(' '))));
    QVERIFY(!itemOf(model->rankFillResult(), taken).selected);
    QTRY_VERIFY_WITH_TIMEOUT(model->optimalResult().has_value(), 20000);
    QVERIFY(itemOf(*model->optimalResult(), leftOut).selected);
    QVERIFY(!itemOf(*model->optimalResult(), taken).selected);
    // The reasons show in the Forced column.
    bool shown = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->recordId(row) == taken) {
            shown = model->index(row, int(PreselectionModel::Column::Forced))
                        .data()
                        .toString()
                        .contains(QStringLiteral("Projet déjà financé"));
        }
    }
    QVERIFY(shown);

    page.findChild<QCheckBox*>(QStringLiteral("coverGhtsCheckBox"))->setChecked(true);
    page.findChild<QCheckBox*>(QStringLiteral("coverDepartmentsCheckBox"))->setChecked(true);
    QVERIFY(model->parameters().coverGhts);
    QVERIFY(model->parameters().coverDepartments);
    QTRY_VERIFY_WITH_TIMEOUT(model->optimalResult().has_value(), 20000);
    const qint64 version = page.saveVersion(SelectionMethod::Optimal);
    QVERIFY(version > 0);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT parameters_json FROM preselection_run WHERE id = %1").arg(version)));
    QVERIFY(query.next());
    const QJsonObject json = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    QVERIFY(json.value(QStringLiteral("cover_ghts")).toBool());
    QVERIFY(json.value(QStringLiteral("cover_departments")).toBool());
    QCOMPARE(json.value(QStringLiteral("force_reasons")).toObject().value(QString::number(leftOut)).toString(),
             QStringLiteral("Engagement du comité fictif"));
    QCOMPARE(json.value(QStringLiteral("forced_out")).toArray().first().toInteger(), taken);
    auto* versions = page.findChild<QListWidget*>(QStringLiteral("versionsListWidget"));
    QVERIFY(versions->item(0)->toolTip().contains(QStringLiteral("Engagement du comité fictif")));
    QVERIFY(versions->item(0)->toolTip().contains(QStringLiteral("GHT")));
    const QString shots = qEnvironmentVariable("PALIER_SCREENSHOTS");
    if (!shots.isEmpty()) {
        page.resize(1400, 700);
        page.show();
        QCoreApplication::processEvents();
        page.grab().save(shots + QStringLiteral("/preselection-forced.png"));
    }

    // Released, the files compete by rank again.
    QVERIFY(page.forceFiles({leftOut, taken}, std::nullopt));
    QVERIFY(model->parameters().forcedIn.isEmpty());
    QVERIFY(model->parameters().forcedOut.isEmpty());
    QVERIFY(model->parameters().forceReasons.isEmpty());
}

QTEST_MAIN(TestPreselectionPage)
#include "tst_preselectionpage.moc"
