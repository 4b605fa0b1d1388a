// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/GridRules.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace Palier {

namespace {

/// Far above any sensible weight; keeps sums of weights exact enough and catches typos (2500000 for 25).
constexpr double MaxWeight = 1e6;

std::optional<GridFault> criterionFault(const QList<Criterion>& criteria, qsizetype index)
{
    static const QRegularExpression space(QStringLiteral("\\s"));
    const Criterion& c = criteria.at(index);
    const auto fault = [index](const QString& field, const QString& what) {
        return std::optional<GridFault>(GridFault{index, field, what});
    };
    if (c.code.trimmed().isEmpty()) {
        return fault(QStringLiteral("code"), QCoreApplication::translate("Palier::Scoring", "must not be empty"));
    }
    if (c.code.contains(space)) {
        return fault(QStringLiteral("code"),
                     QCoreApplication::translate("Palier::Scoring",
                                                 "\"%1\" contains a space: a criterion code is one word, e.g. AXES")
                         .arg(c.code));
    }
    for (qsizetype other = 0; other < index; ++other) {
        if (criteria.at(other).code == c.code) {
            return fault(QStringLiteral("code"),
                         QCoreApplication::translate("Palier::Scoring", "\"%1\" is already the code of criterion %2")
                             .arg(c.code)
                             .arg(other + 1));
        }
    }
    if (c.label.trimmed().isEmpty()) {
        return fault(QStringLiteral("label"), QCoreApplication::translate("Palier::Scoring", "must not be empty"));
    }
    if (!std::isfinite(c.weight) || c.weight < 0 || c.weight > MaxWeight) {
        return fault(QStringLiteral("weight"),
                     QCoreApplication::translate("Palier::Scoring", "a weight is a number from 0 to 1000000, not %1")
                         .arg(c.weight));
    }
    if (c.scaleMax <= c.scaleMin) {
        return fault(QStringLiteral("scaleMax"),
                     QCoreApplication::translate("Palier::Scoring",
                                                 "the highest level (%1) must be above the lowest (scaleMin, %2)")
                         .arg(c.scaleMax)
                         .arg(c.scaleMin));
    }
    // Subtracting in 64 bits: a scale of INT_MIN to INT_MAX must be refused, not overflow.
    const qint64 levels = qint64(c.scaleMax) - qint64(c.scaleMin) + 1;
    if (levels > MaxScaleLevels) {
        return fault(
            QStringLiteral("scaleMax"),
            QCoreApplication::translate("Palier::Scoring", "a scale has at most %1 levels; %2 to %3 would have %4")
                .arg(MaxScaleLevels)
                .arg(c.scaleMin)
                .arg(c.scaleMax)
                .arg(levels));
    }
    if (c.levels.size() != levels) {
        return fault(QStringLiteral("levels"),
                     QCoreApplication::translate("Palier::Scoring",
                                                 "expected %1 descriptors, one per level from %2 to %3; found %4")
                         .arg(levels)
                         .arg(c.scaleMin)
                         .arg(c.scaleMax)
                         .arg(c.levels.size()));
    }
    for (qsizetype level = 0; level < c.levels.size(); ++level) {
        if (c.levels.at(level).trimmed().isEmpty()) {
            return fault(QStringLiteral("levels[%1]").arg(level),
                         QCoreApplication::translate("Palier::Scoring", "the descriptor of level %1 must not be empty")
                             .arg(c.scaleMin + level));
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<GridFault> findGridFault(const QList<Criterion>& criteria)
{
    if (criteria.isEmpty()) {
        return GridFault{-1, {}, QCoreApplication::translate("Palier::Scoring", "expected at least one criterion")};
    }
    double sum = 0;
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        if (std::optional<GridFault> fault = criterionFault(criteria, i)) {
            return fault;
        }
        sum += criteria.at(i).weight;
    }
    if (sum <= 0) {
        return GridFault{-1,
                         {},
                         QCoreApplication::translate("Palier::Scoring",
                                                     "the weights add up to 0: give at least one criterion a weight "
                                                     "above 0")};
    }
    return std::nullopt;
}

} // namespace Palier
