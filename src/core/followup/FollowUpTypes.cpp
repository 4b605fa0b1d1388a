// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/FollowUpTypes.h"
// From this folder too: lupdate, run without include paths, then files FollowUp::tr under Palier::FollowUp.
#include "FollowUpTypes.h"

#include <array>

namespace Palier {

namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> fromCode(QStringView code, const std::array<Enum, N>& values, QString (*codeOf)(Enum))
{
    for (Enum value : values) {
        if (code.compare(codeOf(value), Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace

QString projectStateCode(ProjectState state)
{
    switch (state) {
    case ProjectState::Finished:
        return QStringLiteral("termine");
    case ProjectState::Abandoned:
        return QStringLiteral("abandonne");
    case ProjectState::InProgress:
        break;
    }
    return QStringLiteral("en_cours");
}

std::optional<ProjectState> projectStateFromCode(QStringView code)
{
    return fromCode(code, std::array{ProjectState::InProgress, ProjectState::Finished, ProjectState::Abandoned},
                    &projectStateCode);
}

QString projectStateLabel(ProjectState state)
{
    switch (state) {
    case ProjectState::Finished:
        return FollowUp::tr("finished");
    case ProjectState::Abandoned:
        return FollowUp::tr("abandoned");
    case ProjectState::InProgress:
        break;
    }
    return FollowUp::tr("in progress");
}

QString trancheCode(Tranche tranche)
{
    return tranche == Tranche::Usage ? QStringLiteral("usage") : QStringLiteral("amorcage");
}

std::optional<Tranche> trancheFromCode(QStringView code)
{
    return fromCode(code, std::array{Tranche::Seed, Tranche::Usage}, &trancheCode);
}

QString trancheLabel(Tranche tranche)
{
    return tranche == Tranche::Usage ? FollowUp::tr("usage") : FollowUp::tr("start-up");
}

QString paymentStateCode(PaymentState state)
{
    switch (state) {
    case PaymentState::Due:
        return QStringLiteral("du");
    case PaymentState::Paid:
        return QStringLiteral("verse");
    case PaymentState::Cancelled:
        return QStringLiteral("annule");
    case PaymentState::Planned:
        break;
    }
    return QStringLiteral("prevu");
}

std::optional<PaymentState> paymentStateFromCode(QStringView code)
{
    return fromCode(code,
                    std::array{PaymentState::Planned, PaymentState::Due, PaymentState::Paid, PaymentState::Cancelled},
                    &paymentStateCode);
}

QString paymentStateLabel(PaymentState state)
{
    switch (state) {
    case PaymentState::Due:
        return FollowUp::tr("due");
    case PaymentState::Paid:
        return FollowUp::tr("paid");
    case PaymentState::Cancelled:
        return FollowUp::tr("cancelled");
    case PaymentState::Planned:
        break;
    }
    return FollowUp::tr("planned");
}

void PaymentTotals::add(PaymentState state, qint64 cents)
{
    switch (state) {
    case PaymentState::Planned:
        plannedCents += cents;
        break;
    case PaymentState::Due:
        dueCents += cents;
        break;
    case PaymentState::Paid:
        paidCents += cents;
        break;
    case PaymentState::Cancelled:
        cancelledCents += cents;
        break;
    }
}

} // namespace Palier
