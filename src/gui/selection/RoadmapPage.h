// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TablePage.h"

class QTextBrowser;

namespace Palier {

class RoadmapModel;

/// The regional roadmap: the calendar with the days left (overdue in red) and, beside it, the correspondent, the
/// envelope per year, the priority axes with their domains, the planned split per domain and status, and the
/// strategy for the financing lever.
class RoadmapPage : public TablePage
{
    Q_OBJECT

public:
    explicit RoadmapPage(const QString& title, QWidget* parent = nullptr);

    RoadmapModel* roadmapModel() const { return m_roadmap; }
    /// The roadmap as the side panel shows it (HTML).
    QString roadmapHtml() const;

private:
    void refresh();
    void exportDocument();

    RoadmapModel* m_roadmap;
    QTextBrowser* m_text;
};

} // namespace Palier
