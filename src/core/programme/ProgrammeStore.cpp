// SPDX-License-Identifier: GPL-3.0-or-later
#include "programme/ProgrammeStore.h"

#include "db/Database.h"
#include "scoring/GridStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace Palier {

namespace {

QString writeFailed(const QString& code)
{
    return QCoreApplication::translate("Palier::ProgrammeStore",
                                       "Cannot record the programme “%1” in the database. Check that the disk is not "
                                       "full and the file is writable.")
        .arg(code);
}

QString readFailed(qint64 programmeId)
{
    return QCoreApplication::translate("Palier::ProgrammeStore",
                                       "Cannot read the programme %1 from the database: the file may be damaged.")
        .arg(programmeId);
}

QVariant nullId()
{
    return QVariant(QMetaType::fromType<qint64>());
}

Result<void> insertIndicators(QSqlQuery& query, qint64 programmeId, const QList<IndicatorDef>& indicators,
                              const QVariant& prerequisiteId, const QVariant& domainId, const QString& programmeCode)
{
    for (const IndicatorDef& indicator : indicators) {
        query.prepare(
            QStringLiteral("INSERT INTO indicator (programme_id, code, label, kind, value_type, target, "
                           "prerequisite_id, domain_id, target_to_check) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(programmeId);
        query.addBindValue(indicator.code);
        query.addBindValue(indicator.label);
        query.addBindValue(indicatorKindCode(indicator.kind));
        query.addBindValue(indicatorValueTypeCode(indicator.valueType));
        query.addBindValue(indicator.target);
        query.addBindValue(prerequisiteId);
        query.addBindValue(domainId);
        query.addBindValue(indicator.targetToCheck ? 1 : 0);
        if (!query.exec()) {
            return sqlError(writeFailed(programmeCode), query);
        }
    }
    return {};
}

/// Inserts prerequisites or domains (same columns) with their indicators.
template <typename Group>
Result<void> insertGroups(QSqlQuery& query, qint64 programmeId, const QList<Group>& groups, bool arePrerequisites,
                          const QString& programmeCode)
{
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const Group& group = groups.at(i);
        query.prepare(arePrerequisites ? QStringLiteral("INSERT INTO prerequisite (programme_id, code, label, "
                                                        "sort_order) VALUES (?, ?, ?, ?)")
                                       : QStringLiteral("INSERT INTO domain (programme_id, code, label, sort_order) "
                                                        "VALUES (?, ?, ?, ?)"));
        query.addBindValue(programmeId);
        query.addBindValue(group.code);
        query.addBindValue(group.label);
        query.addBindValue(static_cast<int>(i + 1));
        if (!query.exec()) {
            return sqlError(writeFailed(programmeCode), query);
        }
        const QVariant id = query.lastInsertId();
        const Result<void> inserted =
            insertIndicators(query, programmeId, group.indicators, arePrerequisites ? id : nullId(),
                             arePrerequisites ? nullId() : id, programmeCode);
        if (!inserted) {
            return inserted;
        }
    }
    return {};
}

/// Reads prerequisites or domains, in their order, and remembers their index by row id.
template <typename Group>
Result<void> selectGroups(const Database& db, qint64 programmeId, const QString& sql, QList<Group>& groups,
                          QHash<qint64, qsizetype>& indexById)
{
    QSqlQuery query(db.connection());
    query.prepare(sql);
    query.addBindValue(programmeId);
    if (!query.exec()) {
        return sqlError(readFailed(programmeId), query);
    }
    while (query.next()) {
        indexById.insert(query.value(0).toLongLong(), groups.size());
        Group group;
        group.code = query.value(1).toString();
        group.label = query.value(2).toString();
        groups.append(group);
    }
    return {};
}

/// Copies what the tables do not hold from the definition the programme was created with.
void takeMetadata(ProgrammeDefinition& def, const QString& sourceJson)
{
    const Result<ProgrammeDefinition> source = parseProgrammeDefinition(sourceJson.toUtf8());
    if (!source) {
        return;
    }
    def.fullName = source->fullName;
    def.reference = source->reference;
    def.notice = source->notice;
    def.fundingToCheck = source->fundingToCheck;
    const auto copyFlags = [](auto& targets, const auto& sources) {
        for (auto& target : targets) {
            for (const auto& from : sources) {
                if (from.code == target.code) {
                    target.toCheck = from.toCheck;
                }
            }
        }
    };
    copyFlags(def.prerequisites, source->prerequisites);
    copyFlags(def.domains, source->domains);
    copyFlags(def.windows, source->windows);
    // The default grid has no table of its own: each domain's grids (scoring_grid) start from it and move on.
    def.scoringCriteria = source->scoringCriteria;
    def.scoringToCheck = source->scoringToCheck;
    for (MilestoneDef& milestone : def.milestones) {
        for (const MilestoneDef& from : source->milestones) {
            if (from.dueOn == milestone.dueOn && from.label == milestone.label) {
                milestone.toCheck = from.toCheck;
            }
        }
    }
}

} // namespace

Result<qint64> storeProgramme(const Database& db, const ProgrammeDefinition& def, const QByteArray& sourceJson)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT id FROM programme WHERE code = ?"));
    query.addBindValue(def.code);
    if (!query.exec()) {
        return sqlError(writeFailed(def.code), query);
    }
    if (query.next()) {
        return Error{
            QStringLiteral("programme.exists"),
            QCoreApplication::translate("Palier::ProgrammeStore", "This database already holds the programme “%1”.")
                .arg(def.code),
            QStringLiteral("programme id %1").arg(query.value(0).toLongLong())};
    }

    query.prepare(QStringLiteral("INSERT INTO programme (code, name, first_year, last_year, seed_share_percent, "
                                 "usage_share_percent, forfait_min_cents, forfait_max_cents, definition_json) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(def.code);
    query.addBindValue(def.name);
    query.addBindValue(def.firstYear);
    query.addBindValue(def.lastYear);
    query.addBindValue(def.seedSharePercent);
    query.addBindValue(def.usageSharePercent);
    query.addBindValue(def.forfaitMinCents);
    query.addBindValue(def.forfaitMaxCents);
    query.addBindValue(QString::fromUtf8(sourceJson.isEmpty() ? serializeProgrammeDefinition(def) : sourceJson));
    if (!query.exec()) {
        return sqlError(writeFailed(def.code), query);
    }
    const qint64 programmeId = query.lastInsertId().toLongLong();

    Result<void> inserted = insertGroups(query, programmeId, def.prerequisites, true, def.code);
    if (!inserted) {
        return inserted.error();
    }
    inserted = insertGroups(query, programmeId, def.domains, false, def.code);
    if (!inserted) {
        return inserted.error();
    }

    for (const WindowDef& window : def.windows) {
        query.prepare(QStringLiteral("INSERT INTO programme_window (programme_id, code, label, opens_on, closes_on) "
                                     "VALUES (?, ?, ?, ?, ?)"));
        query.addBindValue(programmeId);
        query.addBindValue(window.code);
        query.addBindValue(window.label);
        query.addBindValue(window.opensOn.toString(Qt::ISODate));
        query.addBindValue(window.closesOn.toString(Qt::ISODate));
        if (!query.exec()) {
            return sqlError(writeFailed(def.code), query);
        }
    }

    for (const MilestoneDef& milestone : def.milestones) {
        query.prepare(QStringLiteral(
            "INSERT INTO milestone (programme_id, due_on, label, source) VALUES (?, ?, ?, 'programme')"));
        query.addBindValue(programmeId);
        query.addBindValue(milestone.dueOn.toString(Qt::ISODate));
        query.addBindValue(milestone.label);
        if (!query.exec()) {
            return sqlError(writeFailed(def.code), query);
        }
    }
    if (Result<void> grids = storeDefaultScoringGrids(db, programmeId, def); !grids) {
        return grids.error();
    }
    return programmeId;
}

Result<ProgrammeDefinition> loadStoredProgramme(const Database& db, qint64 programmeId)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT code, name, first_year, last_year, seed_share_percent, usage_share_percent, "
                                 "forfait_min_cents, forfait_max_cents, definition_json FROM programme WHERE id = ?"));
    query.addBindValue(programmeId);
    if (!query.exec()) {
        return sqlError(readFailed(programmeId), query);
    }
    if (!query.next()) {
        return Error{QStringLiteral("programme.not-found"),
                     QCoreApplication::translate("Palier::ProgrammeStore", "This database holds no programme %1.")
                         .arg(programmeId),
                     QStringLiteral("programme id %1").arg(programmeId)};
    }
    ProgrammeDefinition def;
    def.code = query.value(0).toString();
    def.name = query.value(1).toString();
    def.firstYear = query.value(2).toInt();
    def.lastYear = query.value(3).toInt();
    def.seedSharePercent = query.value(4).toInt();
    def.usageSharePercent = query.value(5).toInt();
    def.forfaitMinCents = query.value(6).toLongLong();
    def.forfaitMaxCents = query.value(7).toLongLong();
    const QString sourceJson = query.value(8).toString();

    QHash<qint64, qsizetype> prerequisiteIndex;
    QHash<qint64, qsizetype> domainIndex;
    Result<void> selected =
        selectGroups(db, programmeId,
                     QStringLiteral("SELECT id, code, label FROM prerequisite WHERE programme_id = ? "
                                    "ORDER BY sort_order, id"),
                     def.prerequisites, prerequisiteIndex);
    if (!selected) {
        return selected.error();
    }
    selected = selectGroups(db, programmeId,
                            QStringLiteral("SELECT id, code, label FROM domain WHERE programme_id = ? "
                                           "ORDER BY sort_order, id"),
                            def.domains, domainIndex);
    if (!selected) {
        return selected.error();
    }

    query.prepare(QStringLiteral("SELECT code, label, kind, value_type, target, target_to_check, prerequisite_id, "
                                 "domain_id FROM indicator WHERE programme_id = ? ORDER BY id"));
    query.addBindValue(programmeId);
    if (!query.exec()) {
        return sqlError(readFailed(programmeId), query);
    }
    while (query.next()) {
        IndicatorDef indicator;
        indicator.code = query.value(0).toString();
        indicator.label = query.value(1).toString();
        indicator.kind = indicatorKindFromCode(query.value(2).toString()).value_or(IndicatorKind::Usage);
        indicator.valueType = indicatorValueTypeFromCode(query.value(3).toString()).value_or(IndicatorValueType::Ratio);
        indicator.target = query.value(4).toDouble();
        indicator.targetToCheck = query.value(5).toInt() != 0;
        // The schema lets an indicator point at another programme's prerequisite: refuse rather than misfile it.
        const bool ofPrerequisite = !query.value(6).isNull();
        const auto& indexById = ofPrerequisite ? prerequisiteIndex : domainIndex;
        const auto parent = indexById.constFind(query.value(ofPrerequisite ? 6 : 7).toLongLong());
        if (parent == indexById.cend()) {
            return Error{
                QStringLiteral("db.corrupt"), readFailed(programmeId),
                QStringLiteral("indicator %1 has no parent in programme %2").arg(indicator.code).arg(programmeId)};
        }
        if (ofPrerequisite) {
            def.prerequisites[*parent].indicators.append(indicator);
        } else {
            def.domains[*parent].indicators.append(indicator);
        }
    }

    query.prepare(QStringLiteral("SELECT code, label, opens_on, closes_on FROM programme_window "
                                 "WHERE programme_id = ? ORDER BY id"));
    query.addBindValue(programmeId);
    if (!query.exec()) {
        return sqlError(readFailed(programmeId), query);
    }
    while (query.next()) {
        def.windows.append({query.value(0).toString(), query.value(1).toString(),
                            QDate::fromString(query.value(2).toString(), Qt::ISODate),
                            QDate::fromString(query.value(3).toString(), Qt::ISODate), false});
    }

    query.prepare(QStringLiteral("SELECT due_on, label FROM milestone WHERE programme_id = ? AND source = 'programme' "
                                 "ORDER BY id"));
    query.addBindValue(programmeId);
    if (!query.exec()) {
        return sqlError(readFailed(programmeId), query);
    }
    while (query.next()) {
        def.milestones.append(
            {QDate::fromString(query.value(0).toString(), Qt::ISODate), query.value(1).toString(), false});
    }

    takeMetadata(def, sourceJson);
    return def;
}

} // namespace Palier
