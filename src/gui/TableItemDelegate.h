// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QFont>
#include <QStyledItemDelegate>
#include <QTextLayout>

namespace Palier {

/// The delegate of Palier's tables. A cell of plain text (one line, no icon, no check box) is drawn and measured
/// as QStyledItemDelegate does, with the style's own item background, text colours, margins, alignment and
/// eliding, but with its text laid out once (twice when it is elided): the style lays it out five to seven times
/// per cell (its text rectangle, its focus rectangle, the eliding, the drawing), and the first screen of a table is
/// most of what the window paints as it starts. The texts laid out are kept for the cells measured and painted
/// again (a table's columns are fitted on the cells it then paints; a repaint draws the same cells): a text is shaped
/// once, not at each measure and each paint. Any other cell (an icon, a check box, several lines, the focused
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

    /// How many laid out texts are kept: more than the cells of a full screen of table.
    static constexpr int KeptLayouts = 1024;

private:
    /// What a laid out text depends on. `width` is the width it was elided to in `elideMode`, or -1 for the whole
    /// text (and Qt::ElideNone).
    struct LayoutKey
    {
        QString text;
        QFont font;
        Qt::LayoutDirection direction;
        int width;
        Qt::TextElideMode elideMode;
        friend bool operator==(const LayoutKey&, const LayoutKey&) = default;
        friend size_t qHash(const LayoutKey& key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.font, int(key.direction), key.width, int(key.elideMode));
        }
    };
    /// The layout of `key`'s text, shaped once and kept (valid until the next call).
    QTextLayout* layout(const LayoutKey& key) const;

    mutable QCache<LayoutKey, QTextLayout> m_layouts{KeptLayouts};
};

} // namespace Palier
