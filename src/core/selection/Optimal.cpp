// SPDX-License-Identifier: GPL-3.0-or-later
// The optimal preselection: a 0-1 integer programme solved by GLPK (branch and cut, presolve on).
#include "selection/Selection.h"

#include <QElapsedTimer>

#include <glpk.h>

#include <algorithm>
#include <cmath>
#include <csetjmp>
#include <limits>
#include <numeric>

namespace Palier {

namespace {

struct SearchState
{
    const std::atomic_bool* cancel = nullptr;
    double gap = std::numeric_limits<double>::quiet_NaN();
};

void searchCallback(glp_tree* tree, void* info)
{
    auto* state = static_cast<SearchState*>(info);
    const int reason = glp_ios_reason(tree);
    if (reason == GLP_IBINGO || reason == GLP_ISELECT) {
        state->gap = glp_ios_mip_gap(tree);
    }
    if (state->cancel && state->cancel->load()) {
        glp_ios_terminate(tree);
    }
}

int silentTerminal(void*, const char*)
{
    return 1; // GLPK writes nothing to the terminal
}

struct ErrorJump
{
    std::jmp_buf buffer;
};

[[noreturn]] void onGlpkError(void* info)
{
    std::longjmp(static_cast<ErrorJump*>(info)->buffer, 1);
}

/// glp_intopt() that survives GLPK's internal assertions (GLPK 5 aborts in its cover cuts when presolve leaves no
/// column): on such an error GLPK's whole environment is freed, `lp` with it, and `failed` is set. Only C frames lie
/// between setjmp and longjmp.
int guardedIntopt(glp_prob* lp, const glp_iocp* parm, bool& failed)
{
    static thread_local ErrorJump jump;
    failed = false;
    glp_error_hook(onGlpkError, &jump);
    if (setjmp(jump.buffer) != 0) {
        glp_error_hook(nullptr, nullptr);
        glp_free_env();
        failed = true;
        return GLP_EFAIL;
    }
    const int code = glp_intopt(lp, parm);
    glp_error_hook(nullptr, nullptr);
    return code;
}

/// The smallest multiplier (at most 10,000) that makes every value a whole number, or 0 when there is none. Scores
/// are sums of weighted points, often multiples of 1/8: with whole coefficients GLPK knows the objective is integral
/// and rounds its bounds, which proves the optimum several times faster.
qint64 integralMultiplier(const QList<double>& values)
{
    qint64 multiplier = 1;
    for (double v : values) {
        qint64 q = 1;
        while (q <= 10000 &&
               std::abs(v * double(q) - std::round(v * double(q))) > 1e-7 * std::max(1.0, std::abs(v * double(q)))) {
            ++q;
        }
        if (q > 10000) {
            return 0;
        }
        multiplier = std::lcm(multiplier, q);
        if (multiplier > 10000) {
            return 0;
        }
    }
    return multiplier;
}

} // namespace

SelectionResult optimise(const QList<SelectionCandidate>& candidates, const SelectionParameters& parameters,
                         const std::atomic_bool* cancel)
{
    // GLPK keeps an environment per thread until glp_free_env(): the solver runs on worker threads (the window's
    // what-if and preselection), which would each keep theirs. Every problem is deleted by the time this runs.
    struct FreeGlpkEnvironment
    {
        ~FreeGlpkEnvironment() { glp_free_env(); }
    } freeEnvironment;
    QElapsedTimer timer;
    timer.start();
    SelectionResult result;
    result.method = SelectionMethod::Optimal;
    const QList<SelectionConstraint> constraints = buildConstraints(candidates, parameters);
    const int n = int(candidates.size());
    QList<bool> selected(n, false);

    QList<double> objective;
    for (const SelectionCandidate& f : candidates) {
        objective.append(f.score * (parameters.weightByDomain ? parameters.domainWeights.value(f.domainCode, 1) : 1.0));
    }
    const qint64 multiplier = integralMultiplier(objective);

    // Rows are scaled so that their largest coefficient is 1: GLPK's cuts and presolve go wrong on coefficients in
    // the tens of millions (cents). Its tolerances are relative, so a solution may still pass a bound by a few
    // cents: the selection is then checked in exact integers and the bound tightened by the excess before solving
    // again.
    QList<int> used; // constraints that make a row
    QList<double> scaleOf(constraints.size(), 1.0);
    QList<qint64> lowOf(constraints.size(), 0);
    QList<qint64> highOf(constraints.size(), 0);
    for (int k = 0; k < constraints.size(); ++k) {
        const SelectionConstraint& c = constraints.at(k);
        if (c.terms.isEmpty() || (!c.min && !c.max)) {
            if (c.min && *c.min > 0) { // a minimum nothing can meet
                result.solverStatus = QStringLiteral("infeasible");
            }
            continue;
        }
        used.append(k);
        qint64 largest = 1;
        for (const auto& [i, coefficient] : c.terms) {
            largest = std::max(largest, coefficient);
        }
        scaleOf[k] = double(largest);
        lowOf[k] = c.min.value_or(0);
        highOf[k] = c.max.value_or(0);
    }
    const auto build = [&]() {
        glp_prob* lp = glp_create_prob();
        glp_set_obj_dir(lp, GLP_MAX);
        glp_add_cols(lp, n);
        for (int i = 0; i < n; ++i) {
            glp_set_col_kind(lp, i + 1, GLP_BV);
            glp_set_obj_coef(lp, i + 1,
                             multiplier > 0 ? std::round(objective.at(i) * double(multiplier)) : objective.at(i));
            if (parameters.forcedOut.contains(candidates.at(i).id)) {
                glp_set_col_bnds(lp, i + 1, GLP_FX, 0, 0);
            } else if (parameters.forcedIn.contains(candidates.at(i).id)) {
                glp_set_col_bnds(lp, i + 1, GLP_FX, 1, 1);
            }
        }
        for (int k : std::as_const(used)) {
            const SelectionConstraint& c = constraints.at(k);
            const int row = glp_add_rows(lp, 1);
            std::vector<int> index(1, 0);
            std::vector<double> value(1, 0.0);
            for (const auto& [i, coefficient] : c.terms) {
                index.push_back(i + 1);
                value.push_back(double(coefficient) / scaleOf.at(k));
            }
            glp_set_mat_row(lp, row, int(index.size()) - 1, index.data(), value.data());
            const int type =
                c.min && c.max ? (lowOf.at(k) == highOf.at(k) ? GLP_FX : GLP_DB) : (c.max ? GLP_UP : GLP_LO);
            glp_set_row_bnds(lp, row, type, double(lowOf.at(k)) / scaleOf.at(k), double(highOf.at(k)) / scaleOf.at(k));
        }
        return lp;
    };

    bool stopped = false;
    if (result.solverStatus.isEmpty() && n > 0 && !used.isEmpty()) {
        glp_term_hook(silentTerminal, nullptr);
        SearchState state{cancel};
        glp_iocp parm;
        glp_init_iocp(&parm);
        parm.presolve = GLP_ON;
        parm.msg_lev = GLP_MSG_OFF;
        parm.cov_cuts = GLP_ON;
        parm.mir_cuts = GLP_ON;
        parm.cb_func = searchCallback;
        parm.cb_info = &state;
        int code = 0;
        int status = GLP_UNDEF;
        for (int attempt = 0; attempt < 8; ++attempt) {
            const qint64 left = qint64(qBound(0.1, parameters.timeLimitSeconds, 3600.0) * 1000) - timer.elapsed();
            parm.tm_lim = int(std::max<qint64>(left, 50));
            glp_prob* lp = build();
            bool failed = false;
            code = guardedIntopt(lp, &parm, failed);
            if (failed) { // lp is gone with GLPK's environment; solve again without the cuts
                glp_term_hook(silentTerminal, nullptr);
                parm.cov_cuts = GLP_OFF;
                parm.mir_cuts = GLP_OFF;
                status = GLP_UNDEF;
                continue;
            }
            status = glp_mip_status(lp);
            if (status == GLP_OPT || status == GLP_FEAS) {
                for (int i = 0; i < n; ++i) {
                    selected[i] = glp_mip_col_val(lp, i + 1) > 0.5;
                }
            }
            glp_delete_prob(lp);
            if (status != GLP_OPT && status != GLP_FEAS) {
                break;
            }
            bool exact = true;
            for (int k : std::as_const(used)) {
                const SelectionConstraint& c = constraints.at(k);
                qint64 sum = 0;
                for (const auto& [i, coefficient] : c.terms) {
                    sum += selected.at(i) ? coefficient : 0;
                }
                if (c.max && sum > *c.max) {
                    highOf[k] -= sum - *c.max;
                    exact = false;
                } else if (c.min && sum < *c.min) {
                    lowOf[k] += *c.min - sum;
                    exact = false;
                }
                if (c.min && c.max && lowOf.at(k) > highOf.at(k)) {
                    status = GLP_NOFEAS;
                }
            }
            if (exact || status == GLP_NOFEAS) {
                break;
            }
            status = GLP_UNDEF;
        }
        if (status == GLP_OPT && code == 0) {
            result.solverStatus = QStringLiteral("optimal");
            result.gap = 0.0;
        } else if (status == GLP_FEAS || (status == GLP_OPT && code != 0)) {
            result.solverStatus = QStringLiteral("feasible");
            stopped = true;
            if (!std::isnan(state.gap)) {
                result.gap = state.gap;
            }
            result.warnings.append(SelectionTexts::tr("The solver stopped before proving the optimum (time limit "
                                                      "or cancelled): the selection is the best found."));
        } else {
            result.solverStatus = QStringLiteral("infeasible");
            selected.fill(false);
        }
    } else if (result.solverStatus.isEmpty()) {
        // Nothing to choose, or no constraint at all: every file not forced out.
        for (int i = 0; i < n; ++i) {
            const qint64 id = candidates.at(i).id;
            selected[i] =
                parameters.forcedIn.contains(id) || (!parameters.forcedOut.contains(id) && candidates.at(i).score > 0);
        }
        result.solverStatus = QStringLiteral("optimal");
        result.gap = 0.0;
    }
    if (result.solverStatus == QLatin1String("infeasible")) {
        result.warnings.append(SelectionTexts::tr("No selection meets every constraint: lower a minimum, raise the "
                                                  "envelope or release a forced file."));
    }
    SelectionDetail::finish(result, candidates, parameters, constraints, selected, stopped);
    result.elapsedMs = timer.elapsed();
    return result;
}

} // namespace Palier
