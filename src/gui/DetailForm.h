// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseTableModel.h"

#include <QList>
#include <QWidget>

class QDataWidgetMapper;
class QLabel;
class QPushButton;
class QUndoStack;

namespace Palier {

class Database;
class DetailDelegate;

/// A form editing one row of a table model through a QDataWidgetMapper: each field shows why a value is refused
/// as it is typed, and "Save" writes the changed fields as one edit on the undo stack. Subclasses lay out the
/// fields (from a .ui form), map them with addField() and fill their choices in loadChoices().
class DetailForm : public QWidget
{
    Q_OBJECT

public:
    explicit DetailForm(QWidget* parent = nullptr);
    ~DetailForm() override;

    /// The model whose rows the form edits, and the stack where the edits go.
    void setModel(DatabaseTableModel* model, QUndoStack* undoStack);
    /// The database written to; its lists fill the choices. Null: nothing to edit.
    void setDatabase(const Database* db);

    /// Shows the row `row` of the model, or nothing for -1. Changes not saved on the row left are saved first
    /// when they are valid, and dropped otherwise (the message says so).
    void setCurrentRow(int row);
    int currentRow() const { return m_row; }

    /// True when a field differs from the stored value.
    bool isModified() const;
    /// True when every field holds a value the model accepts.
    bool isValid() const;
    /// Writes the changed fields as one undoable edit; false when nothing was written.
    bool apply();
    /// Shows the stored values again.
    void revert();

Q_SIGNALS:
    /// An edit could not be saved, or changes were dropped: `message` says why.
    void problem(const QString& message);
    /// The form's changes were written: an earlier problem no longer stands.
    void saved();

protected:
    /// Fills the combo boxes from `db`.
    virtual void loadChoices(const Database& db) = 0;

    /// Maps `editor` to `column`; `messageLabel`, under it, shows why a value is refused.
    void addField(QWidget* editor, int column, QLabel* messageLabel = nullptr);
    /// The form's buttons and the label of its title (the row's name).
    void setControls(QPushButton* saveButton, QPushButton* revertButton, QLabel* titleLabel);

private:
    struct Field
    {
        QWidget* editor = nullptr;
        int column = 0;
        QLabel* messageLabel = nullptr;
    };

    /// After a save refused because someone else changed the record: shows both values of each field changed
    /// (ConflictDialog) and saves the user's choices on the new version. True when saved.
    bool resolveConflict(const DatabaseTableModel::Conflict& conflict);
    /// A value as the field shows it (the label of a code, an amount in euros), for the conflict dialog.
    QString valueText(int column, const QVariant& value) const;
    void watch(QWidget* editor);
    void updateState();
    void clearEditors();

    DatabaseTableModel* m_model = nullptr;
    QUndoStack* m_undoStack = nullptr;
    const Database* m_db = nullptr;
    QDataWidgetMapper* m_mapper;
    DetailDelegate* m_delegate;
    QList<Field> m_fields;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_revertButton = nullptr;
    QLabel* m_titleLabel = nullptr;
    int m_row = -1;
};

} // namespace Palier
