// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "followup/Declarations.h"
#include "followup/FollowUpTypes.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace Palier {

/// The payment schedule of one project: its tranches with year, amount, state, due and paid dates and reference.
/// A due tranche past its due date reads in red.
class PaymentScheduleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Tranche, Year, Amount, State, DueOn, PaidOn, Reference, Count };
    using QAbstractTableModel::QAbstractTableModel;

    void setPayments(QList<Payment> payments);
    const Payment& payment(int row) const { return m_payments.at(row); }
    void setToday(const QDate& today) { m_today = today; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Payment> m_payments;
    QDate m_today = QDate::currentDate();
};

/// The usage indicators of a project's domain: the latest declaration against the target.
class UsageTargetModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// The label last: it takes the room left, and reads in full in its tooltip.
    enum class Column { Code, Latest, Period, Target, Status, Indicator, Count };
    using QAbstractTableModel::QAbstractTableModel;

    void setTargets(QList<ProjectUsageTarget> targets);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// A value as the referent reads it: "85 %", "yes", "12".
    static QString valueText(IndicatorValueType type, double value);

private:
    QList<ProjectUsageTarget> m_targets;
};

} // namespace Palier
