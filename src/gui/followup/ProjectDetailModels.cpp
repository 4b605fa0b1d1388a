// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectDetailModels.h"

#include "Formats.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Palier {

namespace {
const QColor Alert(190, 30, 30);
const QColor Reached(30, 120, 50);

QString longDate(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}
} // namespace

void PaymentScheduleModel::setPayments(QList<Payment> payments)
{
    beginResetModel();
    m_payments = std::move(payments);
    endResetModel();
}

int PaymentScheduleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_payments.size());
}

int PaymentScheduleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant PaymentScheduleModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Payment& p = m_payments.at(index.row());
    const auto column = Column(index.column());
    if (role == Qt::ForegroundRole) {
        const bool overdue = p.state == PaymentState::Due && p.dueOn.isValid() && p.dueOn < m_today;
        return overdue ? QVariant(QBrush(Alert)) : QVariant();
    }
    if (role == Qt::TextAlignmentRole) {
        return column == Column::Amount ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    if (role == Qt::EditRole) {
        return column == Column::State ? QVariant(paymentStateCode(p.state)) : data(index, Qt::DisplayRole);
    }
    if (role == Qt::ToolTipRole) {
        // The table shows the short dates to keep the reference in view.
        if (column == Column::DueOn) {
            return longDate(p.dueOn);
        }
        return column == Column::PaidOn ? QVariant(longDate(p.paidOn)) : QVariant();
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case Column::Tranche:
        return trancheLabel(p.tranche);
    case Column::Year:
        return QString::number(p.plannedYear);
    case Column::Amount:
        return Formats::amount(p.amountCents);
    case Column::State:
        return paymentStateLabel(p.state);
    case Column::DueOn:
        return Formats::shortDate(p.dueOn);
    case Column::PaidOn:
        return Formats::shortDate(p.paidOn);
    case Column::Reference:
        return p.reference;
    case Column::Count:
        break;
    }
    return {};
}

QVariant PaymentScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Column::Tranche:
        return tr("Tranche");
    case Column::Year:
        return tr("Year");
    case Column::Amount:
        return tr("Amount");
    case Column::State:
        return tr("State");
    case Column::DueOn:
        return tr("Due on");
    case Column::PaidOn:
        return tr("Paid on");
    case Column::Reference:
        return tr("Reference");
    case Column::Count:
        break;
    }
    return {};
}

void UsageTargetModel::setTargets(QList<ProjectUsageTarget> targets)
{
    beginResetModel();
    m_targets = std::move(targets);
    endResetModel();
}

int UsageTargetModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_targets.size());
}

int UsageTargetModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString UsageTargetModel::valueText(IndicatorValueType type, double value)
{
    switch (type) {
    case IndicatorValueType::Ratio:
        return tr("%1 %").arg(QLocale().toString(value, 'f', value == qRound(value) ? 0 : 1));
    case IndicatorValueType::Boolean:
        return value != 0 ? tr("yes") : tr("no");
    case IndicatorValueType::Count:
        return QLocale().toString(qRound64(value));
    }
    return QLocale().toString(value);
}

QVariant UsageTargetModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ProjectUsageTarget& t = m_targets.at(index.row());
    const auto column = Column(index.column());
    if (role == Qt::ForegroundRole && column == Column::Status) {
        if (t.status == IndicatorStatus::NotReached) {
            return QBrush(Alert);
        }
        return t.status == IndicatorStatus::Reached ? QVariant(QBrush(Reached)) : QVariant();
    }
    if (role == Qt::ToolTipRole && (column == Column::Indicator || column == Column::Code)) {
        return t.label;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case Column::Code:
        return t.code;
    case Column::Indicator:
        return t.label;
    case Column::Latest:
        return t.latestValue ? valueText(t.valueType, *t.latestValue) : tr("—");
    case Column::Period:
        return t.latestPeriod;
    case Column::Target:
        return valueText(t.valueType, t.target);
    case Column::Status:
        return indicatorStatusLabel(t.status);
    case Column::Count:
        break;
    }
    return {};
}

QVariant UsageTargetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Column::Code:
        return tr("Code");
    case Column::Indicator:
        return tr("Indicator");
    case Column::Latest:
        return tr("Latest value");
    case Column::Period:
        return tr("Period");
    case Column::Target:
        return tr("Target");
    case Column::Status:
        return tr("Status");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace Palier
