// SPDX-License-Identifier: GPL-3.0-or-later
#include "selection/Selection.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <numeric>

namespace Palier {

QString Quota::key() const
{
    return kind == QuotaKind::Domain ? code : QStringLiteral("status:") + code;
}

QString methodCode(SelectionMethod method)
{
    return method == SelectionMethod::Optimal ? QStringLiteral("optimal") : QStringLiteral("rank");
}

std::optional<SelectionMethod> methodFromCode(const QString& code)
{
    if (code == QLatin1String("rank")) {
        return SelectionMethod::RankFill;
    }
    if (code == QLatin1String("optimal")) {
        return SelectionMethod::Optimal;
    }
    return std::nullopt;
}

QString SelectionTexts::money(qint64 cents)
{
    return QLocale().toCurrencyString(double(cents) / 100.0, QStringLiteral("€"), cents % 100 == 0 ? 0 : 2);
}

QString SelectionTexts::statusName(const QString& code)
{
    if (code == QLatin1String("public")) {
        return tr("public");
    }
    if (code == QLatin1String("prive_lucratif")) {
        return tr("private for-profit");
    }
    if (code == QLatin1String("prive_non_lucratif")) {
        return tr("private non-profit");
    }
    if (code == QLatin1String("clcc")) {
        return tr("cancer centres");
    }
    return code;
}

QString SelectionTexts::reason(const SelectionConstraint& c, qint64 excess)
{
    switch (c.kind) {
    case SelectionConstraint::Kind::Unique:
        return tr("another file of the establishment in %1 is selected").arg(c.code);
    case SelectionConstraint::Kind::Domain:
        return tr("%1 envelope exhausted: %2 missing").arg(c.code, money(excess));
    case SelectionConstraint::Kind::Status:
        return tr("%1 quota reached").arg(statusName(c.code));
    case SelectionConstraint::Kind::Year:
        return tr("%1 budget exhausted: %2 missing").arg(c.code, money(excess));
    case SelectionConstraint::Kind::Envelope:
        return tr("regional envelope exhausted: %1 missing").arg(money(excess));
    case SelectionConstraint::Kind::Department:
        return tr("department %1 count reached").arg(c.code);
    case SelectionConstraint::Kind::Ght:
        return tr("GHT %1 count reached").arg(c.code);
    }
    return {};
}

QString SelectionTexts::forcedOut()
{
    return tr("left out by the referent");
}

QString SelectionTexts::addsNothing()
{
    return tr("fits, but adds nothing to the total score");
}

QString SelectionTexts::solverStopped()
{
    return tr("fits: the solver stopped before proving the optimum");
}

QString SelectionTexts::minimumNotReached(const SelectionConstraint& c, qint64 shortfall)
{
    switch (c.kind) {
    case SelectionConstraint::Kind::Domain:
        return tr("Minimum for %1 not reached: %2 short.").arg(c.code, money(shortfall));
    case SelectionConstraint::Kind::Status:
        return tr("Minimum for the %1 status not reached: %2 short.").arg(statusName(c.code), money(shortfall));
    case SelectionConstraint::Kind::Department:
        return tr("No file selected in department %1.").arg(c.code);
    case SelectionConstraint::Kind::Ght:
        return tr("No file selected in GHT %1.").arg(c.code);
    default:
        return tr("Minimum of %1 not reached.").arg(c.code);
    }
}

QList<SelectionConstraint> buildConstraints(const QList<SelectionCandidate>& candidates,
                                            const SelectionParameters& parameters)
{
    using Kind = SelectionConstraint::Kind;
    QList<SelectionConstraint> constraints;
    // One file per establishment × domain: only groups of two or more make a constraint.
    QMap<QPair<qint64, QString>, QList<int>> groups;
    for (int i = 0; i < candidates.size(); ++i) {
        groups[{candidates.at(i).establishmentId, candidates.at(i).domainCode}].append(i);
    }
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        if (it.value().size() > 1) {
            SelectionConstraint c{Kind::Unique, it.key().second, std::nullopt, 1, {}};
            for (int i : it.value()) {
                c.terms.append({i, 1});
            }
            constraints.append(c);
        }
    }
    for (const Quota& quota : parameters.quotas) {
        SelectionConstraint c{quota.kind == QuotaKind::Domain ? Kind::Domain : Kind::Status,
                              quota.code,
                              quota.minCents,
                              quota.maxCents,
                              {}};
        for (int i = 0; i < candidates.size(); ++i) {
            const SelectionCandidate& f = candidates.at(i);
            if ((quota.kind == QuotaKind::Domain ? f.domainCode : f.status) == quota.code) {
                c.terms.append({i, f.amountCents});
            }
        }
        constraints.append(c);
    }
    QList<int> years = parameters.envelopePerYear.keys();
    std::sort(years.begin(), years.end());
    for (int year : years) {
        SelectionConstraint c{
            Kind::Year, QString::number(year), std::nullopt, parameters.envelopePerYear.value(year), {}};
        for (int i = 0; i < candidates.size(); ++i) {
            const SelectionCandidate& f = candidates.at(i);
            const qint64 due = (f.seedYear == year ? f.seedCents : 0) + (f.usageYear == year ? f.usageCents : 0);
            if (due > 0) {
                c.terms.append({i, due});
            }
        }
        constraints.append(c);
    }
    SelectionConstraint envelope{Kind::Envelope, QString(), std::nullopt, parameters.envelopeCents, {}};
    for (int i = 0; i < candidates.size(); ++i) {
        envelope.terms.append({i, candidates.at(i).amountCents});
    }
    constraints.append(envelope);
    // Coverage: at least one file per department or GHT that has files not forced out.
    const auto cover = [&](Kind kind, auto codeOf) {
        QMap<QString, QList<int>> groups;
        for (int i = 0; i < candidates.size(); ++i) {
            if (!codeOf(candidates.at(i)).isEmpty() && !parameters.forcedOut.contains(candidates.at(i).id)) {
                groups[codeOf(candidates.at(i))].append(i);
            }
        }
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            SelectionConstraint c{kind, it.key(), 1, std::nullopt, {}};
            for (int i : it.value()) {
                c.terms.append({i, 1});
            }
            constraints.append(c);
        }
    };
    if (parameters.coverDepartments) {
        cover(Kind::Department, [](const SelectionCandidate& f) { return f.department; });
    }
    if (parameters.coverGhts) {
        cover(Kind::Ght, [](const SelectionCandidate& f) { return f.ght; });
    }
    return constraints;
}

namespace SelectionDetail {

void finish(SelectionResult& result, const QList<SelectionCandidate>& candidates, const SelectionParameters& parameters,
            const QList<SelectionConstraint>& constraints, const QList<bool>& selected, bool solverStopped)
{
    // Sums of the final selection, and for each candidate the constraints it appears in.
    QList<qint64> sums(constraints.size(), 0);
    QList<QList<QPair<int, qint64>>> memberOf(candidates.size());
    for (int k = 0; k < constraints.size(); ++k) {
        for (const auto& [i, coefficient] : constraints.at(k).terms) {
            memberOf[i].append({k, coefficient});
            if (selected.at(i)) {
                sums[k] += coefficient;
            }
        }
    }
    result.items.clear();
    result.totalCents = 0;
    result.totalScore = 0;
    result.objective = 0;
    for (int i = 0; i < candidates.size(); ++i) {
        const SelectionCandidate& f = candidates.at(i);
        SelectionItem item{f.id, selected.at(i), QString(), f.amountCents, f.score, f.domainRank, QString()};
        if (item.selected) {
            item.decision = QStringLiteral("preselectionne");
            result.totalCents += f.amountCents;
            result.totalScore += f.score;
            result.objective +=
                f.score * (parameters.weightByDomain ? parameters.domainWeights.value(f.domainCode, 1) : 1.0);
        } else {
            if (parameters.forcedIn.contains(f.id)) {
                result.warnings.append(SelectionTexts::tr("File %1 is forced in but does not fit.").arg(f.id));
            }
            if (parameters.forcedOut.contains(f.id)) {
                item.reason = SelectionTexts::forcedOut();
            } else {
                for (const auto& [k, coefficient] : memberOf.at(i)) {
                    const SelectionConstraint& c = constraints.at(k);
                    if (c.max && sums.at(k) + coefficient > *c.max) {
                        item.reason = SelectionTexts::reason(c, sums.at(k) + coefficient - *c.max);
                        break;
                    }
                }
                if (item.reason.isEmpty()) {
                    item.reason = solverStopped ? SelectionTexts::solverStopped() : SelectionTexts::addsNothing();
                }
            }
            item.decision = !parameters.forcedOut.contains(f.id) && f.score >= parameters.waitingListMinScore
                                ? QStringLiteral("liste_attente")
                                : QStringLiteral("non_retenu");
        }
        result.items.append(item);
    }
    for (int k = 0; k < constraints.size(); ++k) {
        const SelectionConstraint& c = constraints.at(k);
        if (c.min && sums.at(k) < *c.min) {
            result.warnings.append(SelectionTexts::minimumNotReached(c, *c.min - sums.at(k)));
        }
    }
}

} // namespace SelectionDetail

SelectionResult rankFill(const QList<SelectionCandidate>& candidates, const SelectionParameters& parameters)
{
    QElapsedTimer timer;
    timer.start();
    // The place of each file in its domain among the candidates.
    QList<int> order(candidates.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const SelectionCandidate& x = candidates.at(a);
        const SelectionCandidate& y = candidates.at(b);
        if (x.domainCode != y.domainCode) {
            return x.domainCode < y.domainCode;
        }
        if (x.domainRank != y.domainRank) {
            return x.domainRank < y.domainRank;
        }
        return x.id < y.id;
    });
    QList<int> place(candidates.size(), 0);
    for (int n = 0; n < order.size(); ++n) {
        const int i = order.at(n);
        place[i] = n > 0 && candidates.at(order.at(n - 1)).domainCode == candidates.at(i).domainCode
                       ? place.at(order.at(n - 1)) + 1
                       : 1;
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const bool forcedA = parameters.forcedIn.contains(candidates.at(a).id);
        const bool forcedB = parameters.forcedIn.contains(candidates.at(b).id);
        if (forcedA != forcedB) {
            return forcedA;
        }
        if (place.at(a) != place.at(b)) {
            return place.at(a) < place.at(b);
        }
        if (candidates.at(a).score != candidates.at(b).score) {
            return candidates.at(a).score > candidates.at(b).score;
        }
        return candidates.at(a).id < candidates.at(b).id;
    });

    const QList<SelectionConstraint> constraints = buildConstraints(candidates, parameters);
    QList<qint64> sums(constraints.size(), 0);
    QList<QList<QPair<int, qint64>>> memberOf(candidates.size());
    for (int k = 0; k < constraints.size(); ++k) {
        for (const auto& [i, coefficient] : constraints.at(k).terms) {
            memberOf[i].append({k, coefficient});
        }
    }
    QList<bool> selected(candidates.size(), false);
    const auto take = [&](int i) {
        if (selected.at(i) || parameters.forcedOut.contains(candidates.at(i).id)) {
            return false;
        }
        const bool fits = std::all_of(memberOf.at(i).cbegin(), memberOf.at(i).cend(), [&](const auto& term) {
            const SelectionConstraint& c = constraints.at(term.first);
            return !c.max || sums.at(term.first) + term.second <= *c.max;
        });
        if (fits) {
            selected[i] = true;
            for (const auto& [k, coefficient] : memberOf.at(i)) {
                sums[k] += coefficient;
            }
        }
        return fits;
    };
    // Forced files first, then coverage: each department or GHT still uncovered gets its first file that fits.
    for (int i : std::as_const(order)) {
        if (parameters.forcedIn.contains(candidates.at(i).id)) {
            take(i);
        }
    }
    for (int k = 0; k < constraints.size(); ++k) {
        const SelectionConstraint& c = constraints.at(k);
        if (c.kind != SelectionConstraint::Kind::Department && c.kind != SelectionConstraint::Kind::Ght) {
            continue;
        }
        QSet<int> members;
        for (const auto& term : c.terms) {
            members.insert(term.first);
        }
        for (int i : std::as_const(order)) {
            if (sums.at(k) >= 1 || (members.contains(i) && take(i))) {
                break;
            }
        }
    }
    for (int i : std::as_const(order)) {
        take(i);
    }
    SelectionResult result;
    result.method = SelectionMethod::RankFill;
    result.solverStatus = QStringLiteral("rule");
    SelectionDetail::finish(result, candidates, parameters, constraints, selected, false);
    result.elapsedMs = timer.elapsed();
    return result;
}

SelectionResult runSelection(const QList<SelectionCandidate>& candidates, const SelectionParameters& parameters,
                             const std::atomic_bool* cancel)
{
    return parameters.method == SelectionMethod::Optimal ? optimise(candidates, parameters, cancel)
                                                         : rankFill(candidates, parameters);
}

} // namespace Palier
