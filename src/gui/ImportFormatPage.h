// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/SourceTable.h"

#include <QWizardPage>

#include <memory>

namespace Palier {

namespace Ui {
class ImportFormatPage;
}

class PreviewModel;
struct ImportSession;

/// Second page of the import wizard: the format, encoding, separator and header detected (or given by the
/// profile), each changeable, with the first rows read again at every change.
class ImportFormatPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFormatPage(ImportSession* session, QWidget* parent = nullptr);
    ~ImportFormatPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    /// The format the widgets describe.
    TableFormat format() const;

private:
    void showFormat(const TableFormat& format);
    void loadSheets(const QString& current);
    void updatePreview();
    void showError(const QString& message);

    std::unique_ptr<Ui::ImportFormatPage> m_ui;
    ImportSession* m_session;
    PreviewModel* m_preview;
    QString m_detectedFor;
    bool m_readable = false;
};

} // namespace Palier
