// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/Importer.h"

#include <QList>
#include <QWizardPage>

#include <memory>

class QComboBox;

namespace Palier {

namespace Ui {
class ImportMappingPage;
}

struct ImportSession;

/// Third page of the import wizard: for each field of the database, the column of the file that holds it,
/// guessed from the header (or taken from the profile) and changeable; the choice can be saved as a profile.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportSession* session, QWidget* parent = nullptr);
    ~ImportMappingPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    ColumnMapping mapping() const;
    /// The combo box of the field `key` ("finess_et"), named "<key>ComboBox".
    QComboBox* fieldComboBox(const QString& key) const;

private:
    void buildFields();
    void showMapping(const ColumnMapping& mapping);
    void updateMissing();
    void saveProfile();

    std::unique_ptr<Ui::ImportMappingPage> m_ui;
    ImportSession* m_session;
    QList<ImportField> m_fields;
    QList<QComboBox*> m_comboBoxes;
    QString m_builtFor;
};

} // namespace Palier
