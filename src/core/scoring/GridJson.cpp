// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/GridJson.h"

#include "programme/ProgrammeDefinition.h"
#include "programme/ProgrammeJsonFields.h"
#include "scoring/GridRules.h"

#include <QJsonArray>

namespace Palier {

namespace {

using namespace JsonFields;

/// Whole numbers this wide are read; findGridFault() then says what a scale may be.
constexpr int ScaleBound = 1000;

std::optional<Criterion> readCriterion(Reader& reader, const QJsonValue& value, const QString& path, CodePaths& codes)
{
    const std::optional<QJsonObject> object =
        reader.object(value, path,
                      {QStringLiteral("code"), QStringLiteral("label"), QStringLiteral("weight"),
                       QStringLiteral("scaleMin"), QStringLiteral("scaleMax"), QStringLiteral("levels")},
                      {});
    const std::optional<QString> code = object ? reader.code(*object, path, QStringLiteral("code")) : std::nullopt;
    if (!code || !claimCode(reader, codes, *code, path)) {
        return std::nullopt;
    }
    const std::optional<QString> label = reader.text(*object, path, QStringLiteral("label"));
    const std::optional<double> weight = label ? reader.number(*object, path, QStringLiteral("weight")) : std::nullopt;
    const std::optional<int> scaleMin =
        weight ? reader.integer(*object, path, QStringLiteral("scaleMin"), -ScaleBound, ScaleBound) : std::nullopt;
    const std::optional<int> scaleMax =
        scaleMin ? reader.integer(*object, path, QStringLiteral("scaleMax"), -ScaleBound, ScaleBound) : std::nullopt;
    const std::optional<QJsonArray> levels =
        scaleMax ? reader.array(*object, path, QStringLiteral("levels")) : std::nullopt;
    if (!levels) {
        return std::nullopt;
    }
    Criterion criterion{*code, *label, *weight, *scaleMin, *scaleMax, {}};
    const QString levelsPath = member(path, QStringLiteral("levels"));
    for (qsizetype i = 0; i < levels->size(); ++i) {
        if (!levels->at(i).isString()) {
            reader.fail(element(levelsPath, i),
                        QCoreApplication::translate("Palier::ProgrammeDefinition", "expected a string"));
            return std::nullopt;
        }
        criterion.levels.append(levels->at(i).toString());
    }
    return criterion;
}

} // namespace

bool readScoringGridJson(Reader& reader, const QJsonObject& root, ProgrammeDefinition& def)
{
    const QJsonValue value = root.value(QStringLiteral("scoringGrid"));
    if (value.isUndefined()) {
        return true;
    }
    const QString path = QStringLiteral("$.scoringGrid");
    const std::optional<QJsonObject> grid =
        reader.object(value, path, {QStringLiteral("criteria")}, {QStringLiteral("toCheck")});
    const std::optional<bool> toCheck =
        grid ? reader.boolean(*grid, path, QStringLiteral("toCheck"), false) : std::nullopt;
    const std::optional<QJsonArray> array =
        toCheck ? reader.array(*grid, path, QStringLiteral("criteria")) : std::nullopt;
    if (!array) {
        return false;
    }
    const QString criteriaPath = member(path, QStringLiteral("criteria"));
    QList<Criterion> criteria;
    CodePaths codes;
    for (qsizetype i = 0; i < array->size(); ++i) {
        std::optional<Criterion> criterion = readCriterion(reader, array->at(i), element(criteriaPath, i), codes);
        if (!criterion) {
            return false;
        }
        criteria.append(std::move(*criterion));
    }
    if (const std::optional<GridFault> fault = findGridFault(criteria)) {
        const QString where =
            fault->criterion < 0 ? criteriaPath : member(element(criteriaPath, fault->criterion), fault->field);
        return reader.fail(where, fault->what);
    }
    def.scoringCriteria = std::move(criteria);
    def.scoringToCheck = *toCheck;
    return true;
}

QJsonObject scoringGridJson(const ProgrammeDefinition& def)
{
    QJsonArray criteria;
    for (const Criterion& c : def.scoringCriteria) {
        criteria.append(QJsonObject{{QStringLiteral("code"), c.code},
                                    {QStringLiteral("label"), c.label},
                                    {QStringLiteral("weight"), c.weight},
                                    {QStringLiteral("scaleMin"), c.scaleMin},
                                    {QStringLiteral("scaleMax"), c.scaleMax},
                                    {QStringLiteral("levels"), QJsonArray::fromStringList(c.levels)}});
    }
    QJsonObject grid{{QStringLiteral("criteria"), criteria}};
    if (def.scoringToCheck) {
        grid.insert(QStringLiteral("toCheck"), true);
    }
    return grid;
}

} // namespace Palier
