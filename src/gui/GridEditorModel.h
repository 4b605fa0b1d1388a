// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/GridRules.h"
#include "scoring/ScoringTypes.h"

#include <QAbstractTableModel>

#include <optional>

namespace Palier {

/// The criteria of a grid being edited: one row per criterion (code, label, weight, scale minimum and maximum, the
/// count of level descriptors), editable in place; criteria are added, removed and moved. Nothing is stored: the
/// dialog saves criteria() as a new grid version. A changed scale keeps the descriptors it still has levels for.
class GridEditorModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Code, Label, Weight, ScaleMin, ScaleMax, Levels, Count };

    using QAbstractTableModel::QAbstractTableModel;

    void setCriteria(const QList<Criterion>& criteria);
    const QList<Criterion>& criteria() const { return m_criteria; }

    /// Adds a criterion after `row` (at the end for -1) with a free code, weight 1 and the 0–4 scale; returns its row.
    int addCriterion(int row = -1);
    bool removeCriterion(int row);
    /// Moves the criterion at `row` by `delta` rows (−1 up, +1 down); false at an end.
    bool moveCriterion(int row, int delta);

    /// The descriptors of the levels of the criterion at `row`, from its scale minimum up.
    QStringList levels(int row) const;
    /// Sets them; the list is cut or padded with blanks to the scale's count of levels.
    void setLevels(int row, const QStringList& levels);

    /// The first rule the criteria break (GridRules), or nothing.
    std::optional<GridFault> fault() const { return findGridFault(m_criteria); }
    /// The fault as a sentence naming the criterion, or empty.
    QString faultText() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /// The criteria changed in any way (an edit, an addition, a move…).
    void criteriaChanged();

private:
    static void fitLevels(Criterion& criterion);

    QList<Criterion> m_criteria;
};

} // namespace Palier
