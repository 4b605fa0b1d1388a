// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace Palier {

class Database;
class GridEditorModel;

/// Edits the scoring grid of a domain: criteria (code, label, weight, scale, level descriptors) added, removed and
/// reordered, checked by the grid rules as they are typed; saving makes a new version of the grid (scores already
/// entered stay). Usable from the keyboard: the table edits in place, Ctrl+Up/Down move a criterion.
class GridEditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GridEditorDialog(const Database& db, const QString& domainCode = {}, QWidget* parent = nullptr);

    GridEditorModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

    /// Saves the criteria as a new version of the grid; true when saved (or unchanged).
    bool save();

Q_SIGNALS:
    /// A new version of a grid was saved.
    void gridSaved(const QString& domainCode, int version);

private:
    void loadDomain();
    void currentRowChanged();
    void levelsEdited();
    void criteriaEdited();
    void addCriterion();
    void removeCriterion();
    void moveCriterion(int delta);
    void showMessage(const QString& message, bool error);

    const Database& m_db;
    GridEditorModel* m_model;
    QComboBox* m_domainComboBox;
    QLabel* m_versionLabel;
    QLabel* m_messageLabel;
    QTableView* m_view;
    QLabel* m_levelsLabel;
    QPlainTextEdit* m_levelsEdit;
    QLabel* m_faultLabel;
    QLineEdit* m_noteLineEdit;
    QPushButton* m_saveButton;
    QPushButton* m_removeButton;
    bool m_loading = false;
};

} // namespace Palier
