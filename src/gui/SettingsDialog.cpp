// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "CampaignFiles.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Palier {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_backups(new QSpinBox(this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_backups->setObjectName(QStringLiteral("backupsSpinBox"));
    m_backups->setRange(1, 100);
    m_backups->setToolTip(tr("Palier backs a database up when it closes it and keeps this many backups of each"));

    const QSettings settings;
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.value(languageKey()).toString())));
    m_backups->setValue(CampaignFiles::backupsToKeep());

    auto* note = new QLabel(tr("The language changes at the next start of Palier."), this);
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note);
    form->addRow(tr("&Backups kept per database:"), m_backups);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString SettingsDialog::languageKey()
{
    return QStringLiteral("language");
}

void SettingsDialog::accept()
{
    QSettings settings;
    const QString language = m_language->currentData().toString();
    if (language.isEmpty()) {
        settings.remove(languageKey());
    } else {
        settings.setValue(languageKey(), language);
    }
    settings.setValue(QStringLiteral("backups/keep"), m_backups->value());
    QDialog::accept();
}

} // namespace Palier
