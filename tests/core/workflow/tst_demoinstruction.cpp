// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkflowTestSupport.h"
#include "db/DatabasePostgres.h"
#include "demo/DemoGenerator.h"
#include "prerequisites/Eligibility.h"
#include "workflow/DemoInstruction.h"
#include "workflow/History.h"
#include "workflow/Labels.h"
#include "workflow/Workflow.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Palier;
using namespace Palier::Test;

namespace {

/// A demo campaign with its instruction stage, written as the demo generator does: in one transaction. Once
/// generateDemo() adds the stage itself, this only checks that it did.
std::unique_ptr<Database> instructedDemo(const QString& path, const DemoOptions& options)
{
    auto db = Database::open(path, {.create = true});
    if (!db || !generateDemo(*db.value(), options)) {
        return nullptr;
    }
    if (scalar(*db.value(), QStringLiteral("SELECT count(*) FROM label")).toInt() > 0) {
        return std::move(db.value());
    }
    TransactionGuard transaction(*db.value());
    if (Result<void> added = addDemoInstruction(*db.value(), options.seed); !added) {
        qWarning() << added.error().message << added.error().detail;
        return nullptr;
    }
    if (!transaction.commit()) {
        return nullptr;
    }
    return std::move(db.value());
}

QByteArray fingerprint(const Database& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* sql : {"SELECT * FROM indicator_value ORDER BY id",
                            "SELECT id, state, state_reason FROM "
                            "candidature ORDER BY id",
                            "SELECT * FROM candidature_history ORDER BY id", "SELECT * FROM label ORDER BY id",
                            "SELECT * FROM candidature_label ORDER BY candidature_id, label_id"}) {
        QSqlQuery query(db.connection());
        if (!query.exec(QLatin1String(sql))) {
            return {};
        }
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i) {
                hash.addData(query.value(i).toString().toUtf8());
                hash.addData("|");
            }
        }
    }
    return hash.result();
}

} // namespace

class TestDemoInstruction : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameSeedSameInstruction();
    void mostEstablishmentsEligible();
    void tableAgreesWithEachEstablishment();
    void everyFileHasItsHistory();
    void irrecevableFilesHaveAMotivation();
    void threeLabelsOnSomeFiles();
    void writesNothingWhenTheCallerRollsBack();
    void nationalEligibilityInOneGo();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestDemoInstruction::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = instructedDemo(m_dir.filePath(QStringLiteral("demo.palier")), {});
    QVERIFY(m_db);
}

void TestDemoInstruction::sameSeedSameInstruction()
{
    auto again = instructedDemo(m_dir.filePath(QStringLiteral("again.palier")), {});
    QVERIFY(again);
    const QByteArray first = fingerprint(*m_db);
    QVERIFY(!first.isEmpty());
    QCOMPARE(fingerprint(*again), first);
    auto other = instructedDemo(m_dir.filePath(QStringLiteral("other.palier")), {.seed = 7});
    QVERIFY(other);
    QVERIFY(fingerprint(*other) != first);
}

void TestDemoInstruction::mostEstablishmentsEligible()
{
    Result<EligibilityTable> table = eligibilityTable(*m_db);
    QVERIFY(table);
    const int total = int(table->rows.size());
    const int eligible = table->eligibleCount();
    QVERIFY2(eligible * 100 >= total * 70 && eligible * 100 <= total * 90,
             qPrintable(QStringLiteral("%1 of %2").arg(eligible).arg(total)));
    int missing = 0;
    int notReached = 0;
    for (const EligibilityRow& row : table->rows) {
        missing += row.missingIndicators > 0 ? 1 : 0;
        notReached += row.notReachedIndicators > 0 ? 1 : 0;
    }
    QVERIFY(missing > 0);
    QVERIFY(notReached > 0);
    // Every value present was accepted by the rules of its type, with a date and evidence.
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM indicator_value WHERE measured_on IS NULL OR "
                                          "evidence IS NULL OR value < 0 OR value > 100"))
                 .toInt(),
             0);
}

void TestDemoInstruction::tableAgreesWithEachEstablishment()
{
    // The bulk query (SQL) and the per-establishment reading (C++) apply the same rule.
    Result<EligibilityTable> table = eligibilityTable(*m_db);
    QVERIFY(table);
    QCOMPARE(table->rows.size(), scalar(*m_db, QStringLiteral("SELECT count(*) FROM establishment")).toInt());
    for (const EligibilityRow& row : table->rows) {
        Result<EstablishmentPrerequisites> one = establishmentPrerequisites(*m_db, row.establishmentId);
        QVERIFY(one);
        QCOMPARE(row.eligible, one->eligible);
        int missing = 0;
        int notReached = 0;
        for (qsizetype i = 0; i < one->prerequisites.size(); ++i) {
            QCOMPARE(row.prerequisites.at(i), one->prerequisites.at(i).status);
            for (const IndicatorAssessment& a : one->prerequisites.at(i).indicators) {
                missing += a.status == IndicatorStatus::Missing ? 1 : 0;
                notReached += a.status == IndicatorStatus::NotReached ? 1 : 0;
            }
        }
        QCOMPARE(row.missingIndicators, missing);
        QCOMPARE(row.notReachedIndicators, notReached);
    }
}

void TestDemoInstruction::everyFileHasItsHistory()
{
    Result<Workflow> workflow = Workflow::load(*m_db);
    QVERIFY(workflow);
    QSqlQuery files(m_db->connection());
    QVERIFY(files.exec(QStringLiteral("SELECT id, state, submitted_on FROM candidature")));
    int moved = 0;
    while (files.next()) {
        const qint64 id = files.value(0).toLongLong();
        Result<QList<HistoryEntry>> entries = history(*m_db, id);
        QVERIFY(entries);
        if (files.value(1).toString() == QLatin1String("recu")) {
            QVERIFY(entries->isEmpty());
            continue;
        }
        ++moved;
        QVERIFY2(!entries->isEmpty(), qPrintable(QString::number(id)));
        QCOMPARE(entries->first().fromState, QStringLiteral("recu"));
        QCOMPARE(entries->last().toState, files.value(1).toString());
        QDateTime previous(QDate::fromString(files.value(2).toString(), Qt::ISODate), QTime(0, 0), Qt::UTC);
        for (int i = 0; i < entries->size(); ++i) {
            const HistoryEntry& e = entries->at(i);
            const StateTransition* t = workflow->transition(e.fromState, e.toState);
            QVERIFY2(t, qPrintable(QStringLiteral("%1: %2 -> %3").arg(id).arg(e.fromState, e.toState)));
            QVERIFY(!t->requiresReason || !e.reason.isEmpty());
            QVERIFY(i == 0 || e.fromState == entries->at(i - 1).toState);
            QVERIFY(e.changedAt > previous);
            QVERIFY(e.author.contains(QLatin1String("fictif")));
            previous = e.changedAt;
        }
    }
    QVERIFY(moved > 50);
}

void TestDemoInstruction::irrecevableFilesHaveAMotivation()
{
    const int irrecevable =
        scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidature WHERE state = 'irrecevable'")).toInt();
    QVERIFY(irrecevable >= 2);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidature c WHERE c.state = 'irrecevable' AND "
                                          "c.state_reason LIKE '%(motif fictif)' AND c.state_reason = "
                                          "(SELECT h.reason FROM candidature_history h WHERE h.candidature_id = c.id "
                                          "AND h.to_state = 'irrecevable' ORDER BY h.id DESC LIMIT 1)"))
                 .toInt(),
             irrecevable);
}

void TestDemoInstruction::threeLabelsOnSomeFiles()
{
    Result<QList<Label>> labels = listLabels(*m_db);
    QVERIFY(labels);
    QCOMPARE(labels->size(), 3);
    QStringList names;
    for (const Label& label : labels.value()) {
        names.append(label.name);
        QVERIFY(isValidLabelColor(label.color));
        const int files =
            scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidature_label WHERE label_id = ?"), {label.id})
                .toInt();
        QVERIFY2(files > 0, qPrintable(label.name));
        QVERIFY(files < scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidature")).toInt());
    }
    QCOMPARE(names, (QStringList{QStringLiteral("À discuter"), QStringLiteral("Dossier complet"),
                                 QStringLiteral("Priorité GHT")}));
}

void TestDemoInstruction::writesNothingWhenTheCallerRollsBack()
{
    // A campaign with a few hand-made files, so that the stage is added here and nowhere else.
    auto db = campaignDatabase(m_dir.filePath(QStringLiteral("rollback.palier")));
    QVERIFY(db);
    for (const char* state : {"recu", "recevable", "irrecevable", "en_instruction", "instruit"}) {
        QVERIFY(addFile(*db, QLatin1String(state), QStringLiteral("Clinique fictive (%1)").arg(QLatin1String(state))));
    }
    const QString states = QStringLiteral("SELECT group_concat(state || ':' || ifnull(state_reason, '')) FROM "
                                          "(SELECT state, state_reason FROM candidature ORDER BY id)");
    const QString before = scalar(*db, states).toString();
    {
        TransactionGuard transaction(*db);
        QVERIFY(transaction.started());
        Result<void> added = addDemoInstruction(*db, 2019);
        QVERIFY2(added, qPrintable(added.error().message + QLatin1Char(' ') + added.error().detail));
        QVERIFY(scalar(*db, QStringLiteral("SELECT count(*) FROM candidature_history")).toInt() > 0);
    }
    for (const char* table : {"indicator_value", "candidature_history", "label", "candidature_label"}) {
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt(), 0);
    }
    QCOMPARE(scalar(*db, states).toString(), before);
}

void TestDemoInstruction::nationalEligibilityInOneGo()
{
    // On PostgreSQL the national demo (200,000 rows written one statement at a time) would take minutes of the
    // suite for the same SQL: the regional campaign is checked there, against its own establishment count.
    const bool national = !testsRunOnPostgres();
    auto owned = national
                     ? instructedDemo(m_dir.filePath(QStringLiteral("national.palier")), {.scale = DemoScale::National})
                     : nullptr;
    const Database* db = national ? owned.get() : m_db.get();
    QVERIFY(db);
    QElapsedTimer timer;
    timer.start();
    Result<EligibilityTable> table = eligibilityTable(*db);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(table);
    QCOMPARE(table->rows.size(),
             national ? 3000 : scalar(*db, QStringLiteral("SELECT count(*) FROM establishment")).toLongLong());
    QVERIFY(table->rows.size() > 0);
    qInfo("eligibility of %lld establishments in %lld ms", qlonglong(table->rows.size()), elapsed);
}

QTEST_GUILESS_MAIN(TestDemoInstruction)
#include "tst_demoinstruction.moc"
