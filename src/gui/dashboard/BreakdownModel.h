// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DashboardTableModel.h"

namespace Palier {

/// The candidatures and their amounts by domain, legal status or department, with the shares of the region beside
/// the national ones (NationalShares) where the programme published them.
class BreakdownModel : public DashboardTableModel
{
    Q_OBJECT

public:
    enum class Dimension { Domain, Status, Department };
    /// The region's shares and the national ones are side by side, so that a chart maps them as neighbouring bars.
    enum class Column {
        Code,
        Label,
        Candidatures,
        Requested,
        Granted,
        CandidatureShare,
        NationalCandidatureShare,
        AmountShare,
        NationalFundingShare,
        Count
    };

    explicit BreakdownModel(Dimension dimension, QObject* parent = nullptr);

    Result<void> load(const Database& db) override;
    Dimension dimension() const { return m_dimension; }
    /// Whether AmountShare is the share of the amounts granted (some project exists) or of the amounts requested.
    bool sharesGranted() const { return m_sharesGranted; }

private:
    void updateColumns();

    Dimension m_dimension;
    bool m_sharesGranted = false;
};

} // namespace Palier
