// SPDX-License-Identifier: GPL-3.0-or-later
#include "FollowUpTestSupport.h"
#include "followup/Declarations.h"
#include "followup/Payments.h"
#include "followup/Projects.h"
#include "followup/Reconciliation.h"
#include "selection/Roadmap.h"

#include <QTest>

#include <random>

using namespace Palier;
using namespace FollowUpTest;

class TestReconciliation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyDatabaseReconciles();
    void sumsPerDomainAndYear();
    void brokenAmountsAreFound();
    void randomOperationsKeepTheInvariants();

private:
    /// Checks the invariants without reconcile(), straight from the tables; empty when they hold.
    QString independentCheck() const;

    QTemporaryDir m_dir;
    QString m_template;
    std::unique_ptr<Database> m_db;
    int m_copy = 0;
};

void TestReconciliation::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.palier"));
    QVERIFY(writeDemo(m_template, false));
}

void TestReconciliation::init()
{
    m_db = openCopy(m_template, m_dir.filePath(QStringLiteral("copy-%1.palier").arg(++m_copy)));
    QVERIFY(m_db);
}

void TestReconciliation::cleanup()
{
    m_db.reset();
}

QString TestReconciliation::independentCheck() const
{
    QSqlQuery query(m_db->connection());
    // Per project: the tranches add up to the amount granted.
    if (!query.exec(
            QStringLiteral("SELECT p.id FROM project p LEFT JOIN payment y ON y.project_id = p.id GROUP BY p.id "
                           "HAVING COALESCE(SUM(y.amount_cents), -1) <> p.granted_cents OR count(y.id) <> 2"))) {
        return query.lastError().text();
    }
    if (query.next()) {
        return QStringLiteral("project %1 does not add up").arg(query.value(0).toLongLong());
    }
    if (!query.exec(QStringLiteral("SELECT count(*) FROM payment y JOIN project p ON p.id = y.project_id WHERE "
                                   "p.state = 'abandonne' AND y.state IN ('prevu', 'du')")) ||
        !query.next() || query.value(0).toInt() != 0) {
        return QStringLiteral("abandoned project with unpaid tranches");
    }
    if (!query.exec(QStringLiteral("SELECT count(*) FROM project p JOIN candidature c ON c.id = p.candidature_id "
                                   "WHERE c.state <> p.state")) ||
        !query.next() || query.value(0).toInt() != 0) {
        return QStringLiteral("candidature state out of step");
    }
    const qint64 committed =
        scalar(*m_db, QStringLiteral("SELECT COALESCE(SUM(amount_cents), 0) FROM payment WHERE state <> 'annule'"))
            .toLongLong();
    const qint64 envelope =
        scalar(*m_db, QStringLiteral("SELECT COALESCE(MAX(envelope_cents), 0) FROM roadmap")).toLongLong();
    if (envelope > 0 && committed > envelope) {
        return QStringLiteral("envelope exceeded: %1 > %2").arg(committed).arg(envelope);
    }
    return {};
}

void TestReconciliation::emptyDatabaseReconciles()
{
    Result<ReconciliationReport> report = reconcile(*m_db);
    QVERIFY(report);
    QVERIFY(report->ok());
    QVERIFY(report->projects.isEmpty());
    QCOMPARE(report->grantedCents, 0);
    QVERIFY(report->envelopeCents > 0);
}

void TestReconciliation::sumsPerDomainAndYear()
{
    QVERIFY(createProjects(*m_db));
    Result<ReconciliationReport> report = reconcile(*m_db);
    QVERIFY(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.value(0).message));
    const qint64 granted = scalar(*m_db, QStringLiteral("SELECT SUM(granted_cents) FROM project")).toLongLong();
    QCOMPARE(report->grantedCents, granted);
    QCOMPARE(report->totals.plannedCents, granted);
    QCOMPARE(report->committedCents, granted);
    qint64 domains = 0;
    int domainProjects = 0;
    for (const GroupBalance& g : std::as_const(report->byDomain)) {
        domains += g.grantedCents;
        domainProjects += g.projects;
        QCOMPARE(g.totals.scheduledCents(), g.grantedCents);
        QCOMPARE(g.grantedCents, scalar(*m_db,
                                        QStringLiteral("SELECT SUM(p.granted_cents) FROM project p JOIN candidature c "
                                                       "ON c.id = p.candidature_id JOIN domain d ON d.id = "
                                                       "c.domain_id WHERE d.code = ?"),
                                        {g.key})
                                     .toLongLong());
    }
    QCOMPARE(domains, granted);
    QCOMPARE(domainProjects, int(report->projects.size()));
    qint64 years = 0;
    for (const GroupBalance& g : std::as_const(report->byYear)) {
        years += g.totals.scheduledCents();
        QCOMPARE(g.totals.scheduledCents(),
                 scalar(*m_db, QStringLiteral("SELECT SUM(amount_cents) FROM payment WHERE planned_year = ?"),
                        {g.key.toInt()})
                     .toLongLong());
    }
    QCOMPARE(years, granted);
    QCOMPARE(report->byYear.first().key, QStringLiteral("2019")); // the start-up tranches
}

void TestReconciliation::brokenAmountsAreFound()
{
    QVERIFY(createProjects(*m_db));
    const qint64 project = scalar(*m_db, QStringLiteral("SELECT min(id) FROM project")).toLongLong();
    QVERIFY(run(*m_db,
                QStringLiteral("UPDATE payment SET amount_cents = amount_cents + 1 WHERE project_id = ? AND "
                               "tranche = 'usage'"),
                {project}));
    Result<ReconciliationReport> report = reconcile(*m_db);
    QVERIFY(report);
    QVERIFY(!report->ok());
    QCOMPARE(report->problems.first().code, QStringLiteral("project-balance"));
    QCOMPARE(report->problems.first().projectId, project);

    QVERIFY(run(*m_db,
                QStringLiteral("UPDATE payment SET amount_cents = amount_cents - 1 WHERE project_id = ? AND "
                               "tranche = 'usage'"),
                {project}));
    QVERIFY(reconcile(*m_db)->ok());
    QVERIFY(run(*m_db,
                QStringLiteral("UPDATE candidature SET state = 'notifie' WHERE id = (SELECT candidature_id "
                               "FROM project WHERE id = ?)"),
                {project}));
    report = reconcile(*m_db);
    QCOMPARE(report->problems.size(), 1);
    QCOMPARE(report->problems.first().code, QStringLiteral("workflow"));
    QVERIFY(run(*m_db,
                QStringLiteral("UPDATE candidature SET state = 'en_cours' WHERE id = (SELECT candidature_id "
                               "FROM project WHERE id = ?)"),
                {project}));

    QVERIFY(run(*m_db, QStringLiteral("UPDATE roadmap SET envelope_cents = 100")));
    report = reconcile(*m_db);
    QVERIFY(!report->ok());
    QCOMPARE(report->problems.first().code, QStringLiteral("envelope"));
    QCOMPARE(report->envelopeCents, 100);

    QVERIFY(run(*m_db, QStringLiteral("UPDATE roadmap SET envelope_cents = 0")));
    QVERIFY(run(*m_db, QStringLiteral("DELETE FROM payment WHERE project_id = ? AND tranche = 'usage'"), {project}));
    report = reconcile(*m_db);
    QVERIFY(!report->ok());
    QStringList codes;
    for (const ReconciliationProblem& p : std::as_const(report->problems)) {
        codes.append(p.code);
    }
    QVERIFY(codes.contains(QStringLiteral("schedule")));
    QVERIFY(codes.contains(QStringLiteral("project-balance")));
}

void TestReconciliation::randomOperationsKeepTheInvariants()
{
    std::mt19937 rng(20221215u);
    const auto draw = [&](int bound) { return int(rng() % std::uint32_t(bound)); };
    const auto pick = [&](const QString& sql) -> qint64 {
        QSqlQuery query(m_db->connection());
        if (!query.exec(sql)) {
            return 0;
        }
        QList<qint64> ids;
        while (query.next()) {
            ids.append(query.value(0).toLongLong());
        }
        return ids.isEmpty() ? 0 : ids.at(draw(int(ids.size())));
    };
    const QDate today(2024, 6, 30);
    // Paid tranches, as first recorded: they must never change.
    QHash<qint64, QString> paid;
    QHash<qint64, QString> finalStates; ///< project → termine / abandonne, for ever
    const auto snapshot = [&](qint64 id) {
        return scalar(*m_db,
                      QStringLiteral("SELECT amount_cents || '|' || paid_on || '|' || reference || '|' || state "
                                     "FROM payment WHERE id = ?"),
                      {id})
            .toString();
    };
    Result<Roadmap> roadmap = loadRoadmap(*m_db);
    QVERIFY(roadmap);
    const qint64 envelope = roadmap->envelopeCents;
    int accepted = 0;
    int refused = 0;
    bool created = false;
    const int operations = 300;
    for (int step = 0; step < operations; ++step) {
        const int op = created ? draw(10) : 9;
        bool ok = false;
        QString what;
        switch (op) {
        case 0: { // refresh at a random date
            const QDate asOf = QDate(2019, 11, 1).addDays(draw(1500));
            ok = bool(refreshDuePayments(*m_db, asOf));
            QVERIFY(ok);
            what = QStringLiteral("refresh");
            break;
        }
        case 1: { // pay a due tranche
            const qint64 id = pick(QStringLiteral("SELECT id FROM payment WHERE state = 'du'"));
            if (id == 0) {
                continue;
            }
            const QDate dueOn = QDate::fromString(
                scalar(*m_db, QStringLiteral("SELECT due_on FROM payment WHERE id = ?"), {id}).toString(), Qt::ISODate);
            ok = bool(payPayment(*m_db, id, qMin(today, dueOn.addDays(draw(40) - 25)),
                                 QStringLiteral("VIR-P-%1").arg(step), today));
            what = QStringLiteral("pay");
            break;
        }
        case 2: { // cancel a planned or due tranche
            const qint64 id = pick(QStringLiteral("SELECT id FROM payment WHERE state IN ('prevu', 'du')"));
            if (id == 0) {
                continue;
            }
            ok = bool(cancelPayment(*m_db, id, draw(4) == 0 ? QString() : QStringLiteral("motif %1").arg(step)));
            what = QStringLiteral("cancel");
            break;
        }
        case 3:
        case 4: { // finish or abandon a project (any state: the refused ones must write nothing)
            const qint64 id = pick(QStringLiteral("SELECT id FROM project"));
            ProjectStateChange change;
            change.to = op == 3 ? ProjectState::Finished : ProjectState::Abandoned;
            change.date = draw(5) == 0 ? QDate() : QDate(2020, 6, 1).addDays(draw(900));
            change.reason = draw(4) == 0 ? QString() : QStringLiteral("motif %1").arg(step);
            ok = bool(changeProjectState(*m_db, id, change));
            what = op == 3 ? QStringLiteral("finish") : QStringLiteral("abandon");
            break;
        }
        case 5:
        case 6: { // declare the usage indicators of a project's domain
            const qint64 project = pick(QStringLiteral("SELECT id FROM project"));
            Result<ProjectTargets> targets = projectTargets(*m_db, project);
            QVERIFY(targets);
            const qint64 establishment =
                scalar(*m_db,
                       QStringLiteral("SELECT c.establishment_id FROM project p JOIN "
                                      "candidature c ON c.id = p.candidature_id WHERE p.id = ?"),
                       {project})
                    .toLongLong();
            TransactionGuard transaction(*m_db);
            const QString period = QStringLiteral("%1-T%2").arg(2020 + draw(3)).arg(1 + draw(4));
            ok = true;
            for (const ProjectUsageTarget& t : std::as_const(targets->targets)) {
                const double value = t.valueType == IndicatorValueType::Ratio ? draw(1001) / 10.0 : draw(80);
                ok = ok && bool(recordDeclaration(*m_db, {establishment, t.code, period, value, {}, {}}));
            }
            QVERIFY(ok && transaction.commit());
            what = QStringLiteral("declare");
            break;
        }
        case 7: { // an establishment's prerequisites change
            const qint64 establishment = pick(QStringLiteral("SELECT DISTINCT c.establishment_id FROM project p JOIN "
                                                             "candidature c ON c.id = p.candidature_id"));
            QVERIFY(setEligible(*m_db, establishment, draw(3) != 0));
            ok = true;
            what = QStringLiteral("eligibility");
            break;
        }
        case 8: { // something that must be refused: paying what is not due, paying twice
            const qint64 id = pick(QStringLiteral("SELECT id FROM payment WHERE state <> 'du'"));
            if (id == 0) {
                continue;
            }
            const QString before = snapshot(id);
            Result<Payment> r = payPayment(*m_db, id, today, QStringLiteral("VIR-X"), today);
            QVERIFY(!r);
            QCOMPARE(r.error().code, QStringLiteral("followup.payment-transition"));
            QCOMPARE(snapshot(id), before);
            what = QStringLiteral("refused pay");
            break;
        }
        case 9: { // create the projects under a random envelope: all of them, or none
            const qint64 needed = notifiedSelectedCents(*m_db);
            Result<Roadmap> r = loadRoadmap(*m_db);
            QVERIFY(r);
            if (created) {
                // Every file has its project: a second creation adds nothing, whatever envelope above the
                // commitments.
                r->envelopeCents = reconcile(*m_db)->committedCents + draw(100000);
                QVERIFY(saveRoadmap(*m_db, r.value()));
                Result<ProjectCreation> again = createProjects(*m_db);
                QVERIFY(again);
                QVERIFY(again->created.isEmpty());
                ok = true;
                what = QStringLiteral("create again");
                break;
            }
            r->envelopeCents = draw(2) == 0 ? needed - 1 - draw(100000) : qMax(needed, envelope);
            r->envelopePerYear.clear();
            QVERIFY(saveRoadmap(*m_db, r.value()));
            Result<ProjectCreation> c = createProjects(*m_db);
            ok = bool(c);
            created = created || ok;
            QCOMPARE(ok, r->envelopeCents >= needed);
            if (!ok) {
                QCOMPARE(c.error().code, QStringLiteral("followup.envelope-exceeded"));
                QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM project")).toInt(), 0);
            }
            what = QStringLiteral("create");
            break;
        }
        }
        ok ? ++accepted : ++refused;
        // The invariants hold after every operation, accepted or refused.
        Result<ReconciliationReport> report = reconcile(*m_db);
        QVERIFY(report);
        QVERIFY2(report->ok(),
                 qPrintable(QStringLiteral("step %1 (%2): %3").arg(step).arg(what, report->problems.value(0).message)));
        const QString independent = independentCheck();
        QVERIFY2(independent.isEmpty(),
                 qPrintable(QStringLiteral("step %1 (%2): %3").arg(step).arg(what, independent)));
        QCOMPARE(report->committedCents, report->totals.committedCents());
        QVERIFY(report->envelopeCents == 0 || report->committedCents <= report->envelopeCents);
        // Paid rows, all read at once: the ones seen before are unchanged, the new ones are remembered.
        QSqlQuery paidRows(m_db->connection());
        QVERIFY(paidRows.exec(QStringLiteral("SELECT id, amount_cents || '|' || paid_on || '|' || reference || '|' || "
                                             "state FROM payment WHERE state = 'verse'")));
        int stillPaid = 0;
        while (paidRows.next()) {
            const qint64 id = paidRows.value(0).toLongLong();
            const auto known = paid.constFind(id);
            if (known == paid.cend()) {
                paid.insert(id, paidRows.value(1).toString());
            } else {
                QCOMPARE(paidRows.value(1).toString(), known.value());
            }
            ++stillPaid;
        }
        QCOMPARE(stillPaid, int(paid.size()));
        for (auto it = finalStates.cbegin(); it != finalStates.cend(); ++it) {
            QCOMPARE(scalar(*m_db, QStringLiteral("SELECT state FROM project WHERE id = ?"), {it.key()}).toString(),
                     it.value());
        }
        QSqlQuery ended(m_db->connection());
        QVERIFY(ended.exec(QStringLiteral("SELECT id, state FROM project WHERE state <> 'en_cours'")));
        while (ended.next()) {
            finalStates.insert(ended.value(0).toLongLong(), ended.value(1).toString());
        }
    }
    // The run did exercise every kind of outcome.
    QVERIFY(created);
    QVERIFY2(accepted > operations / 2, qPrintable(QString::number(accepted)));
    QVERIFY(refused > 10);
    QVERIFY(!paid.isEmpty());
    QVERIFY(finalStates.values().contains(QStringLiteral("termine")));
    QVERIFY(finalStates.values().contains(QStringLiteral("abandonne")));
    QVERIFY(scalar(*m_db, QStringLiteral("SELECT count(*) FROM payment WHERE state = 'annule'")).toInt() > 0);
}

QTEST_GUILESS_MAIN(TestReconciliation)
#include "tst_reconciliation.moc"
