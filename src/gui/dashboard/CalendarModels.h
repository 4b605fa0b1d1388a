// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DashboardTableModel.h"

#include <QDate>

namespace Palier {

/// Per prerequisite (P1–P4): how many candidate establishments reach it, miss it, or have not filled it in, as
/// eligibilityTable() computes it.
class PrerequisiteReachModel : public DashboardTableModel
{
    Q_OBJECT

public:
    enum class Column { Code, Reached, NotReached, Missing, Label, Count };
    explicit PrerequisiteReachModel(QObject* parent = nullptr);
    Result<void> load(const Database& db) override;
};

/// The dates of the campaign's calendar and the roadmap's DGOS deadline, with the days left (negative: overdue).
class DeadlineModel : public DashboardTableModel
{
    Q_OBJECT

public:
    /// The label last: it takes the room left.
    enum class Column { Date, DaysLeft, Milestone, Count };
    explicit DeadlineModel(QObject* parent = nullptr);
    Result<void> load(const Database& db) override;
    /// The day the days left are counted from (today unless a test sets it).
    void setToday(const QDate& today) { m_today = today; }

private:
    QDate m_today = QDate::currentDate();
};

} // namespace Palier
