// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "CampaignFiles.h"
#include "EvaluatorsEditor.h"
#include "LetterheadDialog.h"
#include "RecentFiles.h"
#include "db/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Palier {

namespace {
constexpr int MaxBackups = 100;
}

SettingsDialog::SettingsDialog(const Database* db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_tabs(new QTabWidget(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    m_tabs->setObjectName(QStringLiteral("settingsTabWidget"));
    m_tabs->addTab(createGeneralTab(), tr("&General"));
    m_tabs->addTab(createCampaignTab(), tr("&Campaign"));
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_message->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    // Keyboard order: the tabs, then each field top to bottom, then OK and Cancel.
    QList<QWidget*> order{m_tabs->tabBar(), m_language, m_backups, m_recentFiles};
    if (m_evaluators) {
        order << m_evaluators->findChild<QWidget*>(QStringLiteral("evaluatorsListWidget")) << m_evaluators->addButton()
              << m_evaluators->renameButton() << m_evaluators->removeButton();
    }
    order << m_letterheadButton << buttons->button(QDialogButtonBox::Ok) << buttons->button(QDialogButtonBox::Cancel);
    for (qsizetype i = 0; i + 1 < order.size(); ++i) {
        setTabOrder(order.at(i), order.at(i + 1));
    }
    m_language->setFocus();
}

QWidget* SettingsDialog::createGeneralTab()
{
    auto* tab = new QWidget(this);
    m_language = new QComboBox(tab);
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_backups = new QSpinBox(tab);
    m_backups->setObjectName(QStringLiteral("backupsSpinBox"));
    m_backups->setRange(1, MaxBackups);
    m_backups->setToolTip(tr("Palier backs a database up when it closes it and keeps this many backups of each"));
    m_recentFiles = new QSpinBox(tab);
    m_recentFiles->setObjectName(QStringLiteral("recentFilesSpinBox"));
    m_recentFiles->setRange(1, RecentFiles::LargestMaxCount);
    m_recentFiles->setToolTip(tr("How many databases File › Open Recent and the welcome page list"));

    const QSettings settings;
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.value(languageKey()).toString())));
    m_backups->setValue(CampaignFiles::backupsToKeep());
    m_recentFiles->setValue(RecentFiles::maxCount());

    auto* note = new QLabel(tr("The language changes at the next start of Palier."), tab);
    note->setWordWrap(true);
    auto* form = new QFormLayout(tab);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note);
    form->addRow(tr("&Backups kept per database:"), m_backups);
    form->addRow(tr("&Recent files listed:"), m_recentFiles);
    return tab;
}

QWidget* SettingsDialog::createCampaignTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    const bool writable = m_db && !m_db->isReadOnly();
    if (!writable) {
        auto* why = new QLabel(m_db ? tr("The database is open read-only: its evaluators and letterhead cannot be "
                                         "changed.")
                                    : tr("Open a database to set its evaluators and the letterhead of its letters."),
                               tab);
        why->setObjectName(QStringLiteral("campaignNoteLabel"));
        why->setWordWrap(true);
        layout->addWidget(why);
    }
    auto* evaluators = new QGroupBox(tr("Evaluators"), tab);
    auto* evaluatorsLayout = new QVBoxLayout(evaluators);
    if (writable) {
        m_evaluators = new EvaluatorsEditor(*m_db, evaluators);
        m_evaluators->setObjectName(QStringLiteral("evaluatorsEditor"));
        evaluatorsLayout->addWidget(m_evaluators);
    } else {
        evaluators->setEnabled(false);
    }
    auto* letterhead = new QGroupBox(tr("Letters"), tab);
    auto* letterheadLayout = new QHBoxLayout(letterhead);
    auto* letterheadNote =
        new QLabel(tr("The agency’s address, the signatory and the dates every letter shares."), letterhead);
    letterheadNote->setWordWrap(true);
    m_letterheadButton = new QPushButton(tr("Letter&head…"), letterhead);
    m_letterheadButton->setObjectName(QStringLiteral("letterheadButton"));
    m_letterheadButton->setEnabled(writable);
    letterheadLayout->addWidget(letterheadNote, 1);
    letterheadLayout->addWidget(m_letterheadButton);
    connect(m_letterheadButton, &QPushButton::clicked, this, &SettingsDialog::editLetterhead);
    layout->addWidget(evaluators, 1);
    layout->addWidget(letterhead);
    return tab;
}

void SettingsDialog::editLetterhead()
{
    // The letterhead dialog writes in its own transaction: a cancelled settings dialog keeps it.
    if (m_db && LetterheadDialog(*m_db, this).exec() == QDialog::Accepted) {
        m_databaseChanged = true;
    }
}

QString SettingsDialog::languageKey()
{
    return QStringLiteral("language");
}

void SettingsDialog::accept()
{
    if (m_evaluators && m_evaluators->hasChanges()) {
        if (Result<void> written = m_evaluators->apply(); !written) {
            m_tabs->setCurrentIndex(1);
            m_message->setText(written.error().message);
            m_message->show();
            return;
        }
        m_databaseChanged = true;
    }
    QSettings settings;
    const QString language = m_language->currentData().toString();
    if (language.isEmpty()) {
        settings.remove(languageKey());
    } else {
        settings.setValue(languageKey(), language);
    }
    settings.setValue(QStringLiteral("backups/keep"), m_backups->value());
    RecentFiles::setMaxCount(m_recentFiles->value());
    QDialog::accept();
}

} // namespace Palier
