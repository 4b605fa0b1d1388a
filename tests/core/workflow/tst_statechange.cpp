// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkflowTestSupport.h"
#include "workflow/History.h"
#include "workflow/StateChange.h"
#include "workflow/Workflow.h"

#include <QRegularExpression>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Palier;
using namespace Palier::Test;

namespace {

/// Every candidature and history row, to prove that a refused change wrote nothing.
QStringList snapshot(const Database& db)
{
    QStringList rows;
    for (const char* sql : {"SELECT id, state, state_reason FROM candidature ORDER BY id",
                            "SELECT * FROM candidature_history ORDER BY id"}) {
        QSqlQuery query(db.connection());
        if (!query.exec(QLatin1String(sql))) {
            return {};
        }
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i) {
                values.append(query.value(i).toString());
            }
            rows.append(values.join(QLatin1Char('|')));
        }
    }
    return rows;
}

} // namespace

class TestStateChange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bulkMovesEveryFile();
    void bulkIsAllOrNothing_data();
    void bulkIsAllOrNothing();
    void historyKeepsAuthorDateReason();
    void emptyAuthorIsTheSystemUser();
    void duplicateIdsMoveOnce();
    void applyRunsInsideTheCallersTransaction();
    void movesKeepTheirOwnTargetsAndReasons();
    void movesAreAllOrNothing();

private:
    QList<qint64> addFiles(int count, const QString& state);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_names = 0;
};

QList<qint64> TestStateChange::addFiles(int count, const QString& state)
{
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        ids.append(addFile(*m_db, state, QStringLiteral("Établissement fictif n° %1").arg(++m_names)));
    }
    return ids;
}

void TestStateChange::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = campaignDatabase(m_dir.filePath(QStringLiteral("statechange.palier")));
    QVERIFY(m_db);
}

void TestStateChange::bulkMovesEveryFile()
{
    const QList<qint64> ids = addFiles(37, QStringLiteral("recevable"));
    const int before = historyCount(*m_db);
    Result<TransitionReport> report =
        changeState(*m_db, ids, QStringLiteral("en_instruction"), {}, QStringLiteral("referent.test"));
    QVERIFY2(report, qPrintable(report.error().message));
    QCOMPARE(report->changes.size(), 37);
    QCOMPARE(historyCount(*m_db), before + 37);
    for (int i = 0; i < ids.size(); ++i) {
        QCOMPARE(report->changes.at(i).candidatureId, ids.at(i)); // in the order asked
        QCOMPARE(stateOf(*m_db, ids.at(i)), QStringLiteral("en_instruction"));
    }
    // One change, one time and one author for all of them.
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(DISTINCT changed_at || author) FROM candidature_history "
                                          "WHERE to_state = 'en_instruction' AND from_state = 'recevable'"))
                 .toInt(),
             1);
}

void TestStateChange::bulkIsAllOrNothing_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("toState");
    QTest::addColumn<QString>("expectedCode");
    QTest::addRow("one unknown file number") << "unknown id"
                                             << "en_instruction"
                                             << "workflow.unknown-candidature";
    QTest::addRow("one file in another state") << "wrong state"
                                               << "en_instruction"
                                               << "workflow.refused";
    QTest::addRow("one file already there") << "already"
                                            << "en_instruction"
                                            << "workflow.refused";
    QTest::addRow("a reason required, none given") << "no reason"
                                                   << "irrecevable"
                                                   << "workflow.reason-required";
}

void TestStateChange::bulkIsAllOrNothing()
{
    QFETCH(QString, problem);
    QFETCH(QString, toState);
    QFETCH(QString, expectedCode);
    QList<qint64> ids = addFiles(10, QStringLiteral("recevable"));
    if (problem == QLatin1String("unknown id")) {
        ids.insert(5, 99999999);
    } else if (problem == QLatin1String("wrong state")) {
        ids.append(addFiles(1, QStringLiteral("recu")));
    } else if (problem == QLatin1String("already")) {
        ids.append(addFiles(1, QStringLiteral("en_instruction")));
    }
    const QStringList before = snapshot(*m_db);
    QVERIFY(!before.isEmpty());
    Result<TransitionReport> report = changeState(*m_db, ids, toState, {}, QStringLiteral("referent.test"));
    QVERIFY(!report);
    QCOMPARE(report.error().code, expectedCode);
    QVERIFY(!report.error().message.isEmpty());
    QCOMPARE(snapshot(*m_db), before);
}

void TestStateChange::historyKeepsAuthorDateReason()
{
    const qint64 file = addFiles(1, QStringLiteral("recu")).first();
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
    QVERIFY(changeState(*m_db, {file}, QStringLiteral("irrecevable"), QStringLiteral("  Pièces manquantes  "),
                        QStringLiteral("cmartin")));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT state_reason FROM candidature WHERE id = ?"), {file}).toString(),
             QStringLiteral("Pièces manquantes"));
    QVERIFY(changeState(*m_db, {file}, QStringLiteral("en_instruction"), QStringLiteral("Pièces reçues le 3 juillet"),
                        QStringLiteral("abenali")));
    QVERIFY(changeState(*m_db, {file}, QStringLiteral("instruit"), {}, QStringLiteral("cmartin")));
    const QDateTime end = QDateTime::currentDateTimeUtc().addSecs(1);
    // Out of irrecevable, the motivation no longer explains the state.
    QVERIFY(scalar(*m_db, QStringLiteral("SELECT state_reason FROM candidature WHERE id = ?"), {file}).isNull());

    Result<QList<HistoryEntry>> entries = history(*m_db, file);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 3);
    const struct
    {
        const char* from;
        const char* to;
        const char* author;
        QString reason;
    } expected[] = {{"recu", "irrecevable", "cmartin", QStringLiteral("Pièces manquantes")},
                    {"irrecevable", "en_instruction", "abenali", QStringLiteral("Pièces reçues le 3 juillet")},
                    {"en_instruction", "instruit", "cmartin", QString()}};
    for (int i = 0; i < 3; ++i) {
        const HistoryEntry& e = entries->at(i);
        QCOMPARE(e.candidatureId, file);
        QCOMPARE(e.fromState, QLatin1String(expected[i].from));
        QCOMPARE(e.toState, QLatin1String(expected[i].to));
        QCOMPARE(e.author, QLatin1String(expected[i].author));
        QCOMPARE(e.reason, expected[i].reason);
        QCOMPARE(e.changedAt.timeSpec(), Qt::UTC);
        QVERIFY2(e.changedAt >= start && e.changedAt <= end, qPrintable(e.changedAt.toString(Qt::ISODate)));
    }
    // Stored as ISO 8601 in UTC, so that sorting the text sorts the time.
    const QString stored =
        scalar(*m_db, QStringLiteral("SELECT changed_at FROM candidature_history WHERE candidature_id = ? LIMIT 1"),
               {file})
            .toString();
    QVERIFY2(
        QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$")).match(stored).hasMatch(),
        qPrintable(stored));
}

void TestStateChange::emptyAuthorIsTheSystemUser()
{
    const qint64 file = addFiles(1, QStringLiteral("recu")).first();
    Result<TransitionReport> report = changeState(*m_db, {file}, QStringLiteral("recevable"), {}, QStringLiteral(" "));
    QVERIFY(report);
    QCOMPARE(report->author, currentAuthor());
    QCOMPARE(history(*m_db, file)->first().author, currentAuthor());
}

void TestStateChange::duplicateIdsMoveOnce()
{
    const qint64 file = addFiles(1, QStringLiteral("recu")).first();
    Result<TransitionReport> report =
        changeState(*m_db, {file, file, file}, QStringLiteral("recevable"), {}, QStringLiteral("test"));
    QVERIFY(report);
    QCOMPARE(report->changes.size(), 1);
    QCOMPARE(history(*m_db, file)->size(), 1);
}

void TestStateChange::applyRunsInsideTheCallersTransaction()
{
    const qint64 file = addFiles(1, QStringLiteral("recu")).first();
    Result<Workflow> workflow = Workflow::load(*m_db);
    QVERIFY(workflow);
    const QDateTime at(QDate(2019, 7, 2), QTime(10, 15, 30), Qt::UTC);
    {
        TransactionGuard transaction(*m_db);
        QVERIFY(transaction.started());
        Result<TransitionReport> report = applyStateChange(*m_db, workflow.value(), {file}, QStringLiteral("recevable"),
                                                           {}, QStringLiteral("demo"), at);
        QVERIFY(report);
        QCOMPARE(report->changedAt, at);
        // no commit: the guard rolls back
    }
    QCOMPARE(stateOf(*m_db, file), QStringLiteral("recu"));
    QVERIFY(history(*m_db, file)->isEmpty());
    {
        TransactionGuard transaction(*m_db);
        QVERIFY(applyStateChange(*m_db, workflow.value(), {file}, QStringLiteral("recevable"), {},
                                 QStringLiteral("demo"), at));
        QVERIFY(transaction.commit());
    }
    QCOMPARE(history(*m_db, file)->first().changedAt, at);
    QCOMPARE(
        scalar(*m_db, QStringLiteral("SELECT changed_at FROM candidature_history WHERE candidature_id = ?"), {file})
            .toString(),
        QStringLiteral("2019-07-02T10:15:30Z"));
}

void TestStateChange::movesKeepTheirOwnTargetsAndReasons()
{
    // 250 files: more than one read of 200 and, on PostgreSQL, more than one write of 100.
    const QList<qint64> ids = addFiles(250, QStringLiteral("recevable"));
    QList<StateMove> moves;
    for (int i = 0; i < ids.size(); ++i) {
        moves.append(i % 2 == 0
                         ? StateMove{ids.at(i), QStringLiteral("en_instruction"), {}}
                         : StateMove{ids.at(i), QStringLiteral("irrecevable"), QStringLiteral("motif %1").arg(i)});
    }
    Result<Workflow> workflow = Workflow::load(*m_db);
    QVERIFY(workflow);
    const int historyBefore = historyCount(*m_db);
    const QString audited = QStringLiteral("SELECT count(*) FROM audit_entry WHERE entity = 'candidature' AND action "
                                           "= 'update'");
    const int auditBefore = scalar(*m_db, audited).toInt();
    const QDateTime at(QDate(2019, 8, 30), QTime(9, 0), Qt::UTC);
    {
        TransactionGuard transaction(*m_db);
        QVERIFY(transaction.started());
        Result<QList<StateChange>> moved =
            applyStateMoves(*m_db, workflow.value(), moves, QStringLiteral("referent.test"), at);
        QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().message));
        QCOMPARE(moved->size(), 250);
        for (int i = 0; i < ids.size(); ++i) {
            QCOMPARE(moved->at(i).candidatureId, ids.at(i)); // in the order of the moves
            QCOMPARE(moved->at(i).fromState, QStringLiteral("recevable"));
            QCOMPARE(moved->at(i).toState, moves.at(i).toState);
        }
        QVERIFY(transaction.commit());
    }
    QCOMPARE(historyCount(*m_db), historyBefore + 250);
    QCOMPARE(scalar(*m_db, audited).toInt(), auditBefore + 250); // one audit entry per file moved
    for (int i : {0, 1, 198, 199, 200, 201, 249}) {
        QCOMPARE(stateOf(*m_db, ids.at(i)), moves.at(i).toState);
        Result<QList<HistoryEntry>> entries = history(*m_db, ids.at(i));
        QVERIFY(entries);
        QCOMPARE(entries->last().reason, moves.at(i).reason);
        QCOMPARE(entries->last().author, QStringLiteral("referent.test"));
        QCOMPARE(entries->last().changedAt, at);
        QCOMPARE(
            scalar(*m_db, QStringLiteral("SELECT state_reason FROM candidature WHERE id = ?"), {ids.at(i)}).toString(),
            moves.at(i).reason);
    }
}

void TestStateChange::movesAreAllOrNothing()
{
    const QList<qint64> ids = addFiles(3, QStringLiteral("recevable"));
    Result<Workflow> workflow = Workflow::load(*m_db);
    QVERIFY(workflow);
    const QList<QList<StateMove>> bad{
        // a file moved twice
        {{ids.at(0), QStringLiteral("en_instruction"), {}}, {ids.at(0), QStringLiteral("irrecevable"), {}}},
        // irrecevable needs a reason
        {{ids.at(0), QStringLiteral("en_instruction"), {}}, {ids.at(1), QStringLiteral("irrecevable"), {}}},
        // recevable cannot go back to recu
        {{ids.at(2), QStringLiteral("en_instruction"), {}}, {ids.at(1), QStringLiteral("recu"), QStringLiteral("x")}},
    };
    const QStringList codes{QStringLiteral("workflow.duplicate-move"), QStringLiteral("workflow.reason-required"),
                            QStringLiteral("workflow.refused")};
    const QStringList before = snapshot(*m_db);
    for (int i = 0; i < bad.size(); ++i) {
        TransactionGuard transaction(*m_db);
        QVERIFY(transaction.started());
        Result<QList<StateChange>> moved =
            applyStateMoves(*m_db, workflow.value(), bad.at(i), QStringLiteral("referent.test"), {});
        QVERIFY(!moved);
        QCOMPARE(moved.error().code, codes.at(i));
    }
    QCOMPARE(snapshot(*m_db), before);
}

QTEST_GUILESS_MAIN(TestStateChange)
#include "tst_statechange.moc"
