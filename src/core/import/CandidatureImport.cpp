// SPDX-License-Identifier: GPL-3.0-or-later
// Candidatures (AMI files): one row per establishment × domain, upserted on that pair.
#include "ImportText.h"
#include "db/Database.h"
#include "import/ImportKeys.h"
#include "import/ImportRows.h"
#include "import/ImportValues.h"

#include <QSqlQuery>

#include <array>

namespace Palier {

namespace {

enum Field { FFiness, FDomain, FTitle, FAmount, FVendor, FStart, FEnd, FSubmitted, FState };
enum Column { CTitle, CAmount, CVendor, CStart, CEnd, CSubmitted, CState, ColumnCount };
using Values = std::array<QString, ColumnCount>; // the amount as whole cents

QString columnKey(int column)
{
    namespace K = ImportKeys;
    static const std::array<QLatin1String, ColumnCount> keys{
        K::Title, K::RequestedAmount, K::Vendor, K::PlannedStart, K::PlannedEnd, K::SubmittedOn, K::State};
    return QString(keys.at(column));
}

/// How a change shows an amount: euros with cents, whatever the locale.
QString shownValue(int column, const QString& value)
{
    if (column != CAmount || value.isEmpty()) {
        return value;
    }
    const qint64 cents = value.toLongLong();
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

struct Existing
{
    qint64 id = 0;
    Values values;
};

struct Record
{
    int line = 0;
    RowOutcome outcome = RowOutcome::Insert;
    qint64 id = 0; ///< the candidature on update
    qint64 establishmentId = 0;
    qint64 domainId = 0;
    QString key; ///< "FINESS × domain"
    Values values;
    QList<FieldChange> changes;
};

class CandidatureImport final : public KindImport
{
public:
    CandidatureImport(const Database& db, const TableFormat& format, const ColumnMapping& mapping)
        : m_db(db)
        , m_allowSerialDates(format.kind == TableFormat::Kind::Xlsx)
        , m_columns(mapping, {ImportKeys::FinessEt, ImportKeys::Domain, ImportKeys::Title, ImportKeys::RequestedAmount,
                              ImportKeys::Vendor, ImportKeys::PlannedStart, ImportKeys::PlannedEnd,
                              ImportKeys::SubmittedOn, ImportKeys::State})
    {}

    Result<void> preload() override;
    void addRow(const SourceRow& source, IssueLists& issues) override;
    void finish(ImportReport& report) override;
    Result<void> write(const std::function<bool()>& tick) override;
    qsizetype pendingWrites() const override { return m_writes; }

private:
    qint64 domainOf(RowView& row);
    QString amountOf(RowView& row);
    QString dateOf(RowView& row, int field);

    const Database& m_db;
    bool m_allowSerialDates;
    FieldColumns m_columns;
    QHash<QString, qint64> m_establishments; ///< FINESS ET → id
    QHash<QString, qint64> m_domains;        ///< code, and folded label → id
    QHash<qint64, QString> m_domainCodes;
    QStringList m_domainList;
    QHash<QString, QString> m_states; ///< code, and folded label → code
    QHash<QPair<qint64, qint64>, Existing> m_existing;
    DuplicateKeys m_keys;
    std::vector<Record> m_records;
    qsizetype m_writes = 0;
};

Result<void> CandidatureImport::preload()
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    const QString readError = Importer::tr("Cannot read the applications already in the database.");
    Result<QHash<QString, qint64>> establishments = establishmentIdsByFiness(m_db, readError);
    if (!establishments) {
        return establishments.error();
    }
    m_establishments = std::move(establishments).value();
    if (!query.exec(QStringLiteral("SELECT d.id, d.code, d.label FROM domain d JOIN campaign c ON c.programme_id = "
                                   "d.programme_id ORDER BY d.sort_order"))) {
        return sqlError(readError, query);
    }
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const QString code = query.value(1).toString();
        m_domains.insert(code.toUpper(), id);
        m_domains.insert(ImportValues::foldWords(query.value(2).toString()), id);
        m_domainCodes.insert(id, code);
        m_domainList.append(code);
    }
    if (!query.exec(QStringLiteral("SELECT code, label FROM candidature_state"))) {
        return sqlError(readError, query);
    }
    while (query.next()) {
        const QString code = query.value(0).toString();
        m_states.insert(ImportValues::foldWords(code), code);
        m_states.insert(ImportValues::foldWords(query.value(1).toString()), code);
    }
    if (!query.exec(QStringLiteral("SELECT id, establishment_id, domain_id, title, requested_cents, vendor, "
                                   "planned_start, planned_end, submitted_on, state FROM candidature"))) {
        return sqlError(readError, query);
    }
    while (query.next()) {
        Existing existing{query.value(0).toLongLong(), {}};
        for (int c = 0; c < ColumnCount; ++c) {
            existing.values[c] = query.value(3 + c).toString();
        }
        m_existing.insert({query.value(1).toLongLong(), query.value(2).toLongLong()}, existing);
    }
    return {};
}

qint64 CandidatureImport::domainOf(RowView& row)
{
    const QString text = row.text(FDomain);
    if (text.isEmpty()) {
        row.reject(FDomain, Importer::tr("The domain is missing. Write its code: %1.").arg(m_domainList.join(u", ")));
        return 0;
    }
    qint64 id = m_domains.value(ImportValues::domainCode(text), 0);
    if (id == 0) {
        id = m_domains.value(ImportValues::foldWords(text), 0);
    }
    if (id == 0) {
        row.reject(FDomain, Importer::tr("“%1” is not a domain of this campaign's programme. Write one of %2.")
                                .arg(text, m_domainList.join(u", ")));
    }
    return id;
}

QString CandidatureImport::amountOf(RowView& row)
{
    const QString text = row.text(FAmount);
    const ImportValues::Amount amount = ImportValues::parseAmount(text);
    switch (amount.problem) {
    case ImportValues::AmountProblem::None:
        return QString::number(amount.cents);
    case ImportValues::AmountProblem::Empty:
        row.reject(FAmount, Importer::tr("The requested amount is missing. Write it in euros, e.g. 250000 or "
                                         "250 000,00."));
        break;
    case ImportValues::AmountProblem::NotANumber:
        row.reject(FAmount, Importer::tr("“%1” is not an amount. Write the amount in euros with digits, e.g. "
                                         "250000 or 250 000,50.")
                                .arg(text));
        break;
    case ImportValues::AmountProblem::Negative:
        row.reject(FAmount, Importer::tr("The requested amount %1 is negative. Write the amount requested, 0 or "
                                         "more.")
                                .arg(text));
        break;
    case ImportValues::AmountProblem::TooManyDecimals:
        row.reject(FAmount,
                   Importer::tr("“%1” has more than two decimals. Write euros and cents, e.g. 1 234,50.").arg(text));
        break;
    case ImportValues::AmountProblem::Ambiguous:
        row.reject(FAmount, Importer::tr("“%1” can be read as thousands or as decimals. Write 250000 or 250 000 "
                                         "for thousands, 250,00 for decimals.")
                                .arg(text));
        break;
    case ImportValues::AmountProblem::TooLarge:
        row.reject(FAmount, Importer::tr("“%1” is more than a billion euros. Check the amount: it must be in "
                                         "euros, not cents.")
                                .arg(text));
        break;
    }
    return {};
}

QString CandidatureImport::dateOf(RowView& row, int field)
{
    const QString text = row.text(field);
    if (text.isEmpty()) {
        return {};
    }
    const std::optional<QDate> date = ImportValues::parseDate(text, m_allowSerialDates);
    if (!date) {
        row.reject(field, Importer::tr("“%1” is not a date. Write it as 30/06/2019 or 2019-06-30.").arg(text));
        return {};
    }
    return date->toString(Qt::ISODate);
}

void CandidatureImport::addRow(const SourceRow& source, IssueLists& issues)
{
    RowView row(source, m_columns, issues);
    const QString finess = row.text(FFiness);
    const qint64 establishmentId = knownEstablishment(row, FFiness, m_establishments);
    const qint64 domainId = domainOf(row);
    Values values;
    values[CTitle] = row.text(FTitle);
    if (values[CTitle].isEmpty()) {
        row.reject(FTitle, Importer::tr("The project title is missing. Fill it in: an application cannot be "
                                        "recorded without one."));
    }
    values[CAmount] = amountOf(row);
    values[CVendor] = row.text(FVendor);
    values[CStart] = dateOf(row, FStart);
    values[CEnd] = dateOf(row, FEnd);
    values[CSubmitted] = dateOf(row, FSubmitted);
    if (!values[CStart].isEmpty() && !values[CEnd].isEmpty() && values[CEnd] < values[CStart]) {
        row.reject(FEnd, Importer::tr("The planned end %1 is before the planned start %2. Check both dates.")
                             .arg(row.text(FEnd), row.text(FStart)));
    }
    if (const QString state = row.text(FState); !state.isEmpty()) {
        values[CState] = m_states.value(ImportValues::foldWords(state));
        if (values[CState].isEmpty()) {
            row.warn(FState, Importer::tr("“%1” is not a state of an application (Reçu, Recevable, Irrecevable, En "
                                          "instruction, Instruit). The state was not imported.")
                                 .arg(state));
        }
    }
    if (establishmentId == 0 || domainId == 0) {
        return;
    }
    const QString key = QStringLiteral("%1 × %2").arg(finess, m_domainCodes.value(domainId));
    const auto describe = [](const QString& k) { return Importer::tr("The application %1").arg(k); };
    if (const std::optional<qsizetype> drop = m_keys.repeated(key, describe, row, FFiness, issues)) {
        if (*drop >= 0) {
            m_records[std::size_t(*drop)].outcome = RowOutcome::Dropped;
        }
        return;
    }
    if (row.isRejected()) {
        return;
    }
    Record record{row.line(), RowOutcome::Insert, 0, establishmentId, domainId, key, values, {}};
    if (const auto existing = m_existing.constFind({establishmentId, domainId}); existing != m_existing.constEnd()) {
        record.id = existing->id;
        record.values = existing->values;
        for (int c = 0; c < ColumnCount; ++c) {
            if (!values[c].isEmpty() && values[c] != record.values[c]) {
                record.changes.append({columnKey(c), shownValue(c, record.values[c]), shownValue(c, values[c])});
                record.values[c] = values[c];
            }
        }
        record.outcome = record.changes.isEmpty() ? RowOutcome::Unchanged : RowOutcome::Update;
    } else if (record.values[CState].isEmpty()) {
        record.values[CState] = QStringLiteral("recu");
    }
    m_keys.keep(key, qsizetype(m_records.size()));
    m_records.push_back(std::move(record));
}

void CandidatureImport::finish(ImportReport& report)
{
    m_writes = countOutcomes(m_records, &Record::key, report);
}

Result<void> CandidatureImport::write(const std::function<bool()>& tick)
{
    RowStatement insert(m_db.connection());
    RowStatement update(m_db.connection());
    if (!insert.prepare(QStringLiteral("INSERT INTO candidature (title, requested_cents, vendor, planned_start, "
                                       "planned_end, submitted_on, state, establishment_id, domain_id) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
        return sqlError(Importer::tr("Cannot prepare the import of the applications."), insert.query());
    }
    if (!update.prepare(QStringLiteral("UPDATE candidature SET title = ?, requested_cents = ?, vendor = ?, "
                                       "planned_start = ?, planned_end = ?, submitted_on = ?, state = ? "
                                       "WHERE id = ?"))) {
        return sqlError(Importer::tr("Cannot prepare the import of the applications."), update.query());
    }
    const auto bind = [](RowStatement& statement, const Record& r) {
        for (int c = 0; c < ColumnCount; ++c) {
            statement.bind(c, c == CAmount ? QVariant(r.values[c].toLongLong()) : nullable(r.values[c]));
        }
        if (r.outcome == RowOutcome::Insert) {
            statement.bind(ColumnCount, r.establishmentId);
            statement.bind(ColumnCount + 1, r.domainId);
        } else {
            statement.bind(ColumnCount, r.id);
        }
    };
    const auto failure = [](const Record& r) {
        return Importer::tr("Cannot record the application %1 of line %2. Nothing was imported: the "
                            "database is as it was before.")
            .arg(r.key)
            .arg(r.line);
    };
    return writeRecords(m_records, insert, update, bind, failure, tick);
}

} // namespace

std::unique_ptr<KindImport> makeCandidatureImport(const Database& db, const TableFormat& format,
                                                  const ColumnMapping& mapping)
{
    return std::make_unique<CandidatureImport>(db, format, mapping);
}

} // namespace Palier
