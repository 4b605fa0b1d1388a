// SPDX-License-Identifier: GPL-3.0-or-later
// Establishments: upsert by FINESS ET against the rows preloaded in a hash.
#include "import/EstablishmentImport.h"

#include "ImportText.h"
#include "db/Database.h"
#include "import/ImportKeys.h"
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

struct Record
{
    int line = 0;
    RowOutcome outcome = RowOutcome::Insert;
    qint64 id = 0;
    QString finess;
    Values values; ///< the whole row as it will be written (empty for unchanged rows)
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
        record.values = std::move(read.values);
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
            record.values = std::move(merged);
        }
    }
    m_keys.keep(read.finess, qsizetype(m_records.size()));
    m_records.push_back(std::move(record));
}

void EstablishmentImport::finish(ImportReport& report)
{
    m_writes = countOutcomes(m_records, &Record::finess, report);
}

Result<void> EstablishmentImport::write(const std::function<bool()>& tick)
{
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
            statement.bind(i++, nullable(r.values[c]));
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
