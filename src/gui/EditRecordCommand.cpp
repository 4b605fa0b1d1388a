// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditRecordCommand.h"

#include <utility>

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
    const bool first = std::exchange(m_first, false);
    if (Result<void> written = m_model->writeRecord(m_db, m_id, forward ? m_after : m_before); !written) {
        setObsolete(true);
        // A conflict on the first write is the form's to show (ConflictDialog); on an undo or a redo, it is said.
        if (!first && m_model->lastConflict()) {
            Q_EMIT m_model->writeFailed(written.error().message);
        }
    }
}

} // namespace Palier
