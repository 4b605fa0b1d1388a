// SPDX-License-Identifier: GPL-3.0-or-later
// GHTs (groupements hospitaliers de territoire): upsert by their 5-digit code.
#include "ImportText.h"
#include "db/Database.h"
#include "import/ImportKeys.h"
#include "import/ImportRows.h"
#include "import/ImportValues.h"

#include <QSet>
#include <QSqlQuery>

#include <array>

namespace Palier {

namespace {

enum Field { FCode, FShortName, FName, FRegion };
enum Column { CShortName, CName, CRegion, ColumnCount };
using Values = std::array<QString, ColumnCount>;

QString columnKey(int column)
{
    static const std::array<QLatin1String, ColumnCount> keys{ImportKeys::ShortName, ImportKeys::Name,
                                                             ImportKeys::Region};
    return QString(keys.at(column));
}

struct Record
{
    int line = 0;
    RowOutcome outcome = RowOutcome::Insert;
    QString code;
    Values values;
    QList<FieldChange> changes;
};

class GhtImport final : public KindImport
{
public:
    GhtImport(const Database& db, const ColumnMapping& mapping)
        : m_db(db)
        , m_columns(mapping, {ImportKeys::Code, ImportKeys::ShortName, ImportKeys::Name, ImportKeys::Region})
    {}

    Result<void> preload() override;
    void addRow(const SourceRow& source, IssueLists& issues) override;
    void finish(ImportReport& report) override;
    Result<void> write(const std::function<bool()>& tick) override;
    qsizetype pendingWrites() const override { return m_writes; }

private:
    const Database& m_db;
    FieldColumns m_columns;
    QHash<QString, Values> m_existing;
    QSet<QString> m_regions;
    DuplicateKeys m_keys;
    std::vector<Record> m_records;
    qsizetype m_writes = 0;
};

Result<void> GhtImport::preload()
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    const QString readError = Importer::tr("Cannot read the GHTs already in the database.");
    if (!query.exec(QStringLiteral("SELECT code FROM region"))) {
        return sqlError(readError, query);
    }
    while (query.next()) {
        m_regions.insert(query.value(0).toString());
    }
    if (!query.exec(QStringLiteral("SELECT code, short_name, name, region_code FROM ght"))) {
        return sqlError(readError, query);
    }
    while (query.next()) {
        m_existing.insert(query.value(0).toString(),
                          {query.value(1).toString(), query.value(2).toString(), query.value(3).toString()});
    }
    return {};
}

void GhtImport::addRow(const SourceRow& source, IssueLists& issues)
{
    RowView row(source, m_columns, issues);
    const QString code = row.text(FCode);
    QString region;
    bool wellFormed = code.size() == 5;
    for (QChar c : code) {
        wellFormed = wellFormed && c >= u'0' && c <= u'9';
    }
    if (!wellFormed) {
        row.reject(FCode, code.isEmpty() ? Importer::tr("The GHT code is missing. A GHT code has 5 digits: the "
                                                        "INSEE region code, then 1 and two digits, e.g. 84101.")
                                         : Importer::tr("“%1” is not a GHT code. A GHT code has 5 digits: the INSEE "
                                                        "region code, then 1 and two digits, e.g. 84101.")
                                               .arg(code));
    } else if (region = code.left(2); !m_regions.contains(region)) {
        row.reject(FCode, Importer::tr("GHT code %1 does not start with the code of a region (its first two digits "
                                       "are the INSEE region code). Check the code.")
                              .arg(code));
    }
    Values values{row.text(FShortName), row.text(FName), region};
    if (values[CName].isEmpty()) {
        row.reject(FName, Importer::tr("The name of the GHT is missing. Fill it in: a GHT cannot be recorded "
                                       "without one."));
    }
    if (const QString text = row.text(FRegion); !text.isEmpty() && !region.isEmpty()) {
        const QString named = ImportValues::regionCode(text);
        if (named != region) {
            row.warn(FRegion, Importer::tr("The region %1 does not match GHT code %2, whose first two digits say "
                                           "region %3. Palier keeps region %3: check the file.")
                                  .arg(text, code, region));
        }
    }
    if (!wellFormed) {
        return;
    }
    const auto describe = [](const QString& key) { return Importer::tr("GHT %1").arg(key); };
    if (const std::optional<qsizetype> drop = m_keys.repeated(code, describe, row, FCode, issues)) {
        if (*drop >= 0) {
            m_records[std::size_t(*drop)].outcome = RowOutcome::Dropped;
        }
        return;
    }
    if (row.isRejected()) {
        return;
    }
    Record record{row.line(), RowOutcome::Insert, code, values, {}};
    if (const auto existing = m_existing.constFind(code); existing != m_existing.constEnd()) {
        record.values = existing.value();
        for (int c = 0; c < ColumnCount; ++c) {
            if (!values[c].isEmpty() && values[c] != record.values[c]) {
                record.changes.append({columnKey(c), record.values[c], values[c]});
                record.values[c] = values[c];
            }
        }
        record.outcome = record.changes.isEmpty() ? RowOutcome::Unchanged : RowOutcome::Update;
    }
    m_keys.keep(code, qsizetype(m_records.size()));
    m_records.push_back(std::move(record));
}

void GhtImport::finish(ImportReport& report)
{
    m_writes = countOutcomes(m_records, &Record::code, report);
}

Result<void> GhtImport::write(const std::function<bool()>& tick)
{
    RowStatement insert(m_db.connection());
    RowStatement update(m_db.connection());
    if (!insert.prepare(QStringLiteral("INSERT INTO ght (short_name, name, region_code, code) VALUES (?, ?, ?, ?)"))) {
        return sqlError(Importer::tr("Cannot prepare the import of the GHTs."), insert.query());
    }
    if (!update.prepare(QStringLiteral("UPDATE ght SET short_name = ?, name = ?, region_code = ? WHERE code = ?"))) {
        return sqlError(Importer::tr("Cannot prepare the import of the GHTs."), update.query());
    }
    const auto bind = [](RowStatement& statement, const Record& r) {
        for (int c = 0; c < ColumnCount; ++c) {
            statement.bind(c, nullable(r.values[c]));
        }
        statement.bind(ColumnCount, r.code);
    };
    const auto failure = [](const Record& r) {
        return Importer::tr("Cannot record GHT %1 of line %2. Nothing was imported: the database is as "
                            "it was before.")
            .arg(r.code)
            .arg(r.line);
    };
    return writeRecords(m_records, insert, update, bind, failure, tick);
}

} // namespace

std::unique_ptr<KindImport> makeGhtImport(const Database& db, const ColumnMapping& mapping)
{
    return std::make_unique<GhtImport>(db, mapping);
}

} // namespace Palier
