// SPDX-License-Identifier: GPL-3.0-or-later
// Editing the roadmap through the core: what validation refuses (and that nothing is written then), the audit
// entries of a save, the ARS's own milestones added, changed and removed while the programme's stay untouched.
#include "db/Database.h"
#include "db/RowVersion.h"
#include "demo/DemoGenerator.h"
#include "selection/Roadmap.h"

#include <QLocale>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;

Q_DECLARE_METATYPE(Palier::Roadmap)

class TestRoadmapEdit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoRoadmapIsValid();
    void validation_data();
    void validation();
    void savedRoadmapIsReadBackAndAudited();
    void invalidRoadmapWritesNothing();
    void arsMilestonesAreEdited();
    void staleRoadmapAndMilestonesAreRefused();
    void programmeMilestonesAreReadOnly();
    void domainsOfTheProgramme();

private:
    int count(const QString& sql) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Roadmap m_demo;
};

void TestRoadmapEdit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    auto db = Database::open(m_dir.filePath(QStringLiteral("demo.palier")), {.create = true});
    QVERIFY(db);
    m_db = std::move(db).value();
    QVERIFY(generateDemo(*m_db, {}));
    Result<Roadmap> roadmap = loadRoadmap(*m_db);
    QVERIFY(roadmap);
    m_demo = roadmap.value();
}

int TestRoadmapEdit::count(const QString& sql) const
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(sql) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

void TestRoadmapEdit::demoRoadmapIsValid()
{
    QCOMPARE(validateRoadmap(m_demo), QStringList());
    QVERIFY(m_demo.axes.size() >= 3);
}

void TestRoadmapEdit::validation_data()
{
    QTest::addColumn<Roadmap>("roadmap");
    QTest::addColumn<QString>("expected");
    const Roadmap base = [] {
        Roadmap r;
        r.envelopeCents = 1'000'000'00;
        r.axes = {{QStringLiteral("Axe fictif"), {}, {QStringLiteral("D1")}}};
        r.shares = {{QuotaKind::Domain, QStringLiteral("D1"), true, 40, 10, 60, 1}};
        return r;
    }();
    QTest::addRow("valid") << base << QString();
    Roadmap r = base;
    r.axes[0].title = QStringLiteral("  ");
    QTest::addRow("axis without title") << r << QStringLiteral("Axis 1 has no title.");
    r = base;
    r.shares[0].min = 70;
    QTest::addRow("min above max") << r << QStringLiteral("The minimum of D1 is above its maximum.");
    r = base;
    r.shares[0].planned = 80;
    QTest::addRow("planned outside") << r
                                     << QStringLiteral("The planned share of D1 is outside its minimum and maximum.");
    r = base;
    r.shares[0].max = 120;
    QTest::addRow("over 100 percent") << r << QStringLiteral("The planned split of D1 is over 100 %.");
    r = base;
    r.shares.append(r.shares[0]);
    QTest::addRow("twice") << r << QStringLiteral("The planned split names D1 twice.");
    r = base;
    r.shares = {{QuotaKind::Domain, QStringLiteral("D1"), false, {}, 600'000'00, {}, 1},
                {QuotaKind::Domain, QStringLiteral("D2"), false, {}, 500'000'00, {}, 1}};
    QTest::addRow("minimums over the envelope")
        << r << QStringLiteral("The minimums of the domains add up to 1 100 000 €, more than the envelope");
    r = base;
    r.shares = {{QuotaKind::Status, QStringLiteral("public"), true, 70, {}, {}, 1},
                {QuotaKind::Status, QStringLiteral("clcc"), true, 40, {}, {}, 1}};
    QTest::addRow("planned over 100") << r
                                      << QStringLiteral(
                                             "The planned shares of the statuses add up to more than 100 %.");
    r = base;
    r.shares[0].weight = -1;
    QTest::addRow("negative weight") << r << QStringLiteral("The weight of D1 cannot be negative.");
    r = base;
    r.envelopePerYear.insert(1850, 10);
    QTest::addRow("year") << r << QStringLiteral("1850 is not a year of the programme.");
}

void TestRoadmapEdit::validation()
{
    QFETCH(Roadmap, roadmap);
    QFETCH(QString, expected);
    const QString problems = validateRoadmap(roadmap)
                                 .join(QLatin1Char('\n'))
                                 .replace(QChar(0x202F), QLatin1Char(' '))
                                 .replace(QChar(0xA0), QLatin1Char(' '));
    if (expected.isEmpty()) {
        QCOMPARE(problems, QString());
    } else {
        QVERIFY2(problems.contains(expected), qPrintable(problems));
    }
}

void TestRoadmapEdit::savedRoadmapIsReadBackAndAudited()
{
    Roadmap edited = m_demo;
    edited.correspondent = QStringLiteral("Dominique Fictif (personne fictive)");
    edited.envelopeCents += 100'000'00;
    edited.axes.move(0, 2);
    edited.axes[1].domains = {QStringLiteral("D1"), QStringLiteral("D5")};
    edited.axes.append({QStringLiteral("Axe fictif ajouté"), QStringLiteral("Texte"), {QStringLiteral("D3")}});
    edited.shares.append({QuotaKind::Status, QStringLiteral("clcc"), false, {}, 50'000'00, 200'000'00, 1});
    edited.strategyHtml = QStringLiteral("<p><b>Stratégie</b> fictive</p>");
    edited.envelopePerYear.insert(2024, 12'345'00);
    const int auditBefore = count(QStringLiteral("SELECT count(*) FROM audit_entry"));
    QVERIFY(saveRoadmap(*m_db, edited));
    Result<Roadmap> read = loadRoadmap(*m_db);
    QVERIFY(read);
    QCOMPARE(read->correspondent, edited.correspondent);
    QCOMPARE(read->envelopeCents, edited.envelopeCents);
    QCOMPARE(read->axes.size(), edited.axes.size());
    for (int n = 0; n < edited.axes.size(); ++n) {
        QCOMPARE(read->axes.at(n).title, edited.axes.at(n).title);
        QCOMPARE(read->axes.at(n).domains, edited.axes.at(n).domains);
    }
    QCOMPARE(read->envelopePerYear.value(2024), 12'345'00);
    QCOMPARE(read->strategyHtml, edited.strategyHtml);
    const auto clcc = std::find_if(read->shares.cbegin(), read->shares.cend(),
                                   [](const RoadmapShare& s) { return s.code == QLatin1String("clcc"); });
    QVERIFY(clcc != read->shares.cend());
    QVERIFY(!clcc->percent);
    QCOMPARE(*clcc->min, 50'000'00.0);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM audit_entry WHERE entity = 'roadmap_axis'")) > 0);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM audit_entry")) > auditBefore);
    QVERIFY(saveRoadmap(*m_db, m_demo)); // back as it was for the other tests
}

void TestRoadmapEdit::invalidRoadmapWritesNothing()
{
    Roadmap bad = m_demo;
    bad.correspondent = QStringLiteral("Ne doit pas être écrit");
    bad.axes.append({QString(), {}, {}});
    const int auditBefore = count(QStringLiteral("SELECT count(*) FROM audit_entry"));
    Result<void> saved = saveRoadmap(*m_db, bad);
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, QStringLiteral("roadmap.invalid"));
    QVERIFY(saved.error().message.contains(QStringLiteral("no title")));
    QCOMPARE(loadRoadmap(*m_db)->correspondent, m_demo.correspondent);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_entry")), auditBefore);
}

void TestRoadmapEdit::staleRoadmapAndMilestonesAreRefused()
{
    const Roadmap seen = loadRoadmap(*m_db).value();
    QVERIFY(seen.version > 0);
    Roadmap first = seen;
    first.correspondent = QStringLiteral("Première modification fictive");
    Result<qint64> saved = saveRoadmapChecked(*m_db, first, seen.version);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    QVERIFY(saved.value() > seen.version);
    QCOMPARE(loadRoadmap(*m_db)->version, saved.value());
    // A second edit prepared on the same version: refused, nothing written.
    Roadmap second = seen;
    second.envelopeCents += 1000;
    Result<qint64> stale = saveRoadmapChecked(*m_db, second, seen.version);
    QVERIFY(!stale);
    QCOMPARE(stale.error().code, QStringLiteral("db.conflict"));
    const Roadmap now = loadRoadmap(*m_db).value();
    QCOMPARE(now.version, saved.value());
    QCOMPARE(now.correspondent, QStringLiteral("Première modification fictive"));
    QCOMPARE(now.envelopeCents, seen.envelopeCents);
    QVERIFY(saveRoadmap(*m_db, m_demo)); // back as it was for the other tests

    Result<qint64> id = addMilestone(*m_db, {QDate(2019, 9, 2), QStringLiteral("Réunion fictive"), {}});
    QVERIFY(id);
    Milestone mine{QDate(2019, 9, 9), QStringLiteral("Réunion fictive"), {}, id.value(), 1};
    QVERIFY(updateMilestone(*m_db, {QDate(2019, 9, 3), QStringLiteral("Réunion renommée"), {}, id.value()}));
    VersionConflict conflict;
    Result<qint64> refused = updateMilestoneVersioned(*m_db, mine, &conflict);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("db.conflict"));
    QCOMPARE(conflict.current.value(QStringLiteral("label")).toString(), QStringLiteral("Réunion renommée"));
    QCOMPARE(conflict.proposed.value(QStringLiteral("due_on")).toString(), QStringLiteral("2019-09-09"));
    QCOMPARE(conflict.currentVersion, qint64(2));
    QVERIFY(!removeMilestone(*m_db, id.value(), 1));
    mine.version = 2;
    QCOMPARE(updateMilestoneVersioned(*m_db, mine).value(), qint64(3));
    QVERIFY(removeMilestone(*m_db, id.value(), 3));
}

void TestRoadmapEdit::arsMilestonesAreEdited()
{
    const int before = count(QStringLiteral("SELECT count(*) FROM milestone"));
    Result<qint64> id = addMilestone(*m_db, {QDate(2019, 9, 2), QStringLiteral("  Réunion fictive  "), {}});
    QVERIFY(id);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM milestone")), before + 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM milestone WHERE source = 'ars' AND label = 'Réunion fictive' "
                                  "AND due_on = '2019-09-02' AND id = %1")
                       .arg(id.value())),
             1);
    QVERIFY(updateMilestone(*m_db, {QDate(2019, 9, 3), QStringLiteral("Réunion déplacée"), {}, id.value()}));
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM milestone WHERE due_on = '2019-09-03' AND id = %1").arg(id.value())),
        1);
    QVERIFY(!updateMilestone(*m_db, {QDate(2019, 9, 3), QStringLiteral(" "), {}, id.value()}));
    QVERIFY(!addMilestone(*m_db, {QDate(), QStringLiteral("Sans date"), {}}));
    QVERIFY(removeMilestone(*m_db, id.value()));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM milestone")), before);
    QVERIFY(!removeMilestone(*m_db, id.value())); // gone
    // Put back under its id (undo of a removal).
    Result<qint64> again = addMilestone(*m_db, {QDate(2019, 9, 3), QStringLiteral("Réunion"), {}, id.value()});
    QVERIFY(again);
    QCOMPARE(again.value(), id.value());
    QVERIFY(removeMilestone(*m_db, id.value()));
}

void TestRoadmapEdit::programmeMilestonesAreReadOnly()
{
    const qint64 id = count(QStringLiteral("SELECT min(id) FROM milestone WHERE source = 'programme'"));
    QVERIFY(id > 0);
    Result<void> changed = updateMilestone(*m_db, {QDate(2030, 1, 1), QStringLiteral("Changé"), {}, id});
    QVERIFY(!changed);
    QVERIFY(changed.error().message.contains(QStringLiteral("programme")));
    QVERIFY(!removeMilestone(*m_db, id));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM milestone WHERE id = %1 AND due_on <> '2030-01-01'").arg(id)),
             1);
}

void TestRoadmapEdit::domainsOfTheProgramme()
{
    Result<QList<RoadmapDomain>> domains = loadRoadmapDomains(*m_db);
    QVERIFY(domains);
    QVERIFY(domains->size() >= 5);
    QCOMPARE(domains->constFirst().code, QStringLiteral("D1"));
    QVERIFY(!domains->constFirst().label.isEmpty());
}

QTEST_GUILESS_MAIN(TestRoadmapEdit)
#include "tst_roadmapedit.moc"
