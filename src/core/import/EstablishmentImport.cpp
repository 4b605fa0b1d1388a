// SPDX-License-Identifier: GPL-3.0-or-later
// Establishments: upsert by FINESS ET against the rows preloaded in a hash.
#include "import/EstablishmentImport.h"

#include "ImportText.h"
#include "db/Database.h"
#include "import/ImportKeys.h"
#include "import/SqliteBulk.h"
#include "model/ReferenceData.h"

#include <QSqlQuery>
#include <QStringList>

namespace Palier {

namespace EstablishmentData {

QLatin1String fieldKey(int column)
{
    namespace K = ImportKeys;
    static constexpr std::array<QLatin1String, ColumnCount> keys{
        K::FinessEj, K::Name,  K::LegalStatus, K::CategoryCode, K::CategoryLabel, K::Department,
        K::GhtCode,  K::Siret, K::Address,     K::PostalCode,   K::Town};
    return keys.at(column);
}

const char* sqlColumn(int column)
{
    static constexpr std::array<const char*, ColumnCount> columns{
        "finess_ej", "name",    "legal_status", "category_code", "category_label", "department_code", "ght_code",
        "siret",     "address", "postal_code",  "town"};
    return columns.at(column);
}

} // namespace EstablishmentData

namespace {

using namespace EstablishmentData;

constexpr int KeyField = 0; // the FINESS ET, first of fieldColumns()

/// The values of a row as they will be written, packed: one UTF-8 buffer for the whole row instead of a string per
/// value. A national extract keeps 100,000 of them until the write, and allocating, converting and freeing eleven
/// strings per row cost more than SQLite's own work.
class PackedValues
{
public:
    PackedValues() = default;
    explicit PackedValues(const Values& values)
    {
        for (int c = 0; c < ColumnCount; ++c) {
            m_bytes += values[c].toUtf8();
            m_ends[std::size_t(c)] = int(m_bytes.size());
        }
    }
    /// The bytes of column `c`, empty for NULL; valid while this object lives.
    QByteArrayView at(int c) const
    {
        const int begin = c == 0 ? 0 : m_ends[std::size_t(c - 1)];
        return QByteArrayView(m_bytes.constData() + begin, m_ends[std::size_t(c)] - begin);
    }

private:
    QByteArray m_bytes;
    std::array<int, ColumnCount> m_ends{};
};

struct Record
{
    int line = 0;
    RowOutcome outcome = RowOutcome::Insert;
    qint64 id = 0;
    QString finess;
    PackedValues values; ///< the whole row as it will be written (empty for unchanged rows)
    QList<FieldChange> changes;
};

class EstablishmentImport final : public KindImport
{
public:
    EstablishmentImport(const Database& db, const ColumnMapping& mapping)
        : m_db(db)
        , m_columns(fieldColumns(mapping))
    {}

    Result<void> preload() override;
    void addRow(const SourceRow& source, IssueLists& issues) override;
    void finish(ImportReport& report) override;
    Result<void> write(const std::function<bool()>& tick) override;
    qsizetype pendingWrites() const override { return m_writes; }

private:
    Result<void> writeSqlite(sqlite3* handle, const std::function<bool()>& tick);

    const Database& m_db;
    FieldColumns m_columns;
    Lookup m_lookup;
    DuplicateKeys m_keys;
    std::vector<Record> m_records;
    qsizetype m_writes = 0;
};

Result<void> EstablishmentImport::preload()
{
    for (const Department& d : ReferenceData::instance().departments()) {
        m_lookup.byPrefix.insert(d.finessPrefix, &d);
    }
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    const QString readError = Importer::tr("Cannot read the establishments already in the database.");
    if (!query.exec(QStringLiteral("SELECT code FROM department"))) {
        return sqlError(readError, query);
    }
    while (query.next()) {
        m_lookup.departments.insert(query.value(0).toString());
    }
    if (!query.exec(QStringLiteral("SELECT code FROM ght"))) {
        return sqlError(readError, query);
    }
    while (query.next()) {
        m_lookup.ghts.insert(query.value(0).toString());
    }
    QStringList columns;
    for (int c = 0; c < ColumnCount; ++c) {
        columns.append(QLatin1String(sqlColumn(c)));
    }
    if (!query.exec(QStringLiteral("SELECT id, finess_et, %1 FROM establishment").arg(columns.join(u',')))) {
        return sqlError(readError, query);
    }
    while (query.next()) {
        Lookup::Existing existing;
        existing.id = query.value(0).toLongLong();
        for (int c = 0; c < ColumnCount; ++c) {
            existing.values[c] = query.value(2 + c).toString();
        }
        m_lookup.existing.insert(query.value(1).toString(), std::move(existing));
    }
    return {};
}

void EstablishmentImport::addRow(const SourceRow& source, IssueLists& issues)
{
    RowView row(source, m_columns, issues);
    RowValues read = readRow(row, m_lookup);
    if (read.finess.isEmpty()) {
        return;
    }
    const auto describe = [](const QString& finess) { return Importer::tr("FINESS number %1").arg(finess); };
    if (const std::optional<qsizetype> drop = m_keys.repeated(read.finess, describe, row, KeyField, issues)) {
        if (*drop >= 0) {
            m_records[std::size_t(*drop)].outcome = RowOutcome::Dropped;
        }
        return;
    }
    if (row.isRejected()) {
        return;
    }

    Record record;
    record.line = row.line();
    record.finess = read.finess;
    const auto existing = m_lookup.existing.constFind(read.finess);
    if (existing == m_lookup.existing.constEnd()) {
        record.values = PackedValues(read.values);
    } else {
        record.id = existing->id;
        Values merged = existing->values;
        for (int c = 0; c < ColumnCount; ++c) {
            if ((read.provided & (1u << c)) && read.values[c] != merged[c]) {
                record.changes.append({QString(fieldKey(c)), merged[c], read.values[c]});
                merged[c] = read.values[c];
            }
        }
        record.outcome = record.changes.isEmpty() ? RowOutcome::Unchanged : RowOutcome::Update;
        if (record.outcome == RowOutcome::Update) {
            record.values = PackedValues(merged);
        }
    }
    m_keys.keep(read.finess, qsizetype(m_records.size()));
    m_records.push_back(std::move(record));
}

void EstablishmentImport::finish(ImportReport& report)
{
    m_writes = countOutcomes(m_records, &Record::finess, report);
}

/// Restores the page cache size of a connection when it goes out of scope.
class CacheSize
{
public:
    CacheSize(sqlite3* db, int kibibytes)
        : m_db(db)
    {
        SqliteStatement read(db);
        if (read.prepare("PRAGMA cache_size")) {
            m_previous = read.firstInt64();
        }
        sqliteExec(db, "PRAGMA cache_size = -" + QByteArray::number(kibibytes), nullptr);
    }
    ~CacheSize() { sqliteExec(m_db, "PRAGMA cache_size = " + QByteArray::number(m_previous), nullptr); }
    CacheSize(const CacheSize&) = delete;
    CacheSize& operator=(const CacheSize&) = delete;

private:
    sqlite3* m_db;
    qint64 m_previous = -2000; // SQLite's default
};

// Through SQLite's own statements: the values bound as UTF-8 bytes, no QVariant; into an empty table, the
// secondary indexes are built once at the end. A page cache large enough for the whole table keeps SQLite from
// writing pages to the WAL and reading them back in the middle of the transaction.
Result<void> EstablishmentImport::writeSqlite(sqlite3* handle, const std::function<bool()>& tick)
{
    CacheSize cache(handle, 64 * 1024);
    QByteArray columns;
    QByteArray assignments;
    for (int c = 0; c < ColumnCount; ++c) {
        columns += QByteArray(",") + sqlColumn(c);
        assignments += QByteArray(c == 0 ? "" : ",") + sqlColumn(c) + " = ?";
    }
    SqliteStatement insert(handle);
    SqliteStatement update(handle);
    const QString prepareError = Importer::tr("Cannot prepare the import of the establishments.");
    if (!insert.prepare("INSERT INTO establishment (finess_et" + columns + ") VALUES (?" +
                        QByteArray(",?").repeated(ColumnCount) + ')')) {
        return Error{QStringLiteral("db.sql"), prepareError, insert.errorDetail()};
    }
    if (!update.prepare("UPDATE establishment SET " + assignments + " WHERE id = ?")) {
        return Error{QStringLiteral("db.sql"), prepareError, update.errorDetail()};
    }
    DeferredIndexes indexes;
    SqliteStatement count(handle);
    const bool bulk =
        m_writes >= 1000 && count.prepare("SELECT EXISTS (SELECT 1 FROM establishment)") && count.firstInt64() == 0;
    if (bulk) {
        if (Result<void> dropped = indexes.drop(handle, "establishment"); !dropped) {
            return dropped;
        }
    }
    for (const Record& r : m_records) {
        if (r.outcome != RowOutcome::Insert && r.outcome != RowOutcome::Update) {
            continue;
        }
        const bool inserting = r.outcome == RowOutcome::Insert;
        SqliteStatement& statement = inserting ? insert : update;
        int i = 0;
        const QByteArray finess = inserting ? r.finess.toLatin1() : QByteArray(); // nine ASCII characters
        if (inserting) {
            statement.bindText(i++, finess);
        }
        for (int c = 0; c < ColumnCount; ++c) {
            statement.bindText(i++, r.values.at(c));
        }
        if (!inserting) {
            statement.bindInt64(i++, r.id);
        }
        if (!statement.step()) {
            return Error{QStringLiteral("db.sql"),
                         Importer::tr("Cannot record establishment %1 of line %2. Nothing was imported: the "
                                      "database is as it was before.")
                             .arg(r.finess)
                             .arg(r.line),
                         statement.errorDetail()};
        }
        if (!tick()) {
            return cancelledError();
        }
    }
    if (bulk) {
        return indexes.restore();
    }
    return {};
}

Result<void> EstablishmentImport::write(const std::function<bool()>& tick)
{
    if (sqlite3* handle = sqliteHandle(m_db.connection())) {
        return writeSqlite(handle, tick);
    }
    QStringList columns;
    QStringList assignments;
    for (int c = 0; c < ColumnCount; ++c) {
        columns.append(QLatin1String(sqlColumn(c)));
        assignments.append(QStringLiteral("%1 = ?").arg(QLatin1String(sqlColumn(c))));
    }
    RowStatement insert(m_db.connection());
    RowStatement update(m_db.connection());
    if (!insert.prepare(QStringLiteral("INSERT INTO establishment (finess_et, %1) VALUES (?%2)")
                            .arg(columns.join(u','), QStringLiteral(", ?").repeated(ColumnCount)))) {
        return sqlError(Importer::tr("Cannot prepare the import of the establishments."), insert.query());
    }
    if (!update.prepare(QStringLiteral("UPDATE establishment SET %1 WHERE id = ?").arg(assignments.join(u',')))) {
        return sqlError(Importer::tr("Cannot prepare the import of the establishments."), update.query());
    }
    const auto bind = [](RowStatement& statement, const Record& r) {
        int i = 0;
        if (r.outcome == RowOutcome::Insert) {
            statement.bind(i++, r.finess);
        }
        for (int c = 0; c < ColumnCount; ++c) {
            statement.bind(i++, nullable(QString::fromUtf8(r.values.at(c))));
        }
        if (r.outcome == RowOutcome::Update) {
            statement.bind(i++, r.id);
        }
    };
    const auto failure = [](const Record& r) {
        return Importer::tr("Cannot record establishment %1 of line %2. Nothing was imported: the "
                            "database is as it was before.")
            .arg(r.finess)
            .arg(r.line);
    };
    return writeRecords(m_records, insert, update, bind, failure, tick);
}

} // namespace

std::unique_ptr<KindImport> makeEstablishmentImport(const Database& db, const ColumnMapping& mapping)
{
    return std::make_unique<EstablishmentImport>(db, mapping);
}

} // namespace Palier
