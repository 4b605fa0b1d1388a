// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DashboardTableModel.h"

namespace Palier {

/// Per year: the roadmap's envelope, what the payment schedules commit (tranches planned, due or paid that year)
/// and what was paid of it.
class EnvelopeYearModel : public DashboardTableModel
{
    Q_OBJECT

public:
    enum class Column { Year, Envelope, Committed, Paid, Count };
    explicit EnvelopeYearModel(QObject* parent = nullptr);
    Result<void> load(const Database& db) override;
};

/// The projects finished per year, with the running total and its share of every project.
class FinishedProjectsModel : public DashboardTableModel
{
    Q_OBJECT

public:
    enum class Column { Year, Finished, Cumulative, CumulativeShare, Count };
    explicit FinishedProjectsModel(QObject* parent = nullptr);
    Result<void> load(const Database& db) override;
};

/// The projects per state (in progress, finished, abandoned) with their amounts granted.
class ProjectStateModel : public DashboardTableModel
{
    Q_OBJECT

public:
    enum class Column { State, Projects, Granted, Count };
    explicit ProjectStateModel(QObject* parent = nullptr);
    Result<void> load(const Database& db) override;
};

} // namespace Palier
