// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DashboardTableModel.h"

#include <QDate>

namespace Palier {

/// The payments to watch (scheduledPayments()): overdue first, then due, upcoming and late planned tranches. The
/// overdue and late ones read in red.
class PaymentAlertModel : public DashboardTableModel
{
    Q_OBJECT

public:
    enum class Column { Timing, Establishment, Domain, Tranche, Amount, Due, DaysLeft, Count };
    explicit PaymentAlertModel(QObject* parent = nullptr);
    Result<void> load(const Database& db) override;
    void setToday(const QDate& today) { m_today = today; }

protected:
    bool isAlert(int row, int column) const override;

private:
    QDate m_today = QDate::currentDate();
    QList<bool> m_late;
};

} // namespace Palier
