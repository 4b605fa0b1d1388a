// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoreSheetView.h"

#include "ScoreSheetModel.h"

#include <QApplication>
#include <QIntValidator>
#include <QKeyEvent>
#include <QLineEdit>

namespace Palier {

QWidget* ScoreDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const
{
    auto* editor = new QLineEdit(parent);
    editor->setObjectName(QStringLiteral("scoreLineEdit"));
    editor->setAlignment(Qt::AlignCenter);
    if (const auto* model = qobject_cast<const ScoreSheetModel*>(index.model());
        model && model->isCriterionColumn(index.column())) {
        const Criterion& criterion = model->grid().criteria.at(index.column() - ScoreSheetModel::FirstCriterionColumn);
        editor->setValidator(new QIntValidator(criterion.scaleMin, criterion.scaleMax, editor));
    }
    Q_UNUSED(option)
    return editor;
}

ScoreSheetView::ScoreSheetView(QWidget* parent)
    : QTableView(parent)
{
    setItemDelegate(new ScoreDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setTabKeyNavigation(true);
}

void ScoreSheetView::keyPressEvent(QKeyEvent* event)
{
    auto* sheet = qobject_cast<ScoreSheetModel*>(model());
    const QModelIndex current = currentIndex();
    if (!sheet || !current.isValid() || state() == EditingState) {
        QTableView::keyPressEvent(event);
        return;
    }
    const QString text = event->text();
    if (text.size() == 1 && text.at(0).isDigit() && sheet->isCriterionColumn(current.column())) {
        // A refused digit (outside the scale) leaves the cursor where it is.
        if (sheet->setData(current, text)) {
            moveToNextScore();
        } else {
            QApplication::beep();
        }
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        moveToNextScore();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        if (sheet->isCriterionColumn(current.column())) {
            sheet->setData(current, QString());
        }
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void ScoreSheetView::moveToNextScore()
{
    auto* sheet = qobject_cast<ScoreSheetModel*>(model());
    const QModelIndex current = currentIndex();
    int row = current.row();
    int column = current.column() + 1;
    if (!sheet->isCriterionColumn(column)) {
        column = ScoreSheetModel::FirstCriterionColumn;
        ++row;
    }
    if (row < sheet->rowCount()) {
        setCurrentIndex(sheet->index(row, column));
    }
}

} // namespace Palier
