// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace Palier {

/// Records that a due tranche was paid: the payment date and the accounting reference of the transfer.
class PaymentDialog : public QDialog
{
    Q_OBJECT

public:
    /// `summary` says which tranche ("Amorçage 2020 — 40 000 € — CH fictif de …").
    PaymentDialog(const QString& summary, const QDate& dueOn, QWidget* parent = nullptr);

    QDate paidOn() const;
    QString reference() const;

private:
    void updateButtons();

    QDateEdit* m_date;
    QLineEdit* m_reference;
    QDialogButtonBox* m_buttons;
};

/// Finishes a project (with its finishing date) or abandons it (with the reason).
class ProjectStateDialog : public QDialog
{
    Q_OBJECT

public:
    ProjectStateDialog(const QString& project, const QDate& startedOn, QWidget* parent = nullptr);

    bool finished() const;
    QDate date() const;
    QString reason() const;

private:
    void updateButtons();

    QRadioButton* m_finished;
    QRadioButton* m_abandoned;
    QDateEdit* m_date;
    QPlainTextEdit* m_reason;
    QDialogButtonBox* m_buttons;
};

} // namespace Palier
