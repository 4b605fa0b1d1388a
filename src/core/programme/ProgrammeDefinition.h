// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "scoring/ScoringTypes.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Palier {

/// What an indicator measures: actual use of the information system, or resources and formal commitments.
enum class IndicatorKind { Usage, Organisation };

/// How an indicator's value and target read.
enum class IndicatorValueType {
    Ratio,   ///< a percentage, 0 to 100
    Boolean, ///< 0 (no) or 1 (yes)
    Count    ///< a whole number, 0 or more
};

/// One indicator of a prerequisite or a domain (e.g. "D2.3"), with the target ("cible") to reach.
struct IndicatorDef
{
    QString code;
    QString label;
    IndicatorKind kind = IndicatorKind::Usage;
    IndicatorValueType valueType = IndicatorValueType::Ratio;
    double target = 0;         ///< in the unit of valueType: percent for a ratio, 0/1 for a boolean
    bool targetToCheck = true; ///< a plausible default, still to be checked against the official guide

    bool operator==(const IndicatorDef&) const = default;
};

/// One prerequisite ("prérequis", e.g. P1 Identités, mouvements): every one must be met before payment.
struct PrerequisiteDef
{
    QString code;
    QString label;
    bool toCheck = false; ///< the wording itself is a default to check
    QList<IndicatorDef> indicators;

    bool operator==(const PrerequisiteDef&) const = default;
};

/// One priority functional domain ("domaine fonctionnel prioritaire"): establishments apply per domain.
struct DomainDef
{
    QString code;
    QString label;
    bool toCheck = false;
    QList<IndicatorDef> indicators;

    bool operator==(const DomainDef&) const = default;
};

/// One application window ("fenêtre") of a programme that works in windows, both days included.
struct WindowDef
{
    QString code;
    QString label;
    QDate opensOn;
    QDate closesOn;
    bool toCheck = false;

    bool operator==(const WindowDef&) const = default;
};

/// One national deadline of the programme's calendar.
struct MilestoneDef
{
    QDate dueOn;
    QString label;
    bool toCheck = false;

    bool operator==(const MilestoneDef&) const = default;
};

/// A funding programme (Hop'EN, SUN-ES...) as its definition file describes it.
struct ProgrammeDefinition
{
    QString code;      ///< lower case, digits and hyphens; also the base name of the shipped file
    QString name;      ///< short name, e.g. "Hop'EN"
    QString fullName;  ///< may be empty
    QString reference; ///< the founding text, may be empty
    QString notice;    ///< what in this definition is a default to check, may be empty
    int firstYear = 0;
    int lastYear = 0;

    int seedSharePercent = 0;  ///< paid at start-up ("amorçage")
    int usageSharePercent = 0; ///< paid once the usage targets are reached; seed + usage = 100
    qint64 forfaitMinCents = 0;
    qint64 forfaitMaxCents = 0;
    bool fundingToCheck = false;

    QList<PrerequisiteDef> prerequisites;
    QList<DomainDef> domains;
    QList<WindowDef> windows;
    QList<MilestoneDef> milestones;

    /// The default scoring grid ("scoringGrid" in the file), stored as version 1 of every domain's grid when a
    /// campaign is created; empty when the file has none.
    QList<Criterion> scoringCriteria;
    bool scoringToCheck = false; ///< the default grid is a proposal to adapt to the regional roadmap

    /// The number of indicators of all prerequisites and domains.
    qsizetype indicatorCount() const;

    bool operator==(const ProgrammeDefinition&) const = default;
};

/// The version of the definition file format this build reads and writes ("schemaVersion").
constexpr int ProgrammeSchemaVersion = 1;

/// The code used in files and in the database: "usage" or "organisation".
QString indicatorKindCode(IndicatorKind kind);
/// The kind named by `code`, or nothing when the code is unknown.
std::optional<IndicatorKind> indicatorKindFromCode(QStringView code);
/// The code used in files and in the database: "ratio", "boolean" or "count".
QString indicatorValueTypeCode(IndicatorValueType type);
/// The value type named by `code`, or nothing when the code is unknown.
std::optional<IndicatorValueType> indicatorValueTypeFromCode(QStringView code);

/// Reads and strictly validates a definition file; every fault is refused (error code "programme.invalid")
/// with the JSON path of the fault in the message, e.g. "$.domains[3].indicators[1].target: expected a number".
Result<ProgrammeDefinition> parseProgrammeDefinition(const QByteArray& json);

/// Writes `definition` in the file format that parseProgrammeDefinition() reads (indicators nested in their
/// prerequisite or domain).
QByteArray serializeProgrammeDefinition(const ProgrammeDefinition& definition);

/// The codes of the programme definitions shipped with Palier (`:/programmes/<code>.json`), sorted.
QStringList availableProgrammes();

/// Reads the shipped file of `code` as it is, or an error (code "programme.unknown") listing the codes available.
Result<QByteArray> shippedProgrammeJson(const QString& code);

/// Reads and validates the programme definition shipped under `code` (e.g. "hopen-2019").
Result<ProgrammeDefinition> loadShippedProgramme(const QString& code);

} // namespace Palier
