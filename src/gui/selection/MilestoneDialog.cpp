// SPDX-License-Identifier: GPL-3.0-or-later
#include "MilestoneDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace Palier {

MilestoneDialog::MilestoneDialog(const Milestone& milestone, QWidget* parent)
    : QDialog(parent)
    , m_milestone(milestone)
    , m_date(new QDateEdit(milestone.dueOn.isValid() ? milestone.dueOn : QDate::currentDate(), this))
    , m_label(new QLineEdit(milestone.label, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(milestone.id > 0 ? tr("Edit the Milestone") : tr("Add a Milestone"));
    setObjectName(QStringLiteral("milestoneDialog"));
    m_date->setObjectName(QStringLiteral("milestoneDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    m_label->setObjectName(QStringLiteral("milestoneLabelLineEdit"));
    m_label->setMinimumWidth(360);
    m_label->setPlaceholderText(tr("e.g. Regional selection committee"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Milestone:"), m_label);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto update = [this] {
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(!m_label->text().trimmed().isEmpty());
    };
    connect(m_label, &QLineEdit::textChanged, this, update);
    update();
}

Milestone MilestoneDialog::milestone() const
{
    Milestone result = m_milestone;
    result.dueOn = m_date->date();
    result.label = m_label->text().trimmed();
    return result;
}

} // namespace Palier
