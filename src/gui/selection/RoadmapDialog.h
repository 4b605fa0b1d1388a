// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "selection/Roadmap.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;
class QTextEdit;

namespace Palier {

class RoadmapSplitTable;

/// Edits the whole roadmap but its calendar: the correspondent, the envelope and its cap per year, the priority
/// axes (title, text, linked domains, order), the planned split per domain and status (% or €, planned, min, max,
/// weight) and the strategy (rich text). What keeps it from being saved shows below, and Save waits until it is
/// fixed; the caller writes the result through the core.
class RoadmapDialog : public QDialog
{
    Q_OBJECT

public:
    RoadmapDialog(const Roadmap& roadmap, const QList<RoadmapDomain>& domains, QWidget* parent = nullptr);

    /// The roadmap as the fields say.
    Roadmap roadmap() const;
    /// What keeps it from being saved (translated), as shown below the tabs.
    QStringList problems() const { return m_problems; }

private:
    QWidget* createGeneralTab();
    QWidget* createAxesTab();
    QWidget* createSplitTab();
    QWidget* createStrategyTab();
    void addYear();
    void addAxis();
    void removeAxis();
    void moveAxis(int delta);
    void showAxis(int row);
    void storeAxis();
    void validate();

    Roadmap m_original;
    QList<RoadmapDomain> m_domains;
    QList<RoadmapAxis> m_axes;
    int m_axisRow = -1;
    QStringList m_problems;

    QLineEdit* m_correspondent;
    QDoubleSpinBox* m_envelope;
    QCheckBox* m_weightByDomain;
    QTableWidget* m_years;
    QListWidget* m_axisList;
    QLineEdit* m_axisTitle;
    QPlainTextEdit* m_axisText;
    QListWidget* m_axisDomains;
    RoadmapSplitTable* m_split;
    QTextEdit* m_strategy;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace Palier
