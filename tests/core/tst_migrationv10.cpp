// SPDX-License-Identifier: GPL-3.0-or-later
// Schema version 10: `setting` and `roadmap_share` get an id, and their audit entries name it. A database written
// at version 9 (settings and planned shares edited, their entries sealed) is upgraded: the values, the row versions
// and every committed audit entry are kept as they were, the chain still verifies, and the edits made afterwards are
// audited by id. Run on SQLite, and on PostgreSQL as tst_migrationv10_pg (the version 9 database is then built on
// the test cluster).
#include "audit/AuditTrail.h"
#include "db/Database.h"
#include "db/DatabasePostgres.h"
#include "db/Migrations.h"
#include "db/SqlDialect.h"
#include "pg/DatabaseCopy.h"
#include "scoring/Settings.h"
#include "selection/Roadmap.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;

namespace {

constexpr int Before = 9;
const QString Author = QStringLiteral("Référente fictive (v9)");

/// The superuser connection string of the PostgreSQL test cluster (PALIER_TEST_PG: a string or a file holding it).
QString pgAdmin()
{
    const QString value = qEnvironmentVariable("PALIER_TEST_PG").trimmed();
    if (QFile file(value); QFileInfo(value).isFile() && file.open(QIODevice::ReadOnly)) {
        return QString::fromUtf8(file.readAll()).trimmed();
    }
    return value;
}

QString withDatabase(QString conninfo, const QString& name)
{
    static const QRegularExpression dbname(QStringLiteral(R"(\bdbname=\S*)"));
    const QString pair = QStringLiteral("dbname=") + name;
    return conninfo.contains(dbname) ? conninfo.replace(dbname, pair) : conninfo + u' ' + pair;
}

QString nextName()
{
    static QAtomicInt counter;
    return QStringLiteral("v10-%1").arg(counter.fetchAndAddRelaxed(1));
}

/// Runs `statements` on a connection of its own, in one transaction when asked (one sync instead of hundreds);
/// the first failure is returned as text.
QString runOn(const QString& driver, const QString& target, const QStringList& statements, bool transaction = false)
{
    const QString name = nextName();
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        if (driver == QLatin1String("QPSQL")) {
            db.setConnectOptions(target);
        } else {
            db.setDatabaseName(target);
        }
        if (!db.open() || (transaction && !db.transaction())) {
            failure = db.lastError().text();
        }
        for (const QString& sql : statements) {
            if (!failure.isEmpty()) {
                break;
            }
            QSqlQuery query(db);
            if (!query.exec(sql)) {
                failure = QStringLiteral("%1 — %2").arg(query.lastError().text(), sql);
            }
        }
        if (transaction && failure.isEmpty() && !db.commit()) {
            failure = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return failure;
}

/// A database at schema version 9, built by the migrations of that version as Palier 9 did, on SQLite or on the
/// PostgreSQL test cluster; the PostgreSQL database is dropped at the end.
class V9Database
{
public:
    explicit V9Database(const QString& dir)
        : m_postgres(testsRunOnPostgres())
    {
        if (m_postgres) {
            static QAtomicInt counter;
            // palier_t_RUN_…: dropped by scripts/pg-run-test.sh as well, should this test crash.
            m_name = QStringLiteral("palier_t_%1_v10_%2_%3")
                         .arg(qEnvironmentVariable("PALIER_TEST_PG_RUN", QStringLiteral("x")))
                         .arg(QCoreApplication::applicationPid())
                         .arg(counter.fetchAndAddRelaxed(1));
            m_target = withDatabase(pgAdmin(), m_name);
            m_error = admin({QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name),
                             QStringLiteral("CREATE DATABASE %1").arg(m_name)});
        } else {
            m_target = dir + QStringLiteral("/v9.palier");
        }
        if (m_error.isEmpty()) {
            m_error = runOn(driver(), m_target, schemaStatements(), true);
        }
    }
    ~V9Database()
    {
        if (m_postgres) {
            admin({QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name)});
        }
    }
    V9Database(const V9Database&) = delete;
    V9Database& operator=(const V9Database&) = delete;

    QString error() const { return m_error; }
    bool isPostgres() const { return m_postgres; }
    QString driver() const { return m_postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"); }
    /// For Database::open().
    QString location() const { return m_postgres ? QLatin1String(Database::PostgresPrefix) + m_target : m_target; }
    /// For a connection of the test's own.
    QString target() const { return m_target; }

private:
    QString admin(const QStringList& statements) const
    {
        return runOn(QStringLiteral("QPSQL"), withDatabase(pgAdmin(), QStringLiteral("postgres")), statements);
    }
    QStringList schemaStatements() const
    {
        QStringList statements;
        if (m_postgres) {
            statements += QStringLiteral("SET client_min_messages = warning");
            statements += QStringLiteral("CREATE TABLE palier_schema (id INTEGER PRIMARY KEY CHECK (id = 1), "
                                         "application_id INTEGER NOT NULL, version INTEGER NOT NULL)");
            statements += QStringLiteral("INSERT INTO palier_schema (id, application_id, version) VALUES (1, %1, %2)")
                              .arg(Database::ApplicationId)
                              .arg(Before);
            statements += postgresCompatibility();
        } else {
            statements += QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId);
        }
        for (const Migration& step : migrations()) {
            if (step.version <= Before) {
                statements += migrationStatements(step, m_postgres);
            }
        }
        if (!m_postgres) {
            statements += QStringLiteral("PRAGMA user_version = %1").arg(Before);
        }
        return statements;
    }

    bool m_postgres;
    QString m_name;
    QString m_target;
    QString m_error;
};

/// Every row of `sql`, each as its values' text joined by '|' (NULL as ∅).
QStringList rows(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        qWarning() << sql << query.lastError().text();
        return {QStringLiteral("query failed")};
    }
    QStringList result;
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i) {
            values.append(query.value(i).isNull() ? QStringLiteral("∅") : query.value(i).toString());
        }
        result.append(values.join(u'|'));
    }
    return result;
}

QVariant scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        qWarning() << sql << query.lastError().text();
        return {};
    }
    return query.value(0);
}

const QString AuditDump = QStringLiteral("SELECT id, at, \"user\", entity, entity_id, action, before_json, after_json, "
                                         "reason, prev_hash, hash FROM audit_entry ORDER BY id");
const QString SettingDump = QStringLiteral("SELECT key, value, row_version FROM setting ORDER BY key");
const QString ShareDump = QStringLiteral("SELECT kind, code, unit, planned, min_value, max_value, weight, row_version "
                                         "FROM roadmap_share ORDER BY kind, code");

/// What Palier 9 wrote: settings and planned shares inserted, changed and removed by a referent, in one transaction
/// whose audit entries are then sealed as Database::commit() seals them (auditEntryHash, in id order).
QString writeAtVersion9(const V9Database& v9)
{
    const QString name = nextName();
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(v9.driver(), name);
        if (v9.isPostgres()) {
            db.setConnectOptions(v9.target());
        } else {
            db.setDatabaseName(v9.target());
        }
        if (!db.open() || !db.transaction()) {
            failure = db.lastError().text();
        }
        {
            QSqlQuery query(db);
            const QStringList changes{
                QStringLiteral("UPDATE audit_context SET \"user\" = '%1', reason = NULL WHERE id = 1").arg(Author),
                QStringLiteral("INSERT INTO setting (key, value) VALUES ('scoring.consensus', 'mean')"),
                QStringLiteral("INSERT INTO setting (key, value) VALUES ('scoring.spread_threshold', '0.5')"),
                QStringLiteral("INSERT INTO setting (key, value) VALUES ('letters.signatory', 'Signataire fictif')"),
                QStringLiteral("INSERT INTO setting (key, value) VALUES ('zz.removed', 'retiré')"),
                QStringLiteral("UPDATE setting SET value = 'median' WHERE key = 'scoring.consensus'"),
                QStringLiteral("DELETE FROM setting WHERE key = 'zz.removed'"),
                QStringLiteral(
                    "INSERT INTO roadmap_share (kind, code, unit, planned, min_value, max_value, weight) VALUES "
                    "('domain', 'D1', 'percent', 30, 10, 50, 1.5)"),
                QStringLiteral(
                    "INSERT INTO roadmap_share (kind, code, unit, planned, min_value, max_value, weight) VALUES "
                    "('domain', 'D2', 'percent', 20, NULL, NULL, 1)"),
                QStringLiteral(
                    "INSERT INTO roadmap_share (kind, code, unit, planned, min_value, max_value, weight) VALUES "
                    "('status', 'public', 'cents', 100000000, NULL, 200000000, 1)"),
                QStringLiteral("UPDATE roadmap_share SET weight = 2 WHERE kind = 'domain' AND code = 'D2'"),
            };
            for (const QString& sql : changes) {
                if (failure.isEmpty() && !query.exec(sql)) {
                    failure = QStringLiteral("%1 — %2").arg(query.lastError().text(), sql);
                }
            }
            if (failure.isEmpty() &&
                !query.exec(QStringLiteral("SELECT id, at, \"user\", entity, entity_id, action, "
                                           "before_json, after_json, reason FROM audit_entry WHERE "
                                           "hash IS NULL ORDER BY id"))) {
                failure = query.lastError().text();
            }
            QList<AuditEntry> entries;
            while (failure.isEmpty() && query.next()) {
                entries.append({query.value(0).toLongLong(),
                                query.value(1).toString(),
                                query.value(2).toString(),
                                query.value(3).toString(),
                                query.value(4).toLongLong(),
                                query.value(5).toString(),
                                query.value(6).toString(),
                                query.value(7).toString(),
                                query.value(8).toString(),
                                {},
                                {}});
            }
            query.finish();
            QString previous;
            QSqlQuery seal(db);
            seal.prepare(QStringLiteral("UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE id = ?"));
            for (const AuditEntry& entry : std::as_const(entries)) {
                const QString hash = auditEntryHash(entry, previous);
                seal.addBindValue(previous.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(previous));
                seal.addBindValue(hash);
                seal.addBindValue(entry.id);
                if (failure.isEmpty() && !seal.exec()) {
                    failure = seal.lastError().text();
                }
                previous = hash;
            }
            if (failure.isEmpty() &&
                !query.exec(QStringLiteral("UPDATE audit_context SET \"user\" = NULL, reason = NULL WHERE id = 1"))) {
                failure = query.lastError().text();
            }
            if (failure.isEmpty() && entries.size() != 10) {
                failure = QStringLiteral("%1 audit entries written at version 9, 10 expected").arg(entries.size());
            }
            if (failure.isEmpty() && !db.commit()) {
                failure = db.lastError().text();
            }
        } // the queries end before the connection closes
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return failure;
}

/// What the test looks at, read on a connection of its own (the database is not open in Palier meanwhile).
struct Snapshot
{
    QStringList settings;
    QStringList shares;
    QStringList audit;
    QStringList settingRowids; ///< SQLite: key|rowid
};

Snapshot snapshot(const V9Database& v9)
{
    const QString name = nextName();
    Snapshot s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(v9.driver(), name);
        if (v9.isPostgres()) {
            db.setConnectOptions(v9.target());
        } else {
            db.setDatabaseName(v9.target());
        }
        if (db.open()) {
            s.settings = rows(db, SettingDump);
            s.shares = rows(db, ShareDump);
            s.audit = rows(db, AuditDump);
            if (!v9.isPostgres()) {
                s.settingRowids = rows(db, QStringLiteral("SELECT key, rowid FROM setting ORDER BY key"));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return s;
}

qint64 idOf(const Database& db, const QString& sql)
{
    return scalar(db.connection(), sql).toLongLong();
}

/// The entries written after `afterId`, as entity|entity_id|action.
QStringList entriesAfter(const Database& db, qint64 afterId)
{
    return rows(db.connection(), QStringLiteral("SELECT entity, entity_id, action FROM audit_entry WHERE id > %1 "
                                                "ORDER BY entity, entity_id, action")
                                     .arg(afterId));
}

QString entry(const QString& entity, qint64 id, const QString& action)
{
    return QStringLiteral("%1|%2|%3").arg(entity).arg(id).arg(action);
}

} // namespace

class TestMigrationV10 : public QObject
{
    Q_OBJECT

private slots:
    void stepIsVersion10();
    void upgradeKeepsValuesAndTrail();
    void newDatabaseHasIds();

private:
    QTemporaryDir m_dir;
};

void TestMigrationV10::stepIsVersion10()
{
    QCOMPARE(Database::currentSchemaVersion(), 10);
    const Migration& step = migrations().back();
    QCOMPARE(step.version, 10);
    // The constant a database is brought to is the last step's version (a step added without raising it fails here).
    QCOMPARE(LatestSchemaVersion, step.version);
    for (qsizetype i = 0; i < qsizetype(migrations().size()); ++i) {
        QCOMPARE(migrations().at(i).version, int(i) + 1);
    }
    // The triggers of version 10 name the id, on either engine; the rowid is read once, to become the id.
    const QString sqlite = migrationStatements(step, false).join(u'\n');
    const QString postgres = migrationStatements(step, true).join(u'\n');
    for (const QString& all : {sqlite, postgres}) {
        QVERIFY(!all.contains(QLatin1String("NEW.rowid")) && !all.contains(QLatin1String("OLD.rowid")));
        QVERIFY(all.contains(QLatin1String("audit_setting_update")));
        QVERIFY(all.contains(QLatin1String("audit_roadmap_share_delete")));
        QVERIFY(all.contains(QLatin1String("'setting', NEW.id")));
        QVERIFY(all.contains(QLatin1String("'roadmap_share', OLD.id")));
    }
    QCOMPARE(sqlite.count(QLatin1String("rowid")), 4); // SELECT rowid, … ORDER BY rowid: the copies
    QVERIFY(!postgres.contains(QLatin1String("rowid")));
    QVERIFY(!postgres.contains(QLatin1String("AUTOINCREMENT")));
}

void TestMigrationV10::upgradeKeepsValuesAndTrail()
{
    QVERIFY(m_dir.isValid());
    V9Database v9(m_dir.path());
    QVERIFY2(v9.error().isEmpty(), qPrintable(v9.error()));
    const QString written = writeAtVersion9(v9);
    QVERIFY2(written.isEmpty(), qPrintable(written));
    const Snapshot before = snapshot(v9);
    QCOMPARE(before.settings.size(), 4); // currency (version 2) and three of the test's
    QCOMPARE(before.shares.size(), 3);
    QCOMPARE(before.audit.size(), 10);

    auto opened = Database::open(v9.location(), {.backupDir = m_dir.filePath(QStringLiteral("backups"))});
    QVERIFY2(opened, qPrintable(opened.error().message + u' ' + opened.error().detail));
    const Database& db = *opened.value();
    QCOMPARE(db.schemaVersion(), 10);
    const QSqlDatabase c = db.connection();

    // Values, row versions and committed entries as they were; the chain verifies.
    QCOMPARE(rows(c, SettingDump), before.settings);
    QCOMPARE(rows(c, ShareDump), before.shares);
    QCOMPARE(rows(c, AuditDump), before.audit);
    Result<AuditVerification> chain = verifyAuditChain(db);
    QVERIFY(chain);
    QVERIFY2(chain->ok(), qPrintable(chain->problem));
    QCOMPARE(chain->entries, 10);

    // Every row has an id. On SQLite it is the former rowid, which the entries written at version 9 named: they
    // name the same rows. PostgreSQL had no rowid (those entries name none): its rows are numbered by key.
    QCOMPARE(scalar(c, QStringLiteral("SELECT count(DISTINCT id) FROM setting WHERE id IS NOT NULL")).toInt(), 4);
    QCOMPARE(scalar(c, QStringLiteral("SELECT count(DISTINCT id) FROM roadmap_share WHERE id IS NOT NULL")).toInt(), 3);
    if (v9.isPostgres()) {
        QCOMPARE(rows(c, QStringLiteral("SELECT key, id FROM setting ORDER BY key")),
                 (QStringList{QStringLiteral("currency|1"), QStringLiteral("letters.signatory|2"),
                              QStringLiteral("scoring.consensus|3"), QStringLiteral("scoring.spread_threshold|4")}));
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM audit_entry WHERE entity_id IS NOT NULL AND entity IN "
                                          "('setting', 'roadmap_share')"))
                     .toInt(),
                 0);
    } else {
        QCOMPARE(rows(c, QStringLiteral("SELECT key, id FROM setting ORDER BY key")), before.settingRowids);
        QSqlQuery named(c);
        QVERIFY(named.exec(QStringLiteral("SELECT a.after_json, s.key FROM audit_entry a JOIN setting s ON s.id = "
                                          "a.entity_id WHERE a.entity = 'setting' AND a.action = 'insert'")));
        int matched = 0;
        while (named.next()) {
            QCOMPARE(QJsonDocument::fromJson(named.value(0).toByteArray()).object().value(u"key").toString(),
                     named.value(1).toString());
            ++matched;
        }
        QCOMPARE(matched, 3);
    }

    // The former keys are still unique: a duplicate is refused, an upsert by key works.
    QSqlQuery duplicate(c);
    QVERIFY(!duplicate.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('currency', 'XPF')")));
    QVERIFY(!duplicate.exec(QStringLiteral("INSERT INTO roadmap_share (kind, code, unit, weight) VALUES ('domain', "
                                           "'D1', 'percent', 1)")));
    duplicate.finish();

    // New edits are audited by id. Settings, written by key:
    const qint64 lastEntry = idOf(db, QStringLiteral("SELECT max(id) FROM audit_entry"));
    const qint64 consensusId = idOf(db, QStringLiteral("SELECT id FROM setting WHERE key = 'scoring.consensus'"));
    const qint64 thresholdId =
        idOf(db, QStringLiteral("SELECT id FROM setting WHERE key = 'scoring.spread_threshold'"));
    const qint64 consensusVersion =
        idOf(db, QStringLiteral("SELECT row_version FROM setting WHERE key = 'scoring.consensus'"));
    QVERIFY(saveScoringSettings(db, {ConsensusMethod::Mean, 0.25}));
    QCOMPARE(
        entriesAfter(db, lastEntry),
        (QStringList{entry(QStringLiteral("setting"), std::min(consensusId, thresholdId), QStringLiteral("update")),
                     entry(QStringLiteral("setting"), std::max(consensusId, thresholdId), QStringLiteral("update"))}));
    QCOMPARE(idOf(db, QStringLiteral("SELECT id FROM setting WHERE key = 'scoring.consensus'")), consensusId);
    QCOMPARE(idOf(db, QStringLiteral("SELECT row_version FROM setting WHERE key = 'scoring.consensus'")),
             consensusVersion + 1);
    QCOMPARE(loadScoringSettings(db)->spreadThreshold, 0.25);

    // A new setting gets an id no row ever had, not even the one removed at version 9.
    const qint64 removedId =
        v9.isPostgres() ? 0
                        : idOf(db, QStringLiteral("SELECT entity_id FROM audit_entry WHERE entity = 'setting' AND "
                                                  "action = 'delete'"));
    {
        TransactionGuard guard(db);
        QVERIFY(guard.started());
        QSqlQuery insert(c);
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('zz.removed', 'de retour')")));
        insert.finish();
        QVERIFY(guard.commit());
    }
    const qint64 returnedId = idOf(db, QStringLiteral("SELECT id FROM setting WHERE key = 'zz.removed'"));
    QVERIFY(returnedId > idOf(db, QStringLiteral("SELECT max(id) FROM setting WHERE key <> 'zz.removed'")));
    QVERIFY(returnedId > removedId);
    QCOMPARE(idOf(db, QStringLiteral("SELECT entity_id FROM audit_entry WHERE id = (SELECT max(id) FROM "
                                     "audit_entry)")),
             returnedId);

    // Planned shares, written by the roadmap: a share changed keeps its id, one removed and one added are named by
    // theirs, one unchanged writes nothing.
    const qint64 d1 = idOf(db, QStringLiteral("SELECT id FROM roadmap_share WHERE code = 'D1'"));
    const qint64 d2 = idOf(db, QStringLiteral("SELECT id FROM roadmap_share WHERE code = 'D2'"));
    const qint64 publicShare = idOf(db, QStringLiteral("SELECT id FROM roadmap_share WHERE code = 'public'"));
    const qint64 publicVersion =
        idOf(db, QStringLiteral("SELECT row_version FROM roadmap_share WHERE code = 'public'"));
    Result<Roadmap> roadmap = loadRoadmap(db);
    QVERIFY(roadmap);
    QCOMPARE(roadmap->shares.size(), 3);
    Roadmap edited = roadmap.value();
    // No roadmap was recorded at version 9: the minimums must fit in an envelope.
    edited.envelopeCents = 10'000'000'00;
    edited.correspondent = QStringLiteral("Correspondant fictif");
    edited.strategyHtml = QStringLiteral("<p>Stratégie fictive</p>");
    edited.shares.removeIf([](const RoadmapShare& s) { return s.code == QLatin1String("D2"); });
    for (RoadmapShare& share : edited.shares) {
        if (share.code == QLatin1String("D1")) {
            share.planned = 35;
        }
    }
    edited.shares.append({QuotaKind::Status, QStringLiteral("clcc"), false, {}, 50'000'00, 200'000'00, 1});
    const qint64 beforeRoadmap = idOf(db, QStringLiteral("SELECT max(id) FROM audit_entry"));
    Result<void> saved = saveRoadmap(db, edited);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message + u' ' + saved.error().detail));
    const qint64 clcc = idOf(db, QStringLiteral("SELECT id FROM roadmap_share WHERE code = 'clcc'"));
    QVERIFY(clcc > std::max({d1, d2, publicShare}));
    const QString share = QStringLiteral("roadmap_share");
    QStringList expected{entry(share, d1, QStringLiteral("update")), entry(share, d2, QStringLiteral("delete")),
                         entry(share, clcc, QStringLiteral("insert"))};
    expected.sort();
    QStringList shareEntries =
        entriesAfter(db, beforeRoadmap).filter(QRegularExpression(QStringLiteral("^roadmap_share\\|")));
    shareEntries.sort();
    QCOMPARE(shareEntries, expected);
    QCOMPARE(idOf(db, QStringLiteral("SELECT id FROM roadmap_share WHERE code = 'D1'")), d1);
    QCOMPARE(idOf(db, QStringLiteral("SELECT row_version FROM roadmap_share WHERE code = 'public'")), publicVersion);
    QCOMPARE(idOf(db, QStringLiteral("SELECT id FROM roadmap_share WHERE code = 'public'")), publicShare);
    Result<Roadmap> read = loadRoadmap(db);
    QVERIFY(read);
    QCOMPARE(read->shares.size(), 3);
    QCOMPARE(*read->shares.at(0).planned, 35.0); // domain D1 (ordered by kind, code)
    // Saving the same roadmap again writes no share entry.
    const qint64 beforeSame = idOf(db, QStringLiteral("SELECT max(id) FROM audit_entry"));
    QVERIFY(saveRoadmap(db, read.value()));
    QVERIFY(entriesAfter(db, beforeSame).filter(QRegularExpression(QStringLiteral("^roadmap_share\\|"))).isEmpty());

    // The entries of an id read back through the audit API, and the whole chain still verifies.
    Result<QList<AuditEntry>> ofD1 = auditEntries(db, share, d1);
    QVERIFY(ofD1);
    // On SQLite the share's id is its former rowid: its entry of version 9 (the insert) names it too.
    QCOMPARE(ofD1->size(), v9.isPostgres() ? 1 : 2);
    QCOMPARE(ofD1->first().action, QStringLiteral("update"));
    QCOMPARE(QJsonDocument::fromJson(ofD1->first().after.toUtf8()).object().value(u"planned").toDouble(), 35.0);
    chain = verifyAuditChain(db);
    QVERIFY(chain);
    QVERIFY2(chain->ok(), qPrintable(chain->problem));

    // palier-cli migrate: the copy keeps the ids, and an id removed before it is not given again after it.
    {
        TransactionGuard guard(db);
        QVERIFY(guard.started());
        QSqlQuery remove(c);
        QVERIFY(remove.exec(QStringLiteral("DELETE FROM setting WHERE key = 'zz.removed'")));
        remove.finish();
        QVERIFY(guard.commit());
    }
    const QStringList ids = rows(c, QStringLiteral("SELECT key, id FROM setting ORDER BY key")) +
                            rows(c, QStringLiteral("SELECT code, id FROM roadmap_share ORDER BY code"));
    const QString copyPath = m_dir.filePath(QStringLiteral("copy.palier"));
    Result<CopyReport> copied = copyDatabase(v9.location(), copyPath);
    QVERIFY2(copied, qPrintable(copied ? QString() : copied.error().message + u' ' + copied.error().detail));
    QVERIFY(copied->ok());
    auto copy = Database::open(copyPath, {});
    QVERIFY2(copy, qPrintable(copy ? QString() : copy.error().message));
    const QSqlDatabase cc = copy.value()->connection();
    QCOMPARE(rows(cc, QStringLiteral("SELECT key, id FROM setting ORDER BY key")) +
                 rows(cc, QStringLiteral("SELECT code, id FROM roadmap_share ORDER BY code")),
             ids);
    {
        TransactionGuard guard(*copy.value());
        QVERIFY(guard.started());
        QSqlQuery insert(cc);
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('zz.after_copy', 'x')")));
        insert.finish();
        QVERIFY(guard.commit());
    }
    QCOMPARE(idOf(*copy.value(), QStringLiteral("SELECT id FROM setting WHERE key = 'zz.after_copy'")), returnedId + 1);
    chain = verifyAuditChain(*copy.value());
    QVERIFY(chain);
    QVERIFY2(chain->ok(), qPrintable(chain->problem));
}

void TestMigrationV10::newDatabaseHasIds()
{
    QVERIFY(m_dir.isValid());
    auto opened = Database::open(m_dir.filePath(QStringLiteral("new.palier")), {.create = true});
    QVERIFY2(opened, qPrintable(opened.error().message + u' ' + opened.error().detail));
    const Database& db = *opened.value();
    QCOMPARE(db.schemaVersion(), 10);
    // The setting version 2 wrote has an id; a new one gets the next.
    QVERIFY(idOf(db, QStringLiteral("SELECT id FROM setting WHERE key = 'currency'")) > 0);
    {
        TransactionGuard guard(db);
        QVERIFY(guard.started());
        QSqlQuery insert(db.connection());
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO roadmap_share (kind, code, unit, weight) VALUES ('domain', "
                                           "'D3', 'percent', 1)")));
        insert.finish();
        QVERIFY(guard.commit());
    }
    const qint64 id = idOf(db, QStringLiteral("SELECT id FROM roadmap_share WHERE code = 'D3'"));
    QVERIFY(id > 0);
    QCOMPARE(rows(db.connection(), QStringLiteral("SELECT entity, entity_id, action FROM audit_entry WHERE entity = "
                                                  "'roadmap_share'")),
             QStringList{entry(QStringLiteral("roadmap_share"), id, QStringLiteral("insert"))});
    // An update that changes a recorded column raises the row version and is audited; one that does not, neither.
    {
        TransactionGuard guard(db);
        QVERIFY(guard.started());
        QSqlQuery update(db.connection());
        QVERIFY(update.exec(QStringLiteral("UPDATE roadmap_share SET weight = 3 WHERE id = %1").arg(id)));
        update.finish();
        QVERIFY(guard.commit());
    }
    QCOMPARE(idOf(db, QStringLiteral("SELECT row_version FROM roadmap_share WHERE id = %1").arg(id)), 2);
    QCOMPARE(scalar(db.connection(),
                    QStringLiteral("SELECT count(*) FROM audit_entry WHERE entity = 'roadmap_share' AND entity_id = %1")
                        .arg(id))
                 .toInt(),
             2);
    Result<AuditVerification> chain = verifyAuditChain(db);
    QVERIFY(chain);
    QVERIFY2(chain->ok(), qPrintable(chain->problem));
}

QTEST_GUILESS_MAIN(TestMigrationV10)
#include "tst_migrationv10.moc"
