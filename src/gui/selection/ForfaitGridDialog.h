// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "selection/ForfaitGrid.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace Palier {

class Database;
class ForfaitGridModel;

/// Edits the programme's forfait grid: size classes (rows) × domains (columns) in euros, size classes added,
/// renamed or removed, or the whole grid read from a CSV file (size_class;domain;amount). Beside it, how many
/// establishments have no size class (their files get the amount they request, within the bounds) and who they
/// are. Errors keep Save disabled; warnings (an amount outside the programme's bounds, a size class no
/// establishment has) are shown but do not. On a read-only database the grid is only shown. The caller writes the
/// result through the core (RoadmapPage::applyForfaitGrid, undoable).
class ForfaitGridDialog : public QDialog
{
    Q_OBJECT

public:
    ForfaitGridDialog(const Database& db, const ForfaitGrid& grid, const SizeClassCoverage& coverage,
                      QWidget* parent = nullptr);

    /// The grid as the table holds it.
    QList<ForfaitCell> cells() const;
    /// Whether the table differs from the grid the dialog opened with.
    bool isChanged() const;
    /// What keeps the grid from being saved and what is only worth a look, as shown below the table.
    QStringList problems() const { return m_problems; }
    QStringList warnings() const { return m_warnings; }
    ForfaitGridModel* model() const { return m_model; }

    /// Fills the table from `path` (see readForfaitFile()); a file with a bad row changes nothing and says why.
    /// Whether the table was filled.
    bool importFile(const QString& path);

private:
    QWidget* createCoveragePanel();
    void chooseFile();
    void validate();
    void updateButtons();

    const Database& m_db;
    QList<ForfaitCell> m_original;
    QStringList m_problems;
    QStringList m_warnings;
    QString m_editProblem; ///< the last edit refused by the model

    ForfaitGridModel* m_model;
    QTableView* m_table;
    QPushButton* m_addButton;
    QPushButton* m_removeButton;
    QPushButton* m_importButton;
    QLabel* m_coverage;
    QListWidget* m_withoutClass;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace Palier
