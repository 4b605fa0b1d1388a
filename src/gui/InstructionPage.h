// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TablePage.h"
#include "workflow/Workflow.h"

#include <memory>
#include <optional>

class QAction;
class QComboBox;

namespace Palier {

namespace Ui {
class InstructionDetail;
}

class CandidatureModel;
class ChangeStateDialog;
class GridEditorDialog;
class HistoryModel;
class LabelsDialog;
class PrerequisitesModel;
class ScoreSheetDialog;
class WhatIfDialog;

/// The review of the applications: their state, labels and eligibility, filtered by state; the selected files
/// change state or labels in one action; beside the table, the history of the current file and the
/// prerequisites of its establishment, whose values can be entered.
class InstructionPage : public TablePage
{
    Q_OBJECT

public:
    explicit InstructionPage(const QString& title, QWidget* parent = nullptr);
    ~InstructionPage() override;

    /// Opens (window-modal, without waiting) the dialog moving the selected files; null when nothing is selected.
    ChangeStateDialog* openChangeStateDialog();
    /// Opens the dialog putting labels on the selected files; null when nothing is selected.
    LabelsDialog* openLabelsDialog();
    /// Opens the score sheet beside the window; null without a database.
    ScoreSheetDialog* openScoreSheet();
    /// Opens the what-if on the weights, on the current file's domain; null without a database.
    WhatIfDialog* openWhatIf();
    /// Opens the editor of the scoring grids, on the current file's domain; null without a database.
    GridEditorDialog* openGridEditor();

private:
    void databaseReloaded();
    void showFile(qint64 id);
    void updateActions();
    void refreshAfterChange();
    void refreshExplanation();
    QString currentDomain() const;
    void showContextMenu(const QPoint& position);
    QStringList selectedStates(const QList<qint64>& ids) const;

    std::unique_ptr<Ui::InstructionDetail> m_detail;
    CandidatureModel* m_candidatures;
    HistoryModel* m_history;
    PrerequisitesModel* m_prerequisites;
    QComboBox* m_stateComboBox;
    QAction* m_changeStateAction;
    QAction* m_labelsAction;
    QAction* m_scoreSheetAction;
    QAction* m_whatIfAction;
    QAction* m_gridAction;
    std::optional<Workflow> m_workflow;
    qint64 m_currentId = -1;
};

} // namespace Palier
