// SPDX-License-Identifier: GPL-3.0-or-later
#include "FollowUpTestSupport.h"
#include "followup/Declarations.h"
#include "followup/Payments.h"
#include "followup/Projects.h"
#include "followup/Reconciliation.h"

#include <QTest>

using namespace Palier;
using namespace FollowUpTest;

class TestPayments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void transitionTable_data();
    void transitionTable();
    void seedFallsDueWithThePrerequisites();
    void usageFallsDueWithEveryTarget();
    void usageGoesBackToPlannedWhenATargetIsLost();
    void payGoodAndBad();
    void paidRowIsFrozenByTheTrigger();
    void cancelNeedsAReason();
    void staleVersionsAreRefused();
    void scheduledPaymentsTiming();
    void periods_data();
    void periods();
    void latestPeriodWins();
    void declarationsRefused();

private:
    struct Fixture
    {
        qint64 project = 0;
        qint64 establishment = 0;
        QString domain;
        qint64 seed = 0;
        qint64 usage = 0;
    };
    Fixture fixture(const QString& domain = QStringLiteral("D2"));
    bool declare(qint64 establishment, const QString& indicator, const QString& period, double value);
    /// Declares every usage indicator of `domain` at its target (or `below` under it for the first one).
    bool declareAll(qint64 establishment, const QString& domain, const QString& period, bool below = false);
    PaymentState stateOf(qint64 payment) const;

    QTemporaryDir m_dir;
    QString m_template;
    std::unique_ptr<Database> m_db;
    int m_copy = 0;
};

void TestPayments::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.palier"));
    QVERIFY(writeDemo(m_template, false));
    auto db = openCopy(m_template, m_dir.filePath(QStringLiteral("with-projects.palier")));
    QVERIFY(db);
    QVERIFY(createProjects(*db));
    db.reset();
    m_template = m_dir.filePath(QStringLiteral("with-projects.palier"));
}

void TestPayments::init()
{
    m_db = openCopy(m_template, m_dir.filePath(QStringLiteral("copy-%1.palier").arg(++m_copy)));
    QVERIFY(m_db);
}

void TestPayments::cleanup()
{
    m_db.reset();
}

TestPayments::Fixture TestPayments::fixture(const QString& domain)
{
    Fixture f;
    f.domain = domain;
    f.project = scalar(*m_db,
                       QStringLiteral("SELECT min(p.id) FROM project p JOIN candidature c ON c.id = p.candidature_id "
                                      "JOIN domain d ON d.id = c.domain_id WHERE d.code = ?"),
                       {domain})
                    .toLongLong();
    f.establishment = scalar(*m_db,
                             QStringLiteral("SELECT c.establishment_id FROM project p JOIN candidature c ON c.id = "
                                            "p.candidature_id WHERE p.id = ?"),
                             {f.project})
                          .toLongLong();
    f.seed = scalar(*m_db, QStringLiteral("SELECT id FROM payment WHERE project_id = ? AND tranche = 'amorcage'"),
                    {f.project})
                 .toLongLong();
    f.usage =
        scalar(*m_db, QStringLiteral("SELECT id FROM payment WHERE project_id = ? AND tranche = 'usage'"), {f.project})
            .toLongLong();
    return f;
}

bool TestPayments::declare(qint64 establishment, const QString& indicator, const QString& period, double value)
{
    TransactionGuard transaction(*m_db);
    Result<void> done = recordDeclaration(*m_db, {establishment, indicator, period, value, {}, QStringLiteral("test")});
    if (!done) {
        qWarning() << done.error().message;
        return false;
    }
    return bool(transaction.commit());
}

bool TestPayments::declareAll(qint64 establishment, const QString& domain, const QString& period, bool below)
{
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("SELECT i.code, i.target FROM indicator i JOIN domain d ON d.id = i.domain_id "
                                 "WHERE d.code = ? AND i.kind = 'usage' ORDER BY i.code"));
    query.addBindValue(domain);
    if (!query.exec()) {
        return false;
    }
    bool first = true;
    while (query.next()) {
        const double target = query.value(1).toDouble();
        if (!declare(establishment, query.value(0).toString(), period, below && first ? target - 1 : target)) {
            return false;
        }
        first = false;
    }
    return !first;
}

PaymentState TestPayments::stateOf(qint64 payment) const
{
    Result<Payment> y = loadPayment(*m_db, payment);
    return y ? y->state : PaymentState::Cancelled;
}

void TestPayments::transitionTable_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<bool>("manual");
    const QList<PaymentState> states{PaymentState::Planned, PaymentState::Due, PaymentState::Paid,
                                     PaymentState::Cancelled};
    const QSet<QPair<int, int>> allowed{{0, 1}, {1, 0}, {1, 2}, {0, 3}, {1, 3}};
    const QSet<QPair<int, int>> manual{{1, 2}, {0, 3}, {1, 3}};
    for (PaymentState from : states) {
        for (PaymentState to : states) {
            const QPair<int, int> key{int(from), int(to)};
            QTest::addRow("%s → %s", qPrintable(paymentStateCode(from)), qPrintable(paymentStateCode(to)))
                << int(from) << int(to) << allowed.contains(key) << manual.contains(key);
        }
    }
}

void TestPayments::transitionTable()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(bool, allowed);
    QFETCH(bool, manual);
    const PaymentTransition* t = paymentTransition(PaymentState(from), PaymentState(to));
    QCOMPARE(t != nullptr, allowed);
    if (t) {
        QCOMPARE(!t->automaticOnly, manual);
        QCOMPARE(t->needsPayment, PaymentState(to) == PaymentState::Paid);
        QCOMPARE(t->needsReason, PaymentState(to) == PaymentState::Cancelled);
        QCOMPARE(t->needsDueDate, PaymentState(to) == PaymentState::Due);
    }
}

void TestPayments::seedFallsDueWithThePrerequisites()
{
    const Fixture f = fixture();
    QVERIFY(setEligible(*m_db, f.establishment, false));
    Result<QList<PaymentStateUpdate>> none = refreshDuePayments(*m_db, QDate(2020, 1, 15));
    QVERIFY(none);
    QCOMPARE(stateOf(f.seed), PaymentState::Planned);

    QVERIFY(setEligible(*m_db, f.establishment, true));
    Result<QList<PaymentStateUpdate>> updates = refreshDuePayments(*m_db, QDate(2020, 1, 15));
    QVERIFY(updates);
    const auto mine = std::find_if(updates->cbegin(), updates->cend(),
                                   [&](const PaymentStateUpdate& u) { return u.paymentId == f.seed; });
    QVERIFY(mine != updates->cend());
    QCOMPARE(mine->from, PaymentState::Planned);
    QCOMPARE(mine->to, PaymentState::Due);
    QCOMPARE(mine->dueOn, QDate(2020, 2, 14)); // 30 days to pay
    QVERIFY(!mine->reason.isEmpty());
    Result<Payment> seed = loadPayment(*m_db, f.seed);
    QVERIFY(seed);
    QCOMPARE(seed->state, PaymentState::Due);
    QCOMPARE(seed->dueOn, QDate(2020, 2, 14));
    // Without declarations, the usage tranche stays planned.
    QCOMPARE(stateOf(f.usage), PaymentState::Planned);
    // Nothing changes on a second refresh.
    Result<QList<PaymentStateUpdate>> again = refreshDuePayments(*m_db, QDate(2020, 1, 16));
    QVERIFY(again);
    QVERIFY(std::none_of(again->cbegin(), again->cend(),
                         [&](const PaymentStateUpdate& u) { return u.projectId == f.project; }));
}

void TestPayments::usageFallsDueWithEveryTarget()
{
    const Fixture f = fixture();
    QVERIFY(setEligible(*m_db, f.establishment, true));
    // Every target but one reached: still planned.
    QVERIFY(declareAll(f.establishment, f.domain, QStringLiteral("2021-T4"), true));
    QVERIFY(refreshDuePayments(*m_db, QDate(2022, 1, 31)));
    QCOMPARE(stateOf(f.usage), PaymentState::Planned);
    Result<ProjectTargets> targets = projectTargets(*m_db, f.project);
    QVERIFY(targets);
    QVERIFY(targets->prerequisitesMet);
    QVERIFY(!targets->targetsReached);
    QCOMPARE(targets->targets.size(), 3); // D2.1–D2.3 are usage; D2.4 is organisation
    QCOMPARE(targets->targets.first().status, IndicatorStatus::NotReached);
    QCOMPARE(targets->targets.first().latestPeriod, QStringLiteral("2021-T4"));

    // Every target reached in a later period: due.
    QVERIFY(declareAll(f.establishment, f.domain, QStringLiteral("2022-T1")));
    QVERIFY(refreshDuePayments(*m_db, QDate(2022, 4, 30)));
    QCOMPARE(stateOf(f.usage), PaymentState::Due);
    targets = projectTargets(*m_db, f.project);
    QVERIFY(targets);
    QVERIFY(targets->targetsReached);

    // Reached targets but an establishment that misses a prerequisite: not due.
    const Fixture other = fixture(QStringLiteral("D6"));
    QVERIFY(other.project > 0);
    QVERIFY(setEligible(*m_db, other.establishment, false));
    QVERIFY(declareAll(other.establishment, other.domain, QStringLiteral("2022")));
    QVERIFY(refreshDuePayments(*m_db, QDate(2023, 1, 31)));
    QCOMPARE(stateOf(other.usage), PaymentState::Planned);
    QCOMPARE(stateOf(other.seed), PaymentState::Planned);
}

void TestPayments::usageGoesBackToPlannedWhenATargetIsLost()
{
    const Fixture f = fixture();
    QVERIFY(setEligible(*m_db, f.establishment, true));
    QVERIFY(declareAll(f.establishment, f.domain, QStringLiteral("2021-S2")));
    QVERIFY(refreshDuePayments(*m_db, QDate(2022, 1, 31)));
    QCOMPARE(stateOf(f.usage), PaymentState::Due);
    // A later month falls below a target: the latest period decides.
    QVERIFY(declareAll(f.establishment, f.domain, QStringLiteral("2022-01"), true));
    Result<QList<PaymentStateUpdate>> updates = refreshDuePayments(*m_db, QDate(2022, 2, 28));
    QVERIFY(updates);
    QCOMPARE(stateOf(f.usage), PaymentState::Planned);
    QVERIFY(std::any_of(updates->cbegin(), updates->cend(), [&](const PaymentStateUpdate& u) {
        return u.paymentId == f.usage && u.from == PaymentState::Due && u.to == PaymentState::Planned;
    }));
    Result<Payment> usage = loadPayment(*m_db, f.usage);
    QVERIFY(usage);
    QVERIFY(!usage->dueOn.isValid());
}

void TestPayments::payGoodAndBad()
{
    const Fixture f = fixture();
    // Planned: cannot be paid.
    Result<Payment> planned = payPayment(*m_db, f.seed, QDate(2020, 2, 1), QStringLiteral("VIR-1"));
    QVERIFY(!planned);
    QCOMPARE(planned.error().code, QStringLiteral("followup.payment-transition"));
    QVERIFY(planned.error().message.contains(QString::number(f.seed)));

    QVERIFY(setEligible(*m_db, f.establishment, true));
    QVERIFY(refreshDuePayments(*m_db, QDate(2020, 1, 15)));
    const auto refused = [&](const QDate& date, const QString& reference, const char* code) {
        Result<Payment> r = payPayment(*m_db, f.seed, date, reference, QDate(2020, 6, 1));
        return !r && r.error().code == QLatin1String(code);
    };
    QVERIFY(refused({}, QStringLiteral("VIR-1"), "followup.payment-date"));
    QVERIFY(refused(QDate(2020, 7, 1), QStringLiteral("VIR-1"), "followup.payment-date"));  // after "today"
    QVERIFY(refused(QDate(2020, 1, 10), QStringLiteral("VIR-1"), "followup.payment-date")); // before it fell due
    QVERIFY(refused(QDate(2020, 2, 1), QStringLiteral("   "), "followup.reference-required"));
    QVERIFY(refused(QDate(2020, 2, 1), QString(65, u'X'), "followup.reference-required"));
    QCOMPARE(stateOf(f.seed), PaymentState::Due);

    Result<Payment> paid = payPayment(*m_db, f.seed, QDate(2020, 2, 1), QStringLiteral(" VIR-2020-001 "));
    QVERIFY2(paid, qPrintable(paid ? QString() : paid.error().message));
    QCOMPARE(paid->state, PaymentState::Paid);
    QCOMPARE(paid->paidOn, QDate(2020, 2, 1));
    QCOMPARE(paid->reference, QStringLiteral("VIR-2020-001"));
    QCOMPARE(paid->dueOn, QDate(2020, 2, 14));

    // Paid twice, or cancelled once paid: refused, the row unchanged.
    Result<Payment> twice = payPayment(*m_db, f.seed, QDate(2020, 2, 2), QStringLiteral("VIR-2"));
    QVERIFY(!twice);
    QCOMPARE(twice.error().code, QStringLiteral("followup.payment-transition"));
    Result<Payment> cancel = cancelPayment(*m_db, f.seed, QStringLiteral("erreur"));
    QVERIFY(!cancel);
    QCOMPARE(cancel.error().code, QStringLiteral("followup.payment-transition"));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT reference FROM payment WHERE id = ?"), {f.seed}).toString(),
             QStringLiteral("VIR-2020-001"));
    // Abandoning the project leaves the paid tranche paid.
    QVERIFY(changeProjectState(*m_db, f.project, {ProjectState::Abandoned, {}, QStringLiteral("motif"), {}}));
    QCOMPARE(stateOf(f.seed), PaymentState::Paid);
    QCOMPARE(stateOf(f.usage), PaymentState::Cancelled);
    Result<Payment> unknown = payPayment(*m_db, 999999, QDate(2020, 2, 1), QStringLiteral("VIR"));
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, QStringLiteral("followup.unknown-payment"));
}

void TestPayments::paidRowIsFrozenByTheTrigger()
{
    const Fixture f = fixture();
    QVERIFY(setEligible(*m_db, f.establishment, true));
    QVERIFY(refreshDuePayments(*m_db, QDate(2020, 1, 15)));
    QVERIFY(payPayment(*m_db, f.seed, QDate(2020, 2, 1), QStringLiteral("VIR-2020-001")));
    for (const char* sql :
         {"UPDATE payment SET amount_cents = amount_cents + 1 WHERE id = ?",
          "UPDATE payment SET state = 'annule' WHERE id = ?", "UPDATE payment SET reference = 'AUTRE' WHERE id = ?",
          "UPDATE payment SET paid_on = '2020-03-01' WHERE id = ?", "DELETE FROM payment WHERE id = ?"}) {
        QSqlQuery query(m_db->connection());
        query.prepare(QString::fromLatin1(sql));
        query.addBindValue(f.seed);
        QVERIFY2(!query.exec(), sql);
        QVERIFY(query.lastError().text().contains(QStringLiteral("payment is paid")));
    }
    QCOMPARE(stateOf(f.seed), PaymentState::Paid);
    // Deleting the project (cascade) is refused as well.
    QVERIFY(!run(*m_db, QStringLiteral("DELETE FROM project WHERE id = ?"), {f.project}));
}

void TestPayments::staleVersionsAreRefused()
{
    const Fixture f = fixture();
    QVERIFY(setEligible(*m_db, f.establishment, true));
    QVERIFY(refreshDuePayments(*m_db, QDate(2020, 1, 15)));
    Result<Payment> seen = loadPayment(*m_db, f.seed);
    QVERIFY(seen);
    QVERIFY(seen->rowVersion > 0);
    // Someone changes the tranche after it was read (its due date): an edit on the version read is refused.
    QVERIFY(run(*m_db, QStringLiteral("UPDATE payment SET due_on = '2020-02-20' WHERE id = ?"), {f.seed}));
    Result<Payment> stale =
        payPayment(*m_db, f.seed, QDate(2020, 2, 1), QStringLiteral("VIR-1"), QDate(2020, 6, 1), seen->rowVersion);
    QVERIFY(!stale);
    QCOMPARE(stale.error().code, QStringLiteral("db.conflict"));
    QVERIFY2(stale.error().message.contains(paymentStateDescription(loadPayment(*m_db, f.seed).value())),
             qPrintable(stale.error().message));
    QCOMPARE(stateOf(f.seed), PaymentState::Due);
    Result<Payment> staleCancel = cancelPayment(*m_db, f.seed, QStringLiteral("motif"), seen->rowVersion);
    QVERIFY(!staleCancel);
    QCOMPARE(staleCancel.error().code, QStringLiteral("db.conflict"));
    QCOMPARE(stateOf(f.seed), PaymentState::Due);
    QCOMPARE(projectNotes(*m_db, f.project)->size(), 0); // nothing of the refused cancellation
    // On the version now: written, one version more.
    const qint64 now = loadPayment(*m_db, f.seed)->rowVersion;
    QCOMPARE(now, seen->rowVersion + 1);
    Result<Payment> paid =
        payPayment(*m_db, f.seed, QDate(2020, 2, 1), QStringLiteral("VIR-1"), QDate(2020, 6, 1), now);
    QVERIFY2(paid, qPrintable(paid ? QString() : paid.error().message));
    QCOMPARE(paid->rowVersion, now + 1);

    // A project: finished on a stale version, refused with what it is now.
    Result<Project> project = loadProject(*m_db, f.project);
    QVERIFY(project);
    QVERIFY(changeProjectState(*m_db, f.project, {ProjectState::Abandoned, {}, QStringLiteral("motif fictif"), {}}));
    Result<Project> finished =
        changeProjectState(*m_db, f.project, {ProjectState::Finished, QDate(2020, 6, 1), {}, {}}, project->rowVersion);
    QVERIFY(!finished);
    QCOMPARE(finished.error().code, QStringLiteral("db.conflict"));
    QVERIFY2(finished.error().message.contains(QStringLiteral("motif fictif")), qPrintable(finished.error().message));
}

void TestPayments::cancelNeedsAReason()
{
    const Fixture f = fixture();
    Result<Payment> noReason = cancelPayment(*m_db, f.usage, QStringLiteral(" "));
    QVERIFY(!noReason);
    QCOMPARE(noReason.error().code, QStringLiteral("followup.reason-required"));
    QCOMPARE(stateOf(f.usage), PaymentState::Planned);
    Result<Payment> cancelled = cancelPayment(*m_db, f.usage, QStringLiteral("Renoncement à la part usage"));
    QVERIFY(cancelled);
    QCOMPARE(cancelled->state, PaymentState::Cancelled);
    Result<QList<ProjectNote>> notes = projectNotes(*m_db, f.project);
    QVERIFY(notes);
    QCOMPARE(notes->size(), 1);
    QVERIFY(notes->first().body.contains(QStringLiteral("Renoncement à la part usage")));
    // Cancelled is final: refresh never brings it back, nor can it be paid.
    QVERIFY(setEligible(*m_db, f.establishment, true));
    QVERIFY(declareAll(f.establishment, f.domain, QStringLiteral("2022")));
    QVERIFY(refreshDuePayments(*m_db, QDate(2023, 1, 31)));
    QCOMPARE(stateOf(f.usage), PaymentState::Cancelled);
    QCOMPARE(stateOf(f.seed), PaymentState::Due);
    Result<ReconciliationReport> report = reconcile(*m_db);
    QVERIFY(report);
    QVERIFY(report->ok());
}

void TestPayments::scheduledPaymentsTiming()
{
    const Fixture f = fixture();
    QVERIFY(setEligible(*m_db, f.establishment, true));
    QVERIFY(refreshDuePayments(*m_db, QDate(2020, 1, 15))); // due by 2020-02-14
    Result<QList<ScheduledPayment>> before = scheduledPayments(*m_db, QDate(2020, 2, 1));
    QVERIFY(before);
    const auto find = [&](const QList<ScheduledPayment>& list, qint64 id) {
        return std::find_if(list.cbegin(), list.cend(), [&](const ScheduledPayment& s) { return s.payment.id == id; });
    };
    auto seed = find(before.value(), f.seed);
    QVERIFY(seed != before->cend());
    QCOMPARE(seed->timing, PaymentTiming::DueSoon);
    Result<QList<ScheduledPayment>> after = scheduledPayments(*m_db, QDate(2020, 3, 1));
    QVERIFY(after);
    seed = find(after.value(), f.seed);
    QVERIFY(seed != after->cend());
    QCOMPARE(seed->timing, PaymentTiming::Overdue);
    QCOMPARE(seed->daysLate, 16);
    QCOMPARE(after->first().timing, PaymentTiming::Overdue); // overdue first
    Result<QList<Payment>> overdue = listPayments(*m_db, {.overdueOnly = true, .asOf = QDate(2020, 3, 1)});
    QVERIFY(overdue);
    QVERIFY(std::any_of(overdue->cbegin(), overdue->cend(), [&](const Payment& y) { return y.id == f.seed; }));
    QVERIFY(std::all_of(overdue->cbegin(), overdue->cend(),
                        [](const Payment& y) { return y.state == PaymentState::Due && y.dueOn < QDate(2020, 3, 1); }));
    // The usage tranche: upcoming in the year before it is planned, late once its year is over.
    Result<Payment> usage = loadPayment(*m_db, f.usage);
    QVERIFY(usage);
    Result<QList<ScheduledPayment>> early = scheduledPayments(*m_db, QDate(usage->plannedYear - 1, 6, 1));
    QVERIFY(early);
    auto u = find(early.value(), f.usage);
    QVERIFY(u != early->cend());
    QCOMPARE(u->timing, PaymentTiming::Upcoming);
    Result<QList<ScheduledPayment>> tooEarly = scheduledPayments(*m_db, QDate(usage->plannedYear - 2, 6, 1));
    QVERIFY(tooEarly);
    QVERIFY(find(tooEarly.value(), f.usage) == tooEarly->cend());
    Result<QList<ScheduledPayment>> late = scheduledPayments(*m_db, QDate(usage->plannedYear + 1, 6, 1));
    QVERIFY(late);
    u = find(late.value(), f.usage);
    QVERIFY(u != late->cend());
    QCOMPARE(u->timing, PaymentTiming::LatePlanned);
}

void TestPayments::periods_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QDate>("lastDay");
    QTest::addRow("year") << "2021"
                          << "2021" << QDate(2021, 12, 31);
    QTest::addRow("month") << "2021-06"
                           << "2021-06" << QDate(2021, 6, 30);
    QTest::addRow("month one digit") << "2021-2"
                                     << "2021-02" << QDate(2021, 2, 28);
    QTest::addRow("month slash") << "06/2021"
                                 << "2021-06" << QDate(2021, 6, 30);
    QTest::addRow("quarter") << "2021-T2"
                             << "2021-T2" << QDate(2021, 6, 30);
    QTest::addRow("quarter lower") << " 2021-t4 "
                                   << "2021-T4" << QDate(2021, 12, 31);
    QTest::addRow("quarter Q") << "2021-Q1"
                               << "2021-T1" << QDate(2021, 3, 31);
    QTest::addRow("half") << "2022-S1"
                          << "2022-S1" << QDate(2022, 6, 30);
    QTest::addRow("half 2") << "2022-s2"
                            << "2022-S2" << QDate(2022, 12, 31);
    for (const char* bad : {"", "21", "2021-13", "2021-00", "2021-T5", "2021-T0", "2021-S3", "1999", "2101", "T2-2021",
                            "2021-X1", "abc", "2021-06-30", "2021 T"}) {
        QTest::addRow("bad %s", bad) << bad << QString() << QDate();
    }
}

void TestPayments::periods()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(QDate, lastDay);
    const std::optional<DeclarationPeriod> period = parseDeclarationPeriod(text);
    QCOMPARE(period.has_value(), !code.isEmpty());
    if (period) {
        QCOMPARE(period->code(), code);
        QCOMPARE(period->lastDay(), lastDay);
        QCOMPARE(parseDeclarationPeriod(period->code()), period);
    }
}

void TestPayments::latestPeriodWins()
{
    const auto p = [](const char* text) { return *parseDeclarationPeriod(QString::fromLatin1(text)); };
    QVERIFY(p("2021-S1") < p("2021-T3"));
    QVERIFY(p("2021") < p("2021-12")); // same last day: the month is the latest measure
    QVERIFY(p("2021-S2") < p("2021-T4"));
    QVERIFY(p("2021-T4") < p("2021-12"));
    QVERIFY(p("2020-12") < p("2021"));
    QVERIFY(!(p("2021-T2") < p("2021-T2")));
    // Stored in any order, the latest by time is the one that counts.
    const Fixture f = fixture();
    QVERIFY(declare(f.establishment, QStringLiteral("D2.1"), QStringLiteral("2022-T1"), 10));
    QVERIFY(declare(f.establishment, QStringLiteral("D2.1"), QStringLiteral("2021"), 95));
    QVERIFY(declare(f.establishment, QStringLiteral("D2.1"), QStringLiteral("2021-S2"), 90));
    Result<ProjectTargets> targets = projectTargets(*m_db, f.project);
    QVERIFY(targets);
    QCOMPARE(targets->targets.first().code, QStringLiteral("D2.1"));
    QCOMPARE(targets->targets.first().latestPeriod, QStringLiteral("2022-T1"));
    QCOMPARE(targets->targets.first().latestValue, std::optional<double>(10));
    // Declaring the same period again replaces its value.
    QVERIFY(declare(f.establishment, QStringLiteral("d2.1"), QStringLiteral("2022-t1"), 85));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM indicator_declaration WHERE establishment_id = ?"),
                    {f.establishment})
                 .toInt(),
             3);
    targets = projectTargets(*m_db, f.project);
    QCOMPARE(targets->targets.first().latestValue, std::optional<double>(85));
    QCOMPARE(targets->targets.first().status, IndicatorStatus::Reached);
    Result<QList<Declaration>> declared = declarationsOf(*m_db, f.establishment);
    QVERIFY(declared);
    QCOMPARE(declared->size(), 3);
    QCOMPARE(declared->at(0).period, QStringLiteral("2021")); // same last day as 2021-S2, the longer period first
    QCOMPARE(declared->at(1).period, QStringLiteral("2021-S2"));
    QCOMPARE(declared->at(2).period, QStringLiteral("2022-T1"));
}

void TestPayments::declarationsRefused()
{
    const Fixture f = fixture();
    const auto refused = [&](const QString& indicator, const QString& period, double value) {
        TransactionGuard transaction(*m_db);
        Result<void> r = recordDeclaration(*m_db, {f.establishment, indicator, period, value, {}, {}});
        return r ? QString() : r.error().code;
    };
    QCOMPARE(refused(QStringLiteral("D9.9"), QStringLiteral("2021"), 50), QStringLiteral("followup.unknown-indicator"));
    QCOMPARE(refused(QStringLiteral("D2.4"), QStringLiteral("2021"), 1),
             QStringLiteral("followup.not-usage-indicator"));
    QCOMPARE(refused(QStringLiteral("P1.2"), QStringLiteral("2021"), 90),
             QStringLiteral("followup.not-usage-indicator"));
    QCOMPARE(refused(QStringLiteral("D2.1"), QStringLiteral("2021-T5"), 50), QStringLiteral("followup.bad-period"));
    QCOMPARE(refused(QStringLiteral("D2.1"), QStringLiteral("2021"), 101),
             QStringLiteral("prerequisite.invalid-value"));
    QCOMPARE(refused(QStringLiteral("D6.3"), QStringLiteral("2021"), 2.5),
             QStringLiteral("prerequisite.invalid-value"));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM indicator_declaration")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestPayments)
#include "tst_payments.moc"
