// SPDX-License-Identifier: GPL-3.0-or-later
#include "DetailForm.h"

#include "ConflictDialog.h"
#include "DatabaseTableModel.h"
#include "DetailDelegate.h"
#include "EditRecordCommand.h"
#include "Formats.h"

#include <QComboBox>
#include <QDataWidgetMapper>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>

#include <algorithm>

namespace Palier {

DetailForm::DetailForm(QWidget* parent)
    : QWidget(parent)
    , m_mapper(new QDataWidgetMapper(this))
    , m_delegate(new DetailDelegate(this))
{
    m_mapper->setSubmitPolicy(QDataWidgetMapper::ManualSubmit);
    m_mapper->setItemDelegate(m_delegate);
}

DetailForm::~DetailForm() = default;

void DetailForm::setModel(DatabaseTableModel* model, QUndoStack* undoStack)
{
    m_model = model;
    m_undoStack = undoStack;
    m_mapper->setModel(model);
    for (const Field& field : std::as_const(m_fields)) {
        m_mapper->addMapping(field.editor, field.column);
    }
    // The mapper shows the row again when it changes: after a save, an undo, a redo.
    connect(model, &QAbstractItemModel::dataChanged, this, &DetailForm::updateState);
    setCurrentRow(-1);
}

void DetailForm::setDatabase(const Database* db)
{
    m_db = db;
    if (db) {
        loadChoices(*db);
    }
    setCurrentRow(-1);
}

void DetailForm::addField(QWidget* editor, int column, QLabel* messageLabel)
{
    m_fields.append({editor, column, messageLabel});
    if (messageLabel) {
        messageLabel->hide();
    }
    if (m_model) {
        m_mapper->addMapping(editor, column);
    }
    watch(editor);
}

void DetailForm::watch(QWidget* editor)
{
    if (auto* lineEdit = qobject_cast<QLineEdit*>(editor)) {
        connect(lineEdit, &QLineEdit::textChanged, this, &DetailForm::updateState);
        connect(lineEdit, &QLineEdit::returnPressed, this, &DetailForm::apply);
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        connect(combo, &QComboBox::currentIndexChanged, this, &DetailForm::updateState);
    } else if (auto* dateEdit = qobject_cast<QDateEdit*>(editor)) {
        connect(dateEdit, &QDateEdit::dateChanged, this, &DetailForm::updateState);
    } else if (auto* spinBox = qobject_cast<QDoubleSpinBox*>(editor)) {
        connect(spinBox, &QDoubleSpinBox::valueChanged, this, &DetailForm::updateState);
    }
}

void DetailForm::setControls(QPushButton* saveButton, QPushButton* revertButton, QLabel* titleLabel)
{
    m_saveButton = saveButton;
    m_revertButton = revertButton;
    m_titleLabel = titleLabel;
    connect(saveButton, &QPushButton::clicked, this, &DetailForm::apply);
    connect(revertButton, &QPushButton::clicked, this, &DetailForm::revert);
    updateState();
}

void DetailForm::setCurrentRow(int row)
{
    if (m_model && row != m_row && m_row >= 0 && m_row < m_model->rowCount() && isModified()) {
        const QString name = m_model->rowName(m_row);
        if (!isValid()) {
            Q_EMIT problem(tr("The changes to “%1” were not saved: a value was refused.").arg(name));
        } else if (!apply()) {
            Q_EMIT problem(tr("The changes to “%1” could not be saved.").arg(name));
        }
    }
    if (m_model && row >= 0 && row < m_model->rowCount() && m_db) {
        m_row = row;
        m_mapper->setCurrentIndex(row);
    } else {
        m_row = -1;
        clearEditors();
    }
    setEnabled(m_row >= 0);
    updateState();
}

bool DetailForm::isModified() const
{
    if (!m_model || m_row < 0) {
        return false;
    }
    for (const Field& field : m_fields) {
        const QModelIndex index = m_model->index(m_row, field.column);
        if ((index.flags() & Qt::ItemIsEditable) &&
            DetailDelegate::editorValue(field.editor) != m_model->data(index, Qt::EditRole)) {
            return true;
        }
    }
    return false;
}

bool DetailForm::isValid() const
{
    for (const Field& field : m_fields) {
        if (m_model && !m_model->invalidReason(field.column, DetailDelegate::editorValue(field.editor)).isEmpty()) {
            return false;
        }
    }
    return true;
}

bool DetailForm::apply()
{
    if (!m_model || !m_db || m_row < 0 || !isModified() || !isValid()) {
        return false;
    }
    const int row = m_row;
    m_mapper->submit();
    const QList<DatabaseTableModel::PendingEdit> edits = m_model->pendingEdits(row);
    if (edits.isEmpty()) {
        return false;
    }
    m_undoStack->push(new EditRecordCommand(*m_db, m_model, m_model->recordId(row), edits,
                                            tr("Edit “%1”").arg(m_model->rowName(row))));
    // A write that failed leaves the values pending: the model goes back to its stored values, and the fields
    // keep what was typed so that it can be corrected.
    const bool written = m_model->pendingEdits(row).isEmpty();
    if (!written) {
        QList<QVariant> typed;
        for (const Field& field : std::as_const(m_fields)) {
            typed.append(DetailDelegate::editorValue(field.editor));
        }
        m_model->revertRow(row);
        const std::optional<DatabaseTableModel::Conflict> conflict = m_model->lastConflict();
        for (qsizetype i = 0; i < m_fields.size(); ++i) {
            // After a conflict the row shows the colleague's values: only the fields the user changed keep theirs.
            if (!conflict || std::any_of(edits.cbegin(), edits.cend(), [&](const DatabaseTableModel::PendingEdit& e) {
                    return e.column == m_fields[i].column;
                })) {
                DetailDelegate::setEditorValue(m_fields[i].editor, typed[i]);
            }
        }
        if (conflict && conflict->id == m_model->recordId(row)) {
            updateState();
            return resolveConflict(*conflict);
        }
    }
    updateState();
    if (written) {
        Q_EMIT saved();
    }
    return written;
}

namespace {

/// NULL, an empty text and no date are all the same stored NULL (as in DatabaseTableModel::setData).
bool sameValue(const QVariant& a, const QVariant& b)
{
    const auto empty = [](const QVariant& value) {
        return value.isNull() ||
               (value.userType() == QMetaType::QDate ? !value.toDate().isValid() : value.toString().isEmpty());
    };
    return a == b || (empty(a) && empty(b));
}

QVariant valueOf(const QList<FieldValue>& values, int column, const QVariant& fallback = {})
{
    for (const FieldValue& value : values) {
        if (value.column == column) {
            return value.value;
        }
    }
    return fallback;
}

} // namespace

QString DetailForm::valueText(int column, const QVariant& value) const
{
    QWidget* editor = nullptr;
    for (const Field& field : m_fields) {
        if (field.column == column) {
            editor = field.editor;
        }
    }
    QString text;
    if (auto* combo = qobject_cast<QComboBox*>(editor); combo && !value.toString().isEmpty()) {
        const int index = combo->findData(value.toString());
        text = index >= 0 ? combo->itemText(index) : value.toString();
    } else if (auto* spinBox = qobject_cast<QDoubleSpinBox*>(editor); spinBox && spinBox->property("cents").toBool()) {
        text = value.isNull() ? QString() : Formats::amount(value.toLongLong());
    } else if (value.userType() == QMetaType::QDate) {
        text = Formats::shortDate(value.toDate());
    } else {
        text = value.toString();
    }
    return text.isEmpty() ? tr("(empty)") : text;
}

bool DetailForm::resolveConflict(const DatabaseTableModel::Conflict& conflict)
{
    QList<int> columns;
    QList<ConflictDialog::Field> fields;
    for (const FieldValue& theirs : conflict.theirs) {
        const QVariant base = valueOf(conflict.base, theirs.column);
        const QVariant yours = valueOf(conflict.mine, theirs.column, base);
        const bool byThem = !sameValue(base, theirs.value);
        const bool byYou = !sameValue(base, yours);
        if ((!byThem && !byYou) || sameValue(theirs.value, yours)) {
            continue; // nothing to choose
        }
        columns.append(theirs.column);
        fields.append({m_model->headerData(theirs.column, Qt::Horizontal).toString(), theirs.value, yours,
                       valueText(theirs.column, theirs.value), valueText(theirs.column, yours), byThem, byYou});
    }
    if (fields.isEmpty()) {
        return apply(); // the colleague changed only what was not edited here: save again on the new version
    }
    const int row = m_row;
    ConflictDialog dialog(m_model->rowName(row), conflict.user, conflict.at, fields, this);
    if (dialog.run() != QDialog::Accepted || m_row != row) {
        return false; // the form keeps the user's values, unsaved
    }
    for (qsizetype i = 0; i < columns.size(); ++i) {
        for (const Field& field : std::as_const(m_fields)) {
            if (field.column == columns.at(i)) {
                DetailDelegate::setEditorValue(field.editor, dialog.chosenValue(int(i)));
            }
        }
    }
    updateState();
    return !isModified() || apply();
}

void DetailForm::revert()
{
    if (m_model && m_row >= 0) {
        m_model->revertRow(m_row);
        m_mapper->revert();
    }
    updateState();
}

void DetailForm::clearEditors()
{
    for (const Field& field : std::as_const(m_fields)) {
        DetailDelegate::setEditorValue(field.editor, QVariant());
    }
}

void DetailForm::updateState()
{
    for (const Field& field : std::as_const(m_fields)) {
        if (!field.messageLabel) {
            continue;
        }
        const QString reason = m_model && m_row >= 0
                                   ? m_model->invalidReason(field.column, DetailDelegate::editorValue(field.editor))
                                   : QString();
        field.messageLabel->setText(reason);
        field.messageLabel->setVisible(!reason.isEmpty());
    }
    const bool modified = isModified();
    if (m_saveButton) {
        m_saveButton->setEnabled(modified && isValid());
        m_revertButton->setEnabled(modified);
    }
    if (m_titleLabel) {
        m_titleLabel->setText(m_model && m_row >= 0 ? m_model->rowName(m_row) : tr("No row selected"));
    }
}

} // namespace Palier
