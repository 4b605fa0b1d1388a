// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewDatabaseDialog.h"
#include "ui_NewDatabaseDialog.h"

#include "CampaignFiles.h"
#include "model/ReferenceData.h"
#include "programme/ProgrammeDefinition.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QStandardPaths>

#include <algorithm>

namespace Palier {

namespace {

const QString Extension = QStringLiteral(".palier");

QString programmeLabel(const QString& code)
{
    Result<ProgrammeDefinition> definition = loadShippedProgramme(code);
    if (!definition) {
        return code;
    }
    return QStringLiteral("%1 (%2–%3)").arg(definition->name).arg(definition->firstYear).arg(definition->lastYear);
}

} // namespace

NewDatabaseDialog::NewDatabaseDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewDatabaseDialog>())
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();

    QList<Region> regions = ReferenceData::instance().regions();
    std::sort(regions.begin(), regions.end(),
              [](const Region& a, const Region& b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    for (const Region& region : regions) {
        m_ui->regionComboBox->addItem(region.name, region.code);
    }
    for (const QString& code : availableProgrammes()) {
        m_ui->programmeComboBox->addItem(programmeLabel(code), code);
    }
    suggestFile();

    connect(m_ui->browsePushButton, &QPushButton::clicked, this, &NewDatabaseDialog::browse);
    connect(m_ui->fileLineEdit, &QLineEdit::textChanged, this, &NewDatabaseDialog::updateOkButton);
    connect(m_ui->regionComboBox, &QComboBox::currentIndexChanged, this, &NewDatabaseDialog::suggestFile);
    connect(m_ui->programmeComboBox, &QComboBox::currentIndexChanged, this, &NewDatabaseDialog::suggestFile);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewDatabaseDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &NewDatabaseDialog::reject);
    updateOkButton();
}

NewDatabaseDialog::~NewDatabaseDialog() = default;

QString NewDatabaseDialog::filePath() const
{
    QString path = QDir::fromNativeSeparators(m_ui->fileLineEdit->text().trimmed());
    if (!path.isEmpty() && !path.endsWith(Extension, Qt::CaseInsensitive)) {
        path += Extension;
    }
    return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
}

QString NewDatabaseDialog::regionCode() const
{
    return m_ui->regionComboBox->currentData().toString();
}

QString NewDatabaseDialog::programmeCode() const
{
    return m_ui->programmeComboBox->currentData().toString();
}

void NewDatabaseDialog::accept()
{
    if (Result<void> free = CampaignFiles::checkNewPath(filePath()); !free) {
        m_ui->errorLabel->setText(free.error().message);
        m_ui->errorLabel->show();
        return;
    }
    QDialog::accept();
}

void NewDatabaseDialog::browse()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("New Regional Database"), filePath(), CampaignFiles::fileDialogFilter(),
                                     nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty()) {
        m_ui->fileLineEdit->setText(QDir::toNativeSeparators(path));
    }
}

void NewDatabaseDialog::updateOkButton()
{
    m_ui->errorLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_ui->fileLineEdit->text().trimmed().isEmpty());
}

void NewDatabaseDialog::suggestFile()
{
    // Follow the region and programme until the user types a name of their own.
    if (!m_ui->fileLineEdit->text().isEmpty() && m_ui->fileLineEdit->text() != m_suggestedFile) {
        return;
    }
    QString region;
    for (const QChar c : m_ui->regionComboBox->currentText().normalized(QString::NormalizationForm_KD).toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            region += c;
        } else if (c.isSpace() || c == u'-' || c == u'\'') {
            region += u'-';
        }
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_suggestedFile =
        QDir::toNativeSeparators(QStringLiteral("%1/%2-%3%4").arg(documents, programmeCode(), region, Extension));
    m_ui->fileLineEdit->setText(m_suggestedFile);
}

} // namespace Palier
