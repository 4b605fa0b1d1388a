// SPDX-License-Identifier: GPL-3.0-or-later
// Several referents at once on PostgreSQL: 8 clients, each with its own connection, make 500 edits each on a few
// shared rows. Every conflict is detected, no update is lost (each row ends at the sum of the edits accepted on it),
// nobody deadlocks, and the audit trail stays one unbroken chain.
#include "PgTestSupport.h"

#include "audit/AuditTrail.h"
#include "db/Database.h"
#include "db/RowVersion.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <array>

using namespace Palier;

namespace {

constexpr int Clients = 8;
constexpr int EditsPerClient = 500;
constexpr int Rows = 4;

struct ClientResult
{
    std::array<qint64, Rows> accepted{};
    qint64 conflicts = 0;
    QStringList failures;
};

/// One referent: reads a row, then adds 1 to it based on the version read, as an edit form would.
ClientResult runClient(const QString& location, const QList<qint64>& ids, quint32 seed)
{
    ClientResult result;
    auto opened = Database::open(location, {});
    if (!opened) {
        result.failures.append(opened.error().detail);
        return result;
    }
    const Database& db = *opened.value();
    QRandomGenerator random(seed);
    QSqlQuery read(db.connection());
    read.prepare(QStringLiteral("SELECT sort_order, row_version FROM roadmap_axis WHERE id = ?"));
    for (int edit = 0; edit < EditsPerClient; ++edit) {
        const int row = int(random.bounded(Rows));
        read.addBindValue(ids.at(row));
        if (!read.exec() || !read.next()) {
            result.failures.append(read.lastError().text());
            continue;
        }
        const qint64 value = read.value(0).toLongLong();
        const qint64 version = read.value(1).toLongLong();
        read.finish();
        TransactionGuard guard(db);
        if (!guard.started()) {
            result.failures.append(guard.started().error().detail);
            continue;
        }
        Result<qint64> updated = updateWithVersion(db, QStringLiteral("roadmap_axis"), ids.at(row), version,
                                                   {{QStringLiteral("sort_order"), value + 1}});
        if (!updated) {
            if (updated.error().code == QLatin1String("db.conflict")) {
                ++result.conflicts;
            } else {
                result.failures.append(updated.error().detail);
            }
            continue; // the guard rolls back
        }
        if (Result<void> committed = guard.commit(); !committed) {
            result.failures.append(committed.error().detail);
            continue;
        }
        ++result.accepted[size_t(row)];
    }
    return result;
}

} // namespace

class TestPgConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void noLostUpdate();
};

void TestPgConcurrency::noLostUpdate()
{
    PG_ADMIN_OR_SKIP(admin);
    PgTest::ScratchDatabase scratch(admin);
    QVERIFY(scratch.ok());
    auto opened = Database::open(scratch.location(), {.create = true});
    QVERIFY(opened);
    const Database& db = *opened.value();
    QList<qint64> ids;
    {
        TransactionGuard guard(db);
        QSqlQuery insert(db.connection());
        for (int row = 0; row < Rows; ++row) {
            QVERIFY(insert.exec(QStringLiteral("INSERT INTO roadmap_axis (title, sort_order) VALUES ('Axe fictif "
                                               "%1', 0) RETURNING id")
                                    .arg(row)));
            QVERIFY(insert.next());
            ids.append(insert.value(0).toLongLong());
        }
        insert.finish();
        QVERIFY(guard.commit());
    }
    qint64 entriesBefore = 0;
    {
        QSqlQuery count(db.connection());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM audit_entry")) && count.next());
        entriesBefore = count.value(0).toLongLong();
    }

    QElapsedTimer timer;
    timer.start();
    std::array<ClientResult, Clients> results;
    QList<QThread*> threads;
    for (int client = 0; client < Clients; ++client) {
        QThread* thread = QThread::create([&results, client, location = scratch.location(), ids] {
            results[size_t(client)] = runClient(location, ids, quint32(1000 + client));
        });
        threads.append(thread);
        thread->start();
    }
    for (QThread* thread : std::as_const(threads)) {
        QVERIFY2(thread->wait(QDeadlineTimer(60000)), "a client is stuck: deadlock");
        delete thread;
    }
    const qint64 elapsed = timer.elapsed();
    qInfo("%d clients x %d edits in %lld ms", Clients, EditsPerClient, elapsed);

    std::array<qint64, Rows> accepted{};
    qint64 conflicts = 0;
    for (const ClientResult& r : results) {
        QVERIFY2(r.failures.isEmpty(), qPrintable(r.failures.join(QStringLiteral("\n"))));
        for (int row = 0; row < Rows; ++row) {
            accepted[size_t(row)] += r.accepted[size_t(row)];
        }
        conflicts += r.conflicts;
    }
    qint64 totalAccepted = 0;
    for (int row = 0; row < Rows; ++row) {
        // Each row ends exactly at the number of edits accepted on it: none was lost, none counted twice.
        QCOMPARE(rowVersion(db, QStringLiteral("roadmap_axis"), ids.at(row)).value(), 1 + accepted[size_t(row)]);
        QSqlQuery value(db.connection());
        QVERIFY(value.exec(QStringLiteral("SELECT sort_order FROM roadmap_axis WHERE id = %1").arg(ids.at(row))));
        QVERIFY(value.next());
        QCOMPARE(value.value(0).toLongLong(), accepted[size_t(row)]);
        totalAccepted += accepted[size_t(row)];
    }
    QCOMPARE(totalAccepted + conflicts, qint64(Clients) * EditsPerClient);
    QVERIFY2(conflicts > 0, "the clients never overlapped: the test proves nothing");
    QVERIFY(totalAccepted > 0);
    qInfo("%lld edits accepted, %lld conflicts detected", totalAccepted, conflicts);
    // One audit entry per accepted edit, in one chain that still verifies.
    Result<AuditVerification> chain = verifyAuditChain(db);
    QVERIFY(chain);
    QVERIFY2(chain->ok(), qPrintable(chain->problem));
    QCOMPARE(chain->entries, entriesBefore + totalAccepted);
    QVERIFY2(elapsed < 20000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
}

QTEST_GUILESS_MAIN(TestPgConcurrency)
#include "tst_pgconcurrency.moc"
