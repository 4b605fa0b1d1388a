// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportFilePage.h"
#include "ui_ImportFilePage.h"

#include "ImportSession.h"
#include "ImportWizard.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>

namespace Palier {

namespace {

QString hint(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Establishments:
        return ImportFilePage::tr(
            "A FINESS extract (etalab), the SAE identity file, or any CSV or Excel list with a FINESS number per "
            "row. Rows are matched on their FINESS ET number: new establishments are added, known ones updated.");
    case ImportKind::Ghts:
        return ImportFilePage::tr("The SAE GHT file, or any list of GHT codes and names. Rows are matched on the "
                                  "GHT code.");
    case ImportKind::Candidatures:
        return ImportFilePage::tr(
            "One row per establishment and domain: FINESS number, domain code, project title, requested amount… "
            "The establishments must already be in the database.");
    case ImportKind::Indicators:
        return ImportFilePage::tr(
            "One row per establishment and indicator of the prerequisites or domains: FINESS number, indicator "
            "code (P1.2, D2.1…), value, date and evidence. A ratio is a percentage from 0 to 100, a yes/no "
            "indicator 0 or 1. The establishments must already be in the database.");
    case ImportKind::Scores:
        return ImportFilePage::tr(
            "One row per score: FINESS number and domain of the application, criterion code, evaluator name, score "
            "within the criterion's scale, comment. The applications and the evaluators must already be in the "
            "database.");
    case ImportKind::Declarations:
        return ImportFilePage::tr(
            "One row per establishment, usage indicator of a domain and period: FINESS number, indicator code (D2.1…), "
            "period (2021, 2021-06, 2021-T2 or 2021-S1), value and declaration date, as an oSIS export gives them.");
    }
    return {};
}

} // namespace

ImportFilePage::ImportFilePage(ImportSession* session, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ImportFilePage>())
    , m_session(session)
{
    m_ui->setupUi(this);
    setTitle(tr("Choose the File"));
    setSubTitle(tr("Palier reads CSV files in any common encoding and separator, Excel workbooks (XLSX) and the "
                   "FINESS extract. Nothing is written before the last page."));
    setAcceptDrops(true);
    for (ImportKind kind : {ImportKind::Establishments, ImportKind::Ghts, ImportKind::Candidatures,
                            ImportKind::Indicators, ImportKind::Scores, ImportKind::Declarations}) {
        const QString name = ImportSession::kindName(kind);
        m_ui->kindComboBox->addItem(name.left(1).toUpper() + name.mid(1), importKindCode(kind));
    }
    m_ui->messageLabel->hide();
    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this, &ImportFilePage::kindChanged);
    connect(m_ui->fileLineEdit, &QLineEdit::textChanged, this, &ImportFilePage::updateMessage);
    connect(m_ui->browsePushButton, &QPushButton::clicked, this, &ImportFilePage::browse);
}

ImportFilePage::~ImportFilePage() = default;

void ImportFilePage::initializePage()
{
    m_ui->kindComboBox->setCurrentIndex(m_ui->kindComboBox->findData(importKindCode(m_session->request.kind)));
    m_ui->fileLineEdit->setText(QDir::toNativeSeparators(m_session->request.path));
    kindChanged();
}

void ImportFilePage::kindChanged()
{
    m_session->request.kind =
        importKindFromCode(m_ui->kindComboBox->currentData().toString()).value_or(ImportKind::Establishments);
    m_ui->hintLabel->setText(hint(m_session->request.kind));
    loadProfiles();
}

void ImportFilePage::loadProfiles()
{
    m_ui->profileComboBox->clear();
    m_ui->profileComboBox->addItem(tr("None: detect the format and the columns"), QString());
    const Result<QList<ImportProfile>> profiles = importProfiles(*m_session->db);
    if (!profiles) {
        m_ui->profileComboBox->setToolTip(profiles.error().message);
        return;
    }
    for (const ImportProfile& profile : profiles.value()) {
        if (profile.kind == m_session->request.kind) {
            m_ui->profileComboBox->addItem(profile.name, profile.name);
        }
    }
    m_ui->profileComboBox->setEnabled(m_ui->profileComboBox->count() > 1);
}

void ImportFilePage::browse()
{
    const QString current = QDir::fromNativeSeparators(m_ui->fileLineEdit->text());
    const QString start = current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose a File to Import"), start, ImportWizard::fileDialogFilter());
    if (!path.isEmpty()) {
        m_ui->fileLineEdit->setText(QDir::toNativeSeparators(path));
    }
}

void ImportFilePage::updateMessage()
{
    const QString path = QDir::fromNativeSeparators(m_ui->fileLineEdit->text().trimmed());
    const QFileInfo info(path);
    QString message;
    if (!path.isEmpty() && !info.exists()) {
        message = tr("There is no file “%1”.").arg(QDir::toNativeSeparators(path));
    } else if (!path.isEmpty() && !info.isFile()) {
        message = tr("“%1” is a folder: choose a file in it.").arg(QDir::toNativeSeparators(path));
    }
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
    if (info.isFile()) {
        m_ui->dropLabel->setText(tr("%1\n%2 kB").arg(info.fileName()).arg((info.size() + 1023) / 1024));
    } else {
        m_ui->dropLabel->setText(tr("Drop a file here"));
    }
    Q_EMIT completeChanged();
}

bool ImportFilePage::isComplete() const
{
    return QFileInfo(QDir::fromNativeSeparators(m_ui->fileLineEdit->text().trimmed())).isFile();
}

bool ImportFilePage::validatePage()
{
    const QString path = QFileInfo(QDir::fromNativeSeparators(m_ui->fileLineEdit->text().trimmed())).absoluteFilePath();
    m_session->request.path = path;
    m_session->profile.reset();
    if (const QString name = m_ui->profileComboBox->currentData().toString(); !name.isEmpty()) {
        Result<ImportProfile> profile = loadImportProfile(*m_session->db, name);
        if (!profile) {
            m_ui->messageLabel->setText(profile.error().message);
            m_ui->messageLabel->show();
            return false;
        }
        m_session->profile = std::move(profile).value();
    }
    return true;
}

void ImportFilePage::dragEnterEvent(QDragEnterEvent* event)
{
    if (!ImportWizard::droppedFile(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void ImportFilePage::dropEvent(QDropEvent* event)
{
    const QString path = ImportWizard::droppedFile(event->mimeData());
    if (!path.isEmpty()) {
        event->acceptProposedAction();
        m_ui->fileLineEdit->setText(QDir::toNativeSeparators(path));
    }
}

} // namespace Palier
