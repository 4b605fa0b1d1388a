// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "selection/Roadmap.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLineEdit;

namespace Palier {

/// The date and label of one of the ARS's own milestones.
class MilestoneDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MilestoneDialog(const Milestone& milestone, QWidget* parent = nullptr);

    /// The milestone as the fields say (same id and source).
    Milestone milestone() const;

private:
    Milestone m_milestone;
    QDateEdit* m_date;
    QLineEdit* m_label;
    QDialogButtonBox* m_buttons;
};

} // namespace Palier
