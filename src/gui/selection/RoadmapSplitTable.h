// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "selection/Roadmap.h"

#include <QTableWidget>

#include <optional>

namespace Palier {

/// How the roadmap dialog reads and writes its numbers.
namespace RoadmapNumbers {
/// A number as typed: empty is none; "12,5", "12.5", "12 %" and "250 000 €" are read; `*ok` false when not a number.
std::optional<double> parse(QString text, bool* ok);
/// A share's value as shown: a percentage as it is, cents as euros.
QString text(const std::optional<double>& value, bool percent);
} // namespace RoadmapNumbers

/// The planned split of the roadmap: one row per domain of the programme and per legal status (and any other share
/// recorded), with its unit (% of the envelope or €), planned, minimum, maximum and, for domains, weight. Switching
/// a row's unit converts its values with the envelope.
class RoadmapSplitTable : public QTableWidget
{
    Q_OBJECT

public:
    RoadmapSplitTable(const QList<RoadmapDomain>& domains, const QList<RoadmapShare>& shares,
                      QWidget* parent = nullptr);

    /// The shares with a value or a weight other than 1, in cents for € rows.
    QList<RoadmapShare> shares() const;
    /// The cells that are not numbers (translated).
    QStringList problems() const;
    /// The envelope, in euros, that unit conversions use.
    void setEnvelope(double euros) { m_envelope = euros; }

Q_SIGNALS:
    /// A value or a unit changed.
    void changed();

private:
    void addShareRow(const RoadmapShare& share, const QList<RoadmapDomain>& domains);
    void convertRow(QWidget* unit, bool toPercent);

    double m_envelope = 0;
};

} // namespace Palier
