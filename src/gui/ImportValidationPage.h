// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

#include <memory>

namespace Palier {

namespace Ui {
class ImportValidationPage;
}

class ImportTask;
class IssueTableModel;
class UpdateTableModel;
struct ImportOutcome;
struct ImportSession;

/// Fourth page of the import wizard: a dry run of the whole file, off the GUI thread, then what the import
/// would do: every rejected row with its line, column and reason, the warnings, the changes to existing records,
/// and the counts. Nothing is written; the next button imports.
class ImportValidationPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportValidationPage(ImportSession* session, QWidget* parent = nullptr);
    ~ImportValidationPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    bool isRunning() const;

private:
    void start();
    void stopOrRestart();
    void showProgress(int value);
    void showOutcome(const ImportOutcome& outcome);
    void showReport();
    void showReportTables(bool shown);
    void fitCurrentRows();

    std::unique_ptr<Ui::ImportValidationPage> m_ui;
    ImportSession* m_session;
    ImportTask* m_task;
    IssueTableModel* m_rejected;
    IssueTableModel* m_warnings;
    UpdateTableModel* m_updates;
};

} // namespace Palier
