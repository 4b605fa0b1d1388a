// SPDX-License-Identifier: GPL-3.0-or-later
// The what-if on the weights: spin boxes and sliders re-rank live as the core ranks, nothing is written until the
// weights are applied (a new grid version) or the consensus settings saved.
#include "CampaignFiles.h"
#include "MessageBox.h"
#include "WhatIfDialog.h"
#include "WhatIfModel.h"
#include "db/Database.h"
#include "scoring/GridStore.h"
#include "scoring/Ranking.h"
#include "scoring/ScoreStore.h"
#include "scoring/Settings.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;

class TestWhatIfDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelPassesTester();
    void weightsReRankLiveAndReset();
    void applyCreatesAGridVersion();
    void consensusSettingReRanksAndSaves();
    void topNEntriesAndStableWeights();

private:
    /// Checks that `model` shows the ranking the core computes with `weights` and `settings`.
    void compareWithCore(const WhatIfModel& model, const QList<double>& weights, const ScoringSettings& settings);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestWhatIfDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    Result<std::unique_ptr<Database>> demo = CampaignFiles::openDemo(m_dir.filePath(QStringLiteral("demo.palier")));
    QVERIFY2(demo, qPrintable(demo.error().message + u' ' + demo.error().detail));
    m_db = std::move(demo).value();
}

void TestWhatIfDialog::compareWithCore(const WhatIfModel& model, const QList<double>& weights,
                                       const ScoringSettings& settings)
{
    const Result<DomainScores> scores = loadDomainScores(*m_db, model.grid().domainCode);
    QVERIFY(scores);
    ScoringGrid grid = scores->grid;
    for (int i = 0; i < grid.criteria.size(); ++i) {
        grid.criteria[i].weight = weights.at(i);
    }
    const QList<RankedCandidature> expected = rankCandidatures(grid, scores->candidatures, settings);
    QCOMPARE(model.rowCount(), int(expected.size()));
    for (const RankedCandidature& file : expected) {
        QCOMPARE(model.rankOf(file.candidatureId), file.rank);
        const QModelIndex rank = model.index(file.rank - 1, int(WhatIfModel::Column::Rank));
        QCOMPARE(rank.data().toInt(), file.rank);
        QCOMPARE(model.index(file.rank - 1, int(WhatIfModel::Column::Total)).data().toString(),
                 QLocale().toString(file.total, 'f', 1));
    }
}

void TestWhatIfDialog::modelPassesTester()
{
    WhatIfModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.load(m_db.get(), QStringLiteral("D1")));
    QVERIFY(model.rowCount() > 1);
    model.setWeight(0, 0);
    model.setWeight(1, 500);
    QVERIFY(model.weightsChanged());
    QVERIFY(model.load(nullptr, {}));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.load(m_db.get(), QStringLiteral("NOPE")));
}

void TestWhatIfDialog::weightsReRankLiveAndReset()
{
    const Result<ScoringGrid> before = loadCurrentGrid(*m_db, QStringLiteral("D1"));
    QVERIFY(before);
    WhatIfDialog dialog(*m_db, QStringLiteral("D1"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    WhatIfModel* model = dialog.model();
    const ScoringSettings settings = model->settings();
    QList<double> weights = gridWeights(before.value());
    compareWithCore(*model, weights, settings);
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->index(row, int(WhatIfModel::Column::Move)).data().toString(), QString());
    }

    // Only the first criterion counts: the keyboard sets the spin box, the slider follows, the ranking changes.
    for (int i = 1; i < weights.size(); ++i) {
        weights[i] = 0;
        dialog.weightSpinBox(i)->setValue(0);
    }
    QDoubleSpinBox* first = dialog.weightSpinBox(0);
    first->setFocus();
    first->selectAll();
    QTest::keyClicks(first, QStringLiteral("40"));
    QCOMPARE(first->value(), 40.0);
    weights[0] = 40;
    QCOMPARE(dialog.findChild<QSlider*>(QStringLiteral("weightSlider_%1").arg(before->criteria.at(0).code))->value(),
             40);
    compareWithCore(*model, weights, settings);
    int moved = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const int storedRank = model->index(row, int(WhatIfModel::Column::StoredRank)).data().toInt();
        const int rank = model->index(row, int(WhatIfModel::Column::Rank)).data().toInt();
        QCOMPARE(model->index(row, 0).data(WhatIfModel::MoveRole).toInt(), storedRank - rank);
        QCOMPARE(model->index(row, int(WhatIfModel::Column::Move)).data().toString(),
                 WhatIfModel::moveText(storedRank - rank));
        moved += storedRank != rank ? 1 : 0;
    }
    QVERIFY2(moved > 0, "weighting one criterion only should move some demo file");
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("statusLabel"))->text().contains(QString::number(moved)));
    QCOMPARE(WhatIfModel::moveText(3), QStringLiteral("↑3"));
    QCOMPARE(WhatIfModel::moveText(-1), QStringLiteral("↓1"));

    // The slider re-ranks the same way.
    dialog.findChild<QSlider*>(QStringLiteral("weightSlider_%1").arg(before->criteria.at(1).code))->setValue(80);
    weights[1] = 80;
    QCOMPARE(dialog.weightSpinBox(1)->value(), 80.0);
    compareWithCore(*model, weights, settings);

    // Nothing written; reset brings the stored weights back.
    QCOMPARE(loadCurrentGrid(*m_db, QStringLiteral("D1"))->version, before->version);
    dialog.findChild<QPushButton*>(QStringLiteral("resetButton"))->click();
    QVERIFY(!model->weightsChanged());
    QCOMPARE(dialog.weightSpinBox(0)->value(), before->criteria.at(0).weight);
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->index(row, 0).data(WhatIfModel::MoveRole).toInt(), 0);
    }
    if (qEnvironmentVariableIsSet("PALIER_WHATIF_SCREENSHOT")) {
        dialog.weightSpinBox(0)->setValue(60);
        dialog.weightSpinBox(2)->setValue(0);
        QTest::qWait(50); // the layout of the rebuilt weights
        dialog.grab().save(qEnvironmentVariable("PALIER_WHATIF_SCREENSHOT"));
    }
}

void TestWhatIfDialog::applyCreatesAGridVersion()
{
    const Result<ScoringGrid> before = loadCurrentGrid(*m_db, QStringLiteral("D2"));
    QVERIFY(before);
    WhatIfDialog dialog(*m_db, QStringLiteral("D2"));
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("applyButton"))->isEnabled());
    dialog.weightSpinBox(0)->setValue(before->criteria.at(0).weight + 7);
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("applyButton"))->isEnabled());

    // Refused at the confirmation: nothing written.
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!dialog.applyWeights());
    QCOMPARE(loadCurrentGrid(*m_db, QStringLiteral("D2"))->version, before->version);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(dialog.applyWeights());
    const Result<ScoringGrid> after = loadCurrentGrid(*m_db, QStringLiteral("D2"));
    QCOMPARE(after->version, before->version + 1);
    QCOMPARE(after->criteria.at(0).weight, before->criteria.at(0).weight + 7);
    for (int i = 1; i < after->criteria.size(); ++i) {
        QCOMPARE(after->criteria.at(i), before->criteria.at(i));
    }
    QVERIFY(!dialog.model()->weightsChanged());
    QCOMPARE(dialog.model()->grid().version, after->version);
}

void TestWhatIfDialog::topNEntriesAndStableWeights()
{
    WhatIfDialog dialog(*m_db, QStringLiteral("D1"));
    auto* topN = dialog.findChild<QSpinBox*>(QStringLiteral("topNSpinBox"));
    QVERIFY(topN);
    topN->setValue(3);
    auto* view = dialog.findChild<QTableView*>();
    QVERIFY(view);
    auto* model = qobject_cast<WhatIfModel*>(view->model());
    QVERIFY(model);
    QCOMPARE(model->topN(), 3);
    QCOMPARE(model->headerData(int(WhatIfModel::Column::TopN), Qt::Horizontal).toString(), QStringLiteral("Top 3"));
    // Move the first weight to its lowest: the ranking changes, and the top 3 with it.
    dialog.weightSpinBox(0)->setValue(0);
    QCOMPARE(model->focusCriterion(), 0);
    const QLocale locale;
    int inside = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const int rank = model->index(row, int(WhatIfModel::Column::Rank)).data().toInt();
        const int stored = model->index(row, int(WhatIfModel::Column::StoredRank)).data().toInt();
        const QString band = model->index(row, int(WhatIfModel::Column::TopN)).data().toString();
        const QString expected = rank <= 3 ? (stored <= 3 ? QStringLiteral("in") : QStringLiteral("enters"))
                                           : (stored <= 3 ? QStringLiteral("leaves") : QStringLiteral("out"));
        QCOMPARE(band, expected);
        inside += rank <= 3 ? 1 : 0;
        // The current weight (0) lies in the range over which the file keeps its band.
        const QString range = model->index(row, int(WhatIfModel::Column::WeightRange)).data().toString();
        QVERIFY2(range.startsWith(QStringLiteral("≥ 0")) || range.startsWith(locale.toString(0.0, 'f', 1)),
                 qPrintable(range));
    }
    QCOMPARE(inside, qMin(3, model->rowCount()));
    // For looking at it: PALIER_SCREENSHOT_DIR=/tmp/shots ctest -R tst_whatifdialog
    if (const QString shots = qEnvironmentVariable("PALIER_SCREENSHOT_DIR"); !shots.isEmpty()) {
        dialog.resize(1200, 700);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(shots + QStringLiteral("/whatif-topn.png")));
    }
}

void TestWhatIfDialog::consensusSettingReRanksAndSaves()
{
    const Result<ScoringSettings> stored = loadScoringSettings(*m_db);
    QVERIFY(stored);
    WhatIfDialog dialog(*m_db, QStringLiteral("D1"));
    auto* consensus = dialog.findChild<QComboBox*>(QStringLiteral("consensusComboBox"));
    auto* threshold = dialog.findChild<QDoubleSpinBox*>(QStringLiteral("thresholdSpinBox"));
    QCOMPARE(ConsensusMethod(consensus->currentData().toInt()), stored->consensus);
    QCOMPARE(threshold->value(), stored->spreadThreshold * 100);

    ScoringSettings trial;
    trial.consensus = stored->consensus == ConsensusMethod::Mean ? ConsensusMethod::Median : ConsensusMethod::Mean;
    trial.spreadThreshold = 0.25;
    consensus->setCurrentIndex(consensus->findData(int(trial.consensus)));
    threshold->setValue(25);
    QCOMPARE(dialog.model()->settings().consensus, trial.consensus);
    compareWithCore(*dialog.model(), dialog.model()->weights(), trial);
    QCOMPARE(loadScoringSettings(*m_db)->consensus, stored->consensus); // not saved yet

    QVERIFY(dialog.saveSettings());
    QCOMPARE(loadScoringSettings(*m_db)->consensus, trial.consensus);
    QCOMPARE(loadScoringSettings(*m_db)->spreadThreshold, 0.25);
    // Saved settings are the new reference: nothing moves any more.
    for (int row = 0; row < dialog.model()->rowCount(); ++row) {
        QCOMPARE(dialog.model()->index(row, 0).data(WhatIfModel::MoveRole).toInt(), 0);
    }
    QVERIFY(saveScoringSettings(*m_db, stored.value()));
}

QTEST_MAIN(TestWhatIfDialog)
#include "tst_whatifdialog.moc"
