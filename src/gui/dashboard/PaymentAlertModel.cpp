// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaymentAlertModel.h"

#include "followup/Payments.h"

#include <QLocale>

namespace Palier {

PaymentAlertModel::PaymentAlertModel(QObject* parent)
    : DashboardTableModel(parent)
{
    setColumns({{tr("Situation"), Kind::Text},
                {tr("Establishment"), Kind::Text},
                {tr("Domain"), Kind::Text},
                {tr("Tranche"), Kind::Text},
                {tr("Amount"), Kind::Amount},
                {tr("Due"), Kind::Text},
                {tr("Days left"), Kind::DaysLeft}});
}

Result<void> PaymentAlertModel::load(const Database& db)
{
    clear();
    Result<QList<ScheduledPayment>> scheduled = scheduledPayments(db, m_today);
    if (!scheduled) {
        return scheduled.error();
    }
    QList<Row> rows;
    QList<bool> late;
    for (const ScheduledPayment& s : scheduled.value()) {
        const Payment& p = s.payment;
        const bool due = s.timing == PaymentTiming::Overdue || s.timing == PaymentTiming::DueSoon;
        const QString when =
            due ? QLocale().toString(p.dueOn, QStringLiteral("d MMMM yyyy")) : tr("planned for %1").arg(p.plannedYear);
        const QVariant days = due ? QVariant(m_today.daysTo(p.dueOn)) : QVariant();
        rows.append({p.id,
                     {paymentTimingLabel(s.timing), p.establishment, p.domainCode, trancheLabel(p.tranche),
                      euros(p.amountCents), when, days}});
        late.append(s.timing == PaymentTiming::Overdue || s.timing == PaymentTiming::LatePlanned);
    }
    m_late = late;
    setRows(rows);
    return {};
}

bool PaymentAlertModel::isAlert(int row, int column) const
{
    return m_late.value(row) || DashboardTableModel::isAlert(row, column);
}

} // namespace Palier
