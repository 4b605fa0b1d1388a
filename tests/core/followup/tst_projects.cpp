// SPDX-License-Identifier: GPL-3.0-or-later
#include "FollowUpTestSupport.h"
#include "followup/Payments.h"
#include "followup/Projects.h"
#include "followup/Reconciliation.h"
#include "selection/Funding.h"
#include "selection/Roadmap.h"
#include "workflow/History.h"

#include <QTest>

using namespace Palier;
using namespace FollowUpTest;

class TestProjects : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void createsProjectsFromNotifiedRetainedFiles();
    void creationIsIdempotent();
    void envelopeExceededRefusesEverything();
    void finishNeedsADate();
    void finishKeepsTheWorkflowInStep();
    void abandonNeedsAReasonAndCancelsUnpaidTranches();
    void refusedTransitions_data();
    void refusedTransitions();
    void unknownProject();
    void notes();

private:
    qint64 firstProject(const QString& state = QStringLiteral("en_cours")) const;

    QTemporaryDir m_dir;
    QString m_template;
    std::unique_ptr<Database> m_db;
    int m_copy = 0;
};

void TestProjects::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.palier"));
    QVERIFY(writeDemo(m_template, false));
}

void TestProjects::init()
{
    m_db = openCopy(m_template, m_dir.filePath(QStringLiteral("copy-%1.palier").arg(++m_copy)));
    QVERIFY(m_db);
}

void TestProjects::cleanup()
{
    m_db.reset();
}

qint64 TestProjects::firstProject(const QString& state) const
{
    return scalar(*m_db, QStringLiteral("SELECT min(id) FROM project WHERE state = ?"), {state}).toLongLong();
}

void TestProjects::createsProjectsFromNotifiedRetainedFiles()
{
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM project")).toInt(), 0);
    const int notified =
        scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidature WHERE state = 'notifie'")).toInt();
    QVERIFY2(notified > 20, qPrintable(QString::number(notified)));

    Result<ProjectCreation> creation = createProjects(*m_db, QDate(2019, 10, 20));
    QVERIFY2(creation, qPrintable(creation.error().message));
    QCOMPARE(creation->created.size(), notified);
    QCOMPARE(creation->alreadyProjects, 0);
    QVERIFY(creation->skipped.isEmpty());
    // Every notified file is now en cours, with the move in its history.
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidature WHERE state = 'notifie'")).toInt(), 0);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidature_history WHERE from_state = 'notifie' AND "
                                          "to_state = 'en_cours'"))
                 .toInt(),
             notified);

    Result<FundingRules> rules = loadFundingRules(*m_db);
    QVERIFY(rules);
    Result<QList<Project>> projects = listProjects(*m_db);
    QVERIFY(projects);
    QCOMPARE(projects->size(), notified);
    qint64 total = 0;
    for (const Project& p : std::as_const(projects.value())) {
        // Granted: the amount of the sealed version's item; the schedule splits it 20/80 in the plan's years.
        const qint64 sealed = scalar(*m_db,
                                     QStringLiteral("SELECT i.amount_cents FROM preselection_item i JOIN "
                                                    "preselection_run r ON r.id = i.run_id WHERE r.sealed_at IS NOT "
                                                    "NULL AND i.selected = 1 AND i.candidature_id = ? "
                                                    "ORDER BY r.id DESC LIMIT 1"),
                                     {p.candidatureId})
                                  .toLongLong();
        QCOMPARE(p.grantedCents, sealed);
        QVERIFY(p.grantedCents > 0);
        QCOMPARE(p.state, ProjectState::InProgress);
        QCOMPARE(p.totals.plannedCents, p.grantedCents);
        const QDate plannedEnd = QDate::fromString(
            scalar(*m_db, QStringLiteral("SELECT planned_end FROM candidature WHERE id = ?"), {p.candidatureId})
                .toString(),
            Qt::ISODate);
        const PaymentPlan plan = paymentPlan(rules.value(), p.grantedCents, plannedEnd);
        QCOMPARE(p.selectionYear, plan.seedYear);
        QCOMPARE(p.usageYear, plan.usageYear);
        Result<QList<Payment>> payments = listPayments(*m_db, {.projectId = p.id});
        QVERIFY(payments);
        QCOMPARE(payments->size(), 2);
        for (const Payment& y : std::as_const(payments.value())) {
            QCOMPARE(y.state, PaymentState::Planned);
            QCOMPARE(y.amountCents, y.tranche == Tranche::Seed ? plan.seedCents : plan.usageCents);
            QCOMPARE(y.plannedYear, y.tranche == Tranche::Seed ? plan.seedYear : plan.usageYear);
        }
        total += p.grantedCents;
    }
    QCOMPARE(creation->createdCents, total);
    Result<ReconciliationReport> report = reconcile(*m_db);
    QVERIFY(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.value(0).message));
}

void TestProjects::creationIsIdempotent()
{
    Result<ProjectCreation> first = createProjects(*m_db);
    QVERIFY(first);
    QVERIFY(!first->created.isEmpty());
    const int projects = scalar(*m_db, QStringLiteral("SELECT count(*) FROM project")).toInt();
    const int payments = scalar(*m_db, QStringLiteral("SELECT count(*) FROM payment")).toInt();
    const int history = scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidature_history")).toInt();
    Result<ProjectCreation> second = createProjects(*m_db);
    QVERIFY(second);
    QVERIFY(second->created.isEmpty());
    QCOMPARE(second->alreadyProjects, projects);
    QCOMPARE(second->createdCents, 0);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM project")).toInt(), projects);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM payment")).toInt(), payments);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidature_history")).toInt(), history);
}

void TestProjects::envelopeExceededRefusesEverything()
{
    Result<Roadmap> roadmap = loadRoadmap(*m_db);
    QVERIFY(roadmap);
    const qint64 selected = notifiedSelectedCents(*m_db);
    QVERIFY(selected > 0);
    roadmap->envelopeCents = selected - 1; // one cent short
    roadmap->envelopePerYear.clear();
    QVERIFY(saveRoadmap(*m_db, roadmap.value()));
    const int history = scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidature_history")).toInt();

    Result<ProjectCreation> refused = createProjects(*m_db);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("followup.envelope-exceeded"));
    QVERIFY(!refused.error().message.isEmpty());
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM project")).toInt(), 0);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM payment")).toInt(), 0);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidature_history")).toInt(), history);

    // Exactly the envelope is allowed.
    roadmap->envelopeCents = selected;
    QVERIFY(saveRoadmap(*m_db, roadmap.value()));
    Result<ProjectCreation> accepted = createProjects(*m_db);
    QVERIFY2(accepted, qPrintable(accepted ? QString() : accepted.error().message));
    QCOMPARE(accepted->createdCents, selected);
    Result<ReconciliationReport> report = reconcile(*m_db);
    QVERIFY(report);
    QCOMPARE(report->committedCents, selected);
    QVERIFY(report->ok());

    // A per-year envelope too small for the usage tranches refuses as well.
    QVERIFY(run(*m_db, QStringLiteral("DELETE FROM payment")));
    QVERIFY(run(*m_db, QStringLiteral("DELETE FROM project")));
    QVERIFY(run(*m_db, QStringLiteral("UPDATE candidature SET state = 'notifie' WHERE state = 'en_cours'")));
    roadmap->envelopePerYear.insert(2019, 100);
    QVERIFY(saveRoadmap(*m_db, roadmap.value()));
    Result<ProjectCreation> perYear = createProjects(*m_db);
    QVERIFY(!perYear);
    QCOMPARE(perYear.error().code, QStringLiteral("followup.envelope-exceeded"));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM project")).toInt(), 0);
}

void TestProjects::finishNeedsADate()
{
    QVERIFY(createProjects(*m_db));
    const qint64 id = firstProject();
    Result<Project> noDate = changeProjectState(*m_db, id, {ProjectState::Finished, {}, {}, {}});
    QVERIFY(!noDate);
    QCOMPARE(noDate.error().code, QStringLiteral("followup.date-required"));
    Result<Project> future =
        changeProjectState(*m_db, id, {ProjectState::Finished, QDate::currentDate().addDays(2), {}, {}});
    QVERIFY(!future);
    QCOMPARE(future.error().code, QStringLiteral("followup.date-required"));
    Result<Project> beforeStart = changeProjectState(*m_db, id, {ProjectState::Finished, QDate(2000, 1, 1), {}, {}});
    QVERIFY(!beforeStart);
    QCOMPARE(beforeStart.error().code, QStringLiteral("followup.date-required"));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT state FROM project WHERE id = ?"), {id}).toString(),
             QStringLiteral("en_cours"));
}

void TestProjects::finishKeepsTheWorkflowInStep()
{
    QVERIFY(createProjects(*m_db));
    const qint64 id = firstProject();
    Result<Project> finished = changeProjectState(*m_db, id, {ProjectState::Finished, QDate(2022, 6, 30), {}, {}});
    QVERIFY2(finished, qPrintable(finished ? QString() : finished.error().message));
    QCOMPARE(finished->state, ProjectState::Finished);
    QCOMPARE(finished->finishedOn, QDate(2022, 6, 30));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT state FROM candidature WHERE id = ?"), {finished->candidatureId})
                 .toString(),
             QStringLiteral("termine"));
    Result<QList<HistoryEntry>> entries = history(*m_db, finished->candidatureId);
    QVERIFY(entries);
    QCOMPARE(entries->last().fromState, QStringLiteral("en_cours"));
    QCOMPARE(entries->last().toState, QStringLiteral("termine"));
    // Finishing does not touch the payments.
    QCOMPARE(finished->totals.plannedCents, finished->grantedCents);
}

void TestProjects::abandonNeedsAReasonAndCancelsUnpaidTranches()
{
    QVERIFY(createProjects(*m_db));
    const qint64 id = firstProject();
    Result<Project> noReason = changeProjectState(*m_db, id, {ProjectState::Abandoned, {}, QStringLiteral("  "), {}});
    QVERIFY(!noReason);
    QCOMPARE(noReason.error().code, QStringLiteral("followup.reason-required"));

    // The start-up tranche is paid first: it stays paid.
    const qint64 establishment = scalar(*m_db,
                                        QStringLiteral("SELECT c.establishment_id FROM project p JOIN candidature c ON "
                                                       "c.id = p.candidature_id WHERE p.id = ?"),
                                        {id})
                                     .toLongLong();
    QVERIFY(setEligible(*m_db, establishment, true));
    QVERIFY(refreshDuePayments(*m_db, QDate(2020, 1, 15)));
    const qint64 seed = scalar(*m_db,
                               QStringLiteral("SELECT id FROM payment WHERE project_id = ? AND tranche = "
                                              "'amorcage'"),
                               {id})
                            .toLongLong();
    QVERIFY(payPayment(*m_db, seed, QDate(2020, 2, 1), QStringLiteral("VIR-TEST-1")));

    Result<Project> abandoned = changeProjectState(
        *m_db, id, {ProjectState::Abandoned, QDate(2021, 3, 1), QStringLiteral("Changement d'éditeur"), {}});
    QVERIFY2(abandoned, qPrintable(abandoned ? QString() : abandoned.error().message));
    QCOMPARE(abandoned->state, ProjectState::Abandoned);
    QCOMPARE(abandoned->stateReason, QStringLiteral("Changement d'éditeur"));
    QVERIFY(abandoned->totals.paidCents > 0);
    QCOMPARE(abandoned->totals.plannedCents, 0);
    QCOMPARE(abandoned->totals.dueCents, 0);
    QCOMPARE(abandoned->totals.paidCents + abandoned->totals.cancelledCents, abandoned->grantedCents);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT state || '|' || state_reason FROM candidature WHERE id = ?"),
                    {abandoned->candidatureId})
                 .toString(),
             QStringLiteral("abandonne|Changement d'éditeur"));
    Result<QList<ProjectNote>> notes = projectNotes(*m_db, id);
    QVERIFY(notes);
    QCOMPARE(notes->size(), 1);
    QVERIFY(notes->first().body.contains(QStringLiteral("Changement d'éditeur")));
    Result<ReconciliationReport> report = reconcile(*m_db);
    QVERIFY(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.value(0).message));
    QCOMPARE(report->committedCents, report->grantedCents - abandoned->totals.cancelledCents);
}

void TestProjects::refusedTransitions_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<int>("to");
    QTest::addRow("termine → abandonne") << QStringLiteral("termine") << int(ProjectState::Abandoned);
    QTest::addRow("termine → termine") << QStringLiteral("termine") << int(ProjectState::Finished);
    QTest::addRow("abandonne → termine") << QStringLiteral("abandonne") << int(ProjectState::Finished);
    QTest::addRow("en_cours → en_cours") << QStringLiteral("en_cours") << int(ProjectState::InProgress);
    QTest::addRow("termine → en_cours") << QStringLiteral("termine") << int(ProjectState::InProgress);
}

void TestProjects::refusedTransitions()
{
    QFETCH(QString, from);
    QFETCH(int, to);
    QVERIFY(createProjects(*m_db));
    const qint64 id = firstProject();
    if (from == QLatin1String("termine")) {
        QVERIFY(changeProjectState(*m_db, id, {ProjectState::Finished, QDate(2022, 1, 10), {}, {}}));
    } else if (from == QLatin1String("abandonne")) {
        QVERIFY(changeProjectState(*m_db, id, {ProjectState::Abandoned, {}, QStringLiteral("motif"), {}}));
    }
    const int history = scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidature_history")).toInt();
    Result<Project> refused =
        changeProjectState(*m_db, id, {ProjectState(to), QDate(2022, 2, 1), QStringLiteral("motif"), {}});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("followup.project-transition"));
    QVERIFY(refused.error().message.contains(QString::number(id)));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT state FROM project WHERE id = ?"), {id}).toString(), from);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidature_history")).toInt(), history);
    QCOMPARE(allowedProjectTargets(ProjectState::InProgress),
             (QList<ProjectState>{ProjectState::Finished, ProjectState::Abandoned}));
    QVERIFY(allowedProjectTargets(ProjectState::Finished).isEmpty());
    QVERIFY(allowedProjectTargets(ProjectState::Abandoned).isEmpty());
}

void TestProjects::unknownProject()
{
    Result<Project> missing = loadProject(*m_db, 999999);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, QStringLiteral("followup.unknown-project"));
    Result<Project> change = changeProjectState(*m_db, 999999, {ProjectState::Finished, QDate(2021, 1, 1), {}, {}});
    QVERIFY(!change);
    QCOMPARE(change.error().code, QStringLiteral("followup.unknown-project"));
    Result<ProjectNote> note = addProjectNote(*m_db, 999999, QStringLiteral("texte"));
    QVERIFY(!note);
    QCOMPARE(note.error().code, QStringLiteral("followup.unknown-project"));
}

void TestProjects::notes()
{
    QVERIFY(createProjects(*m_db));
    const qint64 id = firstProject();
    Result<ProjectNote> empty = addProjectNote(*m_db, id, QStringLiteral("   "));
    QVERIFY(!empty);
    QCOMPARE(empty.error().code, QStringLiteral("followup.empty-note"));
    QVERIFY(addProjectNote(*m_db, id, QStringLiteral("Premier comité"), QStringLiteral("Alice (fictive)")));
    QVERIFY(addProjectNote(*m_db, id, QStringLiteral("  Deuxième comité  ")));
    Result<QList<ProjectNote>> notes = projectNotes(*m_db, id);
    QVERIFY(notes);
    QCOMPARE(notes->size(), 2);
    QCOMPARE(notes->at(0).body, QStringLiteral("Premier comité"));
    QCOMPARE(notes->at(0).author, QStringLiteral("Alice (fictive)"));
    QCOMPARE(notes->at(1).body, QStringLiteral("Deuxième comité"));
    QVERIFY(!notes->at(1).author.isEmpty());
}

QTEST_GUILESS_MAIN(TestProjects)
#include "tst_projects.moc"
