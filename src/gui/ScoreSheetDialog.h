// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

class QInputDialog;

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
    /// Opens (window-modal, without waiting) the editor of the current score's comment; null when the current cell
    /// holds no score of the evaluator (the banner then says to enter the score first).
    QInputDialog* editComment();

private:
    void reloadSheet();
    void showError(const QString& message);

    std::unique_ptr<Ui::ScoreSheetDialog> m_ui;
    const Database& m_db;
    ScoreSheetModel* m_sheet;
};

} // namespace Palier
