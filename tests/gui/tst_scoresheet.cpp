// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignFiles.h"
#include "ScoreSheetDialog.h"
#include "ScoreSheetModel.h"
#include "ScoreSheetView.h"
#include "db/Database.h"
#include "scoring/ScoreStore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;

class TestScoreSheet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelPassesTester();
    void keyboardEntryMovesOnAndRefusesOutOfScale();
    void commentEditedAndKeptWithANewScore();

private:
    /// The score of the current evaluator stored for `candidatureId` on `code`, or -1.
    int storedScore(const QString& domain, qint64 candidatureId, const QString& code, qint64 evaluatorId) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestScoreSheet::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    Result<std::unique_ptr<Database>> demo = CampaignFiles::openDemo(m_dir.filePath(QStringLiteral("demo.palier")));
    QVERIFY2(demo, qPrintable(demo.error().message + u' ' + demo.error().detail));
    m_db = std::move(demo).value();
}

int TestScoreSheet::storedScore(const QString& domain, qint64 candidatureId, const QString& code,
                                qint64 evaluatorId) const
{
    const Result<DomainScores> scores = loadDomainScores(*m_db, domain);
    for (const CandidatureScores& file : scores->candidatures) {
        for (const Score& score : file.scores) {
            if (file.candidatureId == candidatureId && score.criterionCode == code &&
                score.evaluatorId == evaluatorId) {
                return score.value;
            }
        }
    }
    return -1;
}

void TestScoreSheet::modelPassesTester()
{
    ScoreSheetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Result<QList<Evaluator>> evaluators = loadEvaluators(*m_db);
    QVERIFY(evaluators && !evaluators->isEmpty());
    QVERIFY(model.load(m_db.get(), QStringLiteral("D1"), evaluators->constFirst().id));
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.columnCount(), model.rankColumn() + 1);
    // Loaded in ranking order.
    QCOMPARE(model.index(0, model.rankColumn()).data().toInt(), 1);
    QVERIFY(model.load(nullptr, {}, 0));
    QCOMPARE(model.rowCount(), 0);
}

void TestScoreSheet::keyboardEntryMovesOnAndRefusesOutOfScale()
{
    ScoreSheetDialog dialog(*m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* view = dialog.findChild<ScoreSheetView*>(QStringLiteral("scoreSheetView"));
    QVERIFY(view);
    ScoreSheetModel* sheet = dialog.sheet();
    QVERIFY(sheet->rowCount() > 0 && sheet->grid().criteria.size() >= 2);
    const QString domain = dialog.findChild<QComboBox*>(QStringLiteral("domainComboBox"))->currentData().toString();
    const qint64 evaluator =
        dialog.findChild<QComboBox*>(QStringLiteral("evaluatorComboBox"))->currentData().toLongLong();
    const Criterion first = sheet->grid().criteria.at(0);
    const Criterion second = sheet->grid().criteria.at(1);
    const qint64 id = sheet->candidatureId(0);
    view->setFocus();
    view->setCurrentIndex(sheet->index(0, ScoreSheetModel::FirstCriterionColumn));

    const int a = first.scaleMin;
    const int b = second.scaleMax;
    QTest::keyClicks(view, QString::number(a) + QString::number(b));
    QCOMPARE(sheet->index(0, ScoreSheetModel::FirstCriterionColumn).data().toInt(), a);
    QCOMPARE(sheet->index(0, ScoreSheetModel::FirstCriterionColumn + 1).data().toInt(), b);
    QCOMPARE(storedScore(domain, id, first.code, evaluator), a);
    QCOMPARE(storedScore(domain, id, second.code, evaluator), b);
    QCOMPARE(view->currentIndex().column(), ScoreSheetModel::FirstCriterionColumn + 2);

    // Out of the scale: refused at entry, the cursor stays and the banner says why.
    const QModelIndex current = view->currentIndex();
    const QVariant before = current.data();
    QTest::keyClick(view, Qt::Key_9);
    QCOMPARE(view->currentIndex(), current);
    QCOMPARE(current.data(), before);
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("messageLabel"))->isHidden());

    // Enter moves on without changing the score.
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(view->currentIndex().column(), current.column() + 1 < sheet->totalColumn()
                                                ? current.column() + 1
                                                : ScoreSheetModel::FirstCriterionColumn);
    if (qEnvironmentVariableIsSet("PALIER_SCORESHEET_SCREENSHOT")) {
        dialog.grab().save(qEnvironmentVariable("PALIER_SCORESHEET_SCREENSHOT"));
    }
}

void TestScoreSheet::commentEditedAndKeptWithANewScore()
{
    ScoreSheetDialog dialog(*m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* view = dialog.findChild<ScoreSheetView*>(QStringLiteral("scoreSheetView"));
    ScoreSheetModel* sheet = dialog.sheet();
    const QString domain = dialog.findChild<QComboBox*>(QStringLiteral("domainComboBox"))->currentData().toString();
    const qint64 evaluator =
        dialog.findChild<QComboBox*>(QStringLiteral("evaluatorComboBox"))->currentData().toLongLong();
    const int row = sheet->rowCount() - 1;
    const QModelIndex cell = sheet->index(row, ScoreSheetModel::FirstCriterionColumn);
    const QString code = sheet->grid().criteria.at(0).code;
    const qint64 id = sheet->candidatureId(row);
    view->setFocus();

    // No score yet: no comment, the banner says why.
    QVERIFY(sheet->setData(cell, QString()));
    view->setCurrentIndex(cell);
    QVERIFY(!dialog.editComment());
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("messageLabel"))->isHidden());
    QVERIFY(!sheet->setComment(cell, QStringLiteral("x")));

    // Scored, then commented through the keyboard shortcut.
    QVERIFY(sheet->setData(cell, QString::number(sheet->grid().criteria.at(0).scaleMax)));
    view->setCurrentIndex(cell);
    QTest::keyClick(view, Qt::Key_M, Qt::ControlModifier);
    auto* input = dialog.findChild<QInputDialog*>(QStringLiteral("commentInputDialog"));
    QVERIFY(input);
    input->setTextValue(QStringLiteral("Projet fictif bien aligné"));
    input->accept();
    QCOMPARE(cell.data(ScoreSheetModel::CommentRole).toString(), QStringLiteral("Projet fictif bien aligné"));
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Projet fictif bien aligné")));
    QVERIFY(!cell.data(Qt::DecorationRole).isNull());
    const auto storedComment = [&] {
        const Result<DomainScores> scores = loadDomainScores(*m_db, domain);
        for (const CandidatureScores& file : scores->candidatures) {
            for (const Score& score : file.scores) {
                if (file.candidatureId == id && score.criterionCode == code && score.evaluatorId == evaluator) {
                    return score.comment;
                }
            }
        }
        return QStringLiteral("<none>");
    };
    QCOMPARE(storedComment(), QStringLiteral("Projet fictif bien aligné"));
    if (qEnvironmentVariableIsSet("PALIER_SCORESHEET_SCREENSHOT")) {
        dialog.grab().save(qEnvironmentVariable("PALIER_SCORESHEET_SCREENSHOT")
                               .replace(QLatin1String(".png"), QLatin1String("-comment.png")));
    }

    // A new value keeps the comment.
    QVERIFY(sheet->setData(cell, QString::number(sheet->grid().criteria.at(0).scaleMin)));
    QCOMPARE(storedComment(), QStringLiteral("Projet fictif bien aligné"));
    QVERIFY(sheet->setComment(cell, QStringLiteral("  ")));
    QCOMPARE(storedComment(), QString());
    QVERIFY(cell.data(Qt::DecorationRole).isNull());
}

QTEST_MAIN(TestScoreSheet)
#include "tst_scoresheet.moc"
