// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Palier {

/// Moves values between the model and the editors of a detail form, in the model's terms: a combo box holds
/// codes in its item data, a date edit at its minimum date means "no date", a spin box whose "cents" property is
/// true shows euros for a value in cents, a line edit gives its text trimmed.
class DetailDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

    /// What setModelData() would store from `editor`.
    static QVariant editorValue(const QWidget* editor);
    /// Shows `value` (in the model's terms) in `editor`.
    static void setEditorValue(QWidget* editor, const QVariant& value);
};

} // namespace Palier
