// SPDX-License-Identifier: GPL-3.0-or-later
// Usage indicator declarations per period (an oSIS-like export): one row per establishment × usage indicator ×
// period, recorded through recordDeclaration() (followup/Declarations.h), upserted on that triple.
#include "ImportText.h"
#include "db/Database.h"
#include "followup/Declarations.h"
#include "import/ImportKeys.h"
#include "import/ImportRows.h"
#include "import/ImportValues.h"
#include "prerequisites/Prerequisites.h"
#include "programme/ProgrammeDefinition.h"

#include <QFileInfo>
#include <QSqlQuery>

namespace Palier {

namespace {

enum Field { FFiness, FIndicator, FPeriod, FValue, FDeclaredOn };

struct UsageIndicatorRow
{
    qint64 id = 0;
    QString code;
    IndicatorValueType type = IndicatorValueType::Ratio;
    bool usageOfDomain = false; ///< only those are declared per period
};

struct Stored
{
    double value = 0;
    QString declaredOn;
};

struct Record
{
    int line = 0;
    RowOutcome outcome = RowOutcome::Insert;
    DeclarationInput input;
    QString key; ///< "FINESS × indicator × period"
    QList<FieldChange> changes;
};

QString storedKey(qint64 establishmentId, qint64 indicatorId, const QString& period)
{
    return QStringLiteral("%1|%2|%3").arg(establishmentId).arg(indicatorId).arg(period);
}

QString shownNumber(double value)
{
    return QString::number(value, 'g', 12);
}

class DeclarationImport final : public KindImport
{
public:
    DeclarationImport(const Database& db, const TableFormat& format, const ColumnMapping& mapping, QString source)
        : m_db(db)
        , m_xlsx(format.kind == TableFormat::Kind::Xlsx)
        , m_source(std::move(source))
        , m_columns(mapping, {ImportKeys::FinessEt, ImportKeys::Indicator, ImportKeys::Period, ImportKeys::Value,
                              ImportKeys::DeclaredOn})
    {}

    Result<void> preload() override;
    void addRow(const SourceRow& source, IssueLists& issues) override;
    void finish(ImportReport& report) override { m_writes = countOutcomes(m_records, &Record::key, report); }
    Result<void> write(const std::function<bool()>& tick) override;
    qsizetype pendingWrites() const override { return m_writes; }

private:
    const UsageIndicatorRow* indicatorOf(RowView& row);
    std::optional<DeclarationPeriod> periodOf(RowView& row);
    std::optional<double> valueOf(RowView& row, const UsageIndicatorRow* indicator);

    const Database& m_db;
    bool m_xlsx;
    QString m_source;
    FieldColumns m_columns;
    QHash<QString, qint64> m_establishments;        ///< FINESS ET → id
    QHash<QString, UsageIndicatorRow> m_indicators; ///< code in capitals → indicator
    QStringList m_usageCodes;
    QHash<QString, Stored> m_existing; ///< storedKey(establishment, indicator, period) → stored
    DuplicateKeys m_keys;
    std::vector<Record> m_records;
    qsizetype m_writes = 0;
};

Result<void> DeclarationImport::preload()
{
    const QString readError = Importer::tr("Cannot read the indicator declarations already in the database.");
    Result<QHash<QString, qint64>> establishments = establishmentIdsByFiness(m_db, readError);
    if (!establishments) {
        return establishments.error();
    }
    m_establishments = std::move(establishments).value();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT i.id, i.code, i.value_type, i.kind = 'usage' AND i.domain_id IS NOT NULL "
                                   "FROM indicator i JOIN campaign c ON c.programme_id = i.programme_id "
                                   "ORDER BY i.code"))) {
        return sqlError(readError, query);
    }
    while (query.next()) {
        UsageIndicatorRow indicator{
            query.value(0).toLongLong(), query.value(1).toString(),
            indicatorValueTypeFromCode(query.value(2).toString()).value_or(IndicatorValueType::Ratio),
            query.value(3).toBool()};
        if (indicator.usageOfDomain) {
            m_usageCodes.append(indicator.code);
        }
        m_indicators.insert(indicator.code.toUpper(), indicator);
    }
    if (!query.exec(QStringLiteral("SELECT establishment_id, indicator_id, period, value, declared_on FROM "
                                   "indicator_declaration"))) {
        return sqlError(readError, query);
    }
    while (query.next()) {
        m_existing.insert(
            storedKey(query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString()),
            {query.value(3).toDouble(), query.value(4).toString()});
    }
    return {};
}

const UsageIndicatorRow* DeclarationImport::indicatorOf(RowView& row)
{
    const QString text = row.text(FIndicator);
    const QString example = m_usageCodes.isEmpty() ? QStringLiteral("D2.1") : m_usageCodes.first();
    if (text.isEmpty()) {
        row.reject(FIndicator, Importer::tr("The indicator code is missing. Write the code of a usage indicator of "
                                            "the programme, e.g. %1.")
                                   .arg(example));
        return nullptr;
    }
    const auto it = m_indicators.constFind(text.toUpper());
    if (it == m_indicators.constEnd()) {
        row.reject(FIndicator, Importer::tr("“%1” is not an indicator of this campaign's programme. Write one of %2.")
                                   .arg(text, m_usageCodes.join(u", ")));
        return nullptr;
    }
    if (!it->usageOfDomain) {
        row.reject(FIndicator,
                   Importer::tr("%1 is not a usage indicator of a domain: only those are declared per period (the "
                                "prerequisites and organisation indicators are imported as indicator values). Write "
                                "one of %2.")
                       .arg(it->code, m_usageCodes.join(u", ")));
        return nullptr;
    }
    return &it.value();
}

std::optional<DeclarationPeriod> DeclarationImport::periodOf(RowView& row)
{
    const QString text = row.text(FPeriod);
    if (text.isEmpty()) {
        row.reject(FPeriod, Importer::tr("The period is missing. Write 2021, 2021-06, 2021-T2 or 2021-S1."));
        return std::nullopt;
    }
    std::optional<DeclarationPeriod> period = parseDeclarationPeriod(text);
    if (!period && m_xlsx) {
        // A spreadsheet turns "2021-06" typed in a cell into a date: the month of that date.
        if (const std::optional<QDate> date = ImportValues::parseDate(text, true)) {
            period = parseDeclarationPeriod(date->toString(QStringLiteral("yyyy-MM")));
        }
    }
    if (!period) {
        row.reject(
            FPeriod,
            Importer::tr("“%1” is not a period. Write a year (2021), a month (2021-06), a quarter (2021-T2) or a "
                         "half-year (2021-S1).")
                .arg(text));
    }
    return period;
}

std::optional<double> DeclarationImport::valueOf(RowView& row, const UsageIndicatorRow* indicator)
{
    const QString text = row.text(FValue);
    if (text.isEmpty()) {
        row.reject(FValue, Importer::tr("The value is missing. Write the value declared for the period."));
        return std::nullopt;
    }
    std::optional<double> value = ImportValues::parseNumber(text);
    if (!value && indicator && indicator->type == IndicatorValueType::Boolean) {
        const QString word = ImportValues::foldWords(text);
        if (word == QLatin1String("oui") || word == QLatin1String("yes")) {
            value = 1;
        } else if (word == QLatin1String("non") || word == QLatin1String("no")) {
            value = 0;
        }
    }
    if (!value) {
        row.reject(FValue, Importer::tr("“%1” is not a number. Write the value with digits, e.g. 85 or 85,5 (and 0 or "
                                        "1 for a yes/no indicator).")
                               .arg(text));
        return std::nullopt;
    }
    if (indicator) {
        if (Result<void> valid = validateIndicatorValue(indicator->code, indicator->type, *value); !valid) {
            row.reject(FValue, valid.error().message);
            return std::nullopt;
        }
    }
    return value;
}

void DeclarationImport::addRow(const SourceRow& source, IssueLists& issues)
{
    RowView row(source, m_columns, issues);
    const QString finess = row.text(FFiness);
    const qint64 establishmentId = knownEstablishment(row, FFiness, m_establishments);
    const UsageIndicatorRow* indicator = indicatorOf(row);
    const std::optional<DeclarationPeriod> period = periodOf(row);
    const std::optional<double> value = valueOf(row, indicator);
    QDate declaredOn;
    if (const QString text = row.text(FDeclaredOn); !text.isEmpty()) {
        if (const std::optional<QDate> date = ImportValues::parseDate(text, m_xlsx)) {
            declaredOn = *date;
        } else {
            row.reject(FDeclaredOn,
                       Importer::tr("“%1” is not a date. Write it as 30/06/2021 or 2021-06-30.").arg(text));
        }
    }
    if (establishmentId == 0 || !indicator || !period) {
        return;
    }
    const QString key = QStringLiteral("%1 × %2 × %3").arg(finess, indicator->code, period->code());
    const auto describe = [](const QString& k) { return Importer::tr("The declaration %1").arg(k); };
    if (const std::optional<qsizetype> drop = m_keys.repeated(key, describe, row, FPeriod, issues)) {
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
    record.key = key;
    record.input = {establishmentId, indicator->code, period->code(), *value, declaredOn, m_source};
    if (const auto existing = m_existing.constFind(storedKey(establishmentId, indicator->id, period->code()));
        existing != m_existing.constEnd()) {
        if (existing->value != *value) {
            record.changes.append({QString(ImportKeys::Value), shownNumber(existing->value), shownNumber(*value)});
        }
        const QString declared = declaredOn.isValid() ? declaredOn.toString(Qt::ISODate) : QString();
        if (!declared.isEmpty() && declared != existing->declaredOn) {
            record.changes.append({QString(ImportKeys::DeclaredOn), existing->declaredOn, declared});
        }
        record.outcome = record.changes.isEmpty() ? RowOutcome::Unchanged : RowOutcome::Update;
    }
    m_keys.keep(key, qsizetype(m_records.size()));
    m_records.push_back(std::move(record));
}

Result<void> DeclarationImport::write(const std::function<bool()>& tick)
{
    return writeEachRecord(
        m_records,
        Importer::tr("Cannot record the declaration %1 of line %2. Nothing was imported: the "
                     "database is as it was before."),
        [this](const Record& r) { return recordDeclaration(m_db, r.input); }, tick);
}

} // namespace

std::unique_ptr<KindImport> makeDeclarationImport(const Database& db, const TableFormat& format,
                                                  const ColumnMapping& mapping, const QString& path)
{
    return std::make_unique<DeclarationImport>(db, format, mapping, QFileInfo(path).fileName());
}

} // namespace Palier
