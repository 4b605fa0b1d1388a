// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/SqliteBulk.h"

#include "ImportText.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace Palier {

namespace {

Error writeError(const QString& detail)
{
    return {QStringLiteral("db.sql"),
            Importer::tr("The database refused the import. Nothing was imported: the database is as it was before."),
            detail};
}

QString lastError(sqlite3* db, const QByteArray& sql)
{
    return QStringLiteral("%1 — %2").arg(QString::fromUtf8(sqlite3_errmsg(db)), QString::fromUtf8(sql));
}

} // namespace

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    if (!db.isOpen() || db.driverName() != QLatin1String("QSQLITE") || !db.driver()) {
        return nullptr;
    }
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(handle.constData());
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

bool SqliteStatement::prepare(const QByteArray& sql)
{
    m_sql = sql;
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    return sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &m_statement, nullptr) == SQLITE_OK;
}

void SqliteStatement::bindText(int index, QByteArrayView utf8)
{
    if (utf8.isEmpty()) {
        sqlite3_bind_null(m_statement, index + 1);
    } else {
        sqlite3_bind_text(m_statement, index + 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    }
}

void SqliteStatement::bindInt64(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index + 1, value);
}

bool SqliteStatement::step()
{
    const int result = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    return result == SQLITE_DONE || result == SQLITE_ROW;
}

qint64 SqliteStatement::firstInt64()
{
    qint64 value = 0;
    if (sqlite3_step(m_statement) == SQLITE_ROW) {
        value = sqlite3_column_int64(m_statement, 0);
    }
    sqlite3_reset(m_statement);
    return value;
}

QString SqliteStatement::errorDetail() const
{
    return lastError(m_db, m_sql);
}

bool sqliteExec(sqlite3* db, const QByteArray& sql, QString* detail)
{
    char* message = nullptr;
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK) {
        return true;
    }
    if (detail) {
        *detail = QStringLiteral("%1 — %2").arg(QString::fromUtf8(message ? message : sqlite3_errmsg(db)),
                                                QString::fromUtf8(sql));
    }
    sqlite3_free(message);
    return false;
}

Result<void> DeferredIndexes::drop(sqlite3* db, const QByteArray& table)
{
    m_db = db;
    const QByteArray sql =
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name = ?";
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK) {
        return writeError(lastError(db, sql));
    }
    sqlite3_bind_text(statement, 1, table.constData(), int(table.size()), SQLITE_STATIC);
    while (sqlite3_step(statement) == SQLITE_ROW) {
        m_names.append(QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0))));
        m_definitions.append(QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(statement, 1))));
    }
    sqlite3_finalize(statement);
    for (const QByteArray& name : std::as_const(m_names)) {
        QString detail;
        if (!sqliteExec(db, "DROP INDEX \"" + name + '"', &detail)) {
            return writeError(detail);
        }
    }
    return {};
}

Result<void> DeferredIndexes::restore()
{
    for (const QByteArray& definition : std::as_const(m_definitions)) {
        QString detail;
        if (!sqliteExec(m_db, definition, &detail)) {
            return writeError(detail);
        }
    }
    m_names.clear();
    m_definitions.clear();
    return {};
}

} // namespace Palier
