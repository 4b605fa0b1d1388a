// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Palier {

/// Shows the raw values of a DashboardTableModel in French: "250 000 €", "25,3 %", "30 septembre 2019",
/// "dans 12 jours".
class DashboardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// The text a cell shows.
    static QString text(const QModelIndex& index);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace Palier
