// SPDX-License-Identifier: GPL-3.0-or-later
#include "LetterheadDialog.h"

#include "campaign/Campaign.h"
#include "db/Database.h"
#include "letters/LetterData.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Palier {

namespace {

/// A date field beside a check box that, when ticked, leaves the date to Palier (and disables the field).
void pairDate(QCheckBox* automatic, QDateEdit* date, const QDate& value, const QDate& fallback)
{
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    automatic->setChecked(!value.isValid());
    date->setDate(value.isValid() ? value : fallback);
    date->setEnabled(value.isValid());
    QObject::connect(automatic, &QCheckBox::toggled, date, [date](bool on) { date->setEnabled(!on); });
}

} // namespace

LetterheadDialog::LetterheadDialog(const Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_arsName(new QLineEdit(this))
    , m_address(new QPlainTextEdit(this))
    , m_town(new QLineEdit(this))
    , m_signatory(new QLineEdit(this))
    , m_signatoryTitle(new QLineEdit(this))
    , m_notifyOnGeneration(new QCheckBox(tr("The day the letters are generated"), this))
    , m_notificationDate(new QDateEdit(this))
    , m_usageAtEnd(new QCheckBox(tr("31 December of the campaign’s last year"), this))
    , m_usageDeadline(new QDateEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Letterhead and Signature"));
    setObjectName(QStringLiteral("letterheadDialog"));
    m_arsName->setObjectName(QStringLiteral("arsNameLineEdit"));
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 4 + 12);
    m_town->setObjectName(QStringLiteral("townLineEdit"));
    m_signatory->setObjectName(QStringLiteral("signatoryLineEdit"));
    m_signatoryTitle->setObjectName(QStringLiteral("signatoryTitleLineEdit"));
    m_notificationDate->setObjectName(QStringLiteral("notificationDateEdit"));
    m_notificationDate->setAccessibleName(tr("Notification date"));
    m_usageDeadline->setAccessibleName(tr("Usage targets due"));
    m_notifyOnGeneration->setObjectName(QStringLiteral("notifyOnGenerationCheckBox"));
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b91c1c;"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Agency:"), m_arsName);
    form->addRow(tr("A&ddress:"), m_address);
    form->addRow(tr("Signed &in:"), m_town);
    form->addRow(tr("&Signatory:"), m_signatory);
    form->addRow(tr("&Title of the signatory:"), m_signatoryTitle);
    form->addRow(tr("&Notification date:"), m_notifyOnGeneration);
    form->addRow(QString(), m_notificationDate);
    form->addRow(tr("&Usage targets due:"), m_usageAtEnd);
    form->addRow(QString(), m_usageDeadline);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &LetterheadDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    const Result<Letterhead> head = loadLetterhead(db);
    const Letterhead current = head ? head.value() : Letterhead{};
    if (!head) {
        m_message->setText(head.error().message);
    }
    m_arsName->setText(current.arsName);
    m_address->setPlainText(current.address);
    m_town->setText(current.town);
    m_signatory->setText(current.signatory);
    m_signatoryTitle->setText(current.signatoryTitle);
    pairDate(m_notifyOnGeneration, m_notificationDate, current.notificationDate, QDate::currentDate());
    const Result<CampaignInfo> campaign = loadCampaign(db);
    const int lastYear = campaign ? campaign->lastYear : QDate::currentDate().year();
    pairDate(m_usageAtEnd, m_usageDeadline, current.usageDeadline, QDate(lastYear, 12, 31));
    setMinimumWidth(560);
}

void LetterheadDialog::accept()
{
    if (m_signatory->text().trimmed().isEmpty()) {
        m_message->setText(tr("Name the signatory: a letter without one is not generated."));
        m_signatory->setFocus();
        return;
    }
    Letterhead head;
    head.arsName = m_arsName->text().trimmed();
    head.address = m_address->toPlainText().trimmed();
    head.town = m_town->text().trimmed();
    head.signatory = m_signatory->text().trimmed();
    head.signatoryTitle = m_signatoryTitle->text().trimmed();
    head.notificationDate = m_notifyOnGeneration->isChecked() ? QDate() : m_notificationDate->date();
    head.usageDeadline = m_usageAtEnd->isChecked() ? QDate() : m_usageDeadline->date();
    TransactionGuard transaction(m_db);
    Result<void> saved = transaction.started();
    if (saved) {
        saved = saveLetterhead(m_db, head);
    }
    if (saved) {
        saved = transaction.commit();
    }
    if (!saved) {
        m_message->setText(saved.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace Palier
