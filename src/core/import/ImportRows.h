// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Database.h"
#include "import/Importer.h"

#include <QHash>
#include <QLatin1String>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <vector>

// Internal to the import: what the per-kind validators and writers share with the runner.

namespace Palier {

/// A problem found while reading: the column is an index, named once the header is known.
struct PendingIssue
{
    int line = 0;
    int column = -1; ///< -1: the whole line
    QString reason;
};

struct IssueLists
{
    QList<PendingIssue> rejected;
    QList<PendingIssue> warnings;
};

/// The source columns of the fields a kind reads, resolved once from the mapping.
class FieldColumns
{
public:
    FieldColumns(const ColumnMapping& mapping, std::initializer_list<QLatin1String> keys);
    int column(int field) const { return m_columns.at(field); }
    bool isMapped(int field) const { return m_columns.at(field) >= 0; }

private:
    std::vector<int> m_columns;
};

/// One source row seen through the mapping: the cleaned text of each field, and where its problems go.
class RowView
{
public:
    RowView(const SourceRow& row, const FieldColumns& columns, IssueLists& issues);

    int line() const { return m_row.line; }
    /// The cell of `field`, cleaned (ImportValues::cleanText); empty when unmapped or beyond the row's end.
    QString text(int field) const;
    int column(int field) const { return m_columns.column(field); }
    bool isMapped(int field) const { return m_columns.isMapped(field); }

    /// The row is not imported; `field` -1 names no column.
    void reject(int field, const QString& reason);
    /// The row is imported without the value of `field`.
    void warn(int field, const QString& reason);
    bool isRejected() const { return m_rejected; }

private:
    const SourceRow& m_row;
    const FieldColumns& m_columns;
    IssueLists& m_issues;
    bool m_rejected = false;
};

/// The id of the establishment whose FINESS ET is in `field` of `row`, among `establishments` (FINESS → id);
/// 0 after rejecting the row when the number is malformed or no establishment of the database has it.
qint64 knownEstablishment(RowView& row, int field, const QHash<QString, qint64>& establishments);

/// The rows of a file sharing a natural key: each repeat rejects itself and, once, the first row.
class DuplicateKeys
{
public:
    /// When `key` was seen on an earlier row: rejects this row and (once) the first one, naming both lines,
    /// and returns the record of the first row to drop (-1 when it was not kept). Otherwise remembers this row
    /// and returns nullopt. `describe` names the key for the user, e.g. "FINESS number 010000024".
    std::optional<qsizetype> repeated(const QString& key, QString (*describe)(const QString& key), RowView& row,
                                      int keyField, IssueLists& issues);
    /// The first row of `key` was kept as record `record`.
    void keep(const QString& key, qsizetype record)
    {
        (m_latest && m_latestKey == key ? *m_latest : m_first[key]).record = record;
        m_latest = nullptr;
    }

private:
    struct First
    {
        int line = 0;
        qsizetype record = -1;
        bool reported = false;
    };
    QHash<QString, First> m_first;
    First* m_latest = nullptr; ///< the entry repeated() has just added (no insertion since), for keep()
    QString m_latestKey;
};

/// A statement prepared once and executed for every row. Its `?` placeholders are rewritten :p0, :p1… and
/// bound by those precomputed names: QSqlQuery::bindValue(int) formats a placeholder name for every value it
/// binds (Qt 6.4), which costs more than SQLite's own work on a 100,000-row import.
class RowStatement
{
public:
    explicit RowStatement(const QSqlDatabase& db);
    /// `sql` must hold no `?` other than its placeholders.
    bool prepare(const QString& sql);
    void bind(int index, const QVariant& value) { m_query.bindValue(m_names.at(index), value); }
    bool exec() { return m_query.exec(); }
    const QSqlQuery& query() const { return m_query; }

private:
    QSqlQuery m_query;
    QStringList m_names;
};

/// What one row does to the database.
enum class RowOutcome : unsigned char { Insert, Update, Unchanged, Dropped };

/// The validator and writer of one kind. The runner calls preload(), addRow() for every record, finish() and,
/// when the import goes ahead, write() inside its transaction.
class KindImport
{
public:
    virtual ~KindImport() = default;
    /// Reads the existing rows and the codes rows refer to, so that no row needs a query of its own.
    virtual Result<void> preload() = 0;
    virtual void addRow(const SourceRow& row, IssueLists& issues) = 0;
    /// The counts and the changes of the rows kept (duplicates are dropped by then).
    virtual void finish(ImportReport& report) = 0;
    /// Inserts and updates; `tick` is called after each row and returns false to cancel.
    virtual Result<void> write(const std::function<bool()>& tick) = 0;
    /// How many rows write() will touch.
    virtual qsizetype pendingWrites() const = 0;
};

std::unique_ptr<KindImport> makeEstablishmentImport(const Database& db, const ColumnMapping& mapping);
std::unique_ptr<KindImport> makeGhtImport(const Database& db, const ColumnMapping& mapping);
std::unique_ptr<KindImport> makeCandidatureImport(const Database& db, const TableFormat& format,
                                                  const ColumnMapping& mapping);
std::unique_ptr<KindImport> makeIndicatorImport(const Database& db, const TableFormat& format,
                                                const ColumnMapping& mapping);
std::unique_ptr<KindImport> makeScoreImport(const Database& db, const ColumnMapping& mapping);
std::unique_ptr<KindImport> makeDeclarationImport(const Database& db, const TableFormat& format,
                                                  const ColumnMapping& mapping, const QString& path);

/// The error of an import cancelled through its progress callback.
Error cancelledError();

/// A value of the database: NULL for an empty string.
QVariant nullable(const QString& value);

/// The reason a key repeats, naming both lines.
QString duplicateReason(const QString& what, int firstLine, int line);

/// The establishments already in the database, FINESS ET → id; `readError` says what could not be read.
Result<QHash<QString, qint64>> establishmentIdsByFiness(const Database& db, const QString& readError);

/// Counts the records kept into `report`, with the changes of the updated ones named by their natural `key` (a
/// member, or a function of the record, giving a QString), and returns how many rows write() will touch.
template <typename Record, typename Key>
qsizetype countOutcomes(const std::vector<Record>& records, Key key, ImportReport& report)
{
    qsizetype writes = 0;
    for (const Record& r : records) {
        switch (r.outcome) {
        case RowOutcome::Insert:
            ++report.inserted;
            ++writes;
            break;
        case RowOutcome::Update:
            ++report.updated;
            ++writes;
            report.updates.append({r.line, std::invoke(key, r), r.changes});
            break;
        case RowOutcome::Unchanged:
            ++report.unchanged;
            break;
        case RowOutcome::Dropped:
            break;
        }
    }
    return writes;
}

/// Executes `insert` or `update` for every record to insert or update, its values bound by `bind(statement, r)`;
/// `failure(r)` is the message of a record the database refuses. `tick` is called after each row and returns
/// false to cancel.
template <typename Record, typename Bind, typename Failure>
Result<void> writeRecords(const std::vector<Record>& records, RowStatement& insert, RowStatement& update, Bind bind,
                          Failure failure, const std::function<bool()>& tick)
{
    for (const Record& r : records) {
        if (r.outcome != RowOutcome::Insert && r.outcome != RowOutcome::Update) {
            continue;
        }
        RowStatement& statement = r.outcome == RowOutcome::Insert ? insert : update;
        bind(statement, r);
        if (!statement.exec()) {
            return sqlError(failure(r), statement.query());
        }
        if (!tick()) {
            return cancelledError();
        }
    }
    return {};
}

/// Writes every record to insert or update through `writeOne(r)` (a core function that checks and records one row,
/// returning Result<void>). The first refusal is returned with its message after `failure`, which names the record by
/// its `key` and `line` (`%1` and `%2`, translated by the caller, saying that nothing was imported). `tick` is called
/// after each row and returns false to cancel.
template <typename Record, typename WriteOne>
Result<void> writeEachRecord(const std::vector<Record>& records, const QString& failure, WriteOne writeOne,
                             const std::function<bool()>& tick)
{
    for (const Record& r : records) {
        if (r.outcome != RowOutcome::Insert && r.outcome != RowOutcome::Update) {
            continue;
        }
        if (Result<void> done = writeOne(r); !done) {
            Error error = done.error();
            error.message = failure.arg(r.key).arg(r.line) + QLatin1Char(' ') + error.message;
            return error;
        }
        if (!tick()) {
            return cancelledError();
        }
    }
    return {};
}

} // namespace Palier
