// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeStateDialog.h"
#include "ui_ChangeStateDialog.h"

#include "CandidatureModel.h"
#include "MessageBox.h"
#include "workflow/StateChange.h"

#include <QPushButton>

namespace Palier {

ChangeStateDialog::ChangeStateDialog(const Database& db, const Workflow& workflow, const QList<qint64>& ids,
                                     const QStringList& states, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ChangeStateDialog>())
    , m_db(db)
    , m_workflow(workflow)
    , m_ids(ids)
    , m_states(states)
{
    m_ui->setupUi(this);
    m_ui->messageLabel->hide();
    m_ui->summaryLabel->setText(tr("%Ln file(s) selected.", "", int(ids.size())));
    // Only the states every selected file may go to.
    QStringList common;
    bool first = true;
    for (const QString& state : states) {
        const QStringList allowed = workflow.allowedTargets(state);
        if (first) {
            common = allowed;
            first = false;
        } else {
            common.erase(std::remove_if(common.begin(), common.end(),
                                        [&allowed](const QString& code) { return !allowed.contains(code); }),
                         common.end());
        }
    }
    for (const QString& code : std::as_const(common)) {
        m_ui->targetComboBox->addItem(CandidatureModel::stateLabel(code, workflow.label(code)), code);
    }
    if (common.isEmpty()) {
        m_ui->messageLabel->setText(tr("The selected files have no state in common to go to."));
        m_ui->messageLabel->show();
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!common.isEmpty());
    connect(m_ui->targetComboBox, &QComboBox::currentIndexChanged, this, &ChangeStateDialog::updateReason);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ChangeStateDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ChangeStateDialog::reject);
    updateReason();
}

ChangeStateDialog::~ChangeStateDialog() = default;

QStringList ChangeStateDialog::targets() const
{
    QStringList codes;
    for (int i = 0; i < m_ui->targetComboBox->count(); ++i) {
        codes.append(m_ui->targetComboBox->itemData(i).toString());
    }
    return codes;
}

void ChangeStateDialog::updateReason()
{
    const QString to = m_ui->targetComboBox->currentData().toString();
    bool required = false;
    for (const QString& state : std::as_const(m_states)) {
        const StateTransition* transition = m_workflow.transition(state, to);
        required = required || (transition && transition->requiresReason);
    }
    m_ui->reasonLabel->setText(required ? tr("&Reason (required):") : tr("&Reason:"));
}

void ChangeStateDialog::accept()
{
    const QString to = m_ui->targetComboBox->currentData().toString();
    const QString reason = m_ui->reasonPlainTextEdit->toPlainText().trimmed();
    const auto refuse = [this](const Error& error) {
        m_ui->messageLabel->setText(error.message);
        m_ui->messageLabel->show();
    };
    if (Result<QList<StateChange>> checked = checkStateChange(m_db, m_workflow, m_ids, to, reason); !checked) {
        refuse(checked.error());
        return;
    }
    if (MessageBox::question(this, tr("Change State"), m_workflow.confirmationText(int(m_ids.size()), to)) !=
        QMessageBox::Yes) {
        return;
    }
    if (Result<TransitionReport> changed = changeState(m_db, m_ids, to, reason, {}); !changed) {
        refuse(changed.error());
        return;
    }
    QDialog::accept();
}

} // namespace Palier
