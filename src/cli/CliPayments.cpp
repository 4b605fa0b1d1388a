// SPDX-License-Identifier: GPL-3.0-or-later
// palier-cli payments, pay, followup refresh and reconcile.
#include "CliFollowUp.h"

#include "CliOptions.h"
#include "CliOutput.h"
#include "db/Database.h"
#include "followup/Payments.h"
#include "followup/Reconciliation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Palier::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Palier::Cli::FollowUp)
};

const QString StateOption = QStringLiteral("state");
const QString OverdueOption = QStringLiteral("overdue");
const QString AsOfOption = QStringLiteral("as-of");
const QString PaymentOption = QStringLiteral("payment");
const QString DateOption = QStringLiteral("date");
const QString ReferenceOption = QStringLiteral("reference");

using FollowUpCli::money;

QCommandLineOption asOfOption()
{
    return QCommandLineOption(AsOfOption, Text::tr("The day to reckon from (YYYY-MM-DD; default today)."),
                              Text::tr("date"));
}

QJsonValue dateJson(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject paymentJson(const Payment& y, const QDate& asOf)
{
    return {{QStringLiteral("id"), y.id},
            {QStringLiteral("project"), y.projectId},
            {QStringLiteral("candidature"), y.candidatureId},
            {QStringLiteral("finess"), y.finess},
            {QStringLiteral("establishment"), y.establishment},
            {QStringLiteral("domain"), y.domainCode},
            {QStringLiteral("tranche"), trancheCode(y.tranche)},
            {QStringLiteral("planned_year"), y.plannedYear},
            {QStringLiteral("amount_cents"), y.amountCents},
            {QStringLiteral("state"), paymentStateCode(y.state)},
            {QStringLiteral("due_on"), dateJson(y.dueOn)},
            {QStringLiteral("paid_on"), dateJson(y.paidOn)},
            {QStringLiteral("reference"), y.reference.isEmpty() ? QJsonValue() : QJsonValue(y.reference)},
            {QStringLiteral("overdue"), y.state == PaymentState::Due && y.dueOn.isValid() && y.dueOn < asOf}};
}

void printPayment(Output& output, const Payment& y)
{
    const QString when = y.state == PaymentState::Paid ? y.paidOn.toString(Qt::ISODate) + QLatin1Char(' ') + y.reference
                         : y.state == PaymentState::Due ? Text::tr("due by %1").arg(y.dueOn.toString(Qt::ISODate))
                                                        : QString::number(y.plannedYear);
    output.line(QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
                    .arg(y.id, 5)
                    .arg(y.projectId, 5)
                    .arg(y.finess, y.domainCode)
                    .arg(trancheLabel(y.tranche), -10)
                    .arg(paymentStateLabel(y.state), -10)
                    .arg(money(y.amountCents), 13)
                    .arg(when));
}

QJsonObject totalsJson(const PaymentTotals& t)
{
    return {{QStringLiteral("paid_cents"), t.paidCents},
            {QStringLiteral("due_cents"), t.dueCents},
            {QStringLiteral("planned_cents"), t.plannedCents},
            {QStringLiteral("cancelled_cents"), t.cancelledCents},
            {QStringLiteral("committed_cents"), t.committedCents()}};
}

QJsonObject groupJson(const GroupBalance& g)
{
    QJsonObject json = totalsJson(g.totals);
    json.insert(QStringLiteral("key"), g.key);
    json.insert(QStringLiteral("projects"), g.projects);
    json.insert(QStringLiteral("granted_cents"), g.grantedCents);
    if (g.envelopeCents >= 0) {
        json.insert(QStringLiteral("envelope_cents"), g.envelopeCents);
    }
    return json;
}

} // namespace

QList<QCommandLineOption> paymentsOptions()
{
    return {QCommandLineOption(StateOption, Text::tr("Only the payments in this state: prevu, du, verse or annule."),
                               Text::tr("state")),
            QCommandLineOption(OverdueOption, Text::tr("Only the due payments whose due date is past.")), asOfOption()};
}

int runPayments(QCommandLineParser& parser, Output& output)
{
    PaymentFilter filter;
    if (parser.isSet(StateOption)) {
        filter.state = paymentStateFromCode(parser.value(StateOption).trimmed());
        if (!filter.state) {
            return output.fail(argumentError(
                Text::tr("--state takes prevu, du, verse or annule, not “%1”.").arg(parser.value(StateOption))));
        }
    }
    Result<QDate> asOf = FollowUpCli::dateOption(parser, AsOfOption, QDate::currentDate());
    if (!asOf) {
        return output.fail(asOf.error());
    }
    filter.asOf = asOf.value();
    filter.overdueOnly = parser.isSet(OverdueOption);
    Result<std::unique_ptr<Database>> db = FollowUpCli::open(parser.value(dbOption()), false);
    if (!db) {
        return output.fail(db.error());
    }
    Result<QList<Payment>> payments = listPayments(*db.value(), filter);
    if (!payments) {
        return output.fail(payments.error());
    }
    QJsonArray list;
    PaymentTotals totals;
    for (const Payment& y : std::as_const(payments.value())) {
        printPayment(output, y);
        list.append(paymentJson(y, filter.asOf));
        totals.add(y.state, y.amountCents);
    }
    output.line(Text::tr("%1 payment(s): paid %2, due %3, planned %4, cancelled %5.")
                    .arg(payments->size())
                    .arg(money(totals.paidCents), money(totals.dueCents), money(totals.plannedCents),
                         money(totals.cancelledCents)));
    output.json({{QStringLiteral("payments"), list}, {QStringLiteral("totals"), totalsJson(totals)}});
    return Success;
}

QList<QCommandLineOption> payOptions()
{
    return {QCommandLineOption(PaymentOption, Text::tr("The number of the payment."), Text::tr("number")),
            QCommandLineOption(DateOption, Text::tr("The date of the transfer (YYYY-MM-DD)."), Text::tr("date")),
            QCommandLineOption(ReferenceOption, Text::tr("The accounting reference of the transfer."),
                               Text::tr("reference"))};
}

int runPay(QCommandLineParser& parser, Output& output)
{
    Result<qint64> id = FollowUpCli::idOption(parser, PaymentOption);
    if (!id) {
        return output.fail(id.error());
    }
    Result<QDate> date = FollowUpCli::dateOption(parser, DateOption, {});
    if (!date) {
        return output.fail(date.error());
    }
    if (!date.value().isValid() || parser.value(ReferenceOption).trimmed().isEmpty()) {
        return output.fail(argumentError(Text::tr("pay needs --date YYYY-MM-DD and --reference REF.")));
    }
    Result<std::unique_ptr<Database>> db = FollowUpCli::open(parser.value(dbOption()), true);
    if (!db) {
        return output.fail(db.error());
    }
    Result<Payment> paid = payPayment(*db.value(), id.value(), date.value(), parser.value(ReferenceOption));
    if (!paid) {
        return output.fail(paid.error(), FollowUpCli::exitCodeOf(paid.error()));
    }
    output.line(Text::tr("Payment %1 recorded as paid on %2 (reference %3).")
                    .arg(paid->id)
                    .arg(paid->paidOn.toString(Qt::ISODate), paid->reference));
    output.json({{QStringLiteral("payment"), paymentJson(paid.value(), QDate::currentDate())}});
    return Success;
}

QList<QCommandLineOption> followUpOptions()
{
    return {asOfOption()};
}

int runFollowUp(QCommandLineParser& parser, Output& output)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 1 || arguments.first() != QLatin1String("refresh")) {
        return output.fail(argumentError(Text::tr("followup takes “refresh”: palier-cli followup refresh --db FILE.")));
    }
    Result<QDate> asOf = FollowUpCli::dateOption(parser, AsOfOption, QDate::currentDate());
    if (!asOf) {
        return output.fail(asOf.error());
    }
    Result<std::unique_ptr<Database>> db = FollowUpCli::open(parser.value(dbOption()), true);
    if (!db) {
        return output.fail(db.error());
    }
    Result<QList<PaymentStateUpdate>> updates = refreshDuePayments(*db.value(), asOf.value());
    if (!updates) {
        return output.fail(updates.error());
    }
    QJsonArray changes;
    for (const PaymentStateUpdate& u : std::as_const(updates.value())) {
        output.line(Text::tr("Payment %1 (project %2, %3 %4, %5 tranche, %6): %7 → %8, %9.")
                        .arg(u.paymentId)
                        .arg(u.projectId)
                        .arg(u.finess, u.domainCode, trancheLabel(u.tranche), money(u.amountCents),
                             paymentStateLabel(u.from), paymentStateLabel(u.to), u.reason));
        changes.append(QJsonObject{{QStringLiteral("payment"), u.paymentId},
                                   {QStringLiteral("project"), u.projectId},
                                   {QStringLiteral("tranche"), trancheCode(u.tranche)},
                                   {QStringLiteral("amount_cents"), u.amountCents},
                                   {QStringLiteral("from"), paymentStateCode(u.from)},
                                   {QStringLiteral("to"), paymentStateCode(u.to)},
                                   {QStringLiteral("due_on"), dateJson(u.dueOn)},
                                   {QStringLiteral("reason"), u.reason}});
    }
    output.line(updates->isEmpty() ? Text::tr("No payment changed.")
                                   : Text::tr("%1 payment(s) changed.").arg(updates->size()));
    output.json({{QStringLiteral("as_of"), asOf.value().toString(Qt::ISODate)}, {QStringLiteral("changes"), changes}});
    return Success;
}

int runReconcile(QCommandLineParser& parser, Output& output)
{
    Result<std::unique_ptr<Database>> db = FollowUpCli::open(parser.value(dbOption()), false);
    if (!db) {
        return output.fail(db.error());
    }
    Result<ReconciliationReport> report = reconcile(*db.value());
    if (!report) {
        return output.fail(report.error());
    }
    const auto printGroup = [&](const GroupBalance& g) {
        output.line(Text::tr("  %1: %2 project(s), granted %3, paid %4, due %5, planned %6, cancelled %7")
                        .arg(g.key)
                        .arg(g.projects)
                        .arg(money(g.grantedCents), money(g.totals.paidCents), money(g.totals.dueCents),
                             money(g.totals.plannedCents), money(g.totals.cancelledCents)));
    };
    output.line(Text::tr("Per domain:"));
    QJsonArray byDomain;
    for (const GroupBalance& g : std::as_const(report->byDomain)) {
        printGroup(g);
        byDomain.append(groupJson(g));
    }
    output.line(Text::tr("Per planned year:"));
    QJsonArray byYear;
    for (const GroupBalance& g : std::as_const(report->byYear)) {
        printGroup(g);
        byYear.append(groupJson(g));
    }
    output.line(Text::tr("%1 project(s): granted %2 = paid %3 + due %4 + planned %5 + cancelled %6.")
                    .arg(report->projects.size())
                    .arg(money(report->grantedCents), money(report->totals.paidCents), money(report->totals.dueCents),
                         money(report->totals.plannedCents), money(report->totals.cancelledCents)));
    output.line(
        report->envelopeCents > 0
            ? Text::tr("Envelope: %1 committed of %2.").arg(money(report->committedCents), money(report->envelopeCents))
            : Text::tr("Envelope: none set in the roadmap; %1 committed.").arg(money(report->committedCents)));
    QJsonArray problems;
    for (const ReconciliationProblem& p : std::as_const(report->problems)) {
        output.line(Text::tr("Problem: %1").arg(p.message));
        problems.append(QJsonObject{{QStringLiteral("code"), p.code},
                                    {QStringLiteral("project"), p.projectId ? QJsonValue(p.projectId) : QJsonValue()},
                                    {QStringLiteral("message"), p.message}});
    }
    output.line(report->ok() ? Text::tr("Every amount reconciles.")
                             : Text::tr("%1 problem(s) found.").arg(report->problems.size()));
    QJsonObject json = totalsJson(report->totals);
    json.insert(QStringLiteral("ok"), report->ok());
    json.insert(QStringLiteral("projects"), int(report->projects.size()));
    json.insert(QStringLiteral("granted_cents"), report->grantedCents);
    json.insert(QStringLiteral("committed_cents"), report->committedCents);
    json.insert(QStringLiteral("envelope_cents"), report->envelopeCents);
    json.insert(QStringLiteral("by_domain"), byDomain);
    json.insert(QStringLiteral("by_year"), byYear);
    json.insert(QStringLiteral("problems"), problems);
    output.json(json);
    return report->ok() ? Success : ProblemsFound;
}

} // namespace Palier::Cli
