// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QColor>
#include <QDialog>
#include <QHash>

#include <functional>
#include <memory>

class QListWidgetItem;

namespace Palier {

namespace Ui {
class LabelsDialog;
}

class Database;
struct Label;

/// Puts labels on the selected files or takes them off, and creates new coloured labels. A label checked on some
/// of the files only is left as it is unless the user changes it.
class LabelsDialog : public QDialog
{
    Q_OBJECT

public:
    LabelsDialog(const Database& db, const QList<qint64>& ids, QWidget* parent = nullptr);
    ~LabelsDialog() override;

    /// Checks or unchecks the label named `name`; false when there is none.
    bool setLabelChecked(const QString& name, bool checked);
    /// Sets the colour of the next label created.
    void setNewColor(const QColor& color);

    /// Renames the label `name` (on every file); false, with the reason shown, when refused.
    bool renameLabel(const QString& name, const QString& newName);
    /// Gives the label `name` the colour `color`; false when refused.
    bool recolorLabel(const QString& name, const QColor& color);
    /// Deletes the label `name` after a confirmation saying how many files carry it; false when not deleted.
    bool deleteLabel(const QString& name);

    void accept() override;

private:
    void load();
    void addItem(const Label& label, Qt::CheckState state);
    void createLabel();
    void chooseColor();
    void renameCurrent();
    void recolorCurrent();
    void deleteCurrent();
    void updateButtons();
    QListWidgetItem* itemNamed(const QString& name) const;
    void showError(const QString& message);
    enum class LabelPart { Name, Colour };
    /// Writes `wanted` through `write(value, version)` on the version the dialog read; when a colleague changed the
    /// label since, shows both values (ConflictDialog) and writes again what the user keeps.
    bool changeLabel(QListWidgetItem* item, LabelPart part, const QVariant& wanted,
                     const std::function<Result<void>(const QVariant&, qint64)>& write);

    std::unique_ptr<Ui::LabelsDialog> m_ui;
    const Database& m_db;
    QList<qint64> m_ids;
    QColor m_newColor;
    QHash<QListWidgetItem*, Qt::CheckState> m_initial;
};

} // namespace Palier
