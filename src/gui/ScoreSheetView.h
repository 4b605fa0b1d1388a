// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>
#include <QTableView>

namespace Palier {

/// Edits a score with a line that accepts only the whole numbers of the criterion's scale.
class ScoreDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

/// The grid of a score sheet, driven from the keyboard: typing a digit sets the current score and moves to the
/// next criterion (then to the next file); Enter and Tab move on; a value outside the scale is refused.
class ScoreSheetView : public QTableView
{
    Q_OBJECT

public:
    explicit ScoreSheetView(QWidget* parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void moveToNextScore();
};

} // namespace Palier
