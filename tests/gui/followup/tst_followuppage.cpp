// SPDX-License-Identifier: GPL-3.0-or-later
// The Suivi page on the demo campaign: the projects with their amounts and usage targets, a payment marked paid
// through its dialog, a project finished, a note added, and a read-only database that only shows.
#include "../dashboard/FollowUpDemo.h"

#include "FollowUpDialogs.h"
#include "FollowUpPage.h"
#include "ProjectDetailModels.h"
#include "ProjectListModel.h"
#include "SearchFilterProxyModel.h"
#include "followup/Declarations.h"
#include "followup/Payments.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Palier;
using namespace Palier::TestSupport;

class TestFollowUpPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheProjects();
    void marksAPaymentPaidThroughTheDialog();
    void finishesAProject();
    void addsANote();
    void refreshesTheDuePayments();
    void readOnlyDatabaseOnlyShows();

private:
    /// Answers the next modal dialog with `answer` once it shows.
    static void whenDialogShows(std::function<void(QDialog*)> answer);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FollowUpPage> m_page;
};

/// Saves `widget` in $PALIER_SCREENSHOT_DIR when set (for looking at it).
static void saveShot(QWidget* widget, const QString& name)
{
    if (const QString shots = qEnvironmentVariable("PALIER_SCREENSHOT_DIR"); !shots.isEmpty()) {
        widget->grab().save(shots + QLatin1Char('/') + name);
    }
}

void TestFollowUpPage::whenDialogShows(std::function<void(QDialog*)> answer)
{
    QTimer::singleShot(0, qApp, [answer] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            whenDialogShows(answer); // not shown yet
            return;
        }
        answer(dialog);
    });
}

void TestFollowUpPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    m_db = followUpDemo(m_dir.filePath(QStringLiteral("demo.palier")));
    QVERIFY(m_db);
    m_page = std::make_unique<FollowUpPage>(QStringLiteral("Suivi"));
    m_page->resize(1280, 800);
    m_page->show();
    QVERIFY(m_page->reload(m_db.get()));
}

void TestFollowUpPage::showsTheProjects()
{
    QAbstractItemModelTester tester(m_page->projects(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    ProjectListModel* projects = m_page->projects();
    QCOMPARE(projects->rowCount(), int(scalar(*m_db, QStringLiteral("SELECT count(*) FROM project"))));
    QVERIFY(projects->rowCount() > 5);
    Result<QHash<qint64, ProjectTargets>> targets = allProjectTargets(*m_db);
    QVERIFY(targets);
    for (int row = 0; row < projects->rowCount(); ++row) {
        const Project& p = projects->project(row).project;
        QCOMPARE(p.totals.paidCents, scalar(*m_db, QStringLiteral("SELECT coalesce(sum(amount_cents), 0) FROM "
                                                                  "payment WHERE state = 'verse' AND project_id = %1")
                                                       .arg(p.id)));
        const ProjectTargets t = targets->value(p.id);
        int reached = 0;
        for (const ProjectUsageTarget& target : t.targets) {
            reached += target.status == IndicatorStatus::Reached ? 1 : 0;
        }
        const QString text = projects->index(row, int(ProjectColumn::Targets)).data().toString();
        if (!t.targets.isEmpty()) {
            QCOMPARE(text, QStringLiteral("%1/%2").arg(reached).arg(t.targets.size()));
        }
    }
    // The current project's schedule and targets are beside the table.
    QVERIFY(m_page->tableView()->currentIndex().isValid());
    QVERIFY(m_page->payments()->rowCount() >= 1);
    QAbstractItemModelTester payments(m_page->payments(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    if (const QString shots = qEnvironmentVariable("PALIER_SCREENSHOT_DIR"); !shots.isEmpty()) {
        m_page->grab().save(shots + QStringLiteral("/followup.png"));
    }
}

void TestFollowUpPage::marksAPaymentPaidThroughTheDialog()
{
    // A due tranche of a project in progress (made due here when the demo has none).
    qint64 payment = scalar(*m_db, QStringLiteral("SELECT p.id FROM payment p JOIN project j ON j.id = p.project_id "
                                                  "WHERE p.state = 'du' AND j.state = 'en_cours' ORDER BY p.id"));
    if (payment < 0) {
        payment = scalar(*m_db, QStringLiteral("SELECT p.id FROM payment p JOIN project j ON j.id = p.project_id "
                                               "WHERE p.state = 'prevu' AND j.state = 'en_cours' ORDER BY p.id"));
        QSqlQuery update(m_db->connection());
        QVERIFY(update.exec(
            QStringLiteral("UPDATE payment SET state = 'du', due_on = '2022-12-01' WHERE id = %1").arg(payment)));
        QVERIFY(m_page->reload(m_db.get()));
    }
    QVERIFY(payment > 0);
    const qint64 project = scalar(*m_db, QStringLiteral("SELECT project_id FROM payment WHERE id = %1").arg(payment));
    QVERIFY(m_page->selectRecord(project));
    auto* view = m_page->findChild<QTableView*>(QStringLiteral("paymentTableView"));
    auto* pay = m_page->findChild<QPushButton*>(QStringLiteral("markPaidButton"));
    QVERIFY(view && pay);
    int row = -1;
    for (int r = 0; r < m_page->payments()->rowCount(); ++r) {
        if (m_page->payments()->payment(r).id == payment) {
            row = r;
        }
    }
    QVERIFY(row >= 0);
    view->setCurrentIndex(m_page->payments()->index(row, 0));
    QVERIFY(pay->isEnabled());

    bool okWasDisabled = false;
    whenDialogShows([&okWasDisabled](QDialog* dialog) {
        auto* reference = dialog->findChild<QLineEdit*>(QStringLiteral("referenceLineEdit"));
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        okWasDisabled = !buttons->button(QDialogButtonBox::Ok)->isEnabled(); // no reference yet
        reference->setText(QStringLiteral("VIR-2026-0042"));
        saveShot(dialog, QStringLiteral("payment-dialog.png"));
        buttons->button(QDialogButtonBox::Ok)->click();
    });
    pay->click();
    QVERIFY(okWasDisabled);

    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT state, reference, paid_on FROM payment WHERE id = %1").arg(payment)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("verse"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("VIR-2026-0042"));
    QCOMPARE(query.value(2).toString(), QDate::currentDate().toString(Qt::ISODate));
    // The page shows it: the same project is current, its tranche reads paid.
    QCOMPARE(m_page->projects()->recordId(m_page->proxy()->mapToSource(m_page->tableView()->currentIndex()).row()),
             project);
    bool shown = false;
    for (int r = 0; r < m_page->payments()->rowCount(); ++r) {
        const Payment& p = m_page->payments()->payment(r);
        shown = shown || (p.id == payment && p.state == PaymentState::Paid);
    }
    QVERIFY(shown);
}

void TestFollowUpPage::finishesAProject()
{
    const qint64 project = scalar(*m_db, QStringLiteral("SELECT id FROM project WHERE state = 'en_cours' AND "
                                                        "(started_on IS NULL OR started_on <= date('now')) "
                                                        "ORDER BY id DESC"));
    QVERIFY(project > 0);
    QVERIFY(m_page->selectRecord(project));
    auto* button = m_page->findChild<QPushButton*>(QStringLiteral("changeStateButton"));
    QVERIFY(button->isEnabled());
    whenDialogShows([](QDialog* dialog) {
        QVERIFY(dialog->findChild<QRadioButton*>(QStringLiteral("finishedRadioButton"))->isChecked());
        saveShot(dialog, QStringLiteral("project-state-dialog.png"));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    button->click();
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM project WHERE id = %1 AND state = 'termine' AND "
                                          "finished_on = '%2'")
                               .arg(project)
                               .arg(QDate::currentDate().toString(Qt::ISODate))),
             1);
    // A finished project cannot change again.
    QVERIFY(!button->isEnabled());
}

void TestFollowUpPage::addsANote()
{
    const qint64 project =
        m_page->projects()->recordId(m_page->proxy()->mapToSource(m_page->tableView()->currentIndex()).row());
    const qint64 before =
        scalar(*m_db, QStringLiteral("SELECT count(*) FROM project_note WHERE project_id = %1").arg(project));
    whenDialogShows([](QDialog* dialog) {
        auto* input = qobject_cast<QInputDialog*>(dialog);
        QVERIFY(input);
        input->setTextValue(QStringLiteral("Comité de suivi fictif : déploiement achevé."));
        input->accept();
    });
    m_page->findChild<QPushButton*>(QStringLiteral("addNoteButton"))->click();
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM project_note WHERE project_id = %1").arg(project)),
             before + 1);
    auto* notes = m_page->findChild<QWidget*>(QStringLiteral("notesTextBrowser"));
    QVERIFY(notes);
}

void TestFollowUpPage::refreshesTheDuePayments()
{
    auto* button = m_page->findChild<QPushButton*>(QStringLiteral("refreshDueButton"));
    QVERIFY(button && button->isEnabled());
    const int projects = m_page->projects()->rowCount();
    button->click();
    auto* message = m_page->findChild<QLabel*>(QStringLiteral("messageLabel"));
    QVERIFY(message && !message->isHidden());
    QVERIFY(message->text().contains(QStringLiteral("tranche")));
    QCOMPARE(m_page->projects()->rowCount(), projects);
    // The button applied every change due today: a second refresh finds nothing left to do.
    Result<QList<PaymentStateUpdate>> again = refreshDuePayments(*m_db);
    QVERIFY(again);
    QVERIFY(again->isEmpty());
    // What the table shows is what the database holds.
    qint64 due = 0;
    for (int row = 0; row < projects; ++row) {
        due += m_page->projects()->project(row).project.totals.dueCents;
    }
    QCOMPARE(due,
             scalar(*m_db, QStringLiteral("SELECT coalesce(sum(amount_cents), 0) FROM payment WHERE state = 'du'")));
}

void TestFollowUpPage::readOnlyDatabaseOnlyShows()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("demo.palier")), {.readOnly = true});
    QVERIFY(db);
    FollowUpPage page(QStringLiteral("Suivi"));
    QVERIFY(page.reload(db->get()));
    QVERIFY(page.projects()->rowCount() > 0);
    for (const char* name : {"refreshDueButton", "changeStateButton", "addNoteButton", "markPaidButton"}) {
        auto* button = page.findChild<QPushButton*>(QLatin1String(name));
        QVERIFY2(button && !button->isEnabled(), name);
    }
}

QTEST_MAIN(TestFollowUpPage)
#include "tst_followuppage.moc"
