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

#include <QAbstractItemModelTester>
#include <QFile>
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

QTEST_MAIN(TestPreselectionPage)
#include "tst_preselectionpage.moc"
