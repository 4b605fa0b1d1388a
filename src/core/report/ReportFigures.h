// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The figures of the national progress report (DGOS reviews: projects retained, finished, in progress, amounts
// paid, per domain and legal status, per year), read straight from the database with plain SQL sums so that they
// can be checked against any independent computation. They do not depend on the follow-up module's code: only on
// the tables project and payment (schema version 8) and the reference tables.

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace Palier {

class Database;

/// Counts and amounts of a group of projects (all of them, a domain, a legal status).
struct ReportRow
{
    QString code;  ///< domain code (D2), legal status code (public); empty for the whole
    QString label; ///< as stored in the database (French)
    int projects = 0;
    int finished = 0;
    int inProgress = 0;
    int abandoned = 0;
    int establishments = 0;          ///< distinct establishments holding these projects
    qint64 grantedCents = 0;         ///< Σ project.granted_cents
    qint64 paidCents = 0;            ///< Σ tranches versé
    qint64 dueCents = 0;             ///< Σ tranches dû
    qint64 plannedCents = 0;         ///< Σ tranches prévu
    qint64 cancelledCents = 0;       ///< Σ tranches annulé
    qint64 finishedGrantedCents = 0; ///< Σ granted of the finished projects

    /// finished / projects in percent (0 when there is no project).
    double finishedPercent() const { return projects > 0 ? 100.0 * finished / projects : 0.0; }
};

/// Amounts of the tranches of one year: paid by the year of their payment date, due and planned by their planned
/// year.
struct ReportYear
{
    int year = 0;
    qint64 paidCents = 0;
    qint64 dueCents = 0;
    qint64 plannedCents = 0;
};

/// One region the report covers.
struct ReportRegion
{
    QString code;
    QString name;
};

/// Everything the report shows.
struct ReportFigures
{
    QString programmeCode;
    QString programmeName;
    QString campaignName;
    QList<ReportRegion> regions; ///< those of the establishments with files; the campaign's region when none
    ReportRow total;
    QList<ReportRow> byDomain; ///< every domain of the programme, in its order, even without project
    QList<ReportRow> byStatus; ///< every legal status, in its order, even without project
    QList<ReportYear> byYear;  ///< every year with a tranche, ascending
};

/// Reads the figures of the report from `db` (read-only use).
Result<ReportFigures> computeReportFigures(const Database& db);

/// The translation context of the report's messages.
class Report
{
    Q_DECLARE_TR_FUNCTIONS(Palier::Report)
};

} // namespace Palier
