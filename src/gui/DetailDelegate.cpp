// SPDX-License-Identifier: GPL-3.0-or-later
#include "DetailDelegate.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMetaProperty>
#include <QPlainTextEdit>

namespace Palier {

namespace {
constexpr double CentsPerEuro = 100.0;
} // namespace

void DetailDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    setEditorValue(editor, index.data(Qt::EditRole));
}

void DetailDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    model->setData(index, editorValue(editor), Qt::EditRole);
}

QVariant DetailDelegate::editorValue(const QWidget* editor)
{
    if (const auto* combo = qobject_cast<const QComboBox*>(editor)) {
        return combo->currentIndex() < 0 ? QString() : combo->currentData().toString();
    }
    if (const auto* dateEdit = qobject_cast<const QDateEdit*>(editor)) {
        return dateEdit->date() == dateEdit->minimumDate() ? QDate() : dateEdit->date();
    }
    if (const auto* spinBox = qobject_cast<const QDoubleSpinBox*>(editor)) {
        if (spinBox->property("cents").toBool()) {
            return qlonglong(qRound64(spinBox->value() * CentsPerEuro));
        }
        return spinBox->value();
    }
    if (const auto* lineEdit = qobject_cast<const QLineEdit*>(editor)) {
        return lineEdit->text().trimmed();
    }
    if (const auto* textEdit = qobject_cast<const QPlainTextEdit*>(editor)) {
        return textEdit->toPlainText().trimmed();
    }
    if (const auto* label = qobject_cast<const QLabel*>(editor)) {
        return label->text();
    }
    return editor->metaObject()->userProperty().read(editor);
}

void DetailDelegate::setEditorValue(QWidget* editor, const QVariant& value)
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(value.isNull() ? -1 : combo->findData(value.toString()));
    } else if (auto* dateEdit = qobject_cast<QDateEdit*>(editor)) {
        const QDate date = value.toDate();
        dateEdit->setDate(date.isValid() ? date : dateEdit->minimumDate());
    } else if (auto* spinBox = qobject_cast<QDoubleSpinBox*>(editor)) {
        const bool cents = spinBox->property("cents").toBool();
        spinBox->setValue(cents ? double(value.toLongLong()) / CentsPerEuro : value.toDouble());
    } else if (auto* lineEdit = qobject_cast<QLineEdit*>(editor)) {
        lineEdit->setText(value.toString());
        lineEdit->setCursorPosition(0); // a long value shows its beginning
    } else if (auto* textEdit = qobject_cast<QPlainTextEdit*>(editor)) {
        textEdit->setPlainText(value.toString());
    } else if (auto* label = qobject_cast<QLabel*>(editor)) {
        label->setText(value.toString());
    } else {
        editor->metaObject()->userProperty().write(editor, value);
    }
}

} // namespace Palier
