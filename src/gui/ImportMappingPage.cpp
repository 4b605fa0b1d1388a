// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportMappingPage.h"
#include "ui_ImportMappingPage.h"

#include "ImportSession.h"

#include <QComboBox>
#include <QLabel>

namespace Palier {

namespace {
constexpr int SampleLength = 40;
constexpr int NotImported = -1;
} // namespace

ImportMappingPage::ImportMappingPage(ImportSession* session, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ImportMappingPage>())
    , m_session(session)
{
    m_ui->setupUi(this);
    setTitle(tr("Match the Columns"));
    setSubTitle(tr("Choose the column of the file that holds each value. Known column names are matched already; "
                   "the values marked * are required."));
    m_ui->missingLabel->hide();
    connect(m_ui->saveProfilePushButton, &QPushButton::clicked, this, &ImportMappingPage::saveProfile);
    connect(m_ui->profileNameLineEdit, &QLineEdit::returnPressed, this, &ImportMappingPage::saveProfile);
}

ImportMappingPage::~ImportMappingPage() = default;

void ImportMappingPage::initializePage()
{
    // Coming back from a later page keeps the user's choices, unless what they choose from changed.
    const TableFormat& format = m_session->request.format;
    const QString key = QStringList{importKindCode(m_session->request.kind),
                                    m_session->request.path,
                                    QString::number(int(format.kind)),
                                    QString::number(int(format.encoding)),
                                    QString(format.separator),
                                    QString::number(format.hasHeader),
                                    format.sheet,
                                    m_session->profile ? m_session->profile->name : QString()}
                            .join(u'\n') +
                        m_session->columns.join(u'\t');
    if (key == m_builtFor) {
        return;
    }
    m_builtFor = key;
    buildFields();
    if (m_session->profile) {
        showMapping(m_session->profile->mapping);
        m_ui->profileNameLineEdit->setText(m_session->profile->name);
    } else {
        const QStringList header = format.hasHeader ? m_session->columns : QStringList();
        showMapping(guessColumnMapping(m_session->request.kind, format, header));
    }
}

void ImportMappingPage::buildFields()
{
    while (m_ui->fieldsLayout->rowCount() > 0) {
        m_ui->fieldsLayout->removeRow(0);
    }
    m_comboBoxes.clear();
    m_fields = importFields(m_session->request.kind);
    for (const ImportField& field : std::as_const(m_fields)) {
        auto* comboBox = new QComboBox;
        comboBox->setObjectName(field.key + QLatin1String("ComboBox"));
        comboBox->addItem(tr("Not imported"), NotImported);
        for (qsizetype column = 0; column < m_session->columns.size(); ++column) {
            const QString sample = m_session->samples.value(column).simplified();
            const QString text = sample.isEmpty()
                                     ? m_session->columns[column]
                                     : tr("%1 (e.g. %2)").arg(m_session->columns[column], sample.left(SampleLength));
            comboBox->addItem(text, int(column));
        }
        connect(comboBox, &QComboBox::currentIndexChanged, this, &ImportMappingPage::updateMissing);
        auto* label = new QLabel(field.required ? tr("%1 *").arg(field.label) : field.label);
        label->setBuddy(comboBox);
        if (field.required) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
        }
        m_ui->fieldsLayout->addRow(label, comboBox);
        m_comboBoxes.append(comboBox);
    }
    // Made after the profile's fields: Tab goes down the columns first.
    QWidget* previous = m_ui->fieldsScrollArea;
    for (QComboBox* comboBox : std::as_const(m_comboBoxes)) {
        QWidget::setTabOrder(previous, comboBox);
        previous = comboBox;
    }
    QWidget::setTabOrder(previous, m_ui->profileNameLineEdit);
    QWidget::setTabOrder(m_ui->profileNameLineEdit, m_ui->saveProfilePushButton);
}

void ImportMappingPage::showMapping(const ColumnMapping& mapping)
{
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        const int index = m_comboBoxes[i]->findData(mapping.value(m_fields[i].key, NotImported));
        m_comboBoxes[i]->setCurrentIndex(qMax(0, index));
    }
    updateMissing();
}

ColumnMapping ImportMappingPage::mapping() const
{
    ColumnMapping mapping;
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (const int column = m_comboBoxes[i]->currentData().toInt(); column != NotImported) {
            mapping.insert(m_fields[i].key, column);
        }
    }
    return mapping;
}

QComboBox* ImportMappingPage::fieldComboBox(const QString& key) const
{
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (m_fields[i].key == key) {
            return m_comboBoxes[i];
        }
    }
    return nullptr;
}

void ImportMappingPage::updateMissing()
{
    const ColumnMapping current = mapping();
    QStringList missing;
    for (const ImportField& field : std::as_const(m_fields)) {
        if (field.required && !current.contains(field.key)) {
            missing.append(field.label);
        }
    }
    m_ui->missingLabel->setText(tr("Still to choose: %1.").arg(missing.join(QStringLiteral(", "))));
    m_ui->missingLabel->setVisible(!missing.isEmpty());
    Q_EMIT completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    const ColumnMapping current = mapping();
    return std::all_of(m_fields.cbegin(), m_fields.cend(),
                       [&current](const ImportField& field) { return !field.required || current.contains(field.key); });
}

bool ImportMappingPage::validatePage()
{
    m_session->request.mapping = mapping();
    return true;
}

void ImportMappingPage::saveProfile()
{
    const QString name = m_ui->profileNameLineEdit->text().simplified();
    if (name.isEmpty()) {
        m_ui->profileMessageLabel->setText(tr("Give the profile a name first."));
        return;
    }
    const ImportProfile profile{name, m_session->request.kind, m_session->request.format, mapping()};
    if (Result<void> saved = saveImportProfile(*m_session->db, profile); !saved) {
        m_ui->profileMessageLabel->setText(saved.error().message);
        return;
    }
    m_ui->profileMessageLabel->setText(
        tr("Profile “%1” saved: choose it on the first page next time to skip these steps.").arg(name));
}

} // namespace Palier
