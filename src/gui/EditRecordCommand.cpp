// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditRecordCommand.h"

namespace Palier {

EditRecordCommand::EditRecordCommand(const Database& db, DatabaseTableModel* model, qint64 id,
                                     const QList<DatabaseTableModel::PendingEdit>& edits, const QString& text)
    : QUndoCommand(text)
    , m_db(db)
    , m_model(model)
    , m_id(id)
{
    for (const DatabaseTableModel::PendingEdit& edit : edits) {
        m_before.append({edit.column, edit.before});
        m_after.append({edit.column, edit.after});
    }
}

void EditRecordCommand::redo()
{
    write(true);
}

void EditRecordCommand::undo()
{
    write(false);
}

void EditRecordCommand::write(bool forward)
{
    if (!m_model) {
        setObsolete(true);
        return;
    }
    if (!m_model->writeRecord(m_db, m_id, forward ? m_after : m_before)) {
        setObsolete(true);
    }
}

} // namespace Palier
