// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/Declarations.h"
// From this folder too: lupdate, run without include paths, then files FollowUp::tr under Palier::FollowUp.
#include "FollowUpTypes.h"

#include "db/Database.h"
#include "followup/FollowUpSql.h"
#include "followup/FollowUpTypes.h"
#include "prerequisites/Eligibility.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace Palier {

namespace {

constexpr int FirstYear = 2000;
constexpr int LastYear = 2100;

int monthsOf(DeclarationPeriod::Kind kind)
{
    switch (kind) {
    case DeclarationPeriod::Kind::Month:
        return 1;
    case DeclarationPeriod::Kind::Quarter:
        return 3;
    case DeclarationPeriod::Kind::Half:
        return 6;
    case DeclarationPeriod::Kind::Year:
        break;
    }
    return 12;
}

/// A usage indicator of a domain of the campaign's programme.
struct UsageIndicator
{
    qint64 id = 0;
    qint64 domainId = 0;
    QString code;
    QString label;
    IndicatorValueType valueType = IndicatorValueType::Ratio;
    double target = 0;
};

Result<QList<UsageIndicator>> usageIndicators(const Database& db)
{
    QSqlQuery query(db.connection());
    setSequentialReading(query);
    if (!query.exec(QStringLiteral("SELECT i.id, i.domain_id, i.code, i.label, i.value_type, i.target FROM indicator i "
                                   "JOIN campaign c ON c.programme_id = i.programme_id "
                                   "WHERE i.kind = 'usage' AND i.domain_id IS NOT NULL ORDER BY i.code"))) {
        return sqlError(FollowUp::tr("Cannot read the usage indicators of the programme."), query);
    }
    QList<UsageIndicator> result;
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                       query.value(3).toString(),
                       indicatorValueTypeFromCode(query.value(4).toString()).value_or(IndicatorValueType::Ratio),
                       query.value(5).toDouble()});
    }
    return result;
}

/// The value of the latest period declared per (establishment, indicator); periods the parser does not read (a
/// row written by hand) are ignored. `establishmentId` 0: every establishment.
Result<QHash<QPair<qint64, qint64>, std::pair<DeclarationPeriod, double>>> latestDeclarations(const Database& db,
                                                                                              qint64 establishmentId)
{
    QSqlQuery query(db.connection());
    setSequentialReading(query);
    query.prepare(QStringLiteral("SELECT establishment_id, indicator_id, period, value FROM indicator_declaration "
                                 "WHERE ? = 0 OR establishment_id = ?"));
    query.addBindValue(establishmentId);
    query.addBindValue(establishmentId);
    if (!query.exec()) {
        return sqlError(FollowUp::tr("Cannot read the indicator declarations."), query);
    }
    QHash<QPair<qint64, qint64>, std::pair<DeclarationPeriod, double>> latest;
    QHash<QString, std::optional<DeclarationPeriod>> parsed; // a few distinct periods for thousands of rows
    while (query.next()) {
        const QString text = query.value(2).toString();
        auto known = parsed.constFind(text);
        if (known == parsed.cend()) {
            known = parsed.insert(text, parseDeclarationPeriod(text));
        }
        const std::optional<DeclarationPeriod> period = *known;
        if (!period) {
            continue;
        }
        const QPair<qint64, qint64> key{query.value(0).toLongLong(), query.value(1).toLongLong()};
        const auto it = latest.find(key);
        if (it == latest.end()) {
            latest.insert(key, {*period, query.value(3).toDouble()});
        } else if (it->first < *period) {
            *it = {*period, query.value(3).toDouble()};
        }
    }
    return latest;
}

/// The targets of project `projectId`, or of every project when it is 0.
Result<QHash<qint64, ProjectTargets>> targetsOf(const Database& db, qint64 projectId)
{
    Result<QList<UsageIndicator>> indicators = usageIndicators(db);
    if (!indicators) {
        return indicators.error();
    }
    QHash<qint64, QList<const UsageIndicator*>> byDomain;
    for (const UsageIndicator& i : std::as_const(indicators.value())) {
        byDomain[i.domainId].append(&i);
    }
    QSqlQuery query(db.connection());
    setSequentialReading(query);
    query.prepare(QStringLiteral("SELECT p.id, c.establishment_id, c.domain_id FROM project p "
                                 "JOIN candidature c ON c.id = p.candidature_id WHERE ? = 0 OR p.id = ?"));
    query.addBindValue(projectId);
    query.addBindValue(projectId);
    if (!query.exec()) {
        return sqlError(FollowUp::tr("Cannot read the projects."), query);
    }
    struct Row
    {
        qint64 project, establishment, domain;
    };
    QList<Row> rows;
    while (query.next()) {
        rows.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong()});
    }
    if (projectId != 0 && rows.isEmpty()) {
        return FollowUpSql::unknownProject(projectId);
    }
    Result<EligibilityTable> eligibility = eligibilityTable(db);
    if (!eligibility) {
        return eligibility.error();
    }
    auto latest = latestDeclarations(db, projectId != 0 ? rows.constFirst().establishment : 0);
    if (!latest) {
        return latest.error();
    }
    QHash<qint64, ProjectTargets> result;
    result.reserve(rows.size());
    for (const Row& row : std::as_const(rows)) {
        ProjectTargets t;
        t.projectId = row.project;
        const EligibilityRow* eligible = eligibility->find(row.establishment);
        t.prerequisitesMet = eligible && eligible->eligible;
        const QList<const UsageIndicator*> domainIndicators = byDomain.value(row.domain);
        t.targetsReached = !domainIndicators.isEmpty();
        for (const UsageIndicator* i : domainIndicators) {
            ProjectUsageTarget u{i->id,     i->code,      i->label, i->valueType,
                                 i->target, std::nullopt, {},       IndicatorStatus::Missing};
            if (const auto it = latest->constFind({row.establishment, i->id}); it != latest->cend()) {
                u.latestValue = it->second;
                u.latestPeriod = it->first.code();
            }
            u.status = indicatorStatus(i->valueType, i->target, u.latestValue);
            t.targetsReached = t.targetsReached && u.status == IndicatorStatus::Reached;
            t.targets.append(u);
        }
        result.insert(row.project, t);
    }
    return result;
}

} // namespace

QString DeclarationPeriod::code() const
{
    switch (kind) {
    case Kind::Month:
        return QStringLiteral("%1-%2").arg(year).arg(number, 2, 10, QLatin1Char('0'));
    case Kind::Quarter:
        return QStringLiteral("%1-T%2").arg(year).arg(number);
    case Kind::Half:
        return QStringLiteral("%1-S%2").arg(year).arg(number);
    case Kind::Year:
        break;
    }
    return QString::number(year);
}

QDate DeclarationPeriod::firstDay() const
{
    const int months = monthsOf(kind);
    return QDate(year, kind == Kind::Year ? 1 : (number - 1) * months + 1, 1);
}

QDate DeclarationPeriod::lastDay() const
{
    return firstDay().addMonths(monthsOf(kind)).addDays(-1);
}

bool DeclarationPeriod::operator<(const DeclarationPeriod& other) const
{
    const QDate mine = lastDay();
    const QDate theirs = other.lastDay();
    if (mine != theirs) {
        return mine < theirs;
    }
    // Same last day: the shorter period is the more recent measure.
    return monthsOf(kind) > monthsOf(other.kind);
}

std::optional<DeclarationPeriod> parseDeclarationPeriod(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^\s*(?:(\d{4})(?:\s*[-/ ]\s*(?:(\d{1,2})|([TtQqSs])\s*(\d)))?|(\d{1,2})\s*/\s*(\d{4}))\s*$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    DeclarationPeriod period;
    if (match.hasCaptured(6)) {
        period.kind = DeclarationPeriod::Kind::Month;
        period.year = match.captured(6).toInt();
        period.number = match.captured(5).toInt();
    } else {
        period.year = match.captured(1).toInt();
        if (match.hasCaptured(2)) {
            period.kind = DeclarationPeriod::Kind::Month;
            period.number = match.captured(2).toInt();
        } else if (match.hasCaptured(3)) {
            const QChar letter = match.captured(3).at(0).toUpper();
            period.kind = letter == u'S' ? DeclarationPeriod::Kind::Half : DeclarationPeriod::Kind::Quarter;
            period.number = match.captured(4).toInt();
        }
    }
    const int maxNumber = period.kind == DeclarationPeriod::Kind::Month     ? 12
                          : period.kind == DeclarationPeriod::Kind::Quarter ? 4
                          : period.kind == DeclarationPeriod::Kind::Half    ? 2
                                                                            : 0;
    if (period.year < FirstYear || period.year > LastYear ||
        (period.kind != DeclarationPeriod::Kind::Year && (period.number < 1 || period.number > maxNumber))) {
        return std::nullopt;
    }
    return period;
}

Result<void> recordDeclaration(const Database& db, const DeclarationInput& input)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT i.id, i.kind, i.domain_id IS NOT NULL, i.value_type FROM indicator i "
                                 "JOIN campaign c ON c.programme_id = i.programme_id WHERE upper(i.code) = upper(?)"));
    query.addBindValue(input.indicatorCode.trimmed());
    if (!query.exec()) {
        return sqlError(FollowUp::tr("Cannot read the indicators of the programme."), query);
    }
    if (!query.next()) {
        return Error{QStringLiteral("followup.unknown-indicator"),
                     FollowUp::tr("“%1” is not an indicator of the campaign's programme.").arg(input.indicatorCode),
                     input.indicatorCode};
    }
    const qint64 indicatorId = query.value(0).toLongLong();
    if (query.value(1).toString() != QLatin1String("usage") || !query.value(2).toBool()) {
        return Error{QStringLiteral("followup.not-usage-indicator"),
                     FollowUp::tr("%1 is not a usage indicator of a domain: only those are declared per period.")
                         .arg(input.indicatorCode),
                     input.indicatorCode};
    }
    const IndicatorValueType type =
        indicatorValueTypeFromCode(query.value(3).toString()).value_or(IndicatorValueType::Ratio);
    const std::optional<DeclarationPeriod> period = parseDeclarationPeriod(input.period);
    if (!period) {
        return Error{QStringLiteral("followup.bad-period"),
                     FollowUp::tr("“%1” is not a period: write 2021, 2021-06, 2021-T2 or 2021-S1.").arg(input.period),
                     input.period};
    }
    if (Result<void> valid = validateIndicatorValue(input.indicatorCode, type, input.value); !valid) {
        return valid;
    }
    QSqlQuery upsert(db.connection());
    upsert.prepare(QStringLiteral(
        "INSERT INTO indicator_declaration (establishment_id, indicator_id, period, value, declared_on, source) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (establishment_id, indicator_id, period) DO UPDATE SET "
        "value = excluded.value, declared_on = COALESCE(excluded.declared_on, indicator_declaration.declared_on), "
        "source = COALESCE(excluded.source, indicator_declaration.source)"));
    upsert.addBindValue(input.establishmentId);
    upsert.addBindValue(indicatorId);
    upsert.addBindValue(period->code());
    upsert.addBindValue(input.value);
    upsert.addBindValue(FollowUpSql::dateValue(input.declaredOn));
    upsert.addBindValue(input.source.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(input.source));
    if (!upsert.exec()) {
        return sqlError(
            FollowUp::tr("Cannot record the declaration of %1 for %2.").arg(input.indicatorCode, period->code()),
            upsert);
    }
    return {};
}

Result<QList<Declaration>> declarationsOf(const Database& db, qint64 establishmentId)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT d.id, d.indicator_id, i.code, d.period, d.value, d.declared_on, d.source "
                                 "FROM indicator_declaration d JOIN indicator i ON i.id = d.indicator_id "
                                 "WHERE d.establishment_id = ? ORDER BY i.code, d.id"));
    query.addBindValue(establishmentId);
    if (!query.exec()) {
        return sqlError(FollowUp::tr("Cannot read the indicator declarations."), query);
    }
    QList<Declaration> result;
    while (query.next()) {
        result.append({query.value(0).toLongLong(), establishmentId, query.value(1).toLongLong(),
                       query.value(2).toString(), query.value(3).toString(), query.value(4).toDouble(),
                       QDate::fromString(query.value(5).toString(), Qt::ISODate), query.value(6).toString()});
    }
    // By indicator, then by period in time order.
    std::stable_sort(result.begin(), result.end(), [](const Declaration& a, const Declaration& b) {
        if (a.indicatorCode != b.indicatorCode) {
            return a.indicatorCode < b.indicatorCode;
        }
        const auto pa = parseDeclarationPeriod(a.period);
        const auto pb = parseDeclarationPeriod(b.period);
        return pa && pb ? *pa < *pb : a.period < b.period;
    });
    return result;
}

Result<QHash<qint64, ProjectTargets>> allProjectTargets(const Database& db)
{
    return targetsOf(db, 0);
}

Result<ProjectTargets> projectTargets(const Database& db, qint64 projectId)
{
    if (projectId <= 0) {
        return FollowUpSql::unknownProject(projectId);
    }
    Result<QHash<qint64, ProjectTargets>> targets = targetsOf(db, projectId);
    if (!targets) {
        return targets.error();
    }
    return targets->value(projectId);
}

} // namespace Palier
