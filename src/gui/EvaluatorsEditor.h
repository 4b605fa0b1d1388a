// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QHash>
#include <QPair>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace Palier {

class Database;

/// The evaluators of a campaign, to add, rename or remove (only those who entered no score). The changes are kept
/// until apply() writes them together.
class EvaluatorsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit EvaluatorsEditor(const Database& db, QWidget* parent = nullptr);

    /// Whether anything was added, renamed or removed since the list was read.
    bool hasChanges() const;
    /// Writes the changes in one transaction: all of them, or none (the error says which name is refused).
    Result<void> apply();

    QPushButton* addButton() const { return m_addButton; }
    QPushButton* renameButton() const { return m_renameButton; }
    QPushButton* removeButton() const { return m_removeButton; }

private:
    void load();
    void add();
    void rename();
    void remove();
    void updateButtons();
    Result<void> write();
    /// The error of a rename refused because someone else renamed evaluator `id` since the list was read.
    Error renameConflict(qint64 id, const QString& yours) const;

    const Database& m_db;
    QListWidget* m_list;
    QPushButton* m_addButton;
    QPushButton* m_renameButton;
    QPushButton* m_removeButton;
    QLabel* m_note;
    QHash<qint64, QString> m_stored;   ///< id → name as read
    QHash<qint64, qint64> m_versions;  ///< id → row_version as read
    QPair<qint64, QString> m_conflict; ///< the evaluator whose rename a colleague's came before, and the user's name
    QHash<qint64, int> m_scores;       ///< id → scores entered
    QList<qint64> m_removed;
};

} // namespace Palier
