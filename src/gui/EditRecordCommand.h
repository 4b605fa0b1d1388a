// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseTableModel.h"

#include <QPointer>
#include <QUndoCommand>

namespace Palier {

class Database;

/// One edit of one record, as the user applied it from a detail form: redo writes the new values, undo writes
/// back the previous ones, each in one statement, checked against the version of the row as last read. A failed
/// write makes the command obsolete, so that the stack drops it; the model reports the error through
/// DatabaseTableModel::writeFailed(), a conflict on the first write excepted (the form shows it: ConflictDialog).
class EditRecordCommand : public QUndoCommand
{
public:
    EditRecordCommand(const Database& db, DatabaseTableModel* model, qint64 id,
                      const QList<DatabaseTableModel::PendingEdit>& edits, const QString& text);

    void redo() override;
    void undo() override;

private:
    void write(bool forward);

    const Database& m_db;
    QPointer<DatabaseTableModel> m_model;
    qint64 m_id;
    QList<FieldValue> m_before;
    QList<FieldValue> m_after;
    bool m_first = true; ///< the first redo, when the form pushes the command
};

} // namespace Palier
