// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TablePage.h"
#include "selection/ForfaitGrid.h"
#include "selection/Roadmap.h"

#include <QHash>

#include <memory>

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

    /// Writes `roadmap`, edited from the roadmap the page shows, in place of the current one (undoable); false,
    /// after saying why, when it was refused. When someone else saved the roadmap meanwhile, nothing is written
    /// until the user chose, value by value, between theirs and the user's (ConflictDialog); cancelled, or all theirs
    /// taken, nothing is written and the page shows theirs. An undo or redo that would overwrite a change made by
    /// someone else since is refused, with the reason above the table.
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
    /// applyRoadmap() and changeMilestone() of an edit prepared on `base` (what a dialog started from).
    bool applyRoadmap(const Roadmap& base, const Roadmap& roadmap);
    bool changeMilestone(const Milestone& base, const Milestone& milestone);
    /// Pushes a change on the undo stack (which applies it); the result of that first write. A refused undo or
    /// redo ("db.conflict": someone else changed it since) is said above the table, naming who `lastChangeOf` says.
    Result<void> push(const QString& text, std::function<Result<void>(bool)> write,
                      std::function<LastChange()> lastChangeOf);
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
    /// The row version each of this page's writes left (the roadmap, the milestones by id): an undo or redo runs
    /// only if the row is still at it, that is when nobody else changed it since.
    std::shared_ptr<QHash<qint64, qint64>> m_written;
};

} // namespace Palier
