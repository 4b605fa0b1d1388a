// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableItemDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QTextLayout>
#include <QtMath>

#include <limits>

namespace Palier {

namespace {

/// The line width QCommonStyle measures an unwrapped text with (the largest width of Qt's text layout).
constexpr int UnboundedWidth = std::numeric_limits<int>::max() / 256;

const QStyle* styleOf(const QStyleOptionViewItem& option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

/// The space QCommonStyle leaves on each side of an item's text.
int textMargin(const QStyleOptionViewItem& option)
{
    return styleOf(option)->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option.widget) + 1;
}

/// Lays `layout` out on one line `width` wide, as QCommonStyle does; returns that line.
QTextLine layOutLine(QTextLayout& layout, qreal width)
{
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(width);
    line.setPosition(QPointF(0, 0));
    layout.endLayout();
    return line;
}

/// Aligns the lines of `layout`, laid out next, as its cell is (the alignment changes no glyph: the layout stays
/// shaped).
void setAlignment(QTextLayout& layout, Qt::Alignment alignment)
{
    QTextOption option = layout.textOption();
    option.setAlignment(alignment);
    layout.setTextOption(option);
}

} // namespace

QTextLayout* TableItemDelegate::layout(const LayoutKey& key) const
{
    if (QTextLayout* kept = m_layouts.object(key)) {
        return kept;
    }
    const bool whole = key.width < 0;
    auto* layout = new QTextLayout(
        whole ? key.text : QFontMetrics(key.font).elidedText(key.text, key.elideMode, key.width), key.font);
    // Kept shaped after the layout: drawn and laid out again (QTextLine::setLineWidth) without shaping the text again.
    layout->setCacheEnabled(true);
    QTextOption option;
    option.setWrapMode(QTextOption::ManualWrap);
    option.setTextDirection(key.direction);
    layout->setTextOption(option);
    layOutLine(*layout, whole ? UnboundedWidth : key.width);
    m_layouts.insert(key, layout);
    return layout;
}

bool TableItemDelegate::isPlainText(const QStyleOptionViewItem& option)
{
    constexpr auto otherFeatures =
        QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::WrapText;
    // The focused cell (its focus frame) and a cell being edited are rare: the style draws them. So does a style
    // sheet, which has item rules of its own.
    return !(option.features & otherFeatures) && !(option.state & (QStyle::State_HasFocus | QStyle::State_Editing)) &&
           !option.text.contains(QChar::LineSeparator) && !option.text.contains(u'\n') &&
           !styleOf(option)->inherits("QStyleSheetStyle");
}

void TableItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (!isPlainText(opt)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // What QCommonStyle's CE_ItemViewItem does for such a cell, in the same order and with the same geometry.
    const QStyle* style = styleOf(opt);
    painter->save();
    painter->setClipRect(opt.rect);
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);
    if (!opt.text.isEmpty()) {
        QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        if (group == QPalette::Normal && !(opt.state & QStyle::State_Active)) {
            group = QPalette::Inactive;
        }
        painter->setPen(
            opt.palette.color(group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        const int margin = textMargin(opt);
        const QRect textRect = opt.rect.adjusted(margin, 0, -margin, 0);
        // The whole text, laid out on one unbounded line: placed by its height, then elided to the width if it is
        // wider. Its line set to the cell's width when it fits, which lays nothing out again.
        LayoutKey key{opt.text, opt.font, opt.direction, -1, Qt::ElideNone};
        QTextLayout* text = layout(key);
        const QRect placed =
            QStyle::alignedRect(Qt::LayoutDirectionAuto, opt.displayAlignment,
                                QSize(textRect.width(), text->boundingRect().size().toSize().height()), textRect);
        if (QTextLine line = text->lineAt(0); line.naturalTextWidth() > textRect.width()) {
            key.width = textRect.width();
            key.elideMode = opt.textElideMode;
            text = layout(key);
        } else {
            line.setLineWidth(textRect.width());
        }
        setAlignment(*text, QStyle::visualAlignment(opt.direction, opt.displayAlignment));
        text->draw(painter, QPointF(textRect.x(), placed.top()));
    }
    painter->restore();
}

QSize TableItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (const QVariant size = index.data(Qt::SizeHintRole); size.isValid()) {
        return size.toSize();
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (!isPlainText(opt) || opt.text.isEmpty()) {
        return QStyledItemDelegate::sizeHint(option, index);
    }
    // The style's size of the item without its text, widened by the text and its margins: what
    // QCommonStyle's viewItemSize() gives, with one measure of the text instead of a wrapped layout.
    const QTextLine line = layout({opt.text, opt.font, opt.direction, -1, Qt::ElideNone})->lineAt(0);
    const int textWidth = qCeil(line.naturalTextWidth()) + 2 * textMargin(opt);
    const int textHeight = qCeil(line.height());
    opt.text.clear();
    opt.features &= ~QStyleOptionViewItem::HasDisplay;
    const QSize empty = styleOf(opt)->sizeFromContents(QStyle::CT_ItemViewItem, &opt, QSize(), opt.widget);
    const int emptyTextHeight = opt.fontMetrics.height(); // what the style measured for the missing text
    return {empty.width() + textWidth, empty.height() - emptyTextHeight + textHeight};
}

} // namespace Palier
