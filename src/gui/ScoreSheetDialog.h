// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Palier {

namespace Ui {
class ScoreSheetDialog;
}

class Database;
class ScoreSheetModel;

/// The score sheet of a domain, for one evaluator at a time, entered from the keyboard.
class ScoreSheetDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ScoreSheetDialog(const Database& db, QWidget* parent = nullptr);
    ~ScoreSheetDialog() override;

    ScoreSheetModel* sheet() const { return m_sheet; }

private:
    void reloadSheet();
    void showError(const QString& message);

    std::unique_ptr<Ui::ScoreSheetDialog> m_ui;
    const Database& m_db;
    ScoreSheetModel* m_sheet;
};

} // namespace Palier
