// SPDX-License-Identifier: GPL-3.0-or-later
#include "EstablishmentForm.h"
#include "ui_EstablishmentForm.h"

#include "EstablishmentModel.h"
#include "Pages.h"
#include "db/Database.h"

#include <QSqlQuery>

namespace Palier {

EstablishmentForm::EstablishmentForm(QWidget* parent)
    : DetailForm(parent)
    , m_ui(std::make_unique<Ui::EstablishmentForm>())
{
    m_ui->setupUi(this);
    m_ui->headingLabel->setFont(Pages::sectionFont(m_ui->headingLabel->font()));
    using Column = EstablishmentModel::Column;
    addField(m_ui->finessEtLineEdit, int(Column::FinessEt), m_ui->finessEtMessageLabel);
    addField(m_ui->finessEjLineEdit, int(Column::FinessEj), m_ui->finessEjMessageLabel);
    addField(m_ui->nameLineEdit, int(Column::Name), m_ui->nameMessageLabel);
    addField(m_ui->statusComboBox, int(Column::Status));
    addField(m_ui->categoryValueLabel, int(Column::Category));
    addField(m_ui->departmentComboBox, int(Column::Department));
    addField(m_ui->ghtComboBox, int(Column::Ght));
    addField(m_ui->siretLineEdit, int(Column::Siret), m_ui->siretMessageLabel);
    addField(m_ui->addressLineEdit, int(Column::Address));
    addField(m_ui->postalCodeLineEdit, int(Column::PostalCode));
    addField(m_ui->townLineEdit, int(Column::Town));
    setControls(m_ui->savePushButton, m_ui->revertPushButton, m_ui->headingLabel);
}

EstablishmentForm::~EstablishmentForm() = default;

void EstablishmentForm::loadChoices(const Database& db)
{
    m_ui->statusComboBox->clear();
    m_ui->departmentComboBox->clear();
    m_ui->ghtComboBox->clear();
    m_ui->departmentComboBox->addItem(tr("None"), QString());
    m_ui->ghtComboBox->addItem(tr("None"), QString());
    // A list that cannot be read leaves its combo box with "None" only: the table page reports the error.
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT code, label FROM legal_status ORDER BY sort_order"))) {
        while (query.next()) {
            m_ui->statusComboBox->addItem(
                EstablishmentModel::statusLabel(query.value(0).toString(), query.value(1).toString()),
                query.value(0).toString());
        }
    }
    if (query.exec(QStringLiteral("SELECT code, name FROM department ORDER BY code"))) {
        while (query.next()) {
            m_ui->departmentComboBox->addItem(
                QStringLiteral("%1 (%2)").arg(query.value(1).toString(), query.value(0).toString()),
                query.value(0).toString());
        }
    }
    if (query.exec(QStringLiteral("SELECT code, coalesce(short_name, name), name FROM ght ORDER BY 2"))) {
        while (query.next()) {
            m_ui->ghtComboBox->addItem(query.value(1).toString(), query.value(0).toString());
            m_ui->ghtComboBox->setItemData(m_ui->ghtComboBox->count() - 1, query.value(2), Qt::ToolTipRole);
        }
    }
}

} // namespace Palier
