// SPDX-License-Identifier: GPL-3.0-or-later
#include "programme/ProgrammeDefinition.h"

#include "programme/ProgrammeJsonReader.h"
#include "scoring/GridJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

namespace Palier {

namespace {

const QString ProgrammeDir = QStringLiteral(":/programmes");

Error invalid(const QString& message, const QString& detail)
{
    return {QStringLiteral("programme.invalid"), message, detail};
}

QJsonArray indicatorsToJson(const QList<IndicatorDef>& indicators)
{
    QJsonArray array;
    for (const IndicatorDef& indicator : indicators) {
        array.append(QJsonObject{{QStringLiteral("code"), indicator.code},
                                 {QStringLiteral("label"), indicator.label},
                                 {QStringLiteral("kind"), indicatorKindCode(indicator.kind)},
                                 {QStringLiteral("valueType"), indicatorValueTypeCode(indicator.valueType)},
                                 {QStringLiteral("target"), indicator.target},
                                 {QStringLiteral("targetToCheck"), indicator.targetToCheck}});
    }
    return array;
}

template <typename Group>
QJsonArray groupsToJson(const QList<Group>& groups)
{
    QJsonArray array;
    for (const Group& group : groups) {
        QJsonObject object{{QStringLiteral("code"), group.code},
                           {QStringLiteral("label"), group.label},
                           {QStringLiteral("indicators"), indicatorsToJson(group.indicators)}};
        if (group.toCheck) {
            object.insert(QStringLiteral("toCheck"), true);
        }
        array.append(object);
    }
    return array;
}

QJsonValue eurosToJson(qint64 cents)
{
    if (cents % 100 == 0) {
        return QJsonValue(cents / 100);
    }
    return QJsonValue(static_cast<double>(cents) / 100);
}

} // namespace

qsizetype ProgrammeDefinition::indicatorCount() const
{
    qsizetype count = 0;
    for (const PrerequisiteDef& prerequisite : prerequisites) {
        count += prerequisite.indicators.size();
    }
    for (const DomainDef& domain : domains) {
        count += domain.indicators.size();
    }
    return count;
}

QString indicatorKindCode(IndicatorKind kind)
{
    switch (kind) {
    case IndicatorKind::Usage:
        return QStringLiteral("usage");
    case IndicatorKind::Organisation:
        return QStringLiteral("organisation");
    }
    return {};
}

std::optional<IndicatorKind> indicatorKindFromCode(QStringView code)
{
    if (code == u"usage") {
        return IndicatorKind::Usage;
    }
    if (code == u"organisation") {
        return IndicatorKind::Organisation;
    }
    return std::nullopt;
}

QString indicatorValueTypeCode(IndicatorValueType type)
{
    switch (type) {
    case IndicatorValueType::Ratio:
        return QStringLiteral("ratio");
    case IndicatorValueType::Boolean:
        return QStringLiteral("boolean");
    case IndicatorValueType::Count:
        return QStringLiteral("count");
    }
    return {};
}

std::optional<IndicatorValueType> indicatorValueTypeFromCode(QStringView code)
{
    if (code == u"ratio") {
        return IndicatorValueType::Ratio;
    }
    if (code == u"boolean") {
        return IndicatorValueType::Boolean;
    }
    if (code == u"count") {
        return IndicatorValueType::Count;
    }
    return std::nullopt;
}

Result<ProgrammeDefinition> parseProgrammeDefinition(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        // Columns count characters, not bytes: accented labels are common here.
        const qsizetype column = QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size() + 1;
        return invalid(QCoreApplication::translate("Palier::ProgrammeDefinition",
                                                   "Programme definition refused: it is not valid JSON (%1 at offset "
                                                   "%2, line %3, column %4).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset)
                           .arg(line)
                           .arg(column),
                       QStringLiteral("JSON syntax error at offset %1").arg(parseError.offset));
    }
    ProgrammeDefinition def;
    ProgrammeFault fault;
    if (!readProgrammeJson(document, def, fault)) {
        return invalid(QCoreApplication::translate("Palier::ProgrammeDefinition", "Programme definition refused — "
                                                                                  "%1: %2")
                           .arg(fault.path, fault.what),
                       QStringLiteral("JSON path %1").arg(fault.path));
    }
    return def;
}

QByteArray serializeProgrammeDefinition(const ProgrammeDefinition& definition)
{
    QJsonObject root{{QStringLiteral("schemaVersion"), ProgrammeSchemaVersion},
                     {QStringLiteral("code"), definition.code},
                     {QStringLiteral("name"), definition.name},
                     {QStringLiteral("firstYear"), definition.firstYear},
                     {QStringLiteral("lastYear"), definition.lastYear}};
    const auto insertText = [&root](const QString& key, const QString& value) {
        if (!value.isEmpty()) {
            root.insert(key, value);
        }
    };
    insertText(QStringLiteral("fullName"), definition.fullName);
    insertText(QStringLiteral("reference"), definition.reference);
    insertText(QStringLiteral("notice"), definition.notice);

    QJsonObject funding{{QStringLiteral("seedSharePercent"), definition.seedSharePercent},
                        {QStringLiteral("usageSharePercent"), definition.usageSharePercent},
                        {QStringLiteral("forfaitMinEuros"), eurosToJson(definition.forfaitMinCents)},
                        {QStringLiteral("forfaitMaxEuros"), eurosToJson(definition.forfaitMaxCents)}};
    if (definition.fundingToCheck) {
        funding.insert(QStringLiteral("toCheck"), true);
    }
    root.insert(QStringLiteral("funding"), funding);
    root.insert(QStringLiteral("prerequisites"), groupsToJson(definition.prerequisites));
    root.insert(QStringLiteral("domains"), groupsToJson(definition.domains));

    QJsonArray windows;
    for (const WindowDef& window : definition.windows) {
        QJsonObject object{{QStringLiteral("code"), window.code},
                           {QStringLiteral("label"), window.label},
                           {QStringLiteral("opensOn"), window.opensOn.toString(Qt::ISODate)},
                           {QStringLiteral("closesOn"), window.closesOn.toString(Qt::ISODate)}};
        if (window.toCheck) {
            object.insert(QStringLiteral("toCheck"), true);
        }
        windows.append(object);
    }
    root.insert(QStringLiteral("windows"), windows);

    QJsonArray milestones;
    for (const MilestoneDef& milestone : definition.milestones) {
        QJsonObject object{{QStringLiteral("date"), milestone.dueOn.toString(Qt::ISODate)},
                           {QStringLiteral("label"), milestone.label}};
        if (milestone.toCheck) {
            object.insert(QStringLiteral("toCheck"), true);
        }
        milestones.append(object);
    }
    root.insert(QStringLiteral("milestones"), milestones);
    if (!definition.scoringCriteria.isEmpty()) {
        root.insert(QStringLiteral("scoringGrid"), scoringGridJson(definition));
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QStringList availableProgrammes()
{
    QStringList codes;
    const QFileInfoList files = QDir(ProgrammeDir).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo& file : files) {
        codes.append(file.completeBaseName());
    }
    return codes;
}

Result<QByteArray> shippedProgrammeJson(const QString& code)
{
    const QStringList available = availableProgrammes();
    if (!available.contains(code)) {
        return Error{QStringLiteral("programme.unknown"),
                     QCoreApplication::translate("Palier::ProgrammeDefinition",
                                                 "Palier has no programme “%1”. Available programmes: %2.")
                         .arg(code, available.isEmpty() ? QStringLiteral("—") : available.join(QStringLiteral(", "))),
                     QStringLiteral("no %1/%2.json").arg(ProgrammeDir, code)};
    }
    const QString path = QStringLiteral("%1/%2.json").arg(ProgrammeDir, code);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("programme.unreadable"),
                     QCoreApplication::translate("Palier::ProgrammeDefinition",
                                                 "The definition of the programme “%1” cannot be read. Reinstall "
                                                 "Palier.")
                         .arg(code),
                     QStringLiteral("%1: %2").arg(path, file.errorString())};
    }
    return file.readAll();
}

Result<ProgrammeDefinition> loadShippedProgramme(const QString& code)
{
    const Result<QByteArray> json = shippedProgrammeJson(code);
    if (!json) {
        return json.error();
    }
    Result<ProgrammeDefinition> def = parseProgrammeDefinition(json.value());
    if (!def) {
        Error error = def.error();
        error.detail = QStringLiteral("%1/%2.json: %3").arg(ProgrammeDir, code, error.detail);
        return error;
    }
    if (def->code != code) {
        const QString path = QStringLiteral("$.code");
        return invalid(QCoreApplication::translate("Palier::ProgrammeDefinition", "Programme definition refused — "
                                                                                  "%1: %2")
                           .arg(path, QCoreApplication::translate("Palier::ProgrammeDefinition",
                                                                  "\"%1\" does not match the file name (%2.json)")
                                          .arg(def->code, code)),
                       QStringLiteral("%1/%2.json: JSON path %3").arg(ProgrammeDir, code, path));
    }
    return def;
}

} // namespace Palier
