// SPDX-License-Identifier: GPL-3.0-or-later
// Two referents on the same database, outside the detail forms: the follow-up (payments, project states) and the
// roadmap (the roadmap itself, its milestones, their undo). The window of one, and a second connection standing for
// the colleague. A change prepared on rows the colleague has since changed is refused, the user sees both values
// (and chooses where a choice makes sense), and nothing of the colleague's is lost; an undo that would overwrite a
// later change of theirs is refused. On SQLite a colleague's change shows while the window stays active. Runs on
// SQLite, and on the PostgreSQL test cluster through scripts/pg-run-test.sh (tst_concurrentfollowup_pg).
#include "ConflictDialog.h"
#include "DatabaseWatcher.h"
#include "FollowUpPage.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "Pages.h"
#include "ProjectDetailModels.h"
#include "ProjectListModel.h"
#include "SharedDemo.h"
#include "db/Database.h"
#include "db/RowVersion.h"
#include "followup/Payments.h"
#include "followup/Projects.h"
#include "selection/ForfaitGrid.h"
#include "selection/RoadmapModel.h"
#include "selection/RoadmapPage.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace Palier;

class TestConcurrentFollowUp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void paymentPaidByAColleagueIsRefusedWithBothValues();
    void paymentStillDueAsksAndKeepsTheChoice();
    void tranchePaidByAColleagueIsNotCancelled();
    void projectAbandonedByAColleagueIsNotFinished();
    void cancelsATrancheThroughTheButton();
    void staleRoadmapShowsBothValuesAndKeepsTheChoices();
    void cancelledRoadmapConflictWritesNothing();
    void roadmapUndoAfterAColleaguesChangeIsRefused();
    void milestoneConflictAndUndo();
    void forfaitGridConflictKeepsTheChoiceAndUndoIsChecked();
    void sqliteChangesShowWhileTheWindowStaysActive();

private:
    FollowUpPage* followUpPage();
    RoadmapPage* roadmapPage();
    QVariant stored(const QString& sql, const QVariantList& values = {}) const;
    void colleagueWrites(const QString& sql, const QVariantList& values);
    /// A tranche of a project in progress made due (today) by the colleague, before the page reads it.
    qint64 duePayment(int skip);
    /// The tranche `id` as the follow-up page shows it (its project made current).
    Payment shownPayment(qint64 id);
    static void picture(QWidget* widget, const QString& name);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Database> m_colleague;
};

void TestConcurrentFollowUp::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.palier"));
    const QString failed = TestSupport::prepareSharedDemo(m_path, QStringLiteral("tst_concurrentfollowup"));
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestConcurrentFollowUp::init()
{
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openDatabase(m_path));
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    Result<std::unique_ptr<Database>> colleague = Database::open(m_path, {});
    QVERIFY2(colleague, qPrintable(colleague.error().message + u' ' + colleague.error().detail));
    m_colleague = std::move(colleague).value();
    QTest::qWait(50); // the look the window takes as it becomes active, before the colleague writes
    auto* watcher = m_window->findChild<DatabaseWatcher*>();
    QVERIFY(watcher);
    watcher->checkForChanges();
}

void TestConcurrentFollowUp::cleanup()
{
    ConflictDialog::setNextHandler({});
    m_window.reset();
    m_colleague.reset();
}

void TestConcurrentFollowUp::picture(QWidget* widget, const QString& name)
{
    if (const QString folder = qEnvironmentVariable("PALIER_SCREENSHOT_DIR"); !folder.isEmpty()) {
        widget->adjustSize();
        widget->grab().save(folder + u'/' + name);
    }
}

FollowUpPage* TestConcurrentFollowUp::followUpPage()
{
    m_window->showPage(Page::FollowUp);
    auto* page = m_window->findChild<FollowUpPage*>();
    if (page) {
        page->setToday(QDate::currentDate());
    }
    return page;
}

RoadmapPage* TestConcurrentFollowUp::roadmapPage()
{
    m_window->showPage(Page::Roadmap);
    return m_window->findChild<RoadmapPage*>();
}

QVariant TestConcurrentFollowUp::stored(const QString& sql, const QVariantList& values) const
{
    // Read by the colleague's connection: what is really in the database.
    QSqlQuery query(m_colleague->connection());
    query.prepare(sql);
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        qFatal("query failed: %s", qPrintable(sql));
    }
    return query.next() ? query.value(0) : QVariant();
}

void TestConcurrentFollowUp::colleagueWrites(const QString& sql, const QVariantList& values)
{
    TransactionGuard transaction(*m_colleague);
    QVERIFY(transaction.started());
    QSqlQuery query(m_colleague->connection());
    query.prepare(sql);
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    QVERIFY2(query.exec(), qPrintable(sql));
    QCOMPARE(query.numRowsAffected(), 1);
    QVERIFY(transaction.commit());
}

qint64 TestConcurrentFollowUp::duePayment(int skip)
{
    const qint64 id =
        stored(QStringLiteral("SELECT y.id FROM payment y JOIN project p ON p.id = y.project_id WHERE y.state IN "
                              "('prevu', 'du') AND p.state = 'en_cours' ORDER BY y.id LIMIT 1 OFFSET %1")
                   .arg(skip))
            .toLongLong();
    if (id <= 0) {
        return 0;
    }
    colleagueWrites(QStringLiteral("UPDATE payment SET state = 'du', due_on = ? WHERE id = ?"),
                    {QDate::currentDate().toString(Qt::ISODate), id});
    return id;
}

Payment TestConcurrentFollowUp::shownPayment(qint64 id)
{
    FollowUpPage* page = followUpPage();
    if (!page) {
        return {};
    }
    page->reload(m_window->database());
    page->selectRecord(stored(QStringLiteral("SELECT project_id FROM payment WHERE id = ?"), {id}).toLongLong());
    for (int row = 0; row < page->payments()->rowCount(); ++row) {
        if (page->payments()->payment(row).id == id) {
            return page->payments()->payment(row);
        }
    }
    return {};
}

void TestConcurrentFollowUp::paymentPaidByAColleagueIsRefusedWithBothValues()
{
    const qint64 id = duePayment(0);
    QVERIFY(id > 0);
    const Payment seen = shownPayment(id);
    QCOMPARE(seen.id, id);
    QCOMPARE(seen.state, PaymentState::Due);
    QVERIFY(seen.rowVersion > 0);

    // The colleague records the transfer first.
    QVERIFY(payPayment(*m_colleague, id, QDate::currentDate(), QStringLiteral("VIR-COLLEGUE-1")));
    const qint64 theirVersion = rowVersion(*m_colleague, QStringLiteral("payment"), id).value();
    QVERIFY(theirVersion > seen.rowVersion);
    const LastChange last = lastChange(*m_colleague, QStringLiteral("payment"), id);
    QVERIFY(!last.user.isEmpty());

    // The user records another one on the tranche as shown: refused, both said, theirs kept.
    int dialogs = 0;
    ConflictDialog::setNextHandler([&](ConflictDialog&) {
        ++dialogs;
        return int(QDialog::Accepted);
    });
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!followUpPage()->payTranche(seen, QDate::currentDate(), QStringLiteral("VIR-MOI-1")));
    QCOMPARE(dialogs, 0); // a paid tranche never changes: nothing to choose
    const QString text = MessageBox::lastText();
    if (!qEnvironmentVariableIsEmpty("PALIER_SCREENSHOT_DIR")) {
        QMessageBox box(QMessageBox::Warning, followUpPage()->tr("Cannot Record the Payment"), text, QMessageBox::Ok,
                        m_window.get());
        box.show();
        QTest::qWait(50);
        box.grab().save(qEnvironmentVariable("PALIER_SCREENSHOT_DIR") +
                        QStringLiteral("/conflict-payment-refused.png"));
        box.close();
    }
    QVERIFY2(text.contains(QStringLiteral("VIR-COLLEGUE-1")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("VIR-MOI-1")), qPrintable(text));
    QVERIFY2(text.contains(last.user), qPrintable(text));
    QCOMPARE(stored(QStringLiteral("SELECT reference FROM payment WHERE id = ?"), {id}).toString(),
             QStringLiteral("VIR-COLLEGUE-1"));
    QCOMPARE(rowVersion(*m_colleague, QStringLiteral("payment"), id).value(), theirVersion);
    // The page shows the database as it is now.
    const Payment now = shownPayment(id);
    QCOMPARE(now.state, PaymentState::Paid);
    QCOMPARE(now.reference, QStringLiteral("VIR-COLLEGUE-1"));
    QCOMPARE(now.rowVersion, theirVersion);

    // The core refuses the same without the GUI: the CLI's path (no version given) still sees the transition rule.
    Result<Payment> again =
        payPayment(*m_colleague, id, QDate::currentDate(), QStringLiteral("X"), QDate::currentDate(), seen.rowVersion);
    QVERIFY(!again);
    QCOMPARE(again.error().code, QStringLiteral("db.conflict"));
    QVERIFY(!payPayment(*m_colleague, id, QDate::currentDate(), QStringLiteral("X")));
}

void TestConcurrentFollowUp::paymentStillDueAsksAndKeepsTheChoice()
{
    const qint64 id = duePayment(1);
    QVERIFY(id > 0);
    const Payment seen = shownPayment(id);
    QCOMPARE(seen.state, PaymentState::Due);
    // The colleague moves its due date (still due): the user's payment still makes sense; asked.
    const QDate later = QDate::currentDate().addDays(10);
    colleagueWrites(QStringLiteral("UPDATE payment SET due_on = ? WHERE id = ?"), {later.toString(Qt::ISODate), id});
    const qint64 theirVersion = rowVersion(*m_colleague, QStringLiteral("payment"), id).value();

    int shown = 0;
    ConflictDialog::setNextHandler([&](ConflictDialog& dialog) {
        ++shown;
        [&] {
            QCOMPARE(dialog.fieldCount(), 1);
            QVERIFY2(dialog.field(0).theirsText.contains(QLocale().toString(later, QStringLiteral("d MMMM yyyy"))),
                     qPrintable(dialog.field(0).theirsText));
            QVERIFY2(dialog.field(0).yoursText.contains(QStringLiteral("VIR-MOI-2")),
                     qPrintable(dialog.field(0).yoursText));
            QVERIFY(dialog.keepsYours(0));
        }();
        return int(QDialog::Rejected);
    });
    QVERIFY(!followUpPage()->payTranche(seen, QDate::currentDate(), QStringLiteral("VIR-MOI-2")));
    QCOMPARE(shown, 1);
    // Cancelled: nothing written.
    QCOMPARE(stored(QStringLiteral("SELECT state FROM payment WHERE id = ?"), {id}).toString(), QStringLiteral("du"));
    QCOMPARE(rowVersion(*m_colleague, QStringLiteral("payment"), id).value(), theirVersion);

    // Asked again, the user keeps the payment: written on the colleague's version, their due date kept.
    ConflictDialog::setNextHandler([&](ConflictDialog& dialog) {
        ++shown;
        picture(&dialog, QStringLiteral("conflict-payment.png"));
        return int(QDialog::Accepted);
    });
    QVERIFY(followUpPage()->payTranche(seen, QDate::currentDate(), QStringLiteral("VIR-MOI-2")));
    QCOMPARE(shown, 2);
    QCOMPARE(stored(QStringLiteral("SELECT state FROM payment WHERE id = ?"), {id}).toString(),
             QStringLiteral("verse"));
    QCOMPARE(stored(QStringLiteral("SELECT reference FROM payment WHERE id = ?"), {id}).toString(),
             QStringLiteral("VIR-MOI-2"));
    QCOMPARE(stored(QStringLiteral("SELECT due_on FROM payment WHERE id = ?"), {id}).toString(),
             later.toString(Qt::ISODate));
    QCOMPARE(rowVersion(*m_colleague, QStringLiteral("payment"), id).value(), theirVersion + 1);
}

void TestConcurrentFollowUp::tranchePaidByAColleagueIsNotCancelled()
{
    const qint64 id = duePayment(2);
    QVERIFY(id > 0);
    const Payment seen = shownPayment(id);
    QVERIFY(payPayment(*m_colleague, id, QDate::currentDate(), QStringLiteral("VIR-COLLEGUE-3")));
    const qint64 notes =
        stored(QStringLiteral("SELECT count(*) FROM project_note WHERE project_id = ?"), {seen.projectId}).toLongLong();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!followUpPage()->cancelTranche(seen, QStringLiteral("Renoncement fictif")));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("VIR-COLLEGUE-3")), qPrintable(MessageBox::lastText()));
    QCOMPARE(stored(QStringLiteral("SELECT state FROM payment WHERE id = ?"), {id}).toString(),
             QStringLiteral("verse"));
    // Nothing of the refused change: no note either.
    QCOMPARE(
        stored(QStringLiteral("SELECT count(*) FROM project_note WHERE project_id = ?"), {seen.projectId}).toLongLong(),
        notes);
}

void TestConcurrentFollowUp::projectAbandonedByAColleagueIsNotFinished()
{
    FollowUpPage* page = followUpPage();
    QVERIFY(page);
    page->reload(m_window->database());
    const qint64 id = stored(QStringLiteral("SELECT id FROM project WHERE state = 'en_cours' AND (started_on IS NULL "
                                            "OR started_on <= ?) ORDER BY id DESC LIMIT 1"),
                             {QDate::currentDate().toString(Qt::ISODate)})
                          .toLongLong();
    QVERIFY(id > 0);
    const int row = page->projects()->rowOfRecord(id);
    QVERIFY(row >= 0);
    const Project seen = page->projects()->project(row).project;
    QVERIFY(seen.rowVersion > 0);
    QVERIFY(changeProjectState(*m_colleague, id,
                               {ProjectState::Abandoned, {}, QStringLiteral("Motif fictif du collègue"), {}}));
    const qint64 theirVersion = rowVersion(*m_colleague, QStringLiteral("project"), id).value();

    int dialogs = 0;
    ConflictDialog::setNextHandler([&](ConflictDialog&) {
        ++dialogs;
        return int(QDialog::Accepted);
    });
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!page->changeProject(seen, {ProjectState::Finished, QDate::currentDate(), {}, {}}));
    QCOMPARE(dialogs, 0); // an abandoned project cannot be finished: nothing to choose
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Motif fictif du collègue")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(stored(QStringLiteral("SELECT state FROM project WHERE id = ?"), {id}).toString(),
             QStringLiteral("abandonne"));
    QCOMPARE(rowVersion(*m_colleague, QStringLiteral("project"), id).value(), theirVersion);
    QCOMPARE(page->projects()->project(page->projects()->rowOfRecord(id)).project.state, ProjectState::Abandoned);
}

void TestConcurrentFollowUp::cancelsATrancheThroughTheButton()
{
    const qint64 id = duePayment(3);
    QVERIFY(id > 0);
    const Payment seen = shownPayment(id);
    QCOMPARE(seen.id, id);
    FollowUpPage* page = followUpPage();
    auto* view = page->findChild<QTableView*>(QStringLiteral("paymentTableView"));
    auto* cancel = page->findChild<QPushButton*>(QStringLiteral("cancelTrancheButton"));
    QVERIFY(view && cancel);
    for (int row = 0; row < page->payments()->rowCount(); ++row) {
        if (page->payments()->payment(row).id == id) {
            view->setCurrentIndex(page->payments()->index(row, 0));
        }
    }
    QVERIFY(cancel->isEnabled());
    bool asked = false;
    std::function<void()> answer = [&asked, &answer] {
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(10, qApp, answer); // not shown yet
            return;
        }
        asked = true;
        dialog->setTextValue(QStringLiteral("Renoncement fictif à la tranche"));
        if (const QString folder = qEnvironmentVariable("PALIER_SCREENSHOT_DIR"); !folder.isEmpty()) {
            dialog->grab().save(folder + QStringLiteral("/cancel-tranche.png"));
        }
        dialog->accept();
    };
    QTimer::singleShot(0, qApp, answer);
    cancel->click();
    QVERIFY(asked);
    QCOMPARE(stored(QStringLiteral("SELECT state FROM payment WHERE id = ?"), {id}).toString(),
             QStringLiteral("annule"));
    QVERIFY(
        stored(QStringLiteral("SELECT body FROM project_note WHERE project_id = ? ORDER BY id DESC"), {seen.projectId})
            .toString()
            .contains(QStringLiteral("Renoncement fictif à la tranche")));
    QCOMPARE(rowVersion(*m_colleague, QStringLiteral("payment"), id).value(), seen.rowVersion + 1);
}

void TestConcurrentFollowUp::staleRoadmapShowsBothValuesAndKeepsTheChoices()
{
    RoadmapPage* page = roadmapPage();
    QVERIFY(page);
    const Roadmap base = page->roadmapModel()->roadmap();
    QVERIFY(base.version > 0);
    // The user edits the correspondent and the envelope...
    Roadmap mine = base;
    mine.correspondent = QStringLiteral("Correspondant fictif (moi)");
    mine.envelopeCents = base.envelopeCents + 10000000;
    // ... while the colleague saves another correspondent and a strategy.
    Roadmap theirs = loadRoadmap(*m_colleague).value();
    theirs.correspondent = QStringLiteral("Correspondante fictive (collègue)");
    theirs.strategyHtml = QStringLiteral("<p>Stratégie fictive du collègue</p>");
    QVERIFY(saveRoadmap(*m_colleague, theirs));
    const qint64 theirVersion = loadRoadmap(*m_colleague)->version;
    QVERIFY(theirVersion > base.version);

    bool shown = false;
    ConflictDialog::setNextHandler([&](ConflictDialog& dialog) {
        shown = true;
        picture(&dialog, QStringLiteral("conflict-roadmap.png"));
        [&] {
            QCOMPARE(dialog.fieldCount(), 3);
            QCOMPARE(dialog.field(0).theirsText, QStringLiteral("Correspondante fictive (collègue)"));
            QCOMPARE(dialog.field(0).yoursText, QStringLiteral("Correspondant fictif (moi)"));
            QVERIFY(dialog.field(0).changedByThem && dialog.field(0).changedByYou);
            QVERIFY(!dialog.field(1).changedByThem && dialog.field(1).changedByYou); // the envelope
            QVERIFY(dialog.keepsYours(1));
            QCOMPARE(dialog.field(2).theirsText, QStringLiteral("Stratégie fictive du collègue"));
            QVERIFY(!dialog.keepsYours(2));
            dialog.setKeepsYours(0, false); // their correspondent
        }();
        return int(QDialog::Accepted);
    });
    QVERIFY(page->applyRoadmap(mine));
    QVERIFY(shown);
    const Roadmap now = loadRoadmap(*m_colleague).value();
    QCOMPARE(now.correspondent, QStringLiteral("Correspondante fictive (collègue)"));
    QCOMPARE(now.envelopeCents, base.envelopeCents + 10000000);
    QCOMPARE(now.strategyHtml, QStringLiteral("<p>Stratégie fictive du collègue</p>"));
    QVERIFY(now.version > theirVersion);
    QCOMPARE(page->roadmapModel()->roadmap().version, now.version);
    // Undone: back to the colleague's roadmap, not to the one the user first saw.
    page->undoStack()->undo();
    const Roadmap undone = loadRoadmap(*m_colleague).value();
    QCOMPARE(undone.envelopeCents, base.envelopeCents);
    QCOMPARE(undone.correspondent, QStringLiteral("Correspondante fictive (collègue)"));
    QCOMPARE(undone.strategyHtml, QStringLiteral("<p>Stratégie fictive du collègue</p>"));
}

void TestConcurrentFollowUp::cancelledRoadmapConflictWritesNothing()
{
    RoadmapPage* page = roadmapPage();
    QVERIFY(page);
    Roadmap mine = page->roadmapModel()->roadmap();
    mine.envelopePerYear.insert(2031, 123400);
    Roadmap theirs = loadRoadmap(*m_colleague).value();
    theirs.envelopePerYear.insert(2031, 567800);
    QVERIFY(saveRoadmap(*m_colleague, theirs));
    const Roadmap before = loadRoadmap(*m_colleague).value();

    int shown = 0;
    ConflictDialog::setNextHandler([&](ConflictDialog& dialog) {
        ++shown;
        return dialog.fieldCount() == 1 && dialog.field(0).label.contains(QStringLiteral("2031"))
                   ? int(QDialog::Rejected)
                   : int(QDialog::Accepted);
    });
    QVERIFY(!page->applyRoadmap(mine));
    QCOMPARE(shown, 1);
    const Roadmap after = loadRoadmap(*m_colleague).value();
    QCOMPARE(after.version, before.version);
    QCOMPARE(after.envelopePerYear.value(2031), 567800);
    // The page shows theirs; nothing to undo.
    QCOMPARE(page->roadmapModel()->roadmap().envelopePerYear.value(2031), 567800);
    QCOMPARE(page->undoStack()->count(), 0);
}

void TestConcurrentFollowUp::roadmapUndoAfterAColleaguesChangeIsRefused()
{
    RoadmapPage* page = roadmapPage();
    QVERIFY(page);
    Roadmap mine = page->roadmapModel()->roadmap();
    const QString original = mine.correspondent;
    mine.correspondent = QStringLiteral("Correspondant fictif à annuler");
    QVERIFY(page->applyRoadmap(mine));
    QCOMPARE(loadRoadmap(*m_colleague)->correspondent, QStringLiteral("Correspondant fictif à annuler"));
    // The user's own edits undo and redo freely, one after the other.
    Roadmap second = page->roadmapModel()->roadmap();
    second.envelopeCents += 100;
    QVERIFY(page->applyRoadmap(second));
    page->undoStack()->undo();
    page->undoStack()->undo();
    QCOMPARE(loadRoadmap(*m_colleague)->correspondent, original);
    page->undoStack()->redo();
    page->undoStack()->redo();
    QCOMPARE(loadRoadmap(*m_colleague)->envelopeCents, second.envelopeCents);
    page->undoStack()->undo();
    QCOMPARE(page->undoStack()->count(), 2);
    QCOMPARE(loadRoadmap(*m_colleague)->correspondent, QStringLiteral("Correspondant fictif à annuler"));

    // The colleague changes the roadmap again; undoing the user's edit would silently drop theirs: refused, said.
    Roadmap theirs = loadRoadmap(*m_colleague).value();
    theirs.envelopeCents += 500000;
    QVERIFY(saveRoadmap(*m_colleague, theirs));
    const qint64 theirVersion = loadRoadmap(*m_colleague)->version;
    auto* undo = m_window->findChild<QAction*>(QStringLiteral("undoAction"));
    QVERIFY(undo && undo->isEnabled());
    undo->trigger();
    const Roadmap now = loadRoadmap(*m_colleague).value();
    QCOMPARE(now.version, theirVersion);
    QCOMPARE(now.correspondent, QStringLiteral("Correspondant fictif à annuler"));
    QCOMPARE(now.envelopeCents, theirs.envelopeCents);
    QVERIFY(original != now.correspondent);
    auto* message = page->findChild<QLabel*>(QStringLiteral("messageLabel"));
    QVERIFY(message && message->isVisible());
    QVERIFY2(message->text().contains(lastRoadmapChange(*m_colleague).user), qPrintable(message->text()));
    picture(page, QStringLiteral("roadmap-undo-refused.png"));
    QCOMPARE(page->roadmapModel()->roadmap().envelopeCents, theirs.envelopeCents); // shown as it is now
}

void TestConcurrentFollowUp::milestoneConflictAndUndo()
{
    RoadmapPage* page = roadmapPage();
    QVERIFY(page);
    const qint64 id = page->addMilestone({QDate(2019, 10, 1), QStringLiteral("Comité fictif"), QStringLiteral("ars")});
    QVERIFY(id > 0);
    const Milestone seen = page->roadmapModel()->milestone(page->roadmapModel()->rowOf(id));
    QCOMPARE(seen.version, qint64(1));
    // The colleague renames it; the user moves it on the row as shown.
    colleagueWrites(QStringLiteral("UPDATE milestone SET label = ? WHERE id = ?"),
                    {QStringLiteral("Comité fictif (renommé)"), id});
    Milestone moved = seen;
    moved.dueOn = QDate(2019, 10, 15);
    bool shown = false;
    ConflictDialog::setNextHandler([&](ConflictDialog& dialog) {
        shown = true;
        [&] {
            QCOMPARE(dialog.fieldCount(), 2);
            QVERIFY(dialog.keepsYours(0));  // the date, changed by the user only
            QVERIFY(!dialog.keepsYours(1)); // the label, by the colleague only
            QCOMPARE(dialog.field(1).theirsText, QStringLiteral("Comité fictif (renommé)"));
        }();
        return int(QDialog::Accepted);
    });
    QVERIFY(page->changeMilestone(moved));
    QVERIFY(shown);
    QCOMPARE(stored(QStringLiteral("SELECT due_on FROM milestone WHERE id = ?"), {id}).toString(),
             QStringLiteral("2019-10-15"));
    QCOMPARE(stored(QStringLiteral("SELECT label FROM milestone WHERE id = ?"), {id}).toString(),
             QStringLiteral("Comité fictif (renommé)"));
    QCOMPARE(rowVersion(*m_colleague, QStringLiteral("milestone"), id).value(), qint64(3));

    // Undone at once: the colleague's label stays (what the undo gives back is the row as the user found it).
    page->undoStack()->undo();
    QCOMPARE(stored(QStringLiteral("SELECT due_on FROM milestone WHERE id = ?"), {id}).toString(),
             QStringLiteral("2019-10-01"));
    QCOMPARE(stored(QStringLiteral("SELECT label FROM milestone WHERE id = ?"), {id}).toString(),
             QStringLiteral("Comité fictif (renommé)"));
    page->undoStack()->redo();
    // The colleague changes it again: undoing would drop it; refused.
    colleagueWrites(QStringLiteral("UPDATE milestone SET label = ? WHERE id = ?"),
                    {QStringLiteral("Comité fictif (final)"), id});
    page->undoStack()->undo();
    QCOMPARE(stored(QStringLiteral("SELECT due_on FROM milestone WHERE id = ?"), {id}).toString(),
             QStringLiteral("2019-10-15"));
    QCOMPARE(stored(QStringLiteral("SELECT label FROM milestone WHERE id = ?"), {id}).toString(),
             QStringLiteral("Comité fictif (final)"));
    auto* message = page->findChild<QLabel*>(QStringLiteral("messageLabel"));
    QVERIFY(message && message->isVisible());
    // Removing it on the version shown before the colleague's change: refused too.
    const Milestone stale = page->roadmapModel()->milestone(page->roadmapModel()->rowOf(id));
    colleagueWrites(QStringLiteral("UPDATE milestone SET label = ? WHERE id = ?"),
                    {QStringLiteral("Comité fictif (encore)"), id});
    QCOMPARE(removeMilestone(*m_window->database(), id, stale.version).error().code, QStringLiteral("db.conflict"));
    QVERIFY(stored(QStringLiteral("SELECT id FROM milestone WHERE id = ?"), {id}).isValid());
}

// The forfait grid edited from the page while a colleague changes it: their other cells stay, a cell both changed
// is chosen in the dialog, cancel writes nothing, and an undo that would overwrite a colleague's later change is
// refused.
void TestConcurrentFollowUp::forfaitGridConflictKeepsTheChoiceAndUndoIsChecked()
{
    RoadmapPage* page = roadmapPage();
    QVERIFY(page);
    const QList<ForfaitCell> base = page->forfaitGrid().cells;
    QVERIFY(base.size() >= 3);
    const ForfaitCell a = base.at(0);
    const ForfaitCell b = base.at(1);
    const ForfaitCell c = base.at(2);
    QList<ForfaitCell> theirs = base;
    theirs[0].amountCents = a.amountCents + 100000;
    theirs[2].amountCents = c.amountCents + 300000;
    QVERIFY(replaceForfaitGrid(*m_colleague, theirs));
    const auto amount = [this](const ForfaitCell& cell) {
        return loadForfaitGrid(*m_colleague)->amount(cell.sizeClass, cell.domainCode);
    };

    // Mine changes a (which they changed too) and b (which they did not).
    QList<ForfaitCell> mine = base;
    mine[0].amountCents = a.amountCents + 200000;
    mine[1].amountCents = b.amountCents + 400000;
    // Cancelled: nothing written, the page shows theirs.
    int shown = 0;
    ConflictDialog::setNextHandler([&](ConflictDialog&) {
        ++shown;
        return int(QDialog::Rejected);
    });
    QVERIFY(!page->applyForfaitGrid(mine));
    QCOMPARE(shown, 1);
    QCOMPARE(amount(a), std::optional<qint64>(a.amountCents + 100000));
    QCOMPARE(amount(b), std::optional<qint64>(b.amountCents));
    QCOMPARE(page->forfaitGrid().amount(a.sizeClass, a.domainCode), std::optional<qint64>(a.amountCents + 100000));
    QCOMPARE(page->undoStack()->count(), 0);

    // Again from the grid the user saw, keeping mine on a: a and b mine, c theirs.
    QList<ForfaitCell> again = page->forfaitGrid().cells;
    for (ForfaitCell& cell : again) {
        if (cell.sizeClass == a.sizeClass && cell.domainCode == a.domainCode) {
            cell.amountCents = a.amountCents + 200000;
        } else if (cell.sizeClass == b.sizeClass && cell.domainCode == b.domainCode) {
            cell.amountCents = b.amountCents + 400000;
        }
    }
    QList<ForfaitCell> later = page->forfaitGrid().cells;
    later[0].amountCents = a.amountCents + 500000; // the colleague once more, on a, while the dialog is prepared
    QVERIFY(replaceForfaitGrid(*m_colleague, later));
    ConflictDialog::setNextHandler([&](ConflictDialog& dialog) {
        ++shown;
        picture(&dialog, QStringLiteral("conflict-forfait.png"));
        [&] {
            QCOMPARE(dialog.fieldCount(), 1);
            QCOMPARE(dialog.field(0).label, QStringLiteral("%1 – %2").arg(a.sizeClass, a.domainCode));
            QCOMPARE(dialog.field(0).theirs.toLongLong(), a.amountCents + 500000);
            QCOMPARE(dialog.field(0).yours.toLongLong(), a.amountCents + 200000);
            QVERIFY(dialog.keepsYours(0));
        }();
        return int(QDialog::Accepted);
    });
    QVERIFY(page->applyForfaitGrid(again));
    QCOMPARE(shown, 2);
    QCOMPARE(amount(a), std::optional<qint64>(a.amountCents + 200000));
    QCOMPARE(amount(b), std::optional<qint64>(b.amountCents + 400000));
    QCOMPARE(amount(c), std::optional<qint64>(c.amountCents + 300000));

    // The colleague changes b after that; undoing the user's edit would give b back its old amount: refused.
    QList<ForfaitCell> after = loadForfaitGrid(*m_colleague)->cells;
    for (ForfaitCell& cell : after) {
        if (cell.sizeClass == b.sizeClass && cell.domainCode == b.domainCode) {
            cell.amountCents = b.amountCents + 700000;
        }
    }
    QVERIFY(replaceForfaitGrid(*m_colleague, after));
    page->undoStack()->undo();
    QCOMPARE(amount(a), std::optional<qint64>(a.amountCents + 200000));
    QCOMPARE(amount(b), std::optional<qint64>(b.amountCents + 700000));
    auto* message = page->findChild<QLabel*>(QStringLiteral("messageLabel"));
    QVERIFY(message && message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("not undone")) ||
                 message->text().contains(QStringLiteral("pas été annulé")),
             qPrintable(message->text()));
    QVERIFY(replaceForfaitGrid(*m_colleague, base)); // the demo's grid for the other tests
}

void TestConcurrentFollowUp::sqliteChangesShowWhileTheWindowStaysActive()
{
    auto* watcher = m_window->findChild<DatabaseWatcher*>();
    QVERIFY(watcher);
    QCOMPARE(watcher->pollInterval(), 2000);
    if (m_window->database()->isPostgres()) {
        QVERIFY2(!watcher->isPolling(), "PostgreSQL notifies: no timer");
        return;
    }
    RoadmapPage* page = roadmapPage();
    QVERIFY(page);
    QVERIFY(m_window->isActiveWindow());
    QVERIFY(watcher->isPolling());
    QSignalSpy changed(watcher, &DatabaseWatcher::changedElsewhere);
    Roadmap theirs = loadRoadmap(*m_colleague).value();
    theirs.correspondent = QStringLiteral("Correspondant fictif vu sans changer de fenêtre");
    QVERIFY(saveRoadmap(*m_colleague, theirs));
    // No focus change: the periodic look finds it within its interval, and the page shows it.
    QTRY_VERIFY_WITH_TIMEOUT(page->roadmapHtml().contains(QStringLiteral("vu sans changer de fenêtre")), 5000);
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_window->isActiveWindow());
    // Nothing more changed: the next looks say nothing.
    watcher->setPollInterval(50);
    QTest::qWait(300);
    QCOMPARE(changed.count(), 1);

    // In the background, no timer.
    QWidget other;
    other.show();
    other.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&other));
    QVERIFY(!watcher->isPolling());
    other.close();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(watcher->isPolling());
}

QTEST_MAIN(TestConcurrentFollowUp)
#include "tst_concurrentfollowup.moc"
