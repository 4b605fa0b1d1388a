// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QList>
#include <QString>

namespace Palier {

class Database;

struct Region
{
    QString code; ///< INSEE region code, e.g. "93"
    QString name;
};

struct Department
{
    QString code; ///< INSEE code: "01"…"95", "2A", "2B", "971"…"976"
    QString name;
    QString regionCode;
    QString finessPrefix; ///< how FINESS numbers of the department start: "13", "2A", "9701"…
    QString saeCode;      ///< the department column of SAE files: "13", "2A", "9A"…
};

/// The 18 regions and 101 departments, shipped in resources/reference/regions.json.
class ReferenceData
{
public:
    /// The shipped reference data, parsed once.
    static const ReferenceData& instance();

    const QList<Region>& regions() const { return m_regions; }
    const QList<Department>& departments() const { return m_departments; }
    /// The region with this code, or nullptr.
    const Region* region(const QString& code) const;
    QList<Department> departmentsOf(const QString& regionCode) const;

    /// Writes regions and departments into `db` (caller holds the transaction); existing rows are kept.
    Result<void> store(const Database& db) const;

private:
    ReferenceData();
    QList<Region> m_regions;
    QList<Department> m_departments;
};

} // namespace Palier
