// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace Palier {

class Database;
class EvaluatorsEditor;

/// The user's preferences (QSettings): the language of the interface (from the next start), how many automatic
/// backups of each database are kept, how many recent files are listed; and, for the database open, its evaluators
/// and the letterhead of its letters.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    /// `db` is the database open in the window, or null: its tab is then disabled, as for a read-only database.
    explicit SettingsDialog(const Database* db = nullptr, QWidget* parent = nullptr);

    /// The settings key of the language chosen here: "fr", "en", or empty for the system's.
    static QString languageKey();

    /// Whether the database was changed (evaluators, letterhead): the pages showing them read it again.
    bool databaseChanged() const { return m_databaseChanged; }

    /// Saves the preferences and writes the evaluators in one transaction; says why and stays open when it cannot.
    void accept() override;

private:
    QWidget* createGeneralTab();
    QWidget* createCampaignTab();
    void editLetterhead();

    const Database* m_db;
    QTabWidget* m_tabs;
    QComboBox* m_language = nullptr;
    QSpinBox* m_backups = nullptr;
    QSpinBox* m_recentFiles = nullptr;
    EvaluatorsEditor* m_evaluators = nullptr;
    QPushButton* m_letterheadButton = nullptr;
    QLabel* m_message;
    bool m_databaseChanged = false;
};

} // namespace Palier
