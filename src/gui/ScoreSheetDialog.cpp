// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoreSheetDialog.h"
#include "ui_ScoreSheetDialog.h"

#include "ScoreSheetModel.h"
#include "scoring/GridStore.h"
#include "scoring/ScoreStore.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>

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
    m_ui->scoreSheetView->setAccessibleName(tr("Scores"));
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
    auto* commentAction = new QAction(tr("Comment…"), this);
    commentAction->setObjectName(QStringLiteral("commentAction"));
    commentAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    commentAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(commentAction);
    connect(commentAction, &QAction::triggered, this, &ScoreSheetDialog::editComment);
    connect(m_ui->commentPushButton, &QPushButton::clicked, this, &ScoreSheetDialog::editComment);
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

QInputDialog* ScoreSheetDialog::editComment()
{
    const QModelIndex current = m_ui->scoreSheetView->currentIndex();
    if (!current.isValid() || !m_sheet->isCriterionColumn(current.column())) {
        return nullptr;
    }
    if (current.data(Qt::EditRole).toString().isEmpty()) {
        showError(tr("Enter the score before its comment."));
        return nullptr;
    }
    const QString criterion = m_sheet->headerData(current.column(), Qt::Horizontal).toString();
    const QString file = m_sheet->index(current.row(), 0).data().toString();
    auto* input = new QInputDialog(this);
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setObjectName(QStringLiteral("commentInputDialog"));
    input->setWindowTitle(tr("Comment on the Score"));
    input->setLabelText(tr("Comment on %1 for %2:").arg(criterion, file));
    input->setOption(QInputDialog::UsePlainTextEditForTextInput);
    input->setTextValue(current.data(ScoreSheetModel::CommentRole).toString());
    const QPersistentModelIndex target(current);
    connect(input, &QInputDialog::textValueSelected, this, [this, target](const QString& text) {
        if (target.isValid()) {
            m_sheet->setComment(target, text);
        }
    });
    input->open();
    return input;
}

void ScoreSheetDialog::showError(const QString& message)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->show();
}

} // namespace Palier
