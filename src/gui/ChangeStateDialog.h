// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workflow/Workflow.h"

#include <QDialog>

#include <memory>

namespace Palier {

namespace Ui {
class ChangeStateDialog;
}

class Database;

/// Moves the selected files to another state: only the states every one of them may go to are offered, the
/// reason is required when the transition asks for one, the count is confirmed, and a refusal from the core
/// shows inline and changes nothing.
class ChangeStateDialog : public QDialog
{
    Q_OBJECT

public:
    /// `states` are the current states of the files `ids`, in the same order.
    ChangeStateDialog(const Database& db, const Workflow& workflow, const QList<qint64>& ids, const QStringList& states,
                      QWidget* parent = nullptr);
    ~ChangeStateDialog() override;

    /// The state codes offered, in display order.
    QStringList targets() const;

    void accept() override;

private:
    void updateReason();

    std::unique_ptr<Ui::ChangeStateDialog> m_ui;
    const Database& m_db;
    const Workflow& m_workflow;
    QList<qint64> m_ids;
    QStringList m_states;
};

} // namespace Palier
