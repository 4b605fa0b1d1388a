// SPDX-License-Identifier: GPL-3.0-or-later
#include "programme/ProgrammeJsonReader.h"

#include "programme/ProgrammeDefinition.h"
#include "programme/ProgrammeJsonFields.h"
#include "scoring/GridJson.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>

#include <cmath>
#include <functional>
#include <optional>
#include <type_traits>

namespace Palier {

namespace {

using namespace JsonFields;

/// Amounts in messages read as they were written in the file: whole euros, or euros and cents.
QString formatEuros(qint64 cents)
{
    if (cents % 100 == 0) {
        return QString::number(cents / 100);
    }
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

/// Why `target` cannot be the target of a `type` indicator (marked for translation), or nullptr when it can.
const char* targetRefusal(IndicatorValueType type, double target)
{
    switch (type) {
    case IndicatorValueType::Ratio:
        return target >= 0 && target <= 100
                   ? nullptr
                   : QT_TRANSLATE_NOOP("Palier::ProgrammeDefinition", "a ratio target is a percentage from 0 to 100");
    case IndicatorValueType::Boolean:
        return target == 0 || target == 1
                   ? nullptr
                   : QT_TRANSLATE_NOOP("Palier::ProgrammeDefinition", "a boolean target is 0 (no) or 1 (yes)");
    case IndicatorValueType::Count:
        return target >= 0 && std::floor(target) == target
                   ? nullptr
                   : QT_TRANSLATE_NOOP("Palier::ProgrammeDefinition", "a count target is a whole number, 0 or more");
    }
    return nullptr;
}

std::optional<IndicatorDef> readIndicator(Reader& reader, const QJsonValue& value, const QString& path,
                                          CodePaths& indicatorCodes, bool withParent)
{
    QStringList required{QStringLiteral("code"), QStringLiteral("label"), QStringLiteral("kind"),
                         QStringLiteral("valueType"), QStringLiteral("target")};
    if (withParent) {
        required.append(QStringLiteral("parent"));
    }
    const std::optional<QJsonObject> object = reader.object(value, path, required, {QStringLiteral("targetToCheck")});
    if (!object) {
        return std::nullopt;
    }
    IndicatorDef indicator;
    const std::optional<QString> code = reader.code(*object, path, QStringLiteral("code"));
    if (!code || !claimCode(reader, indicatorCodes, *code, path)) {
        return std::nullopt;
    }
    indicator.code = *code;
    const std::optional<QString> label = reader.text(*object, path, QStringLiteral("label"));
    if (!label) {
        return std::nullopt;
    }
    indicator.label = *label;

    const std::optional<IndicatorKind> kind = reader.choice(
        *object, path, QStringLiteral("kind"), indicatorKindFromCode,
        QT_TRANSLATE_NOOP("Palier::ProgrammeDefinition", "\"%1\" is not an indicator kind (usage or organisation)"));
    const std::optional<IndicatorValueType> type =
        kind ? reader.choice(*object, path, QStringLiteral("valueType"), indicatorValueTypeFromCode,
                             QT_TRANSLATE_NOOP("Palier::ProgrammeDefinition",
                                               "\"%1\" is not a value type (ratio, boolean or count)"))
             : std::nullopt;
    if (!type) {
        return std::nullopt;
    }
    indicator.kind = *kind;
    indicator.valueType = *type;

    const std::optional<double> target = reader.number(*object, path, QStringLiteral("target"));
    if (!target) {
        return std::nullopt;
    }
    if (const char* refusal = targetRefusal(indicator.valueType, *target)) {
        reader.fail(member(path, QStringLiteral("target")),
                    QCoreApplication::translate("Palier::ProgrammeDefinition", refusal));
        return std::nullopt;
    }
    indicator.target = *target;

    const std::optional<bool> toCheck = reader.boolean(*object, path, QStringLiteral("targetToCheck"), true);
    if (!toCheck) {
        return std::nullopt;
    }
    indicator.targetToCheck = *toCheck;
    return indicator;
}

/// Reads a prerequisite or a domain (same fields) with its indicators.
template <typename Group>
std::optional<Group> readGroup(Reader& reader, const QJsonValue& value, const QString& path, CodePaths& groupCodes,
                               CodePaths& indicatorCodes)
{
    const std::optional<QJsonObject> object =
        reader.object(value, path, {QStringLiteral("code"), QStringLiteral("label")},
                      {QStringLiteral("toCheck"), QStringLiteral("indicators")});
    const std::optional<QString> code = object ? reader.code(*object, path, QStringLiteral("code")) : std::nullopt;
    if (!code || !claimCode(reader, groupCodes, *code, path)) {
        return std::nullopt;
    }
    const std::optional<QString> label = reader.text(*object, path, QStringLiteral("label"));
    const std::optional<bool> toCheck =
        label ? reader.boolean(*object, path, QStringLiteral("toCheck"), false) : std::nullopt;
    const std::optional<QJsonArray> indicators =
        toCheck ? reader.array(*object, path, QStringLiteral("indicators")) : std::nullopt;
    if (!indicators) {
        return std::nullopt;
    }
    Group group{*code, *label, *toCheck, {}};
    const QString indicatorsPath = member(path, QStringLiteral("indicators"));
    for (qsizetype i = 0; i < indicators->size(); ++i) {
        std::optional<IndicatorDef> indicator =
            readIndicator(reader, indicators->at(i), element(indicatorsPath, i), indicatorCodes, false);
        if (!indicator) {
            return std::nullopt;
        }
        group.indicators.append(std::move(*indicator));
    }
    return group;
}

/// Reads every element of the array field `key` with `readOne`.
bool readEach(Reader& reader, const QJsonObject& object, const QString& path, const QString& key,
              const std::function<bool(const QJsonValue&, const QString&)>& readOne)
{
    const std::optional<QJsonArray> array = reader.array(object, path, key);
    if (!array) {
        return false;
    }
    const QString arrayPath = member(path, key);
    for (qsizetype i = 0; i < array->size(); ++i) {
        if (!readOne(array->at(i), element(arrayPath, i))) {
            return false;
        }
    }
    return true;
}

bool readFunding(Reader& reader, const QJsonObject& root, ProgrammeDefinition& def)
{
    const QString path = QStringLiteral("$.funding");
    const std::optional<QJsonObject> funding =
        reader.object(root.value(QStringLiteral("funding")), path,
                      {QStringLiteral("seedSharePercent"), QStringLiteral("usageSharePercent"),
                       QStringLiteral("forfaitMinEuros"), QStringLiteral("forfaitMaxEuros")},
                      {QStringLiteral("toCheck")});
    if (!funding) {
        return false;
    }
    const std::optional<int> seed = reader.integer(*funding, path, QStringLiteral("seedSharePercent"), 0, 100);
    const std::optional<int> usage =
        seed ? reader.integer(*funding, path, QStringLiteral("usageSharePercent"), 0, 100) : std::nullopt;
    if (!usage) {
        return false;
    }
    if (*seed + *usage != 100) {
        return reader.fail(path, QCoreApplication::translate("Palier::ProgrammeDefinition",
                                                             "seedSharePercent + usageSharePercent is %1, expected "
                                                             "100")
                                     .arg(*seed + *usage));
    }
    const std::optional<qint64> min = reader.euros(*funding, path, QStringLiteral("forfaitMinEuros"));
    const std::optional<qint64> max = min ? reader.euros(*funding, path, QStringLiteral("forfaitMaxEuros")) : min;
    if (!max) {
        return false;
    }
    if (*min > *max) {
        return reader.fail(
            member(path, QStringLiteral("forfaitMinEuros")),
            QCoreApplication::translate("Palier::ProgrammeDefinition", "%1 is more than forfaitMaxEuros (%2)")
                .arg(formatEuros(*min), formatEuros(*max)));
    }
    const std::optional<bool> toCheck = reader.boolean(*funding, path, QStringLiteral("toCheck"), false);
    if (!toCheck) {
        return false;
    }
    def.seedSharePercent = *seed;
    def.usageSharePercent = *usage;
    def.forfaitMinCents = *min;
    def.forfaitMaxCents = *max;
    def.fundingToCheck = *toCheck;
    return true;
}

bool readHeader(Reader& reader, const QJsonObject& root, ProgrammeDefinition& def)
{
    const QString path = QStringLiteral("$");
    static const QRegularExpression codeShape(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    const std::optional<QString> code = reader.string(root, path, QStringLiteral("code"));
    if (!code) {
        return false;
    }
    if (!codeShape.match(*code).hasMatch()) {
        return reader.fail(member(path, QStringLiteral("code")),
                           QCoreApplication::translate("Palier::ProgrammeDefinition",
                                                       "\"%1\" is not a programme code: use lower-case letters, "
                                                       "digits and hyphens, e.g. hopen-2019")
                               .arg(*code));
    }
    const std::optional<QString> name = reader.text(root, path, QStringLiteral("name"));
    const std::optional<QString> fullName = name ? reader.string(root, path, QStringLiteral("fullName")) : name;
    const std::optional<QString> reference =
        fullName ? reader.string(root, path, QStringLiteral("reference")) : fullName;
    const std::optional<QString> notice = reference ? reader.string(root, path, QStringLiteral("notice")) : reference;
    if (!notice) {
        return false;
    }
    // Years are bounded to catch typos (20199), not to restrict programmes.
    const std::optional<int> firstYear = reader.integer(root, path, QStringLiteral("firstYear"), 2000, 2100);
    const std::optional<int> lastYear =
        firstYear ? reader.integer(root, path, QStringLiteral("lastYear"), 2000, 2100) : firstYear;
    if (!lastYear) {
        return false;
    }
    if (*lastYear < *firstYear) {
        return reader.fail(member(path, QStringLiteral("lastYear")),
                           QCoreApplication::translate("Palier::ProgrammeDefinition", "%1 is before firstYear (%2)")
                               .arg(*lastYear)
                               .arg(*firstYear));
    }
    def.code = *code;
    def.name = *name;
    def.fullName = *fullName;
    def.reference = *reference;
    def.notice = *notice;
    def.firstYear = *firstYear;
    def.lastYear = *lastYear;
    return true;
}

bool readWindow(Reader& reader, const QJsonValue& value, const QString& path, CodePaths& codes,
                ProgrammeDefinition& def)
{
    const std::optional<QJsonObject> object = reader.object(
        value, path,
        {QStringLiteral("code"), QStringLiteral("label"), QStringLiteral("opensOn"), QStringLiteral("closesOn")},
        {QStringLiteral("toCheck")});
    if (!object) {
        return false;
    }
    const std::optional<QString> code = reader.code(*object, path, QStringLiteral("code"));
    if (!code || !claimCode(reader, codes, *code, path)) {
        return false;
    }
    const std::optional<QString> label = reader.text(*object, path, QStringLiteral("label"));
    const std::optional<QDate> opensOn = label ? reader.date(*object, path, QStringLiteral("opensOn")) : std::nullopt;
    const std::optional<QDate> closesOn =
        opensOn ? reader.date(*object, path, QStringLiteral("closesOn")) : std::nullopt;
    if (!closesOn) {
        return false;
    }
    if (*closesOn < *opensOn) {
        return reader.fail(member(path, QStringLiteral("closesOn")),
                           QCoreApplication::translate("Palier::ProgrammeDefinition", "%1 is before opensOn (%2)")
                               .arg(closesOn->toString(Qt::ISODate), opensOn->toString(Qt::ISODate)));
    }
    const std::optional<bool> toCheck = reader.boolean(*object, path, QStringLiteral("toCheck"), false);
    if (!toCheck) {
        return false;
    }
    def.windows.append({*code, *label, *opensOn, *closesOn, *toCheck});
    return true;
}

bool readMilestone(Reader& reader, const QJsonValue& value, const QString& path, ProgrammeDefinition& def)
{
    const std::optional<QJsonObject> object =
        reader.object(value, path, {QStringLiteral("date"), QStringLiteral("label")}, {QStringLiteral("toCheck")});
    if (!object) {
        return false;
    }
    const std::optional<QDate> date = reader.date(*object, path, QStringLiteral("date"));
    const std::optional<QString> label = date ? reader.text(*object, path, QStringLiteral("label")) : std::nullopt;
    const std::optional<bool> toCheck =
        label ? reader.boolean(*object, path, QStringLiteral("toCheck"), false) : std::nullopt;
    if (!toCheck) {
        return false;
    }
    def.milestones.append({*date, *label, *toCheck});
    return true;
}

/// Indicators listed apart from their prerequisite or domain (as an official list may come), attached to the
/// one their "parent" names.
bool readLooseIndicator(Reader& reader, const QJsonValue& value, const QString& path, CodePaths& indicatorCodes,
                        ProgrammeDefinition& def)
{
    std::optional<IndicatorDef> indicator = readIndicator(reader, value, path, indicatorCodes, true);
    if (!indicator) {
        return false;
    }
    const std::optional<QString> parent = reader.string(value.toObject(), path, QStringLiteral("parent"));
    if (!parent) {
        return false;
    }
    for (PrerequisiteDef& prerequisite : def.prerequisites) {
        if (prerequisite.code == *parent) {
            prerequisite.indicators.append(std::move(*indicator));
            return true;
        }
    }
    for (DomainDef& domain : def.domains) {
        if (domain.code == *parent) {
            domain.indicators.append(std::move(*indicator));
            return true;
        }
    }
    return reader.fail(member(path, QStringLiteral("parent")),
                       QCoreApplication::translate("Palier::ProgrammeDefinition",
                                                   "\"%1\" is not the code of a prerequisite or a domain")
                           .arg(*parent));
}

bool readProgramme(Reader& reader, const QJsonDocument& document, ProgrammeDefinition& def)
{
    const QString path = QStringLiteral("$");
    if (!document.isObject()) {
        return reader.fail(path, QCoreApplication::translate("Palier::ProgrammeDefinition", "expected an object"));
    }
    const QJsonObject root = document.object();
    // The version first: a newer file is refused for what it is, not for the fields this build does not know.
    const QJsonValue version = root.value(QStringLiteral("schemaVersion"));
    if (version.isUndefined()) {
        return reader.fail(member(path, QStringLiteral("schemaVersion")),
                           QCoreApplication::translate("Palier::ProgrammeDefinition", "this field is required"));
    }
    if (!version.isDouble()) {
        return reader.fail(member(path, QStringLiteral("schemaVersion")),
                           QCoreApplication::translate("Palier::ProgrammeDefinition", "expected a number"));
    }
    if (version.toDouble() != ProgrammeSchemaVersion) {
        return reader.fail(member(path, QStringLiteral("schemaVersion")),
                           QCoreApplication::translate("Palier::ProgrammeDefinition",
                                                       "version %1 is not supported: this Palier reads version %2")
                               .arg(version.toDouble())
                               .arg(ProgrammeSchemaVersion));
    }
    const std::optional<QJsonObject> object =
        reader.object(root, path,
                      {QStringLiteral("schemaVersion"), QStringLiteral("code"), QStringLiteral("name"),
                       QStringLiteral("firstYear"), QStringLiteral("lastYear"), QStringLiteral("funding"),
                       QStringLiteral("prerequisites"), QStringLiteral("domains")},
                      {QStringLiteral("fullName"), QStringLiteral("reference"), QStringLiteral("notice"),
                       QStringLiteral("indicators"), QStringLiteral("windows"), QStringLiteral("milestones"),
                       QStringLiteral("scoringGrid")});
    if (!object || !readHeader(reader, *object, def) || !readFunding(reader, *object, def)) {
        return false;
    }

    // Prerequisites and domains share one code space, so that an indicator's "parent" is never ambiguous.
    CodePaths groupCodes;
    CodePaths indicatorCodes;
    const auto readGroups = [&](const QString& key, auto& groups) {
        return readEach(reader, *object, path, key, [&](const QJsonValue& value, const QString& itemPath) {
            auto group = readGroup<typename std::decay_t<decltype(groups)>::value_type>(reader, value, itemPath,
                                                                                        groupCodes, indicatorCodes);
            if (group) {
                groups.append(std::move(*group));
            }
            return group.has_value();
        });
    };
    const bool groupsRead = readGroups(QStringLiteral("prerequisites"), def.prerequisites) &&
                            readGroups(QStringLiteral("domains"), def.domains);
    if (!groupsRead) {
        return false;
    }
    if (def.domains.isEmpty()) {
        return reader.fail(member(path, QStringLiteral("domains")),
                           QCoreApplication::translate("Palier::ProgrammeDefinition",
                                                       "expected at least one domain: establishments apply per "
                                                       "domain"));
    }

    CodePaths windowCodes;
    return readEach(reader, *object, path, QStringLiteral("indicators"),
                    [&](const QJsonValue& value, const QString& itemPath) {
                        return readLooseIndicator(reader, value, itemPath, indicatorCodes, def);
                    }) &&
           readEach(reader, *object, path, QStringLiteral("windows"),
                    [&](const QJsonValue& value, const QString& itemPath) {
                        return readWindow(reader, value, itemPath, windowCodes, def);
                    }) &&
           readEach(reader, *object, path, QStringLiteral("milestones"),
                    [&](const QJsonValue& value, const QString& itemPath) {
                        return readMilestone(reader, value, itemPath, def);
                    }) &&
           readScoringGridJson(reader, *object, def);
}

} // namespace

bool readProgrammeJson(const QJsonDocument& document, ProgrammeDefinition& def, ProgrammeFault& fault)
{
    Reader reader;
    if (!readProgramme(reader, document, def)) {
        fault = reader.fault();
        return false;
    }
    return true;
}

} // namespace Palier
