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

#include <algorithm>
#include <array>
#include <vector>

namespace Palier {

namespace EstablishmentData {

QLatin1String fieldKey(int column)
{
    namespace K = ImportKeys;
    static constexpr std::array<QLatin1String, ColumnCount> keys{
        K::FinessEj, K::Name,  K::LegalStatus, K::CategoryCode, K::CategoryLabel, K::Department,
        K::GhtCode,  K::Siret, K::Address,     K::PostalCode,   K::Town,          K::SizeClass};
    return keys.at(column);
}

const char* sqlColumn(int column)
{
    static constexpr std::array<const char*, ColumnCount> columns{
        "finess_ej", "name",  "legal_status", "category_code", "category_label", "department_code",
        "ght_code",  "siret", "address",      "postal_code",   "town",           "size_class"};
    return columns.at(column);
}

} // namespace EstablishmentData

namespace {

using namespace EstablishmentData;

constexpr int KeyField = 0; // the FINESS ET, first of fieldColumns()

/// A valid FINESS number packed into an integer, seven bits for each of its nine ASCII characters (digits, and A or
/// B for Corsica): the key of the duplicate check, hashed and compared without a string.
using FinessKey = quint64;

FinessKey packFiness(QStringView finess)
{
    FinessKey key = 0;
    for (const QChar c : finess) {
        key = (key << 7) | (c.unicode() & 0x7F);
    }
    return key;
}

QString unpackFiness(FinessKey key)
{
    std::array<char, 9> text{};
    for (auto it = text.rbegin(); it != text.rend(); ++it) {
        *it = char(key & 0x7F);
        key >>= 7;
    }
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

/// Appends `text` to `out` as UTF-8, as QString::toUtf8() writes it (a lone surrogate as U+FFFD), without the
/// temporary array.
void appendUtf8(QByteArray& out, const QString& text)
{
    const qsizetype start = out.size();
    out.resize(start + 3 * text.size()); // within the capacity the caller reserved: no reallocation
    auto* o = reinterpret_cast<unsigned char*>(out.data() + start);
    const auto* p = reinterpret_cast<const char16_t*>(text.constData());
    const char16_t* const end = p + text.size();
    while (p != end) {
        char32_t u = *p++;
        if (u < 0x80) {
            *o++ = static_cast<unsigned char>(u);
            continue;
        }
        if (u < 0x800) {
            *o++ = static_cast<unsigned char>(0xC0 | (u >> 6));
            *o++ = static_cast<unsigned char>(0x80 | (u & 0x3F));
            continue;
        }
        if (QChar::isSurrogate(u)) {
            if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
                u = QChar::surrogateToUcs4(char16_t(u), *p++);
                *o++ = static_cast<unsigned char>(0xF0 | (u >> 18));
                *o++ = static_cast<unsigned char>(0x80 | ((u >> 12) & 0x3F));
                *o++ = static_cast<unsigned char>(0x80 | ((u >> 6) & 0x3F));
                *o++ = static_cast<unsigned char>(0x80 | (u & 0x3F));
                continue;
            }
            u = QChar::ReplacementCharacter;
        }
        *o++ = static_cast<unsigned char>(0xE0 | (u >> 12));
        *o++ = static_cast<unsigned char>(0x80 | ((u >> 6) & 0x3F));
        *o++ = static_cast<unsigned char>(0x80 | (u & 0x3F));
    }
    out.truncate(reinterpret_cast<char*>(o) - out.constData());
}

/// The values of the rows to write, as UTF-8, one after the other in large blocks: a national extract keeps 100,000
/// rows until the write, and allocating, converting and freeing a buffer (let alone eleven strings) per row cost
/// more than SQLite's own work.
class ValueStore
{
public:
    /// Where a row's values are: their block, the offset of the first, and where each ends.
    struct Place
    {
        int block = -1; ///< -1: no values (an unchanged row)
        int offset = 0;
        std::array<int, ColumnCount> ends{};
    };

    Place add(const Values& values)
    {
        qsizetype need = 0;
        for (const QString& v : values) {
            need += 3 * v.size(); // the most UTF-8 a UTF-16 code unit takes
        }
        if (m_blocks.empty() || m_blocks.back().capacity() - m_blocks.back().size() < need) {
            m_blocks.emplace_back();
            m_blocks.back().reserve(std::max<qsizetype>(BlockBytes, need));
        }
        QByteArray& block = m_blocks.back();
        Place place;
        place.block = int(m_blocks.size() - 1);
        place.offset = int(block.size());
        for (int c = 0; c < ColumnCount; ++c) {
            appendUtf8(block, values[std::size_t(c)]);
            place.ends[std::size_t(c)] = int(block.size()) - place.offset;
        }
        return place;
    }

    /// The bytes of column `c` of the row at `place`, empty for NULL; valid while the store lives.
    QByteArrayView at(const Place& place, int c) const
    {
        const int begin = c == 0 ? 0 : place.ends[std::size_t(c - 1)];
        return QByteArrayView(m_blocks[std::size_t(place.block)].constData() + place.offset + begin,
                              place.ends[std::size_t(c)] - begin);
    }

private:
    static constexpr qsizetype BlockBytes = 1024 * 1024;
    std::vector<QByteArray> m_blocks;
};

struct Record
{
    int line = 0;
    RowOutcome outcome = RowOutcome::Insert;
    qint64 id = 0;
    FinessKey finess = 0;
    ValueStore::Place values; ///< the whole row as it will be written (none for unchanged rows)
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
    void rejectRepeatedKeys();
    Result<void> write(const std::function<bool()>& tick) override;
    qsizetype pendingWrites() const override { return m_writes; }

private:
    Result<void> writeSqlite(sqlite3* handle, const std::function<bool()>& tick);

    const Database& m_db;
    FieldColumns m_columns;
    Lookup m_lookup;
    /// Every row with a valid FINESS number, for the check of repeated numbers once the whole file is read: sorting
    /// 100,000 of these costs a fraction of a hash lookup per row.
    struct KeySeen
    {
        FinessKey key;
        int line;
        int record; ///< -1: the row was rejected for another reason
    };
    std::vector<KeySeen> m_seen;
    IssueLists* m_issues = nullptr; ///< where addRow() puts the problems, for the check of repeated numbers
    std::vector<Record> m_records;
    ValueStore m_values;
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
    m_issues = &issues;
    const FinessKey key = packFiness(read.finess);
    if (row.isRejected()) {
        m_seen.push_back({key, row.line(), -1});
        return;
    }

    Record record;
    record.line = row.line();
    record.finess = key;
    const auto existing = m_lookup.existing.constFind(read.finess);
    if (existing == m_lookup.existing.constEnd()) {
        record.values = m_values.add(read.values);
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
            record.values = m_values.add(merged);
        }
    }
    m_seen.push_back({key, record.line, int(m_records.size())});
    m_records.push_back(std::move(record));
}

// As DuplicateKeys (ImportRows.h) reports them: every repeat rejects itself, naming the first line, and the first
// row once; none of them is imported.
void EstablishmentImport::rejectRepeatedKeys()
{
    if (m_seen.size() < 2) {
        return;
    }
    std::sort(m_seen.begin(), m_seen.end(),
              [](const KeySeen& a, const KeySeen& b) { return a.key != b.key ? a.key < b.key : a.line < b.line; });
    const int column = m_columns.column(KeyField);
    const auto drop = [this](const KeySeen& seen) {
        if (seen.record >= 0) {
            m_records[std::size_t(seen.record)].outcome = RowOutcome::Dropped;
        }
    };
    for (auto group = m_seen.cbegin(); group != m_seen.cend();) {
        auto end = group + 1;
        while (end != m_seen.cend() && end->key == group->key) {
            ++end;
        }
        if (end - group > 1) {
            const QString what = Importer::tr("FINESS number %1").arg(unpackFiness(group->key));
            for (auto repeat = group + 1; repeat != end; ++repeat) {
                const QString reason = duplicateReason(what, group->line, repeat->line);
                m_issues->rejected.append({repeat->line, column, reason});
                if (repeat == group + 1) {
                    m_issues->rejected.append({group->line, column, reason});
                }
                drop(*repeat);
            }
            drop(*group);
        }
        group = end;
    }
    m_seen = {};
}

void EstablishmentImport::finish(ImportReport& report)
{
    rejectRepeatedKeys();
    m_writes = countOutcomes(
        m_records, [](const Record& r) { return unpackFiness(r.finess); }, report);
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
        std::array<char, 9> finess{}; // nine ASCII characters
        if (inserting) {
            FinessKey key = r.finess;
            for (auto it = finess.rbegin(); it != finess.rend(); ++it) {
                *it = char(key & 0x7F);
                key >>= 7;
            }
            statement.bindText(i++, QByteArrayView(finess.data(), qsizetype(finess.size())));
        }
        for (int c = 0; c < ColumnCount; ++c) {
            statement.bindText(i++, m_values.at(r.values, c));
        }
        if (!inserting) {
            statement.bindInt64(i++, r.id);
        }
        if (!statement.step()) {
            return Error{QStringLiteral("db.sql"),
                         Importer::tr("Cannot record establishment %1 of line %2. Nothing was imported: the "
                                      "database is as it was before.")
                             .arg(unpackFiness(r.finess))
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
    const auto bind = [this](RowStatement& statement, const Record& r) {
        int i = 0;
        if (r.outcome == RowOutcome::Insert) {
            statement.bind(i++, unpackFiness(r.finess));
        }
        for (int c = 0; c < ColumnCount; ++c) {
            statement.bind(i++, nullable(QString::fromUtf8(m_values.at(r.values, c))));
        }
        if (r.outcome == RowOutcome::Update) {
            statement.bind(i++, r.id);
        }
    };
    const auto failure = [](const Record& r) {
        return Importer::tr("Cannot record establishment %1 of line %2. Nothing was imported: the "
                            "database is as it was before.")
            .arg(unpackFiness(r.finess))
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
