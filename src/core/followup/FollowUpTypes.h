// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The follow-up of funded projects as values: projects, their payments and the codes the database stores.

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Palier {

/// Where a funded project stands (table project.state; the same codes as its candidature's workflow state).
enum class ProjectState {
    InProgress, ///< en_cours
    Finished,   ///< termine: needs a finishing date
    Abandoned   ///< abandonne: needs a reason; its unpaid tranches are cancelled
};

/// One tranche of a project's funding (table payment.tranche).
enum class Tranche {
    Seed, ///< amorcage: the start-up share (20 % in Hop'EN), paid once the prerequisites are met
    Usage ///< usage: the rest, paid once the domain's usage targets and the prerequisites are met
};

/// Where a payment stands (table payment.state).
enum class PaymentState {
    Planned,  ///< prevu
    Due,      ///< du: has a due date
    Paid,     ///< verse: has a payment date and a reference; frozen by a trigger
    Cancelled ///< annule
};

/// "en_cours", "termine", "abandonne".
QString projectStateCode(ProjectState state);
std::optional<ProjectState> projectStateFromCode(QStringView code);
/// Translated: "in progress", "finished", "abandoned".
QString projectStateLabel(ProjectState state);

/// "amorcage", "usage".
QString trancheCode(Tranche tranche);
std::optional<Tranche> trancheFromCode(QStringView code);
/// Translated: "start-up", "usage".
QString trancheLabel(Tranche tranche);

/// "prevu", "du", "verse", "annule".
QString paymentStateCode(PaymentState state);
std::optional<PaymentState> paymentStateFromCode(QStringView code);
/// Translated: "planned", "due", "paid", "cancelled".
QString paymentStateLabel(PaymentState state);

/// What a set of payments adds up to, by state (cents).
struct PaymentTotals
{
    qint64 paidCents = 0;
    qint64 dueCents = 0;
    qint64 plannedCents = 0;
    qint64 cancelledCents = 0;

    /// paid + due + planned: what the ARS has paid or still owes.
    qint64 committedCents() const { return paidCents + dueCents + plannedCents; }
    /// paid + due + planned + cancelled: every tranche scheduled.
    qint64 scheduledCents() const { return committedCents() + cancelledCents; }
    void add(PaymentState state, qint64 cents);
};

/// One funded project with what names it to the user and its payments' totals.
struct Project
{
    qint64 id = 0;
    qint64 candidatureId = 0;
    qint64 establishmentId = 0;
    QString finess;
    QString establishment;
    QString legalStatus; ///< code: public, prive_lucratif, prive_non_lucratif, clcc
    QString department;  ///< code, may be empty
    QString domainCode;
    QString title;
    ProjectState state = ProjectState::InProgress;
    qint64 grantedCents = 0;
    int selectionYear = 0;
    int usageYear = 0;
    QDate startedOn;  ///< may be invalid
    QDate finishedOn; ///< set when finished
    QString stateReason;
    QDateTime createdAt; ///< UTC
    PaymentTotals totals;
    qint64 rowVersion = 0; ///< of the project row, as read (RowVersion.h)
};

/// One tranche of a project.
struct Payment
{
    qint64 id = 0;
    qint64 projectId = 0;
    Tranche tranche = Tranche::Seed;
    int plannedYear = 0;
    qint64 amountCents = 0;
    PaymentState state = PaymentState::Planned;
    QDate dueOn;  ///< set when due (and kept once paid)
    QDate paidOn; ///< set when paid
    QString reference;
    QDateTime changedAt; ///< UTC
    // The project it belongs to, for lists.
    qint64 candidatureId = 0;
    QString finess;
    QString establishment;
    QString domainCode;
    ProjectState projectState = ProjectState::InProgress;
    qint64 rowVersion = 0; ///< of the payment row, as read (RowVersion.h)
};

/// A progress note on a project.
struct ProjectNote
{
    qint64 id = 0;
    qint64 projectId = 0;
    QDateTime writtenAt; ///< UTC
    QString author;
    QString body;
};

/// The translation context of the follow-up's messages.
class FollowUp
{
    Q_DECLARE_TR_FUNCTIONS(Palier::FollowUp)
};

} // namespace Palier
