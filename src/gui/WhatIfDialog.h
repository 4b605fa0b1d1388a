// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QSlider;
class QTableView;

namespace Palier {

class Database;
class WhatIfModel;

/// What-if on the weights of a domain's grid: a slider and a spin box per criterion re-rank the domain live and
/// show who moves (↑3, ↓1); the consensus method and the disagreement threshold are tried the same way. Nothing is
/// written until the referent applies the weights (a new grid version) or saves the settings.
class WhatIfDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WhatIfDialog(const Database& db, const QString& domainCode = {}, QWidget* parent = nullptr);

    WhatIfModel* model() const { return m_model; }
    /// The spin box of the weight of criterion `index` (grid order), or null.
    QDoubleSpinBox* weightSpinBox(int index) const { return m_spinBoxes.value(index); }

    /// Saves the trial weights as a new version of the grid, after a confirmation; true when saved.
    bool applyWeights();
    /// Stores the trial consensus method and threshold as the campaign's; true when saved.
    bool saveSettings();

Q_SIGNALS:
    /// Weights or settings were written: rankings elsewhere are out of date.
    void scoringChanged();

private:
    void loadDomain();
    void buildWeights();
    void weightEdited(int index, double weight);
    void settingsEdited();
    void resetAll();
    void updateStatus();
    void showMessage(const QString& message, bool error);

    const Database& m_db;
    WhatIfModel* m_model;
    QComboBox* m_domainComboBox;
    QGridLayout* m_weightsLayout;
    QList<QSlider*> m_sliders;
    QList<QDoubleSpinBox*> m_spinBoxes;
    QList<QLabel*> m_shares;
    QComboBox* m_consensusComboBox;
    QDoubleSpinBox* m_thresholdSpinBox;
    QSpinBox* m_topNSpinBox = nullptr;
    QTableView* m_rankingView;
    QLabel* m_statusLabel;
    QLabel* m_messageLabel;
    QPushButton* m_applyButton;
    QPushButton* m_saveSettingsButton;
};

} // namespace Palier
