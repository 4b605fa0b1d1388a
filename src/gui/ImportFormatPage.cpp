// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportFormatPage.h"
#include "ui_ImportFormatPage.h"

#include "ImportSession.h"
#include "PreviewModel.h"

#include <QSignalBlocker>

namespace Palier {

namespace {
constexpr int PreviewRows = 20;
constexpr int PreviewColumnWidth = 220;
} // namespace

ImportFormatPage::ImportFormatPage(ImportSession* session, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ImportFormatPage>())
    , m_session(session)
    , m_preview(new PreviewModel(this))
{
    m_ui->setupUi(this);
    setTitle(tr("Check How the File Reads"));
    setSubTitle(tr("Palier guessed how the file is written. If the rows below look wrong (odd characters, one "
                   "column only), change the encoding or the separator."));
    m_ui->formatComboBox->addItem(tr("Delimited text (CSV)"), int(TableFormat::Kind::Csv));
    m_ui->formatComboBox->addItem(tr("Excel workbook (XLSX)"), int(TableFormat::Kind::Xlsx));
    m_ui->formatComboBox->addItem(tr("FINESS extract (etalab)"), int(TableFormat::Kind::FinessExtract));
    for (TextEncoding encoding : {TextEncoding::Utf8, TextEncoding::Utf8Bom, TextEncoding::Windows1252}) {
        m_ui->encodingComboBox->addItem(encodingName(encoding), int(encoding));
    }
    m_ui->separatorComboBox->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_ui->separatorComboBox->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_ui->separatorComboBox->addItem(tr("Tab"), QStringLiteral("\t"));
    m_ui->messageLabel->hide();
    m_ui->previewTableView->setModel(m_preview);
    m_ui->previewTableView->setAccessibleName(tr("Preview"));
    m_ui->previewTableView->horizontalHeader()->setMaximumSectionSize(PreviewColumnWidth);

    connect(m_ui->formatComboBox, &QComboBox::currentIndexChanged, this, &ImportFormatPage::updatePreview);
    connect(m_ui->encodingComboBox, &QComboBox::currentIndexChanged, this, &ImportFormatPage::updatePreview);
    connect(m_ui->separatorComboBox, &QComboBox::currentIndexChanged, this, &ImportFormatPage::updatePreview);
    connect(m_ui->headerCheckBox, &QCheckBox::toggled, this, &ImportFormatPage::updatePreview);
    connect(m_ui->sheetComboBox, &QComboBox::currentIndexChanged, this, &ImportFormatPage::updatePreview);
}

ImportFormatPage::~ImportFormatPage() = default;

void ImportFormatPage::initializePage()
{
    // Coming back from a later page keeps the user's choices, unless the file or the profile changed.
    const QString key = m_session->request.path + u'\n' + (m_session->profile ? m_session->profile->name : QString());
    if (key == m_detectedFor) {
        return;
    }
    m_detectedFor = key;
    if (m_session->profile) {
        showFormat(m_session->profile->format);
        return;
    }
    const Result<TableFormat> detected = detectTableFormat(m_session->request.path);
    if (!detected) {
        m_readable = false;
        m_preview->clear();
        showError(detected.error().message);
        Q_EMIT completeChanged();
        return;
    }
    showFormat(detected.value());
}

void ImportFormatPage::showFormat(const TableFormat& format)
{
    {
        const QSignalBlocker blockers[] = {QSignalBlocker(m_ui->formatComboBox), QSignalBlocker(m_ui->encodingComboBox),
                                           QSignalBlocker(m_ui->separatorComboBox),
                                           QSignalBlocker(m_ui->headerCheckBox), QSignalBlocker(m_ui->sheetComboBox)};
        m_ui->formatComboBox->setCurrentIndex(m_ui->formatComboBox->findData(int(format.kind)));
        m_ui->encodingComboBox->setCurrentIndex(m_ui->encodingComboBox->findData(int(format.encoding)));
        const QString separator(format.separator);
        if (m_ui->separatorComboBox->findData(separator) < 0) {
            m_ui->separatorComboBox->addItem(QStringLiteral("“%1”").arg(separator), separator);
        }
        m_ui->separatorComboBox->setCurrentIndex(m_ui->separatorComboBox->findData(separator));
        m_ui->headerCheckBox->setChecked(format.hasHeader);
        m_ui->sheetComboBox->clear();
        if (format.kind == TableFormat::Kind::Xlsx) {
            loadSheets(format.sheet);
        }
    }
    updatePreview();
}

TableFormat ImportFormatPage::format() const
{
    TableFormat format;
    format.kind = TableFormat::Kind(m_ui->formatComboBox->currentData().toInt());
    format.encoding = TextEncoding(m_ui->encodingComboBox->currentData().toInt());
    const QString separator = m_ui->separatorComboBox->currentData().toString();
    format.separator = separator.isEmpty() ? QLatin1Char(';') : separator.front();
    format.hasHeader = m_ui->headerCheckBox->isChecked() && format.kind != TableFormat::Kind::FinessExtract;
    format.sheet = format.kind == TableFormat::Kind::Xlsx ? m_ui->sheetComboBox->currentData().toString() : QString();
    return format;
}

void ImportFormatPage::updatePreview()
{
    const TableFormat current = format();
    const bool csv = current.kind == TableFormat::Kind::Csv;
    const bool xlsx = current.kind == TableFormat::Kind::Xlsx;
    m_ui->encodingComboBox->setEnabled(!xlsx);
    m_ui->separatorComboBox->setEnabled(csv);
    m_ui->headerCheckBox->setEnabled(csv || xlsx);
    if (xlsx && m_ui->sheetComboBox->count() == 0) {
        const QSignalBlocker blocker(m_ui->sheetComboBox);
        loadSheets({});
    }
    m_ui->sheetComboBox->setEnabled(xlsx && m_ui->sheetComboBox->count() > 1);

    const Result<TablePreview> preview = previewTable(m_session->request.path, current, PreviewRows);
    m_readable = preview.ok();
    if (!preview) {
        m_preview->clear();
        showError(preview.error().message);
    } else {
        m_preview->setPreview(preview.value());
        m_ui->messageLabel->hide();
        if (m_preview->columnCount() == 0) {
            showError(tr("No row could be read from this file."));
            m_readable = false;
        }
    }
    m_ui->previewLabel->setText(tr("The first %Ln row(s) as Palier reads them; the numbers on the left are the "
                                   "lines of the file.",
                                   "", m_preview->rowCount()));
    m_ui->previewTableView->resizeColumnsToContents();
    Q_EMIT completeChanged();
}

void ImportFormatPage::loadSheets(const QString& current)
{
    m_ui->sheetComboBox->clear();
    // The first sheet goes as "no name": a profile saved with it then reads the first sheet of the next file.
    if (const Result<QStringList> sheets = xlsxSheetNames(m_session->request.path); sheets) {
        for (qsizetype i = 0; i < sheets->size(); ++i) {
            m_ui->sheetComboBox->addItem(sheets->at(i), i == 0 ? QString() : sheets->at(i));
        }
    }
    m_ui->sheetComboBox->setCurrentIndex(qMax(0, m_ui->sheetComboBox->findData(current)));
}

void ImportFormatPage::showError(const QString& message)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->show();
}

bool ImportFormatPage::isComplete() const
{
    return m_readable;
}

bool ImportFormatPage::validatePage()
{
    m_session->request.format = format();
    m_session->columns = m_preview->columnNames();
    m_session->samples.clear();
    for (int column = 0; column < m_preview->columnCount(); ++column) {
        m_session->samples.append(m_preview->index(0, column).data().toString());
    }
    return true;
}

} // namespace Palier
