// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Usage indicator declarations per period and the usage targets of a project's domain.

#include "Result.h"
#include "prerequisites/Prerequisites.h"
#include "programme/ProgrammeDefinition.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Palier {

class Database;

/// A declaration period: a year ("2021"), a month ("2021-06"), a quarter ("2021-T2") or a half-year ("2021-S1").
struct DeclarationPeriod
{
    enum class Kind { Year, Half, Quarter, Month };
    Kind kind = Kind::Year;
    int year = 0;
    int number = 0; ///< month 1–12, quarter 1–4, half 1–2; 0 for a year

    /// The canonical text stored in the database: "2021", "2021-06", "2021-T2", "2021-S1".
    QString code() const;
    /// The first and last day the period covers.
    QDate firstDay() const;
    QDate lastDay() const;
    /// Later periods sort after: by last day, then the shorter period (a month after the year ending with it).
    bool operator<(const DeclarationPeriod& other) const;
    bool operator==(const DeclarationPeriod&) const = default;
};

/// Parses "YYYY", "YYYY-MM", "YYYY-Tn" (n 1–4) or "YYYY-Sn" (n 1–2); also "YYYY-Qn", lower case, spaces around,
/// and "MM/YYYY". Years 2000 to 2100. std::nullopt otherwise.
std::optional<DeclarationPeriod> parseDeclarationPeriod(const QString& text);

/// One declared value.
struct Declaration
{
    qint64 id = 0;
    qint64 establishmentId = 0;
    qint64 indicatorId = 0;
    QString indicatorCode;
    QString period; ///< canonical code
    double value = 0;
    QDate declaredOn; ///< may be invalid
    QString source;   ///< e.g. the imported file's name, "démo"
};

/// What to record.
struct DeclarationInput
{
    qint64 establishmentId = 0;
    QString indicatorCode; ///< a usage indicator of a domain of the campaign's programme
    QString period;        ///< any form parseDeclarationPeriod() reads
    double value = 0;
    QDate declaredOn;
    QString source;
};

/// Records (or replaces the value of the same establishment, indicator and period) one declaration, after
/// validateIndicatorValue(). One statement: opens no transaction (audited: the caller holds one). Errors:
/// "followup.unknown-indicator", "followup.not-usage-indicator", "followup.bad-period",
/// "prerequisite.invalid-value", "db.sql".
Result<void> recordDeclaration(const Database& db, const DeclarationInput& input);

/// The declarations of an establishment, by indicator then period.
Result<QList<Declaration>> declarationsOf(const Database& db, qint64 establishmentId);

/// One usage indicator of a project's domain, against its target.
struct ProjectUsageTarget
{
    qint64 indicatorId = 0;
    QString code;
    QString label;
    IndicatorValueType valueType = IndicatorValueType::Ratio;
    double target = 0;
    std::optional<double> latestValue; ///< the value of the latest declared period
    QString latestPeriod;              ///< its period code, empty when nothing was declared
    IndicatorStatus status = IndicatorStatus::Missing;
};

/// The usage targets of one project and whether its tranches may be paid.
struct ProjectTargets
{
    qint64 projectId = 0;
    QList<ProjectUsageTarget> targets; ///< the usage indicators of the project's domain, by code
    bool targetsReached = false;       ///< every target reached (false when the domain has no usage indicator)
    bool prerequisitesMet = false;     ///< the establishment meets every prerequisite (Eligibility.h)
};

/// The usage targets of every project (projectId → targets), in a fixed number of queries.
Result<QHash<qint64, ProjectTargets>> allProjectTargets(const Database& db);
/// The usage targets of one project; error "followup.unknown-project".
Result<ProjectTargets> projectTargets(const Database& db, qint64 projectId);

} // namespace Palier
