// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The two preselection methods, pure functions over values.
//
// Rank-fill (the transparent rule): files are taken in order of their place in their domain among the candidates
// (every domain's first, then every domain's second…, equal places by the higher score, then the lower id), forced
// files first; a file is taken when it breaks no maximum: its domain's share, its status's quota, the payments of
// each year, the envelope, one file per establishment × domain. A file that does not fit is skipped with the
// constraint it would break, and the walk goes on. Minimums are not sought: a minimum not reached is a warning.
// Coverage (one file at least per department or per GHT) is sought: before the walk, each department or GHT not yet
// covered gets its first file in walk order that fits (forced files come first, so they may cover it already).
//
// Optimal: a 0-1 integer programme solved by GLPK, maximising Σ score (or score × domain weight) under the same
// maximums, the minimums, the forced files and, as an option, one file at least per department and/or per GHT.

#include "selection/SelectionTypes.h"

#include <QCoreApplication>

#include <atomic>

namespace Palier {

/// One linear constraint over the candidates: Σ coefficient × x ≤ max and ≥ min.
struct SelectionConstraint
{
    enum class Kind { Unique, Domain, Status, Year, Envelope, Department, Ght };
    Kind kind = Kind::Envelope;
    QString code; ///< domain, status, year, department or GHT code; the domain for Unique
    std::optional<qint64> min;
    std::optional<qint64> max;
    QList<QPair<int, qint64>> terms; ///< candidate index, coefficient (cents, or 1 for counts)
};

/// The constraints of `parameters` over `candidates`, in the order binding reasons are looked for.
QList<SelectionConstraint> buildConstraints(const QList<SelectionCandidate>& candidates,
                                            const SelectionParameters& parameters);

/// Rank-fill (see above).
SelectionResult rankFill(const QList<SelectionCandidate>& candidates, const SelectionParameters& parameters);

/// Optimal (see above); `cancel`, when set to true from another thread, stops the solver (status "feasible" with
/// the best selection found, or "infeasible" when none was found yet).
SelectionResult optimise(const QList<SelectionCandidate>& candidates, const SelectionParameters& parameters,
                         const std::atomic_bool* cancel = nullptr);

/// rankFill() or optimise() by parameters.method.
SelectionResult runSelection(const QList<SelectionCandidate>& candidates, const SelectionParameters& parameters,
                             const std::atomic_bool* cancel = nullptr);

/// The translated texts of the selection: reasons, status names, amounts.
class SelectionTexts
{
    Q_DECLARE_TR_FUNCTIONS(Palier::Selection)

public:
    /// "250 000 €" in the current locale.
    static QString money(qint64 cents);
    /// "public", "private for-profit"… as a quota names them.
    static QString statusName(const QString& code);
    /// The reason a file is left out because `constraint` would go `excessCents` over its maximum.
    static QString reason(const SelectionConstraint& constraint, qint64 excess);
    static QString forcedOut();
    static QString addsNothing();
    static QString solverStopped();
    static QString minimumNotReached(const SelectionConstraint& constraint, qint64 shortfall);
};

namespace SelectionDetail {
/// Fills decisions, reasons and totals of `result` once `selected` is known (shared by both methods).
void finish(SelectionResult& result, const QList<SelectionCandidate>& candidates, const SelectionParameters& parameters,
            const QList<SelectionConstraint>& constraints, const QList<bool>& selected, bool solverStopped);
} // namespace SelectionDetail

} // namespace Palier
