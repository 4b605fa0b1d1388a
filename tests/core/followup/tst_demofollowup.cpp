// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's follow-up stage: every state of projects and payments, declarations over several periods, amounts that
// reconcile, the same database from the same seed.
#include "FollowUpTestSupport.h"
#include "followup/Declarations.h"
#include "followup/Payments.h"
#include "followup/Projects.h"
#include "followup/Reconciliation.h"

#include <QSqlQuery>
#include <QTest>

using namespace Palier;
using namespace FollowUpTest;

class TestDemoFollowUp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyProjectState();
    void everyPaymentState();
    void declarationsOverSeveralPeriods();
    void dashboardLists();
    void amountsReconcile();
    void sameSeedSameFollowUp();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestDemoFollowUp::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("demo.palier"));
    QVERIFY(writeDemo(path, true));
    m_db = openCopy(path, m_dir.filePath(QStringLiteral("open.palier")));
    QVERIFY(m_db);
}

void TestDemoFollowUp::everyProjectState()
{
    Result<QList<Project>> projects = listProjects(*m_db);
    QVERIFY(projects);
    QVERIFY(projects->size() >= 20);
    QHash<ProjectState, int> counts;
    for (const Project& p : std::as_const(projects.value())) {
        ++counts[p.state];
        QVERIFY(p.establishment.contains(QStringLiteral("fictif")) ||
                p.establishment.contains(QStringLiteral("fictive")));
        if (p.state == ProjectState::Finished) {
            QVERIFY(p.finishedOn.isValid());
            QVERIFY(p.finishedOn >= p.startedOn);
        }
        if (p.state == ProjectState::Abandoned) {
            QVERIFY(p.stateReason.contains(QStringLiteral("fictif")));
            QCOMPARE(p.totals.dueCents + p.totals.plannedCents, 0);
        }
    }
    QVERIFY2(counts.value(ProjectState::InProgress) > 0, "no project in progress");
    QVERIFY2(counts.value(ProjectState::Finished) > 0, "no project finished");
    QVERIFY2(counts.value(ProjectState::Abandoned) > 0, "no project abandoned");
    // The candidatures follow their projects.
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM project p JOIN candidature c ON c.id = "
                                          "p.candidature_id WHERE c.state <> p.state"))
                 .toInt(),
             0);
    QVERIFY(scalar(*m_db, QStringLiteral("SELECT count(*) FROM project_note")).toInt() > 0);
    // Every name in the demo says it is fictitious, the authors of the files' history too.
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidature_history WHERE to_state IN ('en_cours', "
                                          "'termine', 'abandonne') AND author NOT LIKE '%fictif%'"))
                 .toInt(),
             0);
    QCOMPARE(
        scalar(*m_db, QStringLiteral("SELECT count(*) FROM project_note WHERE author NOT LIKE '%fictif%'")).toInt(), 0);
}

void TestDemoFollowUp::everyPaymentState()
{
    Result<QList<Payment>> payments = listPayments(*m_db);
    QVERIFY(payments);
    QHash<PaymentState, int> counts;
    QSet<QString> references;
    for (const Payment& y : std::as_const(payments.value())) {
        ++counts[y.state];
        if (y.state == PaymentState::Paid) {
            QVERIFY(y.paidOn.isValid());
            QVERIFY(y.reference.contains(QStringLiteral("FICTIF")));
            QVERIFY2(!references.contains(y.reference), qPrintable(y.reference));
            references.insert(y.reference);
        }
        if (y.state == PaymentState::Due) {
            QVERIFY(y.dueOn.isValid());
        }
    }
    for (PaymentState s : {PaymentState::Planned, PaymentState::Due, PaymentState::Paid, PaymentState::Cancelled}) {
        QVERIFY2(counts.value(s) > 0, qPrintable(paymentStateCode(s)));
    }
    // Both tranches are paid somewhere.
    QVERIFY(
        scalar(*m_db, QStringLiteral("SELECT count(DISTINCT tranche) FROM payment WHERE state = 'verse'")).toInt() ==
        2);
}

void TestDemoFollowUp::declarationsOverSeveralPeriods()
{
    QVERIFY(scalar(*m_db, QStringLiteral("SELECT count(DISTINCT period) FROM indicator_declaration")).toInt() >= 8);
    QSqlQuery periods(m_db->connection());
    QVERIFY(periods.exec(QStringLiteral("SELECT DISTINCT period FROM indicator_declaration")));
    while (periods.next()) {
        QVERIFY2(parseDeclarationPeriod(periods.value(0).toString()), qPrintable(periods.value(0).toString()));
    }
    Result<QHash<qint64, ProjectTargets>> targets = allProjectTargets(*m_db);
    QVERIFY(targets);
    int reached = 0;
    int notReached = 0;
    for (const ProjectTargets& t : std::as_const(targets.value())) {
        t.targetsReached ? ++reached : ++notReached;
    }
    QVERIFY(reached > 0);
    QVERIFY(notReached > 0);
    // A usage tranche is due or paid only when the targets are reached and the prerequisites met.
    Result<QList<Payment>> payments = listPayments(*m_db);
    QVERIFY(payments);
    for (const Payment& y : std::as_const(payments.value())) {
        if (y.tranche == Tranche::Usage && y.state == PaymentState::Due) {
            QVERIFY(targets->value(y.projectId).targetsReached);
            QVERIFY(targets->value(y.projectId).prerequisitesMet);
        }
    }
    // Nothing left for a refresh to do on the demo's last day.
    Result<QList<PaymentStateUpdate>> refresh = applyDueRefresh(*m_db, QDate(2022, 12, 1));
    QVERIFY(refresh);
    QVERIFY(refresh->isEmpty());
}

void TestDemoFollowUp::dashboardLists()
{
    Result<QList<ScheduledPayment>> scheduled = scheduledPayments(*m_db, QDate(2022, 12, 15));
    QVERIFY(scheduled);
    QSet<PaymentTiming> timings;
    for (const ScheduledPayment& s : std::as_const(scheduled.value())) {
        timings.insert(s.timing);
    }
    QVERIFY(timings.contains(PaymentTiming::Overdue));
    QVERIFY(timings.contains(PaymentTiming::DueSoon));
    QVERIFY(timings.contains(PaymentTiming::Upcoming));
}

void TestDemoFollowUp::amountsReconcile()
{
    Result<ReconciliationReport> report = reconcile(*m_db);
    QVERIFY(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.value(0).message));
    QVERIFY(report->totals.paidCents > 0);
    QVERIFY(report->committedCents <= report->envelopeCents);
    QCOMPARE(report->byDomain.size(), 7);
}

namespace {

/// The first column of every row `sql` selects, joined with ';' (group_concat is SQLite's only).
QString joinedRows(const Palier::Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    QStringList rows;
    if (query.exec(sql)) {
        while (query.next()) {
            rows.append(query.value(0).toString());
        }
    }
    return rows.join(u';');
}

} // namespace

void TestDemoFollowUp::sameSeedSameFollowUp()
{
    const QString again = m_dir.filePath(QStringLiteral("again.palier"));
    QVERIFY(writeDemo(again, true));
    auto db = Database::open(again, {.readOnly = true});
    QVERIFY(db);
    const QString sql = QStringLiteral(
        "SELECT p.id || ':' || p.state || ':' || p.granted_cents || ':' || COALESCE(p.finished_on, '') || ':' || "
        "y.tranche || ':' || y.state || ':' || COALESCE(y.paid_on, '') || ':' || COALESCE(y.reference, '') || ':' || "
        "COALESCE(y.due_on, '') FROM project p JOIN payment y ON y.project_id = p.id ORDER BY p.id, y.tranche");
    const QString first = joinedRows(*m_db, sql);
    QVERIFY(!first.isEmpty());
    QCOMPARE(joinedRows(*db.value(), sql), first);
    const QString declarations =
        QStringLiteral("SELECT establishment_id || period || value FROM indicator_declaration ORDER BY id");
    QCOMPARE(joinedRows(*db.value(), declarations), joinedRows(*m_db, declarations));
    // Another seed gives another follow-up.
    const QString other = m_dir.filePath(QStringLiteral("other.palier"));
    QVERIFY(writeDemo(other, true, 7));
    auto otherDb = Database::open(other, {.readOnly = true});
    QVERIFY(otherDb);
    QVERIFY(joinedRows(*otherDb.value(), sql) != first);
}

QTEST_GUILESS_MAIN(TestDemoFollowUp)
#include "tst_demofollowup.moc"
