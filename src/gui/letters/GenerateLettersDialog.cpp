// SPDX-License-Identifier: GPL-3.0-or-later
#include "GenerateLettersDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Palier {

GenerateLettersDialog::GenerateLettersDialog(const QString& initialFolder, int letterCount, QWidget* parent)
    : QDialog(parent)
    , m_folder(new QLineEdit(QDir::toNativeSeparators(initialFolder), this))
    , m_pdf(new QRadioButton(tr("&PDF, one per establishment"), this))
    , m_odt(new QRadioButton(tr("&OpenDocument text, to touch letters up by hand"), this))
    , m_combined(new QCheckBox(tr("Also every &letter in one PDF, for printing in one go:"), this))
    , m_combinedName(new QLineEdit(tr("all-letters.pdf"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Generate Letters"));
    setObjectName(QStringLiteral("generateLettersDialog"));
    m_folder->setObjectName(QStringLiteral("folderLineEdit"));
    m_pdf->setObjectName(QStringLiteral("pdfRadioButton"));
    m_odt->setObjectName(QStringLiteral("odtRadioButton"));
    m_combined->setObjectName(QStringLiteral("combinedCheckBox"));
    m_combinedName->setObjectName(QStringLiteral("combinedLineEdit"));
    m_combinedName->setAccessibleName(tr("Name of the combined PDF"));
    m_pdf->setChecked(true);
    m_combined->setChecked(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Generate"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Folder for the Letters"), folder());
        if (!chosen.isEmpty()) {
            m_folder->setText(QDir::toNativeSeparators(chosen));
        }
    });
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    QWidget::setTabOrder(m_folder, browse);
    auto* form = new QFormLayout;
    auto* folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder); // a row holding a layout gets no buddy of its own
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("Format:"), m_pdf);
    form->addRow(QString(), m_odt);
    form->addRow(QString(), m_combined);
    form->addRow(QString(), m_combinedName);
    auto* count = new QLabel(tr("%Ln letter(s) will be written and recorded.", nullptr, letterCount), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(count);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_folder, &QLineEdit::textChanged, this, &GenerateLettersDialog::update);
    connect(m_combined, &QCheckBox::toggled, this, &GenerateLettersDialog::update);
    connect(m_combinedName, &QLineEdit::textChanged, this, &GenerateLettersDialog::update);
    resize(560, sizeHint().height());
    update();
}

QString GenerateLettersDialog::folder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

LetterFormat GenerateLettersDialog::format() const
{
    return m_odt->isChecked() ? LetterFormat::Odt : LetterFormat::Pdf;
}

QString GenerateLettersDialog::combinedPdf() const
{
    if (!m_combined->isChecked()) {
        return {};
    }
    QString name = QDir::fromNativeSeparators(m_combinedName->text().trimmed());
    if (!name.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        name += QLatin1String(".pdf");
    }
    return QDir::isAbsolutePath(name) ? name : QDir(folder()).filePath(name);
}

void GenerateLettersDialog::update()
{
    m_combinedName->setEnabled(m_combined->isChecked());
    const bool ready = !folder().isEmpty() && (!m_combined->isChecked() || !m_combinedName->text().trimmed().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready);
}

} // namespace Palier
