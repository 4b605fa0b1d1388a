// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

#include <memory>

namespace Palier {

namespace Ui {
class ImportResultPage;
}

class ImportTask;
struct ImportOutcome;
struct ImportSession;

/// Last page of the import wizard: the import itself, in one transaction off the GUI thread, then exactly what
/// was written, or that nothing was and why.
class ImportResultPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportResultPage(ImportSession* session, QWidget* parent = nullptr);
    ~ImportResultPage() override;

    void initializePage() override;
    bool isComplete() const override;

    bool isRunning() const;
    /// Asks the import to stop; it rolls back unless it has committed already.
    void cancelImport();

Q_SIGNALS:
    /// The rows are in the database.
    void imported();

private:
    void showProgress(int value);
    void showOutcome(const ImportOutcome& outcome);

    std::unique_ptr<Ui::ImportResultPage> m_ui;
    ImportSession* m_session;
    ImportTask* m_task;
};

} // namespace Palier
