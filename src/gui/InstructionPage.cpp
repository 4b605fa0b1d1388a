// SPDX-License-Identifier: GPL-3.0-or-later
#include "InstructionPage.h"
#include "ui_InstructionDetail.h"

#include "CandidatureModel.h"
#include "ChangeStateDialog.h"
#include "ExplanationPanel.h"
#include "GridEditorDialog.h"
#include "HistoryModel.h"
#include "LabelsDialog.h"
#include "PrerequisitesModel.h"
#include "ScoreSheetDialog.h"
#include "ScoreSheetModel.h"
#include "SearchFilterProxyModel.h"
#include "WhatIfDialog.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTableView>
#include <QToolButton>

namespace Palier {

namespace {

constexpr int DetailMinimumWidth = 480;

} // namespace

InstructionPage::InstructionPage(const QString& title, QWidget* parent)
    : TablePage(title, new CandidatureModel, parent)
    , m_detail(std::make_unique<Ui::InstructionDetail>())
    , m_candidatures(static_cast<CandidatureModel*>(model()))
    , m_history(new HistoryModel(this))
    , m_prerequisites(new PrerequisitesModel(this))
    , m_stateComboBox(new QComboBox(this))
    , m_changeStateAction(new QAction(tr("Change &State…"), this))
    , m_labelsAction(new QAction(tr("&Labels…"), this))
    , m_scoreSheetAction(new QAction(tr("Score S&heet…"), this))
    , m_whatIfAction(new QAction(tr("&What-If…"), this))
    , m_gridAction(new QAction(tr("Scoring &Grid…"), this))
{
    using Column = CandidatureModel::Column;
    setMainColumn(int(Column::Establishment));
    setHiddenByDefault({int(Column::Title), int(Column::Requested), int(Column::Vendor), int(Column::PlannedStart),
                        int(Column::PlannedEnd)});
    tableView()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    tableView()->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tableView()->setContextMenuPolicy(Qt::CustomContextMenu);

    m_changeStateAction->setObjectName(QStringLiteral("changeStateAction"));
    m_changeStateAction->setToolTip(tr("Moves the selected files to another state"));
    m_labelsAction->setObjectName(QStringLiteral("labelsAction"));
    m_labelsAction->setToolTip(tr("Puts labels on the selected files or takes them off"));
    m_stateComboBox->setObjectName(QStringLiteral("stateFilterComboBox"));
    m_stateComboBox->setToolTip(tr("Shows only the files in this state"));
    m_stateComboBox->setAccessibleName(tr("State filter"));
    // Added right after the title, so in reverse order.
    m_scoreSheetAction->setObjectName(QStringLiteral("scoreSheetAction"));
    m_scoreSheetAction->setToolTip(tr("Scores the files of a domain, criterion by criterion"));
    m_whatIfAction->setObjectName(QStringLiteral("whatIfAction"));
    m_whatIfAction->setToolTip(tr("Tries other weights and consensus settings on a domain's ranking"));
    m_gridAction->setObjectName(QStringLiteral("gridAction"));
    m_gridAction->setToolTip(tr("Edits the criteria, weights and scales of a domain's scoring grid"));
    for (QAction* action : {m_scoreSheetAction, m_labelsAction, m_changeStateAction}) {
        auto* button = new QToolButton(this);
        button->setObjectName(action->objectName().replace(QLatin1String("Action"), QLatin1String("ToolButton")));
        button->setDefaultAction(action);
        if (action == m_scoreSheetAction) {
            // The other scoring tools hang under the score sheet, so that the header keeps its room.
            auto* scoring = new QMenu(button);
            scoring->addAction(m_scoreSheetAction);
            scoring->addAction(m_whatIfAction);
            scoring->addAction(m_gridAction);
            button->setMenu(scoring);
            button->setPopupMode(QToolButton::MenuButtonPopup);
        }
        addHeaderWidget(button);
    }
    addHeaderWidget(m_stateComboBox);

    auto* detail = new QWidget;
    detail->setObjectName(QStringLiteral("instructionDetail"));
    m_detail->setupUi(detail);
    // The tabs name the sections.
    m_detail->historyTitleLabel->hide();
    m_detail->prerequisitesTitleLabel->hide();
    m_detail->historyTableView->setModel(m_history);
    m_detail->historyTableView->setAccessibleName(tr("History"));
    m_detail->prerequisitesTableView->setAccessibleName(tr("Prerequisites"));
    m_detail->prerequisitesTableView->setModel(m_prerequisites);
    QHeaderView* header = m_detail->prerequisitesTableView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(int(PrerequisitesModel::Column::Indicator), QHeaderView::Stretch);
    header->setStretchLastSection(false);
    header = m_detail->historyTableView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(int(HistoryModel::Column::Reason), QHeaderView::Stretch);
    detail->setMinimumWidth(DetailMinimumWidth);
    addSideWidget(detail);

    connect(this, &TablePage::reloaded, this, &InstructionPage::databaseReloaded);
    connect(this, &TablePage::currentRecordChanged, this, &InstructionPage::showFile);
    connect(tableView()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InstructionPage::updateActions);
    connect(tableView(), &QWidget::customContextMenuRequested, this, &InstructionPage::showContextMenu);
    connect(m_changeStateAction, &QAction::triggered, this, &InstructionPage::openChangeStateDialog);
    connect(m_labelsAction, &QAction::triggered, this, &InstructionPage::openLabelsDialog);
    connect(m_scoreSheetAction, &QAction::triggered, this, &InstructionPage::openScoreSheet);
    connect(m_whatIfAction, &QAction::triggered, this, &InstructionPage::openWhatIf);
    connect(m_gridAction, &QAction::triggered, this, &InstructionPage::openGridEditor);
    connect(m_stateComboBox, &QComboBox::currentIndexChanged, this,
            [this] { proxy()->setExactFilter(int(CandidatureModel::Column::State), m_stateComboBox->currentData()); });
    connect(m_prerequisites, &PrerequisitesModel::writeFailed, this, &TablePage::showMessage);
    connect(m_prerequisites, &QAbstractItemModel::modelReset, this, [this] {
        m_detail->eligibilityLabel->setText(m_prerequisites->rowCount() == 0 ? QString()
                                            : m_prerequisites->eligible()
                                                ? tr("The establishment is eligible for payment.")
                                                : tr("The establishment is not eligible for payment yet."));
    });
    updateActions();
}

InstructionPage::~InstructionPage() = default;

void InstructionPage::databaseReloaded()
{
    const QString filter = m_stateComboBox->currentData().toString();
    const QSignalBlocker blocker(m_stateComboBox);
    m_stateComboBox->clear();
    m_stateComboBox->addItem(tr("All states"));
    m_workflow.reset();
    m_detail->explanationPanel->invalidate();
    if (database()) {
        if (Result<Workflow> workflow = Workflow::load(*database()); workflow) {
            m_workflow = std::move(workflow).value();
        } else {
            showMessage(workflow.error().message);
        }
    }
    if (m_workflow) {
        for (const CandidatureState& state : m_workflow->states()) {
            m_stateComboBox->addItem(CandidatureModel::stateLabel(state.code, state.label), state.code);
        }
    }
    const int index = m_stateComboBox->findData(filter);
    m_stateComboBox->setCurrentIndex(qMax(0, index));
    proxy()->setExactFilter(int(CandidatureModel::Column::State), m_stateComboBox->currentData());
    showFile(m_currentId);
    updateActions();
}

void InstructionPage::showFile(qint64 id)
{
    m_currentId = id;
    const int row = id < 0 || !database() ? -1 : m_candidatures->rowOfRecord(id);
    if (row < 0 || !m_workflow) {
        m_history->clear();
        std::ignore = m_prerequisites->load(nullptr, -1);
        m_detail->fileTitleLabel->clear();
        m_detail->labelsLabel->clear();
        m_detail->explanationPanel->showFile(nullptr, -1, {});
        return;
    }
    const CandidatureRow& file = m_candidatures->candidature(row);
    m_detail->fileTitleLabel->setText(
        QStringLiteral("<b>%1</b> – %2<br>%3")
            .arg(file.establishmentName.toHtmlEscaped(), file.domainCode.toHtmlEscaped(), file.state.toHtmlEscaped()));
    QStringList chips;
    for (const Label& label : file.labels) {
        chips.append(QStringLiteral("<span style=\"background:%1; color:white;\">&nbsp;%2&nbsp;</span>")
                         .arg(label.color, label.name.toHtmlEscaped()));
    }
    m_detail->labelsLabel->setText(chips.join(u' '));
    m_detail->explanationPanel->showFile(database(), id, file.domainCode);
    if (Result<void> loaded = m_history->load(*database(), *m_workflow, id); !loaded) {
        showMessage(loaded.error().message);
    }
    if (Result<void> loaded = m_prerequisites->load(database(), file.establishmentId); !loaded) {
        showMessage(loaded.error().message);
    }
}

void InstructionPage::updateActions()
{
    const bool any = database() && m_workflow && !selectedRecordIds().isEmpty();
    m_changeStateAction->setEnabled(any);
    m_labelsAction->setEnabled(any);
    m_scoreSheetAction->setEnabled(database() != nullptr);
    m_whatIfAction->setEnabled(database() != nullptr);
    m_gridAction->setEnabled(database() != nullptr);
}

QStringList InstructionPage::selectedStates(const QList<qint64>& ids) const
{
    QStringList states;
    for (qint64 id : ids) {
        const int row = m_candidatures->rowOfRecord(id);
        states.append(row < 0 ? QString() : m_candidatures->candidature(row).stateCode);
    }
    return states;
}

ChangeStateDialog* InstructionPage::openChangeStateDialog()
{
    const QList<qint64> ids = selectedRecordIds();
    if (ids.isEmpty() || !database() || !m_workflow) {
        return nullptr;
    }
    auto* dialog = new ChangeStateDialog(*database(), *m_workflow, ids, selectedStates(ids), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &InstructionPage::refreshAfterChange);
    dialog->open();
    return dialog;
}

LabelsDialog* InstructionPage::openLabelsDialog()
{
    const QList<qint64> ids = selectedRecordIds();
    if (ids.isEmpty() || !database()) {
        return nullptr;
    }
    auto* dialog = new LabelsDialog(*database(), ids, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Renamed, recoloured or deleted labels show even when the dialog is cancelled.
    connect(dialog, &QDialog::finished, this, &InstructionPage::refreshAfterChange);
    dialog->open();
    return dialog;
}

ScoreSheetDialog* InstructionPage::openScoreSheet()
{
    if (!database()) {
        return nullptr;
    }
    auto* dialog = new ScoreSheetDialog(*database(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The sheet writes scores, not states: the table needs no reload, but the database must outlive the sheet.
    connect(this, &TablePage::reloaded, dialog, [this, dialog, db = database()] {
        if (database() != db) {
            dialog->close();
        }
    });
    connect(dialog->sheet(), &QAbstractItemModel::dataChanged, this, &InstructionPage::refreshExplanation);
    dialog->show();
    return dialog;
}

WhatIfDialog* InstructionPage::openWhatIf()
{
    if (!database()) {
        return nullptr;
    }
    auto* dialog = new WhatIfDialog(*database(), currentDomain(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(this, &TablePage::reloaded, dialog, [this, dialog, db = database()] {
        if (database() != db) {
            dialog->close();
        }
    });
    connect(dialog, &WhatIfDialog::scoringChanged, this, &InstructionPage::refreshExplanation);
    dialog->show();
    return dialog;
}

GridEditorDialog* InstructionPage::openGridEditor()
{
    if (!database()) {
        return nullptr;
    }
    auto* dialog = new GridEditorDialog(*database(), currentDomain(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(this, &TablePage::reloaded, dialog, [this, dialog, db = database()] {
        if (database() != db) {
            dialog->close();
        }
    });
    connect(dialog, &GridEditorDialog::gridSaved, this, &InstructionPage::refreshExplanation);
    dialog->show();
    return dialog;
}

QString InstructionPage::currentDomain() const
{
    const int row = m_currentId < 0 || !database() ? -1 : m_candidatures->rowOfRecord(m_currentId);
    return row < 0 ? QString() : m_candidatures->candidature(row).domainCode;
}

void InstructionPage::refreshExplanation()
{
    m_detail->explanationPanel->invalidate();
    const QString domain = currentDomain();
    m_detail->explanationPanel->showFile(domain.isEmpty() ? nullptr : database(), m_currentId, domain);
}

void InstructionPage::refreshAfterChange()
{
    const qint64 current = m_currentId;
    reload(database());
    selectRecord(current);
    showFile(current);
}

void InstructionPage::showContextMenu(const QPoint& position)
{
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_changeStateAction);
    menu->addAction(m_labelsAction);
    menu->addSeparator();
    menu->addAction(m_scoreSheetAction);
    menu->addAction(m_whatIfAction);
    menu->addAction(m_gridAction);
    menu->popup(tableView()->viewport()->mapToGlobal(position));
}

} // namespace Palier
