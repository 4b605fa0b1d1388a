// SPDX-License-Identifier: GPL-3.0-or-later
#include "WhatIfDialog.h"

#include "MessageBox.h"
#include "WhatIfModel.h"
#include "scoring/GridStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>
#include <initializer_list>

namespace Palier {

namespace {

constexpr int SliderMinimumMaximum = 100;
constexpr double SpinBoxMaximum = 1000;

} // namespace

WhatIfDialog::WhatIfDialog(const Database& db, const QString& domainCode, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_model(new WhatIfModel(this))
    , m_domainComboBox(new QComboBox(this))
    , m_weightsLayout(new QGridLayout)
    , m_consensusComboBox(new QComboBox(this))
    , m_thresholdSpinBox(new QDoubleSpinBox(this))
    , m_rankingView(new QTableView(this))
    , m_statusLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
{
    setWindowTitle(tr("What-If on the Weights"));
    m_domainComboBox->setObjectName(QStringLiteral("domainComboBox"));
    m_consensusComboBox->setObjectName(QStringLiteral("consensusComboBox"));
    m_thresholdSpinBox->setObjectName(QStringLiteral("thresholdSpinBox"));
    m_rankingView->setObjectName(QStringLiteral("rankingView"));
    m_rankingView->setAccessibleName(tr("Ranking"));
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();

    auto* top = new QHBoxLayout;
    auto* domainLabel = new QLabel(tr("&Domain:"), this);
    domainLabel->setBuddy(m_domainComboBox);
    top->addWidget(domainLabel);
    top->addWidget(m_domainComboBox);
    top->addStretch();

    auto* weightsBox = new QGroupBox(tr("Weights"), this);
    weightsBox->setLayout(m_weightsLayout);
    auto* settingsBox = new QGroupBox(tr("Consensus"), this);
    auto* settingsForm = new QFormLayout(settingsBox);
    m_consensusComboBox->addItem(tr("Mean of the evaluators' scores"), int(ConsensusMethod::Mean));
    m_consensusComboBox->addItem(tr("Median of the evaluators' scores"), int(ConsensusMethod::Median));
    m_thresholdSpinBox->setRange(0, 100);
    m_thresholdSpinBox->setDecimals(0);
    m_thresholdSpinBox->setSuffix(tr(" % of the scale"));
    m_thresholdSpinBox->setToolTip(tr("A file is flagged for discussion when its evaluators' scores on a criterion "
                                      "differ by more than this share of the criterion's scale"));
    settingsForm->addRow(tr("C&onsensus:"), m_consensusComboBox);
    settingsForm->addRow(tr("D&isagreement above:"), m_thresholdSpinBox);
    // The files a budget would fund: who enters or leaves them, and over which weights each file keeps its place.
    m_topNSpinBox = new QSpinBox(this);
    m_topNSpinBox->setObjectName(QStringLiteral("topNSpinBox"));
    m_topNSpinBox->setRange(1, 9999);
    m_topNSpinBox->setValue(m_model->topN());
    m_topNSpinBox->setToolTip(tr("The ranking shows which files enter or leave the first N, and for each file the "
                                 "range of the last weight moved over which it stays in (or out of) them"));
    connect(m_topNSpinBox, &QSpinBox::valueChanged, m_model, &WhatIfModel::setTopN);
    settingsForm->addRow(tr("&Top files:"), m_topNSpinBox);
    m_saveSettingsButton = new QPushButton(tr("Sa&ve Settings"), this);
    m_saveSettingsButton->setObjectName(QStringLiteral("saveSettingsButton"));
    m_saveSettingsButton->setAutoDefault(false);
    settingsForm->addRow(QString(), m_saveSettingsButton);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(weightsBox);
    leftLayout->addWidget(settingsBox);
    leftLayout->addStretch();

    m_rankingView->setModel(m_model);
    m_rankingView->verticalHeader()->hide();
    m_rankingView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rankingView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rankingView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rankingView->horizontalHeader()->setSectionResizeMode(int(WhatIfModel::Column::Establishment),
                                                            QHeaderView::Stretch);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_rankingView);
    rightLayout->addWidget(m_statusLabel);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* resetButton = buttons->addButton(QDialogButtonBox::Reset);
    resetButton->setObjectName(QStringLiteral("resetButton"));
    resetButton->setToolTip(tr("Back to the stored weights and settings"));
    m_applyButton = buttons->addButton(tr("&Apply Weights…"), QDialogButtonBox::ApplyRole);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_applyButton->setToolTip(tr("Saves these weights as a new version of the domain's grid"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_messageLabel);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    if (Result<QList<ScoringGrid>> grids = loadCurrentGrids(db); grids) {
        for (const ScoringGrid& grid : grids.value()) {
            m_domainComboBox->addItem(QStringLiteral("%1 – %2").arg(grid.domainCode, grid.domainLabel),
                                      grid.domainCode);
        }
    } else {
        showMessage(grids.error().message, true);
    }
    m_domainComboBox->setCurrentIndex(qMax(0, m_domainComboBox->findData(domainCode)));

    connect(m_domainComboBox, &QComboBox::currentIndexChanged, this, &WhatIfDialog::loadDomain);
    connect(m_consensusComboBox, &QComboBox::currentIndexChanged, this, &WhatIfDialog::settingsEdited);
    connect(m_thresholdSpinBox, &QDoubleSpinBox::valueChanged, this, &WhatIfDialog::settingsEdited);
    connect(m_saveSettingsButton, &QPushButton::clicked, this, &WhatIfDialog::saveSettings);
    connect(resetButton, &QPushButton::clicked, this, &WhatIfDialog::resetAll);
    connect(m_applyButton, &QPushButton::clicked, this, &WhatIfDialog::applyWeights);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &WhatIfDialog::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WhatIfDialog::updateStatus);
    resize(1000, 600);
    loadDomain();
}

void WhatIfDialog::loadDomain()
{
    m_messageLabel->hide();
    if (Result<void> loaded = m_model->load(&m_db, m_domainComboBox->currentData().toString()); !loaded) {
        showMessage(loaded.error().message, true);
    }
    buildWeights();
    const QSignalBlocker consensus(m_consensusComboBox);
    const QSignalBlocker threshold(m_thresholdSpinBox);
    m_consensusComboBox->setCurrentIndex(m_consensusComboBox->findData(int(m_model->settings().consensus)));
    m_thresholdSpinBox->setValue(m_model->settings().spreadThreshold * 100);
    updateStatus();
}

void WhatIfDialog::buildWeights()
{
    while (QLayoutItem* item = m_weightsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_sliders.clear();
    m_spinBoxes.clear();
    m_shares.clear();
    const QList<Criterion>& criteria = m_model->grid().criteria;
    double highest = 0;
    for (const Criterion& criterion : criteria) {
        highest = qMax(highest, criterion.weight);
    }
    const int sliderMaximum = qMax(SliderMinimumMaximum, int(std::ceil(highest * 2)));
    for (int i = 0; i < criteria.size(); ++i) {
        const Criterion& criterion = criteria.at(i);
        auto* label = new QLabel(criterion.code);
        label->setToolTip(criterion.label);
        auto* slider = new QSlider(Qt::Horizontal);
        slider->setObjectName(QStringLiteral("weightSlider_%1").arg(criterion.code));
        slider->setRange(0, sliderMaximum);
        slider->setValue(int(std::lround(criterion.weight)));
        slider->setToolTip(criterion.label);
        slider->setMinimumWidth(160);
        auto* spinBox = new QDoubleSpinBox;
        spinBox->setObjectName(QStringLiteral("weightSpinBox_%1").arg(criterion.code));
        spinBox->setRange(0, SpinBoxMaximum);
        spinBox->setDecimals(1);
        spinBox->setValue(criterion.weight);
        spinBox->setAccessibleName(tr("Weight of %1").arg(criterion.code));
        label->setBuddy(spinBox);
        auto* share = new QLabel;
        share->setMinimumWidth(share->fontMetrics().horizontalAdvance(QStringLiteral("100,0 %")));
        share->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        // Added to a dialog that may be shown already (another domain, a reset): shown explicitly.
        for (QWidget* widget : std::initializer_list<QWidget*>{label, slider, spinBox, share}) {
            widget->setParent(m_weightsLayout->parentWidget());
            widget->show();
        }
        m_weightsLayout->addWidget(label, i, 0);
        m_weightsLayout->addWidget(slider, i, 1);
        m_weightsLayout->addWidget(spinBox, i, 2);
        m_weightsLayout->addWidget(share, i, 3);
        m_sliders.append(slider);
        m_spinBoxes.append(spinBox);
        m_shares.append(share);
        connect(slider, &QSlider::valueChanged, this, [this, i](int value) { weightEdited(i, value); });
        connect(spinBox, &QDoubleSpinBox::valueChanged, this, [this, i](double value) { weightEdited(i, value); });
    }
    // Made after the rest of the dialog: Tab goes from the domain down the weights, then on to the consensus.
    QWidget* previous = m_domainComboBox;
    for (int i = 0; i < m_sliders.size(); ++i) {
        QWidget::setTabOrder(previous, m_sliders.at(i));
        QWidget::setTabOrder(m_sliders.at(i), m_spinBoxes.at(i));
        previous = m_spinBoxes.at(i);
    }
}

void WhatIfDialog::weightEdited(int index, double weight)
{
    {
        const QSignalBlocker sliderBlocker(m_sliders.at(index));
        const QSignalBlocker spinBlocker(m_spinBoxes.at(index));
        m_sliders.at(index)->setValue(int(std::lround(weight)));
        if (std::abs(m_spinBoxes.at(index)->value() - weight) >= 0.05) {
            m_spinBoxes.at(index)->setValue(weight);
        }
    }
    m_model->setWeight(index, weight);
}

void WhatIfDialog::settingsEdited()
{
    ScoringSettings settings;
    settings.consensus = ConsensusMethod(m_consensusComboBox->currentData().toInt());
    settings.spreadThreshold = m_thresholdSpinBox->value() / 100;
    m_model->setSettings(settings);
}

void WhatIfDialog::resetAll()
{
    loadDomain(); // reads the stored grid and settings again
}

void WhatIfDialog::updateStatus()
{
    double sum = 0;
    for (double weight : m_model->weights()) {
        sum += weight;
    }
    for (int i = 0; i < m_shares.size() && i < m_model->weights().size(); ++i) {
        m_shares.at(i)->setText(
            sum > 0 ? tr("%1 %").arg(QLocale().toString(m_model->weights().at(i) / sum * 100, 'f', 1)) : QString());
    }
    int moved = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        moved += m_model->index(row, 0).data(WhatIfModel::MoveRole).toInt() != 0 ? 1 : 0;
    }
    m_statusLabel->setText(sum <= 0     ? tr("Every weight is 0: every file totals 0. Give a criterion some weight.")
                           : moved == 0 ? tr("No file moves.")
                                        : tr("%Ln file(s) move; nothing is saved until you apply.", "", moved));
    m_applyButton->setEnabled(m_model->weightsChanged() && sum > 0);
}

bool WhatIfDialog::applyWeights()
{
    if (!m_model->weightsChanged()) {
        return false;
    }
    const QString domain = m_model->grid().domainCode;
    if (MessageBox::question(this, tr("Apply the Weights"),
                             tr("Save these weights as version %1 of the %2 grid? The ranking of %2 changes for "
                                "everyone.")
                                 .arg(m_model->grid().version + 1)
                                 .arg(domain)) != QMessageBox::Yes) {
        return false;
    }
    const Result<int> version = m_model->applyWeights(tr("Weights set in the what-if"));
    if (!version) {
        showMessage(version.error().message, true);
        return false;
    }
    buildWeights();
    updateStatus();
    showMessage(tr("Saved as version %1 of the %2 grid.").arg(version.value()).arg(domain), false);
    Q_EMIT scoringChanged();
    return true;
}

bool WhatIfDialog::saveSettings()
{
    if (const Result<void> saved = m_model->applySettings(); !saved) {
        showMessage(saved.error().message, true);
        return false;
    }
    showMessage(tr("The consensus settings are saved."), false);
    Q_EMIT scoringChanged();
    return true;
}

void WhatIfDialog::showMessage(const QString& message, bool error)
{
    m_messageLabel->setStyleSheet(
        error ? QStringLiteral("QLabel { background: #fdecea; color: #611a15; border: 1px solid #f1b0ab; "
                               "border-radius: 4px; padding: 6px; }")
              : QStringLiteral("QLabel { background: #e8f5e9; color: #1b5e20; border: 1px solid #a5d6a7; "
                               "border-radius: 4px; padding: 6px; }"));
    m_messageLabel->setText(message);
    m_messageLabel->show();
}

} // namespace Palier
