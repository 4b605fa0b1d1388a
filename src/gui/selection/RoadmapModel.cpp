// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoadmapModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Palier {

Result<void> RoadmapModel::load(const Database& db)
{
    clear();
    Result<Roadmap> roadmap = loadRoadmap(db);
    if (!roadmap) {
        return roadmap.error();
    }
    Result<QList<Milestone>> milestones = loadMilestones(db);
    if (!milestones) {
        return milestones.error();
    }
    m_roadmap = roadmap.value();
    setRows(milestones.value());
    return {};
}

void RoadmapModel::clear()
{
    m_roadmap = {};
    RowTableModel::clear();
}

int RoadmapModel::rowOf(qint64 id) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (rowAt(row).id == id) {
            return row;
        }
    }
    return -1;
}

QString RoadmapModel::countText(int shown, int total) const
{
    return shown == total ? tr("%Ln milestone(s)", nullptr, total)
                          : tr("%1 of %Ln milestone(s)", nullptr, total).arg(shown);
}

QVariant RoadmapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return RowTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Column::Date:
        return tr("Date");
    case Column::Milestone:
        return tr("Milestone");
    case Column::Source:
        return tr("Set by");
    case Column::DaysLeft:
        return tr("Days left");
    case Column::Count:
        break;
    }
    return {};
}

QVariant RoadmapModel::rowData(const Milestone& row, RoadmapColumn column, int role) const
{
    const qint64 days = m_today.daysTo(row.dueOn);
    if (role == Qt::ForegroundRole && column == Column::DaysLeft && days < 0) {
        return QBrush(QColor(190, 30, 30));
    }
    if (role == Qt::TextAlignmentRole && column == Column::DaysLeft) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == SortRole) {
        return column == Column::Date || column == Column::DaysLeft ? QVariant(row.dueOn.toJulianDay())
                                                                    : rowData(row, column, Qt::DisplayRole);
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (column) {
    case Column::Date:
        return QLocale().toString(row.dueOn, QStringLiteral("d MMMM yyyy"));
    case Column::Milestone:
        return row.label;
    case Column::Source:
        return row.source == QLatin1String("ars") ? tr("ARS") : tr("Programme");
    case Column::DaysLeft:
        if (days == 0) {
            return tr("today");
        }
        return days > 0 ? tr("%Ln day(s) left", nullptr, int(days)) : tr("overdue by %Ln day(s)", nullptr, int(-days));
    case Column::Count:
        break;
    }
    return {};
}

} // namespace Palier
