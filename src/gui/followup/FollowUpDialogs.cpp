// SPDX-License-Identifier: GPL-3.0-or-later
#include "FollowUpDialogs.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Palier {

namespace {

constexpr int DialogMinimumWidth = 420;

QDateEdit* dateEdit(const QDate& date, QWidget* parent)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    return edit;
}

} // namespace

PaymentDialog::PaymentDialog(const QString& summary, const QDate& dueOn, QWidget* parent)
    : QDialog(parent)
    , m_date(dateEdit(QDate::currentDate(), this))
    , m_reference(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("Record a Payment"));
    setMinimumWidth(DialogMinimumWidth);
    m_date->setObjectName(QStringLiteral("paidOnDateEdit"));
    // Paid on or after the day the tranche fell due, and not in the future.
    if (dueOn.isValid()) {
        m_date->setMinimumDate(dueOn);
    }
    m_date->setMaximumDate(QDate::currentDate());
    m_reference->setObjectName(QStringLiteral("referenceLineEdit"));
    m_reference->setPlaceholderText(tr("e.g. the number of the transfer order"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark as Paid"));

    auto* text = new QLabel(summary, this);
    text->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Paid on:"), m_date);
    form->addRow(tr("Reference:"), m_reference);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_reference, &QLineEdit::textChanged, this, &PaymentDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

QDate PaymentDialog::paidOn() const
{
    return m_date->date();
}

QString PaymentDialog::reference() const
{
    return m_reference->text().trimmed();
}

void PaymentDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reference().isEmpty());
}

ProjectStateDialog::ProjectStateDialog(const QString& project, const QDate& startedOn, QWidget* parent)
    : QDialog(parent)
    , m_finished(new QRadioButton(tr("&Finished on"), this))
    , m_abandoned(new QRadioButton(tr("&Abandoned, because:"), this))
    , m_date(dateEdit(QDate::currentDate(), this))
    , m_reason(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("projectStateDialog"));
    setWindowTitle(tr("Change the State of the Project"));
    setMinimumWidth(DialogMinimumWidth);
    m_finished->setObjectName(QStringLiteral("finishedRadioButton"));
    m_abandoned->setObjectName(QStringLiteral("abandonedRadioButton"));
    m_date->setObjectName(QStringLiteral("finishedOnDateEdit"));
    m_date->setAccessibleName(tr("Finished on"));
    m_reason->setObjectName(QStringLiteral("reasonTextEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Its unpaid tranches will be cancelled; the reason is kept as a note."));
    if (startedOn.isValid()) {
        m_date->setMinimumDate(startedOn);
    }
    m_date->setMaximumDate(QDate::currentDate());
    m_finished->setChecked(true);

    auto* text = new QLabel(project, this);
    text->setWordWrap(true);
    auto* finishedRow = new QHBoxLayout;
    finishedRow->addWidget(m_finished);
    finishedRow->addWidget(m_date);
    finishedRow->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(finishedRow);
    layout->addWidget(m_abandoned);
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);

    connect(m_finished, &QRadioButton::toggled, this, &ProjectStateDialog::updateButtons);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ProjectStateDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

bool ProjectStateDialog::finished() const
{
    return m_finished->isChecked();
}

QDate ProjectStateDialog::date() const
{
    return m_date->date();
}

QString ProjectStateDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void ProjectStateDialog::updateButtons()
{
    m_date->setEnabled(finished());
    m_reason->setEnabled(!finished());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(finished() || !reason().isEmpty());
}

} // namespace Palier
