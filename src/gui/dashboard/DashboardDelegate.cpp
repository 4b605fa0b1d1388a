// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardDelegate.h"

#include "DashboardTableModel.h"
#include "Formats.h"

#include <QLocale>

namespace Palier {

QString DashboardDelegate::text(const QModelIndex& index)
{
    using Kind = DashboardTableModel::Kind;
    const QVariant value = index.data(Qt::DisplayRole);
    if (!value.isValid() || value.isNull()) {
        return {};
    }
    const QLocale locale;
    switch (Kind(index.data(DashboardTableModel::KindRole).toInt())) {
    case Kind::Text:
        return value.toString();
    case Kind::Count:
        return locale.toString(value.toLongLong());
    case Kind::Amount:
        return Formats::amount(qRound64(value.toDouble() * 100.0));
    case Kind::Percent:
        return tr("%1 %").arg(locale.toString(value.toDouble(), 'f', 1));
    case Kind::Date:
        return locale.toString(value.toDate(), QStringLiteral("d MMMM yyyy"));
    case Kind::DaysLeft: {
        const int days = value.toInt();
        if (days == 0) {
            return tr("today");
        }
        return days > 0 ? tr("%Ln day(s) left", nullptr, days) : tr("overdue by %Ln day(s)", nullptr, -days);
    }
    }
    return value.toString();
}

void DashboardDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(DashboardTableModel::KindRole).isValid()) {
        option->text = text(index);
    }
}

} // namespace Palier
