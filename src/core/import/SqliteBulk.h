// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

// Internal to the import: bulk writes through the SQLite connection under Qt's QSQLITE driver, for the
// 100,000-row registry import. QSqlQuery costs a QVariant per value and a UTF-16 to UTF-8 translation inside
// SQLite; a statement of SQLite's own, bound with UTF-8 bytes the caller keeps alive, costs neither. The writes
// join the caller's transaction (the same connection), so "all or nothing" holds as with QSqlQuery.

namespace Palier {

/// The sqlite3 connection of `db` when its driver is QSQLITE (Qt's plugin links the system libsqlite3, the one
/// Palier links), otherwise nullptr: the caller then writes through QSqlQuery.
sqlite3* sqliteHandle(const QSqlDatabase& db);

/// A statement prepared once, bound and stepped for every row.
class SqliteStatement
{
public:
    explicit SqliteStatement(sqlite3* db)
        : m_db(db)
    {}
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool prepare(const QByteArray& sql);
    /// Binds parameter `index` (0-based) to `utf8`, NULL when empty. The bytes must live until step().
    void bindText(int index, QByteArrayView utf8);
    void bindInt64(int index, qint64 value);
    /// Runs the statement, then resets it for the next row; false on an error (see errorDetail()).
    bool step();
    /// Runs the statement and returns the first column of its first row (0 when none), then resets it.
    qint64 firstInt64();
    /// SQLite's message and the statement, untranslated.
    QString errorDetail() const;

private:
    sqlite3* m_db;
    sqlite3_stmt* m_statement = nullptr;
    QByteArray m_sql;
};

/// Runs `sql` (no result rows) on `db`; false on an error, with SQLite's message in `*detail`.
bool sqliteExec(sqlite3* db, const QByteArray& sql, QString* detail);

/// The secondary indexes of `table` (not those of its UNIQUE and PRIMARY KEY constraints), dropped for a bulk
/// load into the empty table and created again after it, from their own stored definitions, in the caller's
/// transaction: built once over sorted keys instead of updated row by row.
class DeferredIndexes
{
public:
    /// Drops the indexes; an error leaves the caller to roll back.
    Result<void> drop(sqlite3* db, const QByteArray& table);
    /// Creates them again.
    Result<void> restore();

private:
    sqlite3* m_db = nullptr;
    QList<QByteArray> m_names;
    QList<QByteArray> m_definitions;
};

} // namespace Palier
