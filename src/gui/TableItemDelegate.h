// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Palier {

/// The delegate of Palier's tables. A cell of plain text (one line, no icon, no check box) is drawn and measured
/// as QStyledItemDelegate does, with the style's own item background, text colours, margins, alignment and
/// eliding, but with its text laid out once (twice when it is elided): the style lays it out five to seven times
/// per cell (its text rectangle, its focus rectangle, the eliding, the drawing), and the first screen of a table is
/// most of what the window paints as it starts. Any other cell (an icon, a check box, several lines, the focused
/// cell, a cell being edited, a style sheet) is left to QStyledItemDelegate. tst_tableitemdelegate checks that
/// both draw the same pixels and give the same sizes.
class TableItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /// Whether the cell described by `option` (set up for its index) is one this delegate lays out itself.
    static bool isPlainText(const QStyleOptionViewItem& option);
};

} // namespace Palier
