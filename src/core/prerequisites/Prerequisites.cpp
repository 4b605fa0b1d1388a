// SPDX-License-Identifier: GPL-3.0-or-later
#include "prerequisites/Prerequisites.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSqlQuery>

#include <cmath>

namespace Palier {

namespace {

struct PrerequisiteText
{
    Q_DECLARE_TR_FUNCTIONS(Palier::Prerequisites)
};

/// Values typed or imported as decimals (89.99999…) still meet a target of 90 when they round to it.
constexpr double Tolerance = 1e-9;

Error noCampaign()
{
    return {QStringLiteral("prerequisite.no-campaign"),
            PrerequisiteText::tr("This database holds no campaign yet, so it has no prerequisites. Create the "
                                 "campaign first."),
            {}};
}

Error unknownEstablishment(const QString& which)
{
    return {QStringLiteral("prerequisite.unknown-establishment"),
            PrerequisiteText::tr("There is no establishment %1 in this database.").arg(which), which};
}

/// The id and value type of the indicator `code` of the campaign's programme.
Result<std::pair<qint64, IndicatorValueType>> findIndicator(const Database& db, const QString& code)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT i.id, i.value_type FROM indicator i "
                                 "JOIN campaign c ON c.programme_id = i.programme_id WHERE i.code = ?"));
    query.addBindValue(code.trimmed());
    if (!query.exec()) {
        return sqlError(PrerequisiteText::tr("Cannot read the indicators of the programme."), query);
    }
    if (!query.next()) {
        return Error{QStringLiteral("prerequisite.unknown-indicator"),
                     PrerequisiteText::tr("“%1” is not an indicator of the campaign's programme.").arg(code), code};
    }
    return std::pair{query.value(0).toLongLong(),
                     indicatorValueTypeFromCode(query.value(1).toString()).value_or(IndicatorValueType::Ratio)};
}

} // namespace

QString indicatorStatusCode(IndicatorStatus status)
{
    switch (status) {
    case IndicatorStatus::Reached:
        return QStringLiteral("reached");
    case IndicatorStatus::NotReached:
        return QStringLiteral("not_reached");
    case IndicatorStatus::Missing:
        break;
    }
    return QStringLiteral("missing");
}

QString indicatorStatusLabel(IndicatorStatus status)
{
    switch (status) {
    case IndicatorStatus::Reached:
        return PrerequisiteText::tr("reached");
    case IndicatorStatus::NotReached:
        return PrerequisiteText::tr("not reached");
    case IndicatorStatus::Missing:
        break;
    }
    return PrerequisiteText::tr("not filled in");
}

IndicatorStatus indicatorStatus(IndicatorValueType type, double target, std::optional<double> value)
{
    if (!value) {
        return IndicatorStatus::Missing;
    }
    // Eligibility.cpp computes the same rule in SQL for every establishment at once.
    const bool reached =
        type == IndicatorValueType::Boolean ? std::abs(*value - target) < Tolerance : *value >= target - Tolerance;
    return reached ? IndicatorStatus::Reached : IndicatorStatus::NotReached;
}

IndicatorStatus combinedStatus(const QList<IndicatorStatus>& statuses)
{
    if (statuses.contains(IndicatorStatus::NotReached)) {
        return IndicatorStatus::NotReached;
    }
    return statuses.contains(IndicatorStatus::Missing) ? IndicatorStatus::Missing : IndicatorStatus::Reached;
}

Result<void> validateIndicatorValue(const QString& indicatorCode, IndicatorValueType type, double value)
{
    const auto invalid = [&](const QString& message) {
        return Error{QStringLiteral("prerequisite.invalid-value"), message,
                     QStringLiteral("%1 = %2").arg(indicatorCode).arg(value)};
    };
    if (!std::isfinite(value)) {
        return invalid(PrerequisiteText::tr("The value given for %1 is not a number.").arg(indicatorCode));
    }
    const QString shown = QLocale().toString(value, 'g', 12);
    switch (type) {
    case IndicatorValueType::Ratio:
        if (value < 0 || value > 100) {
            return invalid(PrerequisiteText::tr("%1 is a percentage from 0 to 100: %2 is out of range.")
                               .arg(indicatorCode, shown));
        }
        break;
    case IndicatorValueType::Boolean:
        if (value != 0 && value != 1) {
            return invalid(PrerequisiteText::tr("%1 is answered yes (1) or no (0), not %2.").arg(indicatorCode, shown));
        }
        break;
    case IndicatorValueType::Count:
        if (value < 0 || value != std::floor(value)) {
            return invalid(
                PrerequisiteText::tr("%1 is a count: a whole number, 0 or more, not %2.").arg(indicatorCode, shown));
        }
        break;
    }
    return {};
}

Result<QList<Prerequisite>> campaignPrerequisites(const Database& db)
{
    QSqlQuery query(db.connection());
    setSequentialReading(query);
    if (!query.exec(QStringLiteral("SELECT programme_id FROM campaign"))) {
        return sqlError(PrerequisiteText::tr("Cannot read the campaign."), query);
    }
    if (!query.next()) {
        return noCampaign();
    }
    const qint64 programmeId = query.value(0).toLongLong();
    query.finish();
    query.prepare(QStringLiteral("SELECT p.id, p.code, p.label, i.id, i.code, i.label, i.value_type, i.target "
                                 "FROM prerequisite p LEFT JOIN indicator i ON i.prerequisite_id = p.id "
                                 "WHERE p.programme_id = ? ORDER BY p.sort_order, p.id, i.id"));
    query.addBindValue(programmeId);
    if (!query.exec()) {
        return sqlError(PrerequisiteText::tr("Cannot read the prerequisites of the programme."), query);
    }
    QList<Prerequisite> prerequisites;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (prerequisites.isEmpty() || prerequisites.last().id != id) {
            prerequisites.append({id, query.value(1).toString(), query.value(2).toString(), {}});
        }
        if (query.isNull(3)) {
            continue;
        }
        prerequisites.last().indicators.append(
            {query.value(3).toLongLong(), query.value(4).toString(), query.value(5).toString(),
             indicatorValueTypeFromCode(query.value(6).toString()).value_or(IndicatorValueType::Ratio),
             query.value(7).toDouble()});
    }
    return prerequisites;
}

Result<qint64> establishmentIdByFiness(const Database& db, const QString& finess)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT id FROM establishment WHERE finess_et = ?"));
    query.addBindValue(finess.trimmed());
    if (!query.exec()) {
        return sqlError(PrerequisiteText::tr("Cannot read the establishments."), query);
    }
    if (!query.next()) {
        return unknownEstablishment(finess.trimmed());
    }
    return query.value(0).toLongLong();
}

Result<EstablishmentPrerequisites> establishmentPrerequisites(const Database& db, qint64 establishmentId)
{
    EstablishmentPrerequisites result;
    result.establishmentId = establishmentId;
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT finess_et, name FROM establishment WHERE id = ?"));
    query.addBindValue(establishmentId);
    if (!query.exec()) {
        return sqlError(PrerequisiteText::tr("Cannot read the establishments."), query);
    }
    if (!query.next()) {
        return unknownEstablishment(QString::number(establishmentId));
    }
    result.finess = query.value(0).toString();
    result.name = query.value(1).toString();
    query.finish();

    Result<QList<Prerequisite>> prerequisites = campaignPrerequisites(db);
    if (!prerequisites) {
        return prerequisites.error();
    }
    query.prepare(QStringLiteral("SELECT indicator_id, value, measured_on, evidence, row_version FROM indicator_value "
                                 "WHERE establishment_id = ?"));
    query.addBindValue(establishmentId);
    if (!query.exec()) {
        return sqlError(PrerequisiteText::tr("Cannot read the indicator values of the establishment."), query);
    }
    QHash<qint64, IndicatorAssessment> values;
    while (query.next()) {
        IndicatorAssessment& a = values[query.value(0).toLongLong()];
        if (!query.isNull(1)) {
            a.value = query.value(1).toDouble();
        }
        a.measuredOn = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        a.evidence = query.value(3).toString();
        a.version = query.value(4).toLongLong();
    }

    result.eligible = true;
    for (const Prerequisite& prerequisite : prerequisites.value()) {
        PrerequisiteAssessment assessment{prerequisite.code, prerequisite.label, IndicatorStatus::Reached, {}};
        QList<IndicatorStatus> statuses;
        for (const PrerequisiteIndicator& indicator : prerequisite.indicators) {
            IndicatorAssessment a = values.value(indicator.id);
            a.indicator = indicator;
            a.status = indicatorStatus(indicator.valueType, indicator.target, a.value);
            statuses.append(a.status);
            assessment.indicators.append(a);
        }
        assessment.status = combinedStatus(statuses);
        result.eligible = result.eligible && assessment.status == IndicatorStatus::Reached;
        result.prerequisites.append(assessment);
    }
    return result;
}

Result<void> setIndicatorValue(const Database& db, qint64 establishmentId, const QString& indicatorCode,
                               const IndicatorValueInput& input)
{
    Result<std::pair<qint64, IndicatorValueType>> indicator = findIndicator(db, indicatorCode);
    if (!indicator) {
        return indicator.error();
    }
    if (Result<void> valid = validateIndicatorValue(indicatorCode.trimmed(), indicator->second, input.value); !valid) {
        return valid;
    }
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM establishment WHERE id = ?"));
    query.addBindValue(establishmentId);
    if (!query.exec()) {
        return sqlError(PrerequisiteText::tr("Cannot read the establishments."), query);
    }
    if (!query.next()) {
        return unknownEstablishment(QString::number(establishmentId));
    }
    query.finish();
    query.prepare(QStringLiteral(
        "INSERT INTO indicator_value (establishment_id, indicator_id, value, measured_on, evidence) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (establishment_id, indicator_id) DO UPDATE SET value = excluded.value, "
        "measured_on = excluded.measured_on, evidence = excluded.evidence"));
    const QString evidence = input.evidence.trimmed();
    query.addBindValue(establishmentId);
    query.addBindValue(indicator->first);
    query.addBindValue(input.value);
    query.addBindValue(input.measuredOn.isValid() ? QVariant(input.measuredOn.toString(Qt::ISODate)) : QVariant());
    query.addBindValue(evidence.isEmpty() ? QVariant() : QVariant(evidence));
    if (!query.exec()) {
        return sqlError(PrerequisiteText::tr("Cannot record the value of %1.").arg(indicatorCode), query);
    }
    return {};
}

Result<void> clearIndicatorValue(const Database& db, qint64 establishmentId, const QString& indicatorCode)
{
    Result<std::pair<qint64, IndicatorValueType>> indicator = findIndicator(db, indicatorCode);
    if (!indicator) {
        return indicator.error();
    }
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("DELETE FROM indicator_value WHERE establishment_id = ? AND indicator_id = ?"));
    query.addBindValue(establishmentId);
    query.addBindValue(indicator->first);
    if (!query.exec()) {
        return sqlError(PrerequisiteText::tr("Cannot remove the value of %1.").arg(indicatorCode), query);
    }
    return {};
}

namespace {

QVariant dateValue(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QVariant evidenceValue(const QString& evidence)
{
    const QString trimmed = evidence.trimmed();
    return trimmed.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(trimmed);
}

Result<StoredIndicatorValue> readStoredValue(const Database& db, qint64 establishmentId, qint64 indicatorId)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT value, measured_on, evidence, row_version FROM indicator_value WHERE "
                                 "establishment_id = ? AND indicator_id = ?"));
    query.addBindValue(establishmentId);
    query.addBindValue(indicatorId);
    if (!query.exec()) {
        return sqlError(PrerequisiteText::tr("Cannot read the indicator values of the establishment."), query);
    }
    StoredIndicatorValue stored;
    if (query.next()) {
        if (!query.isNull(0)) {
            stored.value = query.value(0).toDouble();
        }
        stored.measuredOn = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        stored.evidence = query.value(2).toString();
        stored.version = query.value(3).toLongLong();
    }
    return stored;
}

} // namespace

Result<StoredIndicatorValue> readIndicatorValue(const Database& db, qint64 establishmentId,
                                                const QString& indicatorCode)
{
    Result<std::pair<qint64, IndicatorValueType>> indicator = findIndicator(db, indicatorCode);
    if (!indicator) {
        return indicator.error();
    }
    return readStoredValue(db, establishmentId, indicator->first);
}

Result<qint64> writeIndicatorValue(const Database& db, qint64 establishmentId, const QString& indicatorCode,
                                   const std::optional<IndicatorValueInput>& input, qint64 expectedVersion,
                                   StoredIndicatorValue* current)
{
    // Checked before the transaction: on SQLite a transaction that reads first may not write once another connection
    // has written.
    Result<std::pair<qint64, IndicatorValueType>> indicator = findIndicator(db, indicatorCode);
    if (!indicator) {
        return indicator.error();
    }
    const qint64 indicatorId = indicator->first;
    if (input) {
        if (Result<void> valid = validateIndicatorValue(indicatorCode.trimmed(), indicator->second, input->value);
            !valid) {
            return valid.error();
        }
        QSqlQuery known(db.connection());
        known.prepare(QStringLiteral("SELECT 1 FROM establishment WHERE id = ?"));
        known.addBindValue(establishmentId);
        if (!known.exec()) {
            return sqlError(PrerequisiteText::tr("Cannot read the establishments."), known);
        }
        if (!known.next()) {
            return unknownEstablishment(QString::number(establishmentId));
        }
    }
    TransactionGuard transaction(db);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    // One statement that writes only on the version seen: on PostgreSQL a concurrent writer waits for the first
    // one's commit, then finds the version moved on (or, for a first value, the row there).
    QSqlQuery query(db.connection());
    qint64 written = NoValueYet;
    if (input && expectedVersion == NoValueYet) {
        query.prepare(QStringLiteral("INSERT INTO indicator_value (establishment_id, indicator_id, value, measured_on, "
                                     "evidence) VALUES (?, ?, ?, ?, ?) ON CONFLICT (establishment_id, indicator_id) "
                                     "DO NOTHING"));
        query.addBindValue(establishmentId);
        query.addBindValue(indicatorId);
        query.addBindValue(input->value);
        query.addBindValue(dateValue(input->measuredOn));
        query.addBindValue(evidenceValue(input->evidence));
        written = 1; // the default version of a new row
    } else if (input) {
        query.prepare(QStringLiteral("UPDATE indicator_value SET value = ?, measured_on = ?, evidence = ?, row_version "
                                     "= row_version + 1 WHERE establishment_id = ? AND indicator_id = ? AND "
                                     "row_version = ?"));
        query.addBindValue(input->value);
        query.addBindValue(dateValue(input->measuredOn));
        query.addBindValue(evidenceValue(input->evidence));
        query.addBindValue(establishmentId);
        query.addBindValue(indicatorId);
        query.addBindValue(expectedVersion);
        written = expectedVersion + 1;
    } else if (expectedVersion != NoValueYet) {
        query.prepare(QStringLiteral("DELETE FROM indicator_value WHERE establishment_id = ? AND indicator_id = ? AND "
                                     "row_version = ?"));
        query.addBindValue(establishmentId);
        query.addBindValue(indicatorId);
        query.addBindValue(expectedVersion);
    }
    bool done = false;
    if (input || expectedVersion != NoValueYet) {
        if (!query.exec()) {
            return sqlError(PrerequisiteText::tr("Cannot record the value of %1.").arg(indicatorCode), query);
        }
        done = query.numRowsAffected() == 1;
        query.finish();
    }
    Result<StoredIndicatorValue> now = readStoredValue(db, establishmentId, indicatorId);
    if (!now) {
        return now.error();
    }
    // Nothing to remove where there was no value is done, unless someone else entered one meanwhile.
    if (!done && !(!input && expectedVersion == NoValueYet && now->version == NoValueYet)) {
        if (current) {
            *current = now.value();
        }
        return Error{QStringLiteral("db.conflict"),
                     PrerequisiteText::tr("Someone else changed the value of %1 while you were entering yours, which "
                                          "was not saved. Compare both, then keep theirs or enter yours again.")
                         .arg(indicatorCode.trimmed()),
                     QStringLiteral("indicator_value of establishment %1, indicator %2: expected version %3, now %4")
                         .arg(establishmentId)
                         .arg(indicatorCode)
                         .arg(expectedVersion)
                         .arg(now->version)};
    }
    if (Result<void> committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return written;
}

LastChange lastIndicatorValueChange(const Database& db, qint64 establishmentId, const QString& indicatorCode)
{
    Result<std::pair<qint64, IndicatorValueType>> indicator = findIndicator(db, indicatorCode);
    if (!indicator) {
        return {};
    }
    return lastChangeMatching(db, QStringLiteral("indicator_value"), establishmentId,
                              {{QStringLiteral("indicator_id"), indicator->first}});
}

} // namespace Palier
