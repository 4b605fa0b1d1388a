// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/Payments.h"
// From this folder too: lupdate, run without include paths, then files FollowUp::tr under Palier::FollowUp.
#include "FollowUpTypes.h"

#include "db/Database.h"
#include "db/RowVersion.h"
#include "followup/Declarations.h"
#include "followup/FollowUpSql.h"
#include "followup/Projects.h"
#include "workflow/Workflow.h"

#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

namespace Palier {

namespace {

using FollowUpSql::dateValue;
using FollowUpSql::timeText;

constexpr int DefaultPaymentDelayDays = 30;
constexpr int MaxReferenceLength = 64;

Error transitionRefused(const Payment& payment, PaymentState to)
{
    QString message;
    switch (payment.state) {
    case PaymentState::Paid:
        message = FollowUp::tr("Payment %1 was paid on %2 (reference %3): a paid tranche never changes.")
                      .arg(payment.id)
                      .arg(QLocale().toString(payment.paidOn, QLocale::LongFormat), payment.reference);
        break;
    case PaymentState::Cancelled:
        message =
            FollowUp::tr("Payment %1 is cancelled: it cannot become %2.").arg(payment.id).arg(paymentStateLabel(to));
        break;
    case PaymentState::Planned:
        message =
            to == PaymentState::Paid
                ? FollowUp::tr("Payment %1 is planned, not due: it can be paid once it is due (prerequisites "
                               "met, and for the usage tranche the usage targets reached). Run the follow-up "
                               "refresh after the declarations are imported.")
                      .arg(payment.id)
                : FollowUp::tr("Payment %1 is planned: it can be cancelled, or becomes due by itself.").arg(payment.id);
        break;
    case PaymentState::Due:
        message = FollowUp::tr("Payment %1 is due: it can be paid or cancelled.").arg(payment.id);
        break;
    }
    return {QStringLiteral("followup.payment-transition"), message,
            QStringLiteral("%1 -> %2").arg(paymentStateCode(payment.state), paymentStateCode(to))};
}

/// Checks that `payment` may go to `to` by hand.
Result<void> checkManualTransition(const Payment& payment, PaymentState to)
{
    const PaymentTransition* transition = paymentTransition(payment.state, to);
    if (!transition || transition->automaticOnly) {
        return transitionRefused(payment, to);
    }
    return {};
}

/// The error of an edit prepared on version `expectedVersion` of a payment that is now `now`: who changed it, when,
/// and what it is now.
Error paymentConflict(const Database& db, const Payment& now, qint64 expectedVersion)
{
    const LastChange last = lastChange(db, QStringLiteral("payment"), now.id);
    const QString state = paymentStateDescription(now);
    QString message;
    if (last.at.isValid()) {
        const QDateTime local = last.at.toLocalTime();
        message = FollowUp::tr("%1 changed payment %2 on %3 at %4 while you were working on it: it is now %5. Your "
                               "change was not saved; the page now shows the payment as it is.")
                      .arg(last.user.isEmpty() ? FollowUp::tr("Someone else") : last.user)
                      .arg(now.id)
                      .arg(QLocale().toString(local.date(), QStringLiteral("d MMMM yyyy")),
                           QLocale().toString(local.time(), QLocale::ShortFormat), state);
    } else {
        message = FollowUp::tr("Someone else changed payment %1 while you were working on it: it is now %2. Your "
                               "change was not saved; the page now shows the payment as it is.")
                      .arg(now.id)
                      .arg(state);
    }
    return {QStringLiteral("db.conflict"), message,
            QStringLiteral("payment %1: version %2 expected, %3 found")
                .arg(now.id)
                .arg(expectedVersion)
                .arg(now.rowVersion)};
}

/// "db.conflict" when `payment` is no longer at `expectedVersion`.
Result<void> checkVersion(const Database& db, const Payment& payment, std::optional<qint64> expectedVersion)
{
    if (expectedVersion && payment.rowVersion != *expectedVersion) {
        return paymentConflict(db, payment, *expectedVersion);
    }
    return {};
}

Result<void> setState(const Database& db, qint64 paymentId, PaymentState state, const QDate& dueOn, const QDate& paidOn,
                      const QString& reference, const QDateTime& when, bool keepDueOn,
                      std::optional<qint64> expectedVersion = std::nullopt)
{
    QSqlQuery update(db.connection());
    update.prepare((keepDueOn ? QStringLiteral("UPDATE payment SET state = ?, paid_on = ?, reference = ?, changed_at = "
                                               "? WHERE id = ?")
                              : QStringLiteral("UPDATE payment SET state = ?, paid_on = ?, reference = ?, changed_at = "
                                               "?, due_on = ? WHERE id = ?")) +
                   (expectedVersion ? QStringLiteral(" AND row_version = ?") : QString()));
    update.addBindValue(paymentStateCode(state));
    update.addBindValue(dateValue(paidOn));
    update.addBindValue(reference.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(reference));
    update.addBindValue(timeText(when));
    if (!keepDueOn) {
        update.addBindValue(dateValue(dueOn));
    }
    update.addBindValue(paymentId);
    if (expectedVersion) {
        update.addBindValue(*expectedVersion);
    }
    if (!update.exec()) {
        return sqlError(FollowUp::tr("Cannot record the change of payment %1.").arg(paymentId), update);
    }
    if (expectedVersion && update.numRowsAffected() != 1) {
        // Changed by someone else between the reading and the writing (PostgreSQL: their commit came in between).
        Result<Payment> now = loadPayment(db, paymentId);
        if (!now) {
            return now.error();
        }
        return paymentConflict(db, now.value(), *expectedVersion);
    }
    return {};
}

template <typename Apply>
auto inTransaction(const Database& db, Apply apply) -> decltype(apply())
{
    TransactionGuard transaction(db);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    auto result = apply();
    if (!result) {
        return result;
    }
    if (Result<void> committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return result;
}

} // namespace

const QList<PaymentTransition>& paymentTransitions()
{
    using S = PaymentState;
    // from, to, due date, payment date + reference, reason, automatic only
    static const QList<PaymentTransition> table{
        {S::Planned, S::Due, true, false, false, true},    {S::Due, S::Planned, false, false, false, true},
        {S::Due, S::Paid, false, true, false, false},      {S::Planned, S::Cancelled, false, false, true, false},
        {S::Due, S::Cancelled, false, false, true, false},
    };
    return table;
}

const PaymentTransition* paymentTransition(PaymentState from, PaymentState to)
{
    const QList<PaymentTransition>& table = paymentTransitions();
    const auto it = std::find_if(table.cbegin(), table.cend(),
                                 [&](const PaymentTransition& t) { return t.from == from && t.to == to; });
    return it == table.cend() ? nullptr : &*it;
}

int paymentDelayDays(const Database& db)
{
    QSqlQuery query(db.connection());
    if (query.exec(QStringLiteral("SELECT value FROM setting WHERE key = 'followup.payment_delay_days'")) &&
        query.next()) {
        bool ok = false;
        const int days = query.value(0).toInt(&ok);
        if (ok && days >= 0) {
            return days;
        }
    }
    return DefaultPaymentDelayDays;
}

Result<QList<Payment>> listPayments(const Database& db, const PaymentFilter& filter)
{
    QStringList where;
    QVariantList values;
    if (filter.state) {
        where.append(QStringLiteral("y.state = ?"));
        values.append(paymentStateCode(*filter.state));
    }
    if (filter.projectId) {
        where.append(QStringLiteral("y.project_id = ?"));
        values.append(*filter.projectId);
    }
    if (filter.overdueOnly) {
        where.append(QStringLiteral("y.state = 'du' AND y.due_on < ?"));
        values.append(filter.asOf.toString(Qt::ISODate));
    }
    return FollowUpSql::payments(db, where.join(QStringLiteral(" AND ")), values);
}

Result<Payment> loadPayment(const Database& db, qint64 paymentId)
{
    Result<QList<Payment>> found = FollowUpSql::payments(db, QStringLiteral("y.id = ?"), {paymentId});
    if (!found) {
        return found.error();
    }
    if (found->isEmpty()) {
        return FollowUpSql::unknownPayment(paymentId);
    }
    return found->constFirst();
}

Result<Payment> applyPayment(const Database& db, qint64 paymentId, const QDate& paidOn, const QString& reference,
                             const QDate& today, std::optional<qint64> expectedVersion)
{
    Result<Payment> payment = loadPayment(db, paymentId);
    if (!payment) {
        return payment;
    }
    if (Result<void> current = checkVersion(db, payment.value(), expectedVersion); !current) {
        return current.error();
    }
    if (Result<void> allowed = checkManualTransition(payment.value(), PaymentState::Paid); !allowed) {
        return allowed.error();
    }
    // The tranche fell due `delay` days before its due date (refreshDuePayments()): it cannot be paid before.
    const QDate fellDue = payment->dueOn.isValid() ? payment->dueOn.addDays(-paymentDelayDays(db)) : QDate();
    if (!paidOn.isValid() || paidOn > today || (fellDue.isValid() && paidOn < fellDue)) {
        return Error{QStringLiteral("followup.payment-date"),
                     FollowUp::tr("Give the date payment %1 was made: a real date, not in the future, and not before "
                                  "the tranche fell due (%2).")
                         .arg(paymentId)
                         .arg(QLocale().toString(fellDue, QLocale::LongFormat)),
                     paidOn.toString(Qt::ISODate)};
    }
    const QString ref = reference.trimmed();
    if (ref.isEmpty() || ref.size() > MaxReferenceLength) {
        return Error{QStringLiteral("followup.reference-required"),
                     FollowUp::tr("Give the accounting reference of the transfer for payment %1 (%2 characters at "
                                  "most).")
                         .arg(paymentId)
                         .arg(MaxReferenceLength),
                     ref};
    }
    if (Result<void> set = setState(db, paymentId, PaymentState::Paid, {}, paidOn, ref,
                                    QDateTime(today, QTime(12, 0), Qt::UTC), true, expectedVersion);
        !set) {
        return set.error();
    }
    return loadPayment(db, paymentId);
}

Result<Payment> payPayment(const Database& db, qint64 paymentId, const QDate& paidOn, const QString& reference,
                           const QDate& today, std::optional<qint64> expectedVersion)
{
    return inTransaction(db, [&]() { return applyPayment(db, paymentId, paidOn, reference, today, expectedVersion); });
}

Result<Payment> applyCancelPayment(const Database& db, qint64 paymentId, const QString& reason,
                                   std::optional<qint64> expectedVersion)
{
    Result<Payment> payment = loadPayment(db, paymentId);
    if (!payment) {
        return payment;
    }
    if (Result<void> current = checkVersion(db, payment.value(), expectedVersion); !current) {
        return current.error();
    }
    if (Result<void> allowed = checkManualTransition(payment.value(), PaymentState::Cancelled); !allowed) {
        return allowed.error();
    }
    if (reason.trimmed().isEmpty()) {
        return Error{QStringLiteral("followup.reason-required"),
                     FollowUp::tr("Give the reason why payment %1 is cancelled.").arg(paymentId),
                     {}};
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (Result<void> set = setState(db, paymentId, PaymentState::Cancelled, {}, {}, {}, now, true, expectedVersion);
        !set) {
        return set.error();
    }
    Result<ProjectNote> note = insertProjectNote(db, payment->projectId,
                                                 FollowUp::tr("Payment %1 (%2 tranche) cancelled: %3")
                                                     .arg(paymentId)
                                                     .arg(trancheLabel(payment->tranche), reason.trimmed()),
                                                 {}, now);
    if (!note) {
        return note.error();
    }
    return loadPayment(db, paymentId);
}

Result<Payment> cancelPayment(const Database& db, qint64 paymentId, const QString& reason,
                              std::optional<qint64> expectedVersion)
{
    return inTransaction(db, [&]() { return applyCancelPayment(db, paymentId, reason, expectedVersion); });
}

QString paymentStateDescription(const Payment& payment)
{
    const QLocale locale;
    switch (payment.state) {
    case PaymentState::Paid:
        return FollowUp::tr("paid on %1 (reference %2)")
            .arg(locale.toString(payment.paidOn, QStringLiteral("d MMMM yyyy")), payment.reference);
    case PaymentState::Due:
        return payment.dueOn.isValid()
                   ? FollowUp::tr("due by %1").arg(locale.toString(payment.dueOn, QStringLiteral("d MMMM yyyy")))
                   : FollowUp::tr("due");
    case PaymentState::Cancelled:
        return FollowUp::tr("cancelled");
    case PaymentState::Planned:
        break;
    }
    return FollowUp::tr("planned for %1").arg(payment.plannedYear);
}

Result<QList<PaymentStateUpdate>> applyDueRefresh(const Database& db, const QDate& asOf)
{
    Result<QHash<qint64, ProjectTargets>> targets = allProjectTargets(db);
    if (!targets) {
        return targets.error();
    }
    Result<QList<Payment>> open =
        FollowUpSql::payments(db, QStringLiteral("y.state IN ('prevu', 'du') AND p.state <> 'abandonne'"), {});
    if (!open) {
        return open.error();
    }
    const QDate dueOn = asOf.addDays(paymentDelayDays(db));
    const QDateTime when(asOf, QTime(12, 0), Qt::UTC);
    QList<PaymentStateUpdate> updates;
    for (const Payment& y : std::as_const(open.value())) {
        const ProjectTargets t = targets->value(y.projectId);
        const bool condition = t.prerequisitesMet && (y.tranche == Tranche::Seed || t.targetsReached);
        PaymentStateUpdate u{y.id,          y.projectId, y.finess, y.domainCode, y.tranche,
                             y.amountCents, y.state,     y.state,  {},           {}};
        if (y.state == PaymentState::Planned && condition) {
            u.to = PaymentState::Due;
            u.dueOn = dueOn;
            u.reason = y.tranche == Tranche::Seed
                           ? FollowUp::tr("the establishment meets every prerequisite")
                           : FollowUp::tr("every usage target of %1 is reached and the establishment meets every "
                                          "prerequisite")
                                 .arg(y.domainCode);
        } else if (y.state == PaymentState::Due && !condition) {
            u.to = PaymentState::Planned;
            u.reason = !t.prerequisitesMet
                           ? FollowUp::tr("the establishment no longer meets every prerequisite")
                           : FollowUp::tr("a usage target of %1 is no longer reached").arg(y.domainCode);
        } else {
            continue;
        }
        if (Result<void> set = setState(db, y.id, u.to, u.dueOn, {}, {}, when, false); !set) {
            return set.error();
        }
        updates.append(u);
    }
    return updates;
}

Result<QList<PaymentStateUpdate>> refreshDuePayments(const Database& db, const QDate& asOf)
{
    return inTransaction(db, [&]() { return applyDueRefresh(db, asOf); });
}

QString paymentTimingCode(PaymentTiming timing)
{
    switch (timing) {
    case PaymentTiming::Overdue:
        return QStringLiteral("overdue");
    case PaymentTiming::DueSoon:
        return QStringLiteral("due");
    case PaymentTiming::LatePlanned:
        return QStringLiteral("late");
    case PaymentTiming::Upcoming:
        break;
    }
    return QStringLiteral("upcoming");
}

QString paymentTimingLabel(PaymentTiming timing)
{
    switch (timing) {
    case PaymentTiming::Overdue:
        return FollowUp::tr("overdue");
    case PaymentTiming::DueSoon:
        return FollowUp::tr("due");
    case PaymentTiming::LatePlanned:
        return FollowUp::tr("planned, behind schedule");
    case PaymentTiming::Upcoming:
        break;
    }
    return FollowUp::tr("upcoming");
}

Result<QList<ScheduledPayment>> scheduledPayments(const Database& db, const QDate& asOf)
{
    Result<QList<Payment>> open = FollowUpSql::payments(
        db,
        QStringLiteral("p.state <> 'abandonne' AND (y.state = 'du' OR (y.state = 'prevu' AND y.planned_year <= ?))"),
        {asOf.year() + 1});
    if (!open) {
        return open.error();
    }
    QList<ScheduledPayment> result;
    result.reserve(open->size());
    for (const Payment& y : std::as_const(open.value())) {
        ScheduledPayment s{y, PaymentTiming::Upcoming, 0};
        if (y.state == PaymentState::Due) {
            const bool late = y.dueOn.isValid() && y.dueOn < asOf;
            s.timing = late ? PaymentTiming::Overdue : PaymentTiming::DueSoon;
            s.daysLate = late ? int(y.dueOn.daysTo(asOf)) : 0;
        } else if (y.plannedYear < asOf.year()) {
            s.timing = PaymentTiming::LatePlanned;
        }
        result.append(s);
    }
    std::stable_sort(result.begin(), result.end(), [](const ScheduledPayment& a, const ScheduledPayment& b) {
        if (a.timing != b.timing) {
            return int(a.timing) < int(b.timing);
        }
        if (a.timing == PaymentTiming::Overdue) {
            return a.daysLate > b.daysLate;
        }
        return a.payment.plannedYear < b.payment.plannedYear;
    });
    return result;
}

} // namespace Palier
