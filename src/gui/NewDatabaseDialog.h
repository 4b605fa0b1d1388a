// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Palier {

namespace Ui {
class NewDatabaseDialog;
}

/// Asks where to create a regional database, for which region and which programme.
/// It does not create anything: the caller does, with the answers.
class NewDatabaseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewDatabaseDialog(QWidget* parent = nullptr);
    ~NewDatabaseDialog() override;

    /// The chosen file, with the .palier extension.
    QString filePath() const;
    QString regionCode() const;
    QString programmeCode() const;

    void accept() override;

private:
    void browse();
    void updateOkButton();
    void suggestFile();

    std::unique_ptr<Ui::NewDatabaseDialog> m_ui;
    QString m_suggestedFile;
};

} // namespace Palier
