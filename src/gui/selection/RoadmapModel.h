// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseTableModel.h"
#include "selection/Roadmap.h"

#include <QDate>

namespace Palier {

enum class RoadmapColumn { Date, Milestone, Source, DaysLeft, Count };

/// The calendar of the campaign: the programme's milestones and the ARS's own, with the days left (overdue in red).
class RoadmapModel : public RowTableModel<Milestone, RoadmapColumn>
{
    Q_OBJECT

public:
    using Column = RoadmapColumn;
    using RowTableModel::RowTableModel;

    Result<void> load(const Database& db) override;
    void clear() override;
    QString countText(int shown, int total) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    qint64 recordId(int row) const override { return rowAt(row).id; }

    /// The milestone shown in `row`.
    const Milestone& milestone(int row) const { return rowAt(row); }
    /// The row showing the milestone `id`, or -1.
    int rowOf(qint64 id) const;

    /// The roadmap read with the calendar.
    const Roadmap& roadmap() const { return m_roadmap; }
    /// The day the days left are counted from (today unless a test sets it).
    void setToday(const QDate& today) { m_today = today; }

protected:
    QVariant rowData(const Milestone& row, RoadmapColumn column, int role) const override;

private:
    Roadmap m_roadmap;
    QDate m_today = QDate::currentDate();
};

} // namespace Palier
