// SPDX-License-Identifier: GPL-3.0-or-later
// The readiness check run before a version is sealed and sent to DGOS.
#include "selection/DgosExport.h"

#include "db/Database.h"
#include "model/Identifiers.h"
#include "prerequisites/Eligibility.h"
#include "selection/Roadmap.h"
#include "selection/RunStore.h"
#include "selection/Selection.h"
#include "workflow/Workflow.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Palier {

bool Readiness::blocked() const
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const ReadinessIssue& i) { return i.blocking; });
}

Result<Readiness> checkReadiness(const Database& db, qint64 runId, const QDate& today)
{
    Readiness readiness;
    Result<RunSummary> run = loadRun(db, runId);
    if (!run) {
        return run.error();
    }
    Result<QList<RunRow>> rows = loadRunRows(db, runId);
    if (!rows) {
        return rows.error();
    }
    Result<Workflow> workflow = Workflow::load(db);
    if (!workflow) {
        return workflow.error();
    }
    Result<EligibilityTable> eligibility = eligibilityTable(db);
    if (!eligibility) {
        return eligibility.error();
    }
    Result<QDate> deadline = dgosDeadline(db);
    if (!deadline) {
        return deadline.error();
    }
    auto block = [&readiness](const QString& message) { readiness.issues.append({true, message}); };
    auto warn = [&readiness](const QString& message) { readiness.issues.append({false, message}); };
    if (run->sealed()) {
        block(QCoreApplication::translate(
                  "Palier::DgosExport", "Version %1 is already sealed: save a new version to change the preselection.")
                  .arg(runId));
    }
    if (run->solverStatus == QLatin1String("infeasible")) {
        block(
            QCoreApplication::translate("Palier::DgosExport", "Version %1 found no selection meeting its constraints.")
                .arg(runId));
    }
    QMap<QString, qint64> perDomain;
    QMap<QString, qint64> perStatus;
    qint64 total = 0;
    int notEligible = 0;
    for (const RunRow& r : rows.value()) {
        if (r.state != r.item.decision && !workflow->transition(r.state, r.item.decision)) {
            block(QCoreApplication::translate(
                      "Palier::DgosExport",
                      "File %1 (%2, %3) is “%4” and cannot become “%5”: bring it back to instruction first.")
                      .arg(r.item.candidatureId)
                      .arg(r.establishment, r.domainCode, workflow->label(r.state), workflow->label(r.item.decision)));
        }
        if (!r.item.selected) {
            continue;
        }
        if (!Identifiers::isValidFiness(r.finess)) {
            block(
                QCoreApplication::translate("Palier::DgosExport", "File %1: the FINESS number “%2” of %3 is not valid.")
                    .arg(r.item.candidatureId)
                    .arg(r.finess, r.establishment));
        }
        total += r.item.amountCents;
        perDomain[r.domainCode] += r.item.amountCents;
        perStatus[r.status] += r.item.amountCents;
        const EligibilityRow* eligible = eligibility->find(r.establishmentId);
        if (!eligible || !eligible->eligible) {
            ++notEligible;
        }
    }
    const SelectionParameters& p = run->parameters;
    if (total > p.envelopeCents) {
        block(
            QCoreApplication::translate("Palier::DgosExport", "The files selected total %1, above the envelope of %2.")
                .arg(SelectionTexts::money(total), SelectionTexts::money(p.envelopeCents)));
    }
    for (const Quota& q : p.quotas) {
        const qint64 sum = q.kind == QuotaKind::Domain ? perDomain.value(q.code) : perStatus.value(q.code);
        const QString name = q.kind == QuotaKind::Domain ? q.code : SelectionTexts::statusName(q.code);
        if (q.maxCents && sum > *q.maxCents) {
            block(QCoreApplication::translate("Palier::DgosExport", "%1 gets %2, above its maximum of %3.")
                      .arg(name, SelectionTexts::money(sum), SelectionTexts::money(*q.maxCents)));
        }
        if (q.minCents && *q.minCents > sum) {
            warn(QCoreApplication::translate("Palier::DgosExport", "%1 gets %2, below its minimum of %3.")
                     .arg(name, SelectionTexts::money(sum), SelectionTexts::money(*q.minCents)));
        }
    }
    if (notEligible > 0) {
        warn(QCoreApplication::translate(
            "Palier::DgosExport",
            "%Ln selected file(s) belong to establishments that have not reached every prerequisite yet: "
            "they cannot be paid before.",
            nullptr, notEligible));
    }
    QSqlQuery pending(db.connection());
    const QString waiting =
        QStringLiteral("SELECT count(*) FROM candidature WHERE state IN ('recu', 'recevable', 'en_instruction')");
    const int waitingCount = pending.exec(waiting) && pending.next() ? pending.value(0).toInt() : 0;
    if (waitingCount > 0) {
        warn(QCoreApplication::translate(
            "Palier::DgosExport", "%Ln file(s) are still waiting for instruction and are not part of this version.",
            nullptr, waitingCount));
    }
    readiness.deadline = deadline.value();
    if (readiness.deadline.isValid()) {
        readiness.daysLeft = today.daysTo(readiness.deadline);
        if (readiness.daysLeft < 0) {
            warn(QCoreApplication::translate("Palier::DgosExport", "The DGOS deadline (%1) passed %Ln day(s) ago.",
                                             nullptr, int(-readiness.daysLeft))
                     .arg(QLocale().toString(readiness.deadline, QStringLiteral("d MMMM yyyy"))));
        }
    }
    return readiness;
}

} // namespace Palier
