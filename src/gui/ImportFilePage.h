// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

#include <memory>

namespace Palier {

namespace Ui {
class ImportFilePage;
}

struct ImportSession;

/// First page of the import wizard: what the file holds, which file (typed, chosen or dropped), and a saved
/// profile to reuse.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportSession* session, QWidget* parent = nullptr);
    ~ImportFilePage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void browse();
    void kindChanged();
    void loadProfiles();
    void updateMessage();

    std::unique_ptr<Ui::ImportFilePage> m_ui;
    ImportSession* m_session;
};

} // namespace Palier
