// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TablePage.h"
#include "selection/ForfaitGrid.h"
#include "selection/Roadmap.h"

class QAction;
class QTextBrowser;

namespace Palier {

class RoadmapModel;

/// The regional roadmap: the calendar with the days left (overdue in red) and, beside it, the correspondent, the
/// envelope per year, the priority axes with their domains, the planned split per domain and status, and the
/// strategy for the financing lever, and the forfait grid (with the establishments that have no size class).
/// Everything is edited here (the programme's milestones excepted), each change
/// written through the core in one transaction and undoable.
class RoadmapPage : public TablePage
{
    Q_OBJECT

public:
    explicit RoadmapPage(const QString& title, QWidget* parent = nullptr);

    RoadmapModel* roadmapModel() const { return m_roadmap; }
    /// The roadmap as the side panel shows it (HTML).
    QString roadmapHtml() const;

    /// Writes `roadmap` in place of the current one (undoable); false, after saying why, when it was refused.
    bool applyRoadmap(const Roadmap& roadmap);
    /// Adds an ARS milestone (undoable); its id, or 0 when refused.
    qint64 addMilestone(const Milestone& milestone);
    /// Changes an ARS milestone (undoable).
    bool changeMilestone(const Milestone& milestone);
    /// Removes an ARS milestone (undoable).
    bool removeMilestone(qint64 id);
    /// Writes `cells` in place of the programme's forfait grid (undoable); false, after saying why, when refused.
    bool applyForfaitGrid(const QList<ForfaitCell>& cells);
    /// The forfait grid and size classes as the side panel shows them.
    const ForfaitGrid& forfaitGrid() const { return m_forfaitGrid; }
    const SizeClassCoverage& sizeClassCoverage() const { return m_coverage; }

private:
    void refresh();
    void exportDocument();
    void editRoadmap();
    void editMilestone(bool adding);
    void editForfaitGrid();
    QString forfaitHtml() const;
    void updateActions();
    /// Pushes a change on the undo stack (which applies it); whether it was written.
    bool push(const QString& text, std::function<Result<void>(bool)> write);
    /// Reads the roadmap and the calendar again without forgetting the undo stack, as reload() would.
    void readAgain();
    /// The milestone of the current row, or null.
    const Milestone* currentMilestone() const;

    RoadmapModel* m_roadmap;
    QTextBrowser* m_text;
    QAction* m_editAction;
    QAction* m_addMilestoneAction;
    QAction* m_editMilestoneAction;
    QAction* m_removeMilestoneAction;
    QAction* m_forfaitAction;
    ForfaitGrid m_forfaitGrid;
    SizeClassCoverage m_coverage;
};

} // namespace Palier
