// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Palier {

class Database;

/// The ARS letterhead and signature every letter shares: the agency's name and address, the town where the
/// letters are signed, the signatory and their title, the notification date and the usage deadline.
class LetterheadDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LetterheadDialog(const Database& db, QWidget* parent = nullptr);

    /// Saves the fields in one transaction; says why and stays open when it cannot.
    void accept() override;

private:
    const Database& m_db;
    QLineEdit* m_arsName;
    QPlainTextEdit* m_address;
    QLineEdit* m_town;
    QLineEdit* m_signatory;
    QLineEdit* m_signatoryTitle;
    QCheckBox* m_notifyOnGeneration;
    QDateEdit* m_notificationDate;
    QCheckBox* m_usageAtEnd;
    QDateEdit* m_usageDeadline;
    QLabel* m_message;
};

} // namespace Palier
