// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real palier-cli on the regional demo: projects, project, payments, pay, followup refresh, reconcile and
// import declarations; exit codes 0/1/2 and the JSON checked against the database.
#include "CliTestSupport.h"
#include "db/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier::CliTest;

namespace {

/// Runs `sql` on the database file directly (behind Palier's back) and returns the first value.
QVariant sqlValue(const QString& path, const QString& sql)
{
    // Through Palier: the same database whichever engine holds it (PALIER_TEST_PG); some statements write.
    auto db = Palier::Database::open(path, {});
    if (!db) {
        return {};
    }
    QSqlQuery query(db.value()->connection());
    return query.exec(sql) && query.next() ? query.value(0) : QVariant();
}

} // namespace

class TestCliFollowUp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void projectsList();
    void projectsCreateIsIdempotent();
    void paymentsFilters();
    void pay();
    void projectStates();
    void refresh();
    void reconcile();
    void importDeclarations();
    void badArguments_data();
    void badArguments();

private:
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_db; ///< a fresh copy of the demo for each test
    int m_copy = 0;
};

void TestCliFollowUp::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.palier"));
    const Run demo = palierCli({"demo", "--db", m_demo});
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
}

void TestCliFollowUp::init()
{
    m_db = m_dir.filePath(QStringLiteral("copy-%1.palier").arg(++m_copy));
    QVERIFY(QFile::copy(m_demo, m_db));
    QFile::setPermissions(m_db, QFile::ReadOwner | QFile::WriteOwner);
}

void TestCliFollowUp::projectsList()
{
    const Run run = palierCli({"projects", "--db", m_db, "--json"});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray projects = run.json().value("projects").toArray();
    QCOMPARE(projects.size(), sqlValue(m_db, "SELECT count(*) FROM project").toInt());
    QVERIFY(projects.size() > 10);
    QSet<QString> states;
    qint64 granted = 0;
    qint64 paid = 0;
    for (const QJsonValue& v : projects) {
        const QJsonObject p = v.toObject();
        states.insert(p.value("state").toString());
        const qint64 g = p.value("granted_cents").toInteger();
        QCOMPARE(p.value("paid_cents").toInteger() + p.value("due_cents").toInteger() +
                     p.value("planned_cents").toInteger() + p.value("cancelled_cents").toInteger(),
                 g);
        granted += g;
        paid += p.value("paid_cents").toInteger();
    }
    QCOMPARE(states, (QSet<QString>{"en_cours", "termine", "abandonne"}));
    const QJsonObject totals = run.json().value("totals").toObject();
    QCOMPARE(totals.value("granted_cents").toInteger(), granted);
    QCOMPARE(totals.value("paid_cents").toInteger(), paid);
    QCOMPARE(granted, sqlValue(m_db, "SELECT sum(granted_cents) FROM project").toLongLong());
    QCOMPARE(paid, sqlValue(m_db, "SELECT sum(amount_cents) FROM payment WHERE state = 'verse'").toLongLong());
    // The human summary ends with the counts.
    const Run text = palierCli({"projects", "--db", m_db});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(QByteArray::number(projects.size()) + " project(s)"));
}

void TestCliFollowUp::projectsCreateIsIdempotent()
{
    const int projects = sqlValue(m_db, "SELECT count(*) FROM project").toInt();
    const int history = sqlValue(m_db, "SELECT count(*) FROM candidature_history").toInt();
    QVERIFY(projects > 0);
    const Run run = palierCli({"projects", "create", "--db", m_db, "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.json().value("created").toArray().isEmpty());
    QCOMPARE(run.json().value("already").toInt(), projects);
    QCOMPARE(sqlValue(m_db, "SELECT count(*) FROM project").toInt(), projects);
    QCOMPARE(sqlValue(m_db, "SELECT count(*) FROM candidature_history").toInt(), history);
}

void TestCliFollowUp::paymentsFilters()
{
    const Run all = palierCli({"payments", "--db", m_db, "--json"});
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(all.json().value("payments").toArray().size(), sqlValue(m_db, "SELECT count(*) FROM payment").toInt());
    const Run due = palierCli({"payments", "--db", m_db, "--state", "du", "--json"});
    QCOMPARE(due.exitCode, 0);
    const QJsonArray dueList = due.json().value("payments").toArray();
    QCOMPARE(dueList.size(), sqlValue(m_db, "SELECT count(*) FROM payment WHERE state = 'du'").toInt());
    QVERIFY(!dueList.isEmpty());
    for (const QJsonValue& v : dueList) {
        QCOMPARE(v.toObject().value("state").toString(), QStringLiteral("du"));
        QVERIFY(!v.toObject().value("due_on").toString().isEmpty());
    }
    const Run overdue = palierCli({"payments", "--db", m_db, "--overdue", "--as-of", "2022-12-15", "--json"});
    QCOMPARE(overdue.exitCode, 0);
    const QJsonArray overdueList = overdue.json().value("payments").toArray();
    QVERIFY(!overdueList.isEmpty());
    QVERIFY(overdueList.size() < dueList.size()); // some fall due only at the end of the year
    for (const QJsonValue& v : overdueList) {
        QVERIFY(v.toObject().value("overdue").toBool());
        QVERIFY(v.toObject().value("due_on").toString() < QStringLiteral("2022-12-15"));
    }
    const Run paid = palierCli({"payments", "--db", m_db, "--state", "verse", "--json"});
    for (const QJsonValue& v : paid.json().value("payments").toArray()) {
        QVERIFY(!v.toObject().value("reference").toString().isEmpty());
        QVERIFY(!v.toObject().value("paid_on").toString().isEmpty());
    }
    QCOMPARE(palierCli({"payments", "--db", m_db, "--state", "payé"}).exitCode, 2);
}

void TestCliFollowUp::pay()
{
    const Run due = palierCli({"payments", "--db", m_db, "--state", "du", "--json"});
    const QJsonObject first = due.json().value("payments").toArray().first().toObject();
    const QString id = QString::number(first.value("id").toInteger());
    const Run paid = palierCli({"pay", "--db", m_db, "--payment", id, "--date",
                                QDate::currentDate().toString(Qt::ISODate), "--reference", "VIR-TEST-0001", "--json"});
    QVERIFY2(paid.exitCode == 0, paid.err.constData());
    QCOMPARE(paid.json().value("payment").toObject().value("state").toString(), QStringLiteral("verse"));
    QCOMPARE(sqlValue(m_db, "SELECT reference FROM payment WHERE id = " + id).toString(),
             QStringLiteral("VIR-TEST-0001"));
    // Paid twice: a conflict (1), nothing written.
    const QByteArray before = sha256(m_db);
    const Run twice = palierCli({"pay", "--db", m_db, "--payment", id, "--date", "2023-01-10", "--reference", "VIR-2"});
    QCOMPARE(twice.exitCode, 1);
    QVERIFY(!twice.err.isEmpty());
    QCOMPARE(sha256(m_db), before);
    // A planned tranche cannot be paid.
    const QString planned = sqlValue(m_db, "SELECT min(id) FROM payment WHERE state = 'prevu'").toString();
    QCOMPARE(
        palierCli({"pay", "--db", m_db, "--payment", planned, "--date", "2023-01-10", "--reference", "V"}).exitCode, 1);
    // Unusable input: 2.
    QCOMPARE(palierCli({"pay", "--db", m_db, "--payment", planned, "--date", "2023-01-10"}).exitCode, 2);
    QCOMPARE(
        palierCli({"pay", "--db", m_db, "--payment", planned, "--date", "10/01/2023", "--reference", "V"}).exitCode, 2);
    QCOMPARE(
        palierCli({"pay", "--db", m_db, "--payment", "999999", "--date", "2023-01-10", "--reference", "V"}).exitCode,
        2);
    QCOMPARE(sha256(m_db), before);
}

void TestCliFollowUp::projectStates()
{
    const QString id = sqlValue(m_db, "SELECT min(id) FROM project WHERE state = 'en_cours'").toString();
    const QString other = sqlValue(m_db, "SELECT max(id) FROM project WHERE state = 'en_cours'").toString();
    QVERIFY(id != other);
    QCOMPARE(palierCli({"project", "--db", m_db, "--id", id, "--state", "termine"}).exitCode, 2);   // no date
    QCOMPARE(palierCli({"project", "--db", m_db, "--id", id, "--state", "abandonne"}).exitCode, 2); // no reason
    QCOMPARE(palierCli({"project", "--db", m_db, "--id", id, "--state", "fini", "--date", "2022-06-30"}).exitCode, 2);
    const Run finished =
        palierCli({"project", "--db", m_db, "--id", id, "--state", "termine", "--date", "2022-06-30", "--json"});
    QVERIFY2(finished.exitCode == 0, finished.err.constData());
    const QJsonObject project = finished.json().value("project").toObject();
    QCOMPARE(project.value("state").toString(), QStringLiteral("termine"));
    QCOMPARE(project.value("finished_on").toString(), QStringLiteral("2022-06-30"));
    QCOMPARE(
        sqlValue(m_db, "SELECT c.state FROM project p JOIN candidature c ON c.id = p.candidature_id WHERE p.id = " + id)
            .toString(),
        QStringLiteral("termine"));
    // Finished is final: 1.
    QCOMPARE(palierCli({"project", "--db", m_db, "--id", id, "--state", "abandonne", "--reason", "x"}).exitCode, 1);
    const Run abandoned = palierCli({"project", "--db", m_db, "--id", other, "--state", "abandonne", "--reason",
                                     "Fusion (motif fictif)", "--json"});
    QVERIFY2(abandoned.exitCode == 0, abandoned.err.constData());
    const QJsonObject a = abandoned.json().value("project").toObject();
    QCOMPARE(a.value("due_cents").toInteger() + a.value("planned_cents").toInteger(), 0);
    QVERIFY(a.value("notes").toArray().last().toObject().value("body").toString().contains("Fusion"));
    const Run note = palierCli({"project", "--db", m_db, "--id", other, "--note", "Comité (note fictive)", "--json"});
    QCOMPARE(note.exitCode, 0);
    QCOMPARE(
        note.json().value("project").toObject().value("notes").toArray().last().toObject().value("body").toString(),
        QStringLiteral("Comité (note fictive)"));
    const QJsonObject shown = note.json().value("project").toObject();
    QVERIFY(!shown.value("targets").toArray().isEmpty());
    for (const QJsonValue& t : shown.value("targets").toArray()) {
        QVERIFY(t.toObject().value("code").toString().startsWith(shown.value("domain").toString() + "."));
    }
    QCOMPARE(palierCli({"project", "--db", m_db, "--id", "999999"}).exitCode, 2);
    QCOMPARE(palierCli({"reconcile", "--db", m_db}).exitCode, 0);
}

void TestCliFollowUp::refresh()
{
    const Run run = palierCli({"followup", "refresh", "--db", m_db, "--as-of", "2022-12-01", "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.json().value("changes").toArray().isEmpty());
    // An establishment that loses a prerequisite: its due tranches go back to planned, and the command says so.
    const QString payment = sqlValue(m_db, "SELECT min(id) FROM payment WHERE state = 'du'").toString();
    const QString establishment =
        sqlValue(m_db, "SELECT c.establishment_id FROM payment y JOIN project p ON p.id = y.project_id JOIN "
                       "candidature c ON c.id = p.candidature_id WHERE y.id = " +
                           payment)
            .toString();
    sqlValue(m_db, "UPDATE indicator_value SET value = 0 WHERE establishment_id = " + establishment +
                       " AND indicator_id = (SELECT id FROM indicator WHERE code = 'P2.3')");
    const Run changed = palierCli({"followup", "refresh", "--db", m_db, "--as-of", "2022-12-01", "--json"});
    QCOMPARE(changed.exitCode, 0);
    const QJsonArray changes = changed.json().value("changes").toArray();
    QVERIFY(!changes.isEmpty());
    bool found = false;
    for (const QJsonValue& v : changes) {
        const QJsonObject c = v.toObject();
        QCOMPARE(c.value("to").toString(), QStringLiteral("prevu"));
        found = found || QString::number(c.value("payment").toInteger()) == payment;
    }
    QVERIFY(found);
    QCOMPARE(sqlValue(m_db, "SELECT state FROM payment WHERE id = " + payment).toString(), QStringLiteral("prevu"));
    QCOMPARE(palierCli({"followup", "--db", m_db}).exitCode, 2);
    QCOMPARE(palierCli({"followup", "compute", "--db", m_db}).exitCode, 2);
}

void TestCliFollowUp::reconcile()
{
    const Run ok = palierCli({"reconcile", "--db", m_db, "--json"});
    QCOMPARE(ok.exitCode, 0);
    const QJsonObject json = ok.json();
    QVERIFY(json.value("ok").toBool());
    const qint64 granted = json.value("granted_cents").toInteger();
    QCOMPARE(granted, sqlValue(m_db, "SELECT sum(granted_cents) FROM project").toLongLong());
    QCOMPARE(json.value("paid_cents").toInteger() + json.value("due_cents").toInteger() +
                 json.value("planned_cents").toInteger() + json.value("cancelled_cents").toInteger(),
             granted);
    qint64 domains = 0;
    for (const QJsonValue& v : json.value("by_domain").toArray()) {
        domains += v.toObject().value("granted_cents").toInteger();
    }
    QCOMPARE(domains, granted);
    qint64 years = 0;
    for (const QJsonValue& v : json.value("by_year").toArray()) {
        years += v.toObject().value("granted_cents").toInteger();
    }
    QCOMPARE(years, granted);
    QVERIFY(json.value("committed_cents").toInteger() <= json.value("envelope_cents").toInteger());
    // Broken behind Palier's back: found, exit 1.
    sqlValue(m_db, "UPDATE payment SET amount_cents = amount_cents + 100 WHERE id = (SELECT min(id) FROM payment "
                   "WHERE state = 'prevu')");
    const Run broken = palierCli({"reconcile", "--db", m_db, "--json"});
    QCOMPARE(broken.exitCode, 1);
    QVERIFY(!broken.json().value("ok").toBool());
    QCOMPARE(broken.json().value("problems").toArray().first().toObject().value("code").toString(),
             QStringLiteral("project-balance"));
}

void TestCliFollowUp::importDeclarations()
{
    const QString finess =
        sqlValue(m_db, "SELECT e.finess_et FROM project p JOIN candidature c ON c.id = p.candidature_id JOIN "
                       "establishment e ON e.id = c.establishment_id JOIN domain d ON d.id = c.domain_id WHERE "
                       "d.code = 'D2' ORDER BY p.id LIMIT 1")
            .toString();
    QVERIFY(!finess.isEmpty());
    const QString good = m_dir.filePath(QStringLiteral("declarations-ok.csv"));
    QFile file(good);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("FINESS;Indicateur;Période;Valeur\n%1;D2.1;2023-T1;85\n%1;D2.2;2023-T1;75\n")
                   .arg(finess)
                   .toUtf8());
    file.close();
    const Run run = palierCli({"import", "declarations", good, "--db", m_db, "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json().value("inserted").toInt(), 2);
    QCOMPARE(sqlValue(m_db, "SELECT count(*) FROM indicator_declaration WHERE period = '2023-T1'").toInt(), 2);

    const QString bad = m_dir.filePath(QStringLiteral("declarations-bad.csv"));
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write(QStringLiteral("FINESS;Indicateur;Période;Valeur\n%1;D2.3;2023-T1;30\n%1;D2.4;2023-T1;1\n")
                      .arg(finess)
                      .toUtf8());
    badFile.close();
    const QByteArray before = sha256(m_db);
    const Run rejected = palierCli({"import", "declarations", bad, "--db", m_db, "--json"});
    QCOMPARE(rejected.exitCode, 1);
    const QJsonArray issues = rejected.json().value("rejected").toArray();
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().toObject().value("line").toInt(), 3);
    QCOMPARE(issues.first().toObject().value("column").toString(), QStringLiteral("Indicateur"));
    QCOMPARE(sha256(m_db), before);
}

void TestCliFollowUp::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("projects extra") << QStringList{"projects", "delete"};
    QTest::addRow("project no id") << QStringList{"project", "--state", "termine", "--date", "2022-01-01"};
    QTest::addRow("project bad date") << QStringList{"project", "--id", "1", "--state", "termine", "--date", "hier"};
    QTest::addRow("payments bad as-of") << QStringList{"payments", "--as-of", "2022-13-01"};
    QTest::addRow("pay no payment") << QStringList{"pay", "--date", "2022-01-01", "--reference", "V"};
}

void TestCliFollowUp::badArguments()
{
    QFETCH(QStringList, arguments);
    const QByteArray before = sha256(m_db);
    const Run run = palierCli(arguments + QStringList{"--db", m_db});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QCOMPARE(sha256(m_db), before);
    // An older or missing database is refused too.
    QCOMPARE(palierCli({"projects", "--db", m_dir.filePath("absent.palier")}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliFollowUp)
#include "tst_clifollowup.moc"
