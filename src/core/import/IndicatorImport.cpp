// SPDX-License-Identifier: GPL-3.0-or-later
// Indicator values (prerequisites P1–P4 and domain indicators): one row per establishment × indicator, recorded
// through setIndicatorValue() (prerequisites/Prerequisites.h), upserted on that pair.
#include "ImportText.h"
#include "db/Database.h"
#include "import/ImportKeys.h"
#include "import/ImportRows.h"
#include "import/ImportValues.h"
#include "prerequisites/Prerequisites.h"
#include "programme/ProgrammeDefinition.h"

#include <QSqlQuery>

#include <cmath>

namespace Palier {

namespace {

enum Field { FFiness, FIndicator, FValue, FMeasuredOn, FEvidence };

struct IndicatorRow
{
    qint64 id = 0;
    QString code;
    IndicatorValueType type = IndicatorValueType::Ratio;
};

/// What an establishment has for an indicator: the value, its date (ISO) and evidence, as stored.
struct Stored
{
    double value = 0;
    bool hasValue = false;
    QString measuredOn;
    QString evidence;
};

struct Record
{
    int line = 0;
    RowOutcome outcome = RowOutcome::Insert;
    qint64 establishmentId = 0;
    QString indicatorCode;
    QString key; ///< "FINESS × indicator"
    Stored values;
    QList<FieldChange> changes;
};

QString shownNumber(double value)
{
    return QString::number(value, 'g', 12);
}

class IndicatorImport final : public KindImport
{
public:
    IndicatorImport(const Database& db, const TableFormat& format, const ColumnMapping& mapping)
        : m_db(db)
        , m_allowSerialDates(format.kind == TableFormat::Kind::Xlsx)
        , m_columns(mapping, {ImportKeys::FinessEt, ImportKeys::Indicator, ImportKeys::Value, ImportKeys::MeasuredOn,
                              ImportKeys::Evidence})
    {}

    Result<void> preload() override;
    void addRow(const SourceRow& source, IssueLists& issues) override;
    void finish(ImportReport& report) override;
    Result<void> write(const std::function<bool()>& tick) override;
    qsizetype pendingWrites() const override { return m_writes; }

private:
    const IndicatorRow* indicatorOf(RowView& row);
    std::optional<double> valueOf(RowView& row, const IndicatorRow* indicator);

    const Database& m_db;
    bool m_allowSerialDates;
    FieldColumns m_columns;
    QHash<QString, qint64> m_establishments;   ///< FINESS ET → id
    QHash<QString, IndicatorRow> m_indicators; ///< code in capitals → indicator
    QStringList m_indicatorCodes;
    QHash<QPair<qint64, qint64>, Stored> m_existing; ///< (establishment, indicator) → stored value
    DuplicateKeys m_keys;
    std::vector<Record> m_records;
    qsizetype m_writes = 0;
};

Result<void> IndicatorImport::preload()
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    const QString readError = Importer::tr("Cannot read the indicator values already in the database.");
    Result<QHash<QString, qint64>> establishments = establishmentIdsByFiness(m_db, readError);
    if (!establishments) {
        return establishments.error();
    }
    m_establishments = std::move(establishments).value();
    if (!query.exec(QStringLiteral("SELECT i.id, i.code, i.value_type FROM indicator i JOIN campaign c ON "
                                   "c.programme_id = i.programme_id ORDER BY i.prerequisite_id IS NULL, i.id"))) {
        return sqlError(readError, query);
    }
    while (query.next()) {
        IndicatorRow indicator{
            query.value(0).toLongLong(), query.value(1).toString(),
            indicatorValueTypeFromCode(query.value(2).toString()).value_or(IndicatorValueType::Ratio)};
        m_indicatorCodes.append(indicator.code);
        m_indicators.insert(indicator.code.toUpper(), indicator);
    }
    if (!query.exec(QStringLiteral("SELECT establishment_id, indicator_id, value, measured_on, evidence FROM "
                                   "indicator_value"))) {
        return sqlError(readError, query);
    }
    while (query.next()) {
        Stored stored;
        stored.hasValue = !query.value(2).isNull();
        stored.value = query.value(2).toDouble();
        stored.measuredOn = query.value(3).toString();
        stored.evidence = query.value(4).toString();
        m_existing.insert({query.value(0).toLongLong(), query.value(1).toLongLong()}, stored);
    }
    return {};
}

const IndicatorRow* IndicatorImport::indicatorOf(RowView& row)
{
    const QString text = row.text(FIndicator);
    if (text.isEmpty()) {
        row.reject(FIndicator,
                   Importer::tr("The indicator code is missing. Write the code of an indicator of the "
                                "programme, e.g. %1.")
                       .arg(m_indicatorCodes.isEmpty() ? QStringLiteral("P1.1") : m_indicatorCodes.first()));
        return nullptr;
    }
    const auto it = m_indicators.constFind(text.toUpper());
    if (it == m_indicators.constEnd()) {
        row.reject(FIndicator, Importer::tr("“%1” is not an indicator of this campaign's programme. Write one of %2.")
                                   .arg(text, m_indicatorCodes.join(u", ")));
        return nullptr;
    }
    return &it.value();
}

std::optional<double> IndicatorImport::valueOf(RowView& row, const IndicatorRow* indicator)
{
    const QString text = row.text(FValue);
    if (text.isEmpty()) {
        row.reject(FValue, Importer::tr("The value is missing. Write the measured value of the indicator."));
        return std::nullopt;
    }
    std::optional<double> value = ImportValues::parseNumber(text);
    if (!value && indicator && indicator->type == IndicatorValueType::Boolean) {
        const QString word = ImportValues::foldWords(text);
        if (word == QLatin1String("oui") || word == QLatin1String("yes") || word == QLatin1String("vrai") ||
            word == QLatin1String("true")) {
            value = 1;
        } else if (word == QLatin1String("non") || word == QLatin1String("no") || word == QLatin1String("faux") ||
                   word == QLatin1String("false")) {
            value = 0;
        }
    }
    if (!value) {
        row.reject(FValue, Importer::tr("“%1” is not a number. Write the value with digits, e.g. 85 or 85,5 (and 0 or "
                                        "1 for a yes/no indicator).")
                               .arg(text));
        return std::nullopt;
    }
    if (!indicator) {
        return value;
    }
    bool valid = true;
    QString reason;
    switch (indicator->type) {
    case IndicatorValueType::Ratio:
        valid = *value >= 0 && *value <= 100;
        reason = Importer::tr("%1 is not a percentage: indicator %2 is a ratio, from 0 to 100. Write 85 for 85 %.")
                     .arg(text, indicator->code);
        break;
    case IndicatorValueType::Boolean:
        valid = *value == 0 || *value == 1;
        reason =
            Importer::tr("%1 is not a yes/no value: indicator %2 takes 0 (no) or 1 (yes).").arg(text, indicator->code);
        break;
    case IndicatorValueType::Count:
        valid = *value >= 0 && std::floor(*value) == *value;
        reason =
            Importer::tr("%1 is not a count: indicator %2 takes a whole number, 0 or more.").arg(text, indicator->code);
        break;
    }
    if (!valid) {
        row.reject(FValue, reason);
        return std::nullopt;
    }
    return value;
}

void IndicatorImport::addRow(const SourceRow& source, IssueLists& issues)
{
    RowView row(source, m_columns, issues);
    const QString finess = row.text(FFiness);
    const qint64 establishmentId = knownEstablishment(row, FFiness, m_establishments);
    const IndicatorRow* indicator = indicatorOf(row);
    const std::optional<double> value = valueOf(row, indicator);
    QString measuredOn;
    if (const QString text = row.text(FMeasuredOn); !text.isEmpty()) {
        if (const std::optional<QDate> date = ImportValues::parseDate(text, m_allowSerialDates)) {
            measuredOn = date->toString(Qt::ISODate);
        } else {
            row.reject(FMeasuredOn,
                       Importer::tr("“%1” is not a date. Write it as 30/06/2019 or 2019-06-30.").arg(text));
        }
    }
    const QString evidence = row.text(FEvidence);
    if (establishmentId == 0 || !indicator) {
        return;
    }
    const QString key = QStringLiteral("%1 × %2").arg(finess, indicator->code);
    const auto describe = [](const QString& k) { return Importer::tr("The value of %1").arg(k); };
    if (const std::optional<qsizetype> drop = m_keys.repeated(key, describe, row, FIndicator, issues)) {
        if (*drop >= 0) {
            m_records[std::size_t(*drop)].outcome = RowOutcome::Dropped;
        }
        return;
    }
    if (row.isRejected() || !value) {
        return;
    }
    Record record;
    record.line = row.line();
    record.establishmentId = establishmentId;
    record.indicatorCode = indicator->code;
    record.key = key;
    record.values = {*value, true, measuredOn, evidence};
    if (const auto existing = m_existing.constFind({establishmentId, indicator->id});
        existing != m_existing.constEnd()) {
        // A date or evidence the row leaves empty keeps the stored one.
        Stored merged = *existing;
        if (!merged.hasValue || merged.value != *value) {
            record.changes.append({QString(ImportKeys::Value), merged.hasValue ? shownNumber(merged.value) : QString(),
                                   shownNumber(*value)});
            merged.value = *value;
            merged.hasValue = true;
        }
        if (!measuredOn.isEmpty() && measuredOn != merged.measuredOn) {
            record.changes.append({QString(ImportKeys::MeasuredOn), merged.measuredOn, measuredOn});
            merged.measuredOn = measuredOn;
        }
        if (!evidence.isEmpty() && evidence != merged.evidence) {
            record.changes.append({QString(ImportKeys::Evidence), merged.evidence, evidence});
            merged.evidence = evidence;
        }
        record.values = merged;
        record.outcome = record.changes.isEmpty() ? RowOutcome::Unchanged : RowOutcome::Update;
    }
    m_keys.keep(key, qsizetype(m_records.size()));
    m_records.push_back(std::move(record));
}

void IndicatorImport::finish(ImportReport& report)
{
    m_writes = countOutcomes(m_records, &Record::key, report);
}

Result<void> IndicatorImport::write(const std::function<bool()>& tick)
{
    return writeEachRecord(
        m_records,
        Importer::tr("Cannot record the value %1 of line %2. Nothing was imported: the database is as it was before."),
        [this](const Record& r) {
            IndicatorValueInput input;
            input.value = r.values.value;
            input.measuredOn = QDate::fromString(r.values.measuredOn, Qt::ISODate);
            input.evidence = r.values.evidence;
            return setIndicatorValue(m_db, r.establishmentId, r.indicatorCode, input);
        },
        tick);
}

} // namespace

std::unique_ptr<KindImport> makeIndicatorImport(const Database& db, const TableFormat& format,
                                                const ColumnMapping& mapping)
{
    return std::make_unique<IndicatorImport>(db, format, mapping);
}

} // namespace Palier
