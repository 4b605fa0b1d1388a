// SPDX-License-Identifier: GPL-3.0-or-later
#include "CandidatureForm.h"
#include "ui_CandidatureForm.h"

#include "CandidatureModel.h"
#include "Pages.h"
#include "db/Database.h"

#include <QSqlQuery>

namespace Palier {

namespace {
/// The minimum date of the date edits stands for "no date", shown as their special value text.
const QDate NoDate(1900, 1, 1);
} // namespace

CandidatureForm::CandidatureForm(QWidget* parent)
    : DetailForm(parent)
    , m_ui(std::make_unique<Ui::CandidatureForm>())
{
    m_ui->setupUi(this);
    m_ui->headingLabel->setFont(Pages::sectionFont(m_ui->headingLabel->font()));
    for (QDateEdit* dateEdit : {m_ui->submittedDateEdit, m_ui->plannedStartDateEdit, m_ui->plannedEndDateEdit}) {
        dateEdit->setMinimumDate(NoDate);
    }
    using Column = CandidatureModel::Column;
    addField(m_ui->establishmentValueLabel, int(Column::Establishment));
    addField(m_ui->domainValueLabel, int(Column::Domain));
    addField(m_ui->titleLineEdit, int(Column::Title), m_ui->titleMessageLabel);
    addField(m_ui->requestedDoubleSpinBox, int(Column::Requested));
    addField(m_ui->stateComboBox, int(Column::State));
    m_ui->stateComboBox->setEnabled(false);
    m_ui->stateComboBox->setToolTip(tr("The state changes on the Review page, where each change is checked and "
                                       "kept in the file's history."));
    addField(m_ui->vendorLineEdit, int(Column::Vendor));
    addField(m_ui->submittedDateEdit, int(Column::Submitted));
    addField(m_ui->plannedStartDateEdit, int(Column::PlannedStart));
    addField(m_ui->plannedEndDateEdit, int(Column::PlannedEnd));
    setControls(m_ui->savePushButton, m_ui->revertPushButton, m_ui->headingLabel);
}

CandidatureForm::~CandidatureForm() = default;

void CandidatureForm::loadChoices(const Database& db)
{
    m_ui->stateComboBox->clear();
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT code, label FROM candidature_state ORDER BY sort_order"))) {
        while (query.next()) {
            m_ui->stateComboBox->addItem(
                CandidatureModel::stateLabel(query.value(0).toString(), query.value(1).toString()),
                query.value(0).toString());
        }
    }
}

} // namespace Palier
