// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditTrail.h"
#include "db/Migrations.h"
#include "db/SqlDialect.h"
#include "pg/PgSetup.h"

namespace Palier {

namespace {

/// One of the two tables that were keyed by their content (`setting` by its key, `roadmap_share` by kind and code)
/// and audited by SQLite's rowid.
struct Rekeyed
{
    QString table;
    QString naturalKey;    ///< the columns of the former primary key, now UNIQUE
    QString recorded;      ///< the columns the audit entries record (unchanged: the entries keep their shape)
    QString sqliteTable;   ///< CREATE TABLE of the new table, named %1
    QString copiedColumns; ///< every column but id, in the order of sqliteTable
    QString postgresPkey;  ///< the former primary key constraint on PostgreSQL
};

QList<Rekeyed> rekeyedTables()
{
    return {
        {QStringLiteral("setting"), QStringLiteral("key"), QStringLiteral("key value"),
         QStringLiteral(R"(CREATE TABLE %1 (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            key TEXT NOT NULL UNIQUE,
            value TEXT NOT NULL,
            row_version INTEGER NOT NULL DEFAULT 1
        ))"),
         QStringLiteral("key, value, row_version"), QStringLiteral("setting_pkey")},
        {QStringLiteral("roadmap_share"), QStringLiteral("kind, code"),
         QStringLiteral("kind code unit planned min_value max_value weight"), QStringLiteral(R"(CREATE TABLE %1 (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL CHECK (kind IN ('domain', 'status')),
            code TEXT NOT NULL,
            unit TEXT NOT NULL CHECK (unit IN ('percent', 'cents')),
            planned REAL CHECK (planned IS NULL OR planned >= 0),
            min_value REAL CHECK (min_value IS NULL OR min_value >= 0),
            max_value REAL CHECK (max_value IS NULL OR max_value >= 0),
            weight REAL NOT NULL DEFAULT 1 CHECK (weight >= 0),
            row_version INTEGER NOT NULL DEFAULT 1,
            UNIQUE (kind, code),
            CHECK (min_value IS NULL OR max_value IS NULL OR min_value <= max_value)
        ))"),
         QStringLiteral("kind, code, unit, planned, min_value, max_value, weight, row_version"),
         QStringLiteral("roadmap_share_pkey")},
    };
}

AuditedTable audited(const Rekeyed& table)
{
    return {table.table, table.table, QStringLiteral("id"), table.recorded.split(u' ', Qt::SkipEmptyParts)};
}

const QStringList AuditActions{QStringLiteral("insert"), QStringLiteral("update"), QStringLiteral("delete")};

/// SQLite: the table rebuilt the documented way (https://www.sqlite.org/lang_altertable.html#otheralter), inside
/// the migration's transaction. No foreign key refers to these tables nor leaves them, no index but the UNIQUE one
/// and no view names them: their triggers are all there is to recreate. The rowid becomes the id, so that the
/// entries already written (entity_id = rowid) name the same rows. Dropping the triggers first keeps the copy out
/// of the audit trail: no committed entry is touched, none is added.
QStringList sqliteStatements(const Rekeyed& t)
{
    const QString rebuilt = t.table + QStringLiteral("_v10");
    QStringList statements;
    for (const QString& action : AuditActions) {
        statements += QStringLiteral("DROP TRIGGER audit_%1_%2").arg(t.table, action);
    }
    statements += QStringLiteral("DROP TRIGGER row_version_%1").arg(t.table);
    statements += t.sqliteTable.arg(rebuilt);
    statements += QStringLiteral("INSERT INTO %1 (id, %2) SELECT rowid, %2 FROM %3 ORDER BY rowid")
                      .arg(rebuilt, t.copiedColumns, t.table);
    statements += QStringLiteral("DROP TABLE %1").arg(t.table);
    statements += QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(rebuilt, t.table);
    // AUTOINCREMENT: an id is never given twice, not even the id of a row removed before this version, which its
    // entries name; PostgreSQL's identity never gives one twice either.
    statements += QStringLiteral("INSERT INTO sqlite_sequence (name, seq) SELECT '%1', 0 WHERE NOT EXISTS (SELECT 1 "
                                 "FROM sqlite_sequence WHERE name = '%1')")
                      .arg(t.table);
    statements += QStringLiteral("UPDATE sqlite_sequence SET seq = max(seq, COALESCE((SELECT max(entity_id) FROM "
                                 "audit_entry WHERE entity = '%1'), 0)) WHERE name = '%1'")
                      .arg(t.table);
    statements += QStringLiteral("CREATE TRIGGER row_version_%1 AFTER UPDATE ON %1 WHEN NEW.row_version = "
                                 "OLD.row_version BEGIN UPDATE %1 SET row_version = OLD.row_version + 1 WHERE id = "
                                 "NEW.id; END")
                      .arg(t.table);
    statements += auditTriggerStatements(audited(t));
    return statements;
}

/// PostgreSQL: ALTER TABLE, which keeps the grants of pg-setup and the row version trigger. The rows are numbered
/// in the order of their former key (PostgreSQL had no rowid: their entries name no row), with the row version
/// trigger held so that numbering them is not an edit.
QStringList postgresStatements(const Rekeyed& t)
{
    QStringList statements;
    for (const QString& action : AuditActions) {
        statements += QStringLiteral("DROP TRIGGER audit_%1_%2 ON %1").arg(t.table, action);
        statements += QStringLiteral("DROP FUNCTION audit_%1_%2_fn()").arg(t.table, action);
    }
    QStringList matched;
    for (const QString& column : t.naturalKey.split(QStringLiteral(", "))) {
        matched += QStringLiteral("%1.%2 = numbered.%2").arg(t.table, column);
    }
    statements += {
        QStringLiteral("ALTER TABLE %1 ADD COLUMN id BIGINT").arg(t.table),
        QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER row_version_%1").arg(t.table),
        QStringLiteral("UPDATE %1 SET id = numbered.n FROM (SELECT %2, row_number() OVER (ORDER BY %2) AS n FROM %1) "
                       "numbered WHERE %3")
            .arg(t.table, t.naturalKey, matched.join(QStringLiteral(" AND "))),
        QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER row_version_%1").arg(t.table),
        QStringLiteral("ALTER TABLE %1 ALTER COLUMN id SET NOT NULL").arg(t.table),
        QStringLiteral("ALTER TABLE %1 ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY").arg(t.table),
        QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), COALESCE((SELECT max(id) FROM %1), 0) + 1, "
                       "false)")
            .arg(t.table),
        QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(t.table, t.postgresPkey),
    };
    for (const QString& column : t.naturalKey.split(QStringLiteral(", "))) {
        statements += QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET NOT NULL").arg(t.table, column);
    }
    statements += {
        QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %1_%2_key UNIQUE (%3)")
            .arg(t.table, QString(t.naturalKey).replace(QStringLiteral(", "), QStringLiteral("_")), t.naturalKey),
        QStringLiteral("ALTER TABLE %1 ADD PRIMARY KEY (id)").arg(t.table),
    };
    for (const QString& statement : auditTriggerStatements(audited(t))) {
        statements += toPostgres(statement);
    }
    // pg-setup granted the referents the sequences that existed then; these two are new.
    statements += QStringLiteral("DO $palier$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%2') THEN "
                                 "EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO %2', "
                                 "pg_get_serial_sequence('%1', 'id')); END IF; END $palier$")
                      .arg(t.table, QLatin1String(ReferentRole));
    return statements;
}

} // namespace

QStringList neverReusedIdTables()
{
    QStringList tables;
    for (const Rekeyed& table : rekeyedTables()) {
        tables.append(table.table);
    }
    return tables;
}

// Version 10: `setting` and `roadmap_share` get an `id INTEGER PRIMARY KEY`, and their audit entries name it.
// Until version 9 their entries named SQLite's rowid, which VACUUM may renumber on a table without an INTEGER
// PRIMARY KEY, which a copy to PostgreSQL and back does not keep, and which PostgreSQL does not have (the entries
// written there name no row). Their former keys stay UNIQUE: the code still writes settings by key.
Migration migrationVersion10()
{
    QStringList sqlite;
    QStringList postgres;
    for (const Rekeyed& table : rekeyedTables()) {
        sqlite += sqliteStatements(table);
        postgres += postgresStatements(table);
    }
    return {10, QStringLiteral("ids for settings and planned shares"), sqlite, postgres};
}

} // namespace Palier
