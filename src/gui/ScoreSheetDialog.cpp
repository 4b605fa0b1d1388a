// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoreSheetDialog.h"
#include "ui_ScoreSheetDialog.h"

#include "ScoreSheetModel.h"
#include "scoring/GridStore.h"
#include "scoring/ScoreStore.h"

#include <QHeaderView>

namespace Palier {

ScoreSheetDialog::ScoreSheetDialog(const Database& db, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ScoreSheetDialog>())
    , m_db(db)
    , m_sheet(new ScoreSheetModel(this))
{
    m_ui->setupUi(this);
    m_ui->messageLabel->hide();
    m_ui->scoreSheetView->setModel(m_sheet);
    m_ui->scoreSheetView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->scoreSheetView->verticalHeader()->hide();
    if (Result<QList<ScoringGrid>> grids = loadCurrentGrids(db); grids) {
        for (const ScoringGrid& grid : grids.value()) {
            m_ui->domainComboBox->addItem(QStringLiteral("%1 – %2").arg(grid.domainCode, grid.domainLabel),
                                          grid.domainCode);
        }
    } else {
        showError(grids.error().message);
    }
    if (Result<QList<Evaluator>> evaluators = loadEvaluators(db); evaluators) {
        for (const Evaluator& evaluator : evaluators.value()) {
            m_ui->evaluatorComboBox->addItem(evaluator.name, evaluator.id);
        }
    } else {
        showError(evaluators.error().message);
    }
    connect(m_ui->domainComboBox, &QComboBox::currentIndexChanged, this, &ScoreSheetDialog::reloadSheet);
    connect(m_ui->evaluatorComboBox, &QComboBox::currentIndexChanged, this, &ScoreSheetDialog::reloadSheet);
    connect(m_sheet, &ScoreSheetModel::writeFailed, this, &ScoreSheetDialog::showError);
    connect(m_sheet, &QAbstractItemModel::dataChanged, m_ui->messageLabel, &QWidget::hide);
    reloadSheet();
}

ScoreSheetDialog::~ScoreSheetDialog() = default;

void ScoreSheetDialog::reloadSheet()
{
    m_ui->messageLabel->hide();
    const Result<void> loaded = m_sheet->load(&m_db, m_ui->domainComboBox->currentData().toString(),
                                              m_ui->evaluatorComboBox->currentData().toLongLong());
    if (!loaded) {
        showError(loaded.error().message);
    }
    if (m_sheet->columnCount() > 0) {
        // The names take the room left by the scores.
        m_ui->scoreSheetView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    }
    if (m_sheet->rowCount() > 0 && m_sheet->columnCount() > ScoreSheetModel::FirstCriterionColumn) {
        m_ui->scoreSheetView->setCurrentIndex(m_sheet->index(0, ScoreSheetModel::FirstCriterionColumn));
    }
}

void ScoreSheetDialog::showError(const QString& message)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->show();
}

} // namespace Palier
