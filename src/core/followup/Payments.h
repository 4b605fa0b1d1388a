// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Payment schedules: the allowed moves of a tranche, paying, cancelling, which tranches are due, and the lists the
// dashboard shows (overdue, upcoming).

#include "Result.h"
#include "followup/FollowUpTypes.h"

#include <QDate>
#include <QList>

#include <optional>

namespace Palier {

class Database;

/// One allowed move of a payment, and what it needs. The whole table is paymentTransitions().
struct PaymentTransition
{
    PaymentState from = PaymentState::Planned;
    PaymentState to = PaymentState::Due;
    bool needsDueDate = false;  ///< → du
    bool needsPayment = false;  ///< → verse: payment date and reference
    bool needsReason = false;   ///< → annule (recorded as a project note)
    bool automaticOnly = false; ///< done by refreshDuePayments() only (prevu ↔ du), never by hand
};

/// prevu → du (refresh), du → prevu (refresh: the conditions no longer hold), du → verse (pay),
/// prevu → annule, du → annule (cancel, with a reason). Nothing leaves verse or annule.
const QList<PaymentTransition>& paymentTransitions();
/// The transition from `from` to `to`, or nullptr when it is not allowed.
const PaymentTransition* paymentTransition(PaymentState from, PaymentState to);

/// How many days the ARS has to pay a tranche once due: setting "followup.payment_delay_days", default 30.
int paymentDelayDays(const Database& db);

/// Which payments listPayments() returns.
struct PaymentFilter
{
    std::optional<PaymentState> state;
    std::optional<qint64> projectId;
    bool overdueOnly = false; ///< du with due_on before `asOf`
    QDate asOf = QDate::currentDate();
};

/// Payments with their project's names, by due date / planned year then FINESS. One query.
Result<QList<Payment>> listPayments(const Database& db, const PaymentFilter& filter = {});
/// One payment; error "followup.unknown-payment".
Result<Payment> loadPayment(const Database& db, qint64 paymentId);

/// Records that the due tranche `paymentId` was paid on `paidOn` under `reference` (the accounting reference of the
/// transfer). One transaction. Errors: "followup.unknown-payment", "followup.payment-transition" (not due: the
/// message says its state and what it needs), "followup.payment-date" (missing, in the future of `today`, or before
/// the tranche fell due), "followup.reference-required". With `expectedVersion` (the Payment::rowVersion the user
/// saw), "db.conflict" when someone changed the payment since: the message says who, when and what it is now
/// (paymentStateDescription()), nothing is written.
Result<Payment> payPayment(const Database& db, qint64 paymentId, const QDate& paidOn, const QString& reference,
                           const QDate& today = QDate::currentDate(),
                           std::optional<qint64> expectedVersion = std::nullopt);
/// payPayment() inside the caller's transaction.
Result<Payment> applyPayment(const Database& db, qint64 paymentId, const QDate& paidOn, const QString& reference,
                             const QDate& today, std::optional<qint64> expectedVersion = std::nullopt);

/// Cancels a planned or due tranche; the reason is kept as a note of the project. One transaction. Errors:
/// "followup.unknown-payment", "followup.payment-transition", "followup.reason-required", and with
/// `expectedVersion` "db.conflict" as payPayment().
Result<Payment> cancelPayment(const Database& db, qint64 paymentId, const QString& reason,
                              std::optional<qint64> expectedVersion = std::nullopt);
/// cancelPayment() inside the caller's transaction.
Result<Payment> applyCancelPayment(const Database& db, qint64 paymentId, const QString& reason,
                                   std::optional<qint64> expectedVersion = std::nullopt);

/// Where a payment stands, in words (translated): "paid on 3 March 2020 (reference VIR-1)", "due by …",
/// "planned for 2021", "cancelled".
QString paymentStateDescription(const Payment& payment);

/// One payment whose state refreshDuePayments() changed.
struct PaymentStateUpdate
{
    qint64 paymentId = 0;
    qint64 projectId = 0;
    QString finess;
    QString domainCode;
    Tranche tranche = Tranche::Seed;
    qint64 amountCents = 0;
    PaymentState from = PaymentState::Planned;
    PaymentState to = PaymentState::Due;
    QDate dueOn;    ///< the new due date (→ du)
    QString reason; ///< translated: why (targets reached, prerequisites no longer met…)
};

/// Recomputes which tranches are due on `asOf`, for projects not abandoned:
/// - amorçage: due when the establishment meets every prerequisite (Eligibility.h);
/// - usage: due when, besides, every usage indicator of the project's domain has its latest declared period
///   (indicator_declaration) at or over its target (a boolean equal to it). A domain without usage indicator never
///   makes the usage tranche due by itself.
/// A planned tranche whose condition holds becomes du with due_on = asOf + paymentDelayDays(); a due tranche whose
/// condition no longer holds goes back to prevu. Paid and cancelled tranches are never touched. One transaction;
/// returns what changed (empty when nothing did).
Result<QList<PaymentStateUpdate>> refreshDuePayments(const Database& db, const QDate& asOf = QDate::currentDate());
/// refreshDuePayments() inside the caller's transaction.
Result<QList<PaymentStateUpdate>> applyDueRefresh(const Database& db, const QDate& asOf);

/// How a scheduled payment stands in time, for the dashboard.
enum class PaymentTiming {
    Overdue,     ///< du, due_on before asOf
    DueSoon,     ///< du, due_on on or after asOf
    Upcoming,    ///< prevu, planned this year or next
    LatePlanned, ///< prevu, planned for a year already over (not yet due)
};

/// "overdue", "due", "upcoming", "late".
QString paymentTimingCode(PaymentTiming timing);
/// Translated.
QString paymentTimingLabel(PaymentTiming timing);

struct ScheduledPayment
{
    Payment payment;
    PaymentTiming timing = PaymentTiming::Upcoming;
    int daysLate = 0; ///< Overdue: days since due_on
};

/// The due and planned payments of projects not abandoned, as of `asOf`: overdue first (most late first), then due,
/// upcoming (by planned year), late planned. Planned payments for years after asOf.year() + 1 are left out.
Result<QList<ScheduledPayment>> scheduledPayments(const Database& db, const QDate& asOf = QDate::currentDate());

} // namespace Palier
