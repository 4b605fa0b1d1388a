// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "db/RowVersion.h"
#include "programme/ProgrammeDefinition.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Palier {

class Database;

/// Where an establishment stands on one indicator, or on a whole prerequisite.
enum class IndicatorStatus {
    Reached,    ///< atteint
    NotReached, ///< non atteint
    Missing     ///< non renseigné: no value yet
};

/// "reached", "not_reached" or "missing" (CLI, JSON).
QString indicatorStatusCode(IndicatorStatus status);
/// The translated name of `status` ("reached", "not reached", "not filled in").
QString indicatorStatusLabel(IndicatorStatus status);

/// One value against its target: a ratio or a count reaches it at or above the target, a boolean when it
/// equals the target (1: yes). No value: Missing.
IndicatorStatus indicatorStatus(IndicatorValueType type, double target, std::optional<double> value);
/// A prerequisite from its indicators: Reached when all are, NotReached when any is not, otherwise Missing.
IndicatorStatus combinedStatus(const QList<IndicatorStatus>& statuses);

/// Checks a value for an indicator of `type`: a ratio is a percentage from 0 to 100, a boolean 0 or 1, a count
/// a whole number, 0 or more. Error "prerequisite.invalid-value" naming `indicatorCode`.
Result<void> validateIndicatorValue(const QString& indicatorCode, IndicatorValueType type, double value);

/// One indicator of a prerequisite of the campaign's programme.
struct PrerequisiteIndicator
{
    qint64 id = 0;
    QString code; ///< "P1.2"
    QString label;
    IndicatorValueType valueType = IndicatorValueType::Ratio;
    double target = 0;
};

/// One prerequisite (P1…P4) of the campaign's programme with its indicators.
struct Prerequisite
{
    qint64 id = 0;
    QString code;
    QString label;
    QList<PrerequisiteIndicator> indicators;
};

/// The prerequisites of the campaign's programme, in order; error "prerequisite.no-campaign" when the database
/// holds no campaign.
Result<QList<Prerequisite>> campaignPrerequisites(const Database& db);

/// The version of an indicator value not recorded yet: an edit made on it names it, so that two referents entering
/// the first value at once do not overwrite each other (the second is refused).
constexpr qint64 NoValueYet = 0;

/// What an establishment declared for one indicator, and its status.
struct IndicatorAssessment
{
    PrerequisiteIndicator indicator;
    std::optional<double> value;
    QDate measuredOn; ///< invalid when not given
    QString evidence;
    IndicatorStatus status = IndicatorStatus::Missing;
    qint64 version = NoValueYet; ///< the row_version of the value as read (RowVersion.h); NoValueYet when none
};

/// One prerequisite of one establishment.
struct PrerequisiteAssessment
{
    QString code;
    QString label;
    IndicatorStatus status = IndicatorStatus::Missing;
    QList<IndicatorAssessment> indicators;
};

/// Every prerequisite of one establishment; `eligible` (for payment) when every prerequisite indicator is reached.
struct EstablishmentPrerequisites
{
    qint64 establishmentId = 0;
    QString finess;
    QString name;
    QList<PrerequisiteAssessment> prerequisites;
    bool eligible = false;
};

/// The establishment whose FINESS ET is `finess`; error "prerequisite.unknown-establishment".
Result<qint64> establishmentIdByFiness(const Database& db, const QString& finess);
/// The prerequisites of one establishment, indicator by indicator, with values, dates and evidence.
Result<EstablishmentPrerequisites> establishmentPrerequisites(const Database& db, qint64 establishmentId);

/// A value to record for an indicator.
struct IndicatorValueInput
{
    double value = 0;
    QDate measuredOn; ///< when the value was measured; invalid: not given
    QString evidence; ///< free text or a file reference; empty: none
};

/// Records (or replaces) the value of the indicator `indicatorCode` of the campaign's programme for one
/// establishment, after validateIndicatorValue(). One statement: opens no transaction. Errors
/// "prerequisite.invalid-value", "prerequisite.unknown-indicator", "prerequisite.unknown-establishment".
Result<void> setIndicatorValue(const Database& db, qint64 establishmentId, const QString& indicatorCode,
                               const IndicatorValueInput& input);
/// Removes the value: the indicator is “not filled in” again.
Result<void> clearIndicatorValue(const Database& db, qint64 establishmentId, const QString& indicatorCode);

/// An indicator value as stored: none (no row), or the value with its date and evidence.
struct StoredIndicatorValue
{
    std::optional<double> value; ///< none: not filled in
    QDate measuredOn;
    QString evidence;
    qint64 version = NoValueYet; ///< the row_version; NoValueYet when there is no row
};

/// The value of the indicator `indicatorCode` for one establishment as stored now.
Result<StoredIndicatorValue> readIndicatorValue(const Database& db, qint64 establishmentId,
                                                const QString& indicatorCode);

/// An edit of one value as the prerequisites panel makes it: records `input` (checked as setIndicatorValue() checks
/// it), or removes the value when `input` is empty, if the value is still at `expectedVersion`, the version the user
/// saw (IndicatorAssessment::version; NoValueYet when there was none). Returns the new version (NoValueYet once
/// removed). Error "db.conflict" when someone else changed, entered or removed the value meanwhile: nothing is
/// written, and `current` (when given) gets the value as it is now, to show both. Opens its own transaction, the unit
/// of the audit trail: call it outside one. setIndicatorValue() and clearIndicatorValue() do not check.
Result<qint64> writeIndicatorValue(const Database& db, qint64 establishmentId, const QString& indicatorCode,
                                   const std::optional<IndicatorValueInput>& input, qint64 expectedVersion,
                                   StoredIndicatorValue* current = nullptr);

/// Who made the last change of that value, and when, as the audit trail says (empty when it does not).
LastChange lastIndicatorValueChange(const Database& db, qint64 establishmentId, const QString& indicatorCode);

} // namespace Palier
