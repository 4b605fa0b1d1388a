// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignFiles.h"
#include "CandidatureModel.h"
#include "ChangeStateDialog.h"
#include "ConflictDialog.h"
#include "ExplanationPanel.h"
#include "HistoryModel.h"
#include "InstructionPage.h"
#include "LabelsDialog.h"
#include "MessageBox.h"
#include "PrerequisitesModel.h"
#include "SearchFilterProxyModel.h"
#include "db/Database.h"
#include "prerequisites/Eligibility.h"
#include "scoring/Ranking.h"
#include "scoring/ScoreStore.h"
#include "scoring/Settings.h"
#include "workflow/History.h"
#include "workflow/Labels.h"
#include "workflow/Workflow.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;

class TestInstructionPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eligibilityColumnMatchesTable();
    void allowedChangeWritesStateAndHistory();
    void missingReasonChangesNothing();
    void labelsAttach();
    void labelsRenamedRecolouredDeleted();
    void labelChangedByAColleagueShowsBothValues();
    void stateFilterShowsOneState();
    void prerequisiteValuesAreValidated();
    void explanationShowsHowTheTotalIsMade();

private:
    /// A file whose state has a target with (or without) a required reason; false when the demo has none.
    bool findFile(bool reasonRequired, qint64* id, QString* from, QString* to) const;
    QString stateOf(qint64 id) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::optional<Workflow> m_workflow;
};

void TestInstructionPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    Result<std::unique_ptr<Database>> demo = CampaignFiles::openDemo(m_dir.filePath(QStringLiteral("demo.palier")));
    QVERIFY2(demo, qPrintable(demo.error().message + u' ' + demo.error().detail));
    m_db = std::move(demo).value();
    Result<Workflow> workflow = Workflow::load(*m_db);
    QVERIFY(workflow);
    m_workflow = std::move(workflow).value();
}

bool TestInstructionPage::findFile(bool reasonRequired, qint64* id, QString* from, QString* to) const
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(QStringLiteral("SELECT id, state FROM candidature ORDER BY id"))) {
        return false;
    }
    while (query.next()) {
        const QString state = query.value(1).toString();
        for (const QString& target : m_workflow->allowedTargets(state)) {
            if (m_workflow->transition(state, target)->requiresReason == reasonRequired) {
                *id = query.value(0).toLongLong();
                *from = state;
                *to = target;
                return true;
            }
        }
    }
    return false;
}

QString TestInstructionPage::stateOf(qint64 id) const
{
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("SELECT state FROM candidature WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

void TestInstructionPage::eligibilityColumnMatchesTable()
{
    CandidatureModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.load(*m_db));
    const Result<EligibilityTable> table = eligibilityTable(*m_db);
    QVERIFY(table);
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        const EligibilityRow* expected = table->find(model.candidature(row).establishmentId);
        QVERIFY(expected);
        QCOMPARE(model.index(row, int(CandidatureModel::Column::Eligible)).data().toString(),
                 expected->eligible ? QStringLiteral("Eligible") : QStringLiteral("Not eligible"));
    }
}

void TestInstructionPage::allowedChangeWritesStateAndHistory()
{
    qint64 id = 0;
    QString from;
    QString to;
    QVERIFY(findFile(false, &id, &from, &to));
    const qsizetype historyBefore = history(*m_db, id)->size();

    InstructionPage page(QStringLiteral("Review"));
    page.reload(m_db.get());
    QVERIFY(page.selectRecord(id));
    ChangeStateDialog* dialog = page.openChangeStateDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->targets(), m_workflow->allowedTargets(from));
    auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("targetComboBox"));
    combo->setCurrentIndex(combo->findData(to));
    dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonPlainTextEdit"))->setPlainText(QStringLiteral("Test"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(MessageBox::lastText(), m_workflow->confirmationText(1, to));
    QCOMPARE(stateOf(id), to);
    QCOMPARE(history(*m_db, id)->size(), historyBefore + 1);

    // The history panel shows the rows of the current file, the last one being the change just made.
    auto* historyView = page.findChild<QTableView*>(QStringLiteral("historyTableView"));
    QVERIFY(historyView);
    QAbstractItemModel* historyModel = historyView->model();
    QCOMPARE(historyModel->rowCount(), int(historyBefore + 1));
    const int last = historyModel->rowCount() - 1;
    QCOMPARE(historyModel->index(last, int(HistoryModel::Column::Reason)).data().toString(), QStringLiteral("Test"));
    QVERIFY(historyModel->index(last, int(HistoryModel::Column::Date))
                .data()
                .toString()
                .contains(QRegularExpression(QStringLiteral("^\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d$"))));
}

void TestInstructionPage::missingReasonChangesNothing()
{
    qint64 id = 0;
    QString from;
    QString to;
    QVERIFY(findFile(true, &id, &from, &to));
    const qsizetype historyBefore = history(*m_db, id)->size();
    ChangeStateDialog dialog(*m_db, *m_workflow, {id}, {from});
    auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("targetComboBox"));
    combo->setCurrentIndex(combo->findData(to));
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("messageLabel"));
    QVERIFY(!message->isHidden());
    QVERIFY(!message->text().isEmpty());
    QCOMPARE(stateOf(id), from);
    QCOMPARE(history(*m_db, id)->size(), historyBefore);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestInstructionPage::labelsAttach()
{
    qint64 id = 0;
    QString from;
    QString to;
    QVERIFY(findFile(false, &id, &from, &to));
    LabelsDialog dialog(*m_db, {id});
    dialog.findChild<QLineEdit*>(QStringLiteral("newLabelLineEdit"))->setText(QStringLiteral("Test label"));
    dialog.setNewColor(QColor(QStringLiteral("#AA3300")));
    dialog.findChild<QPushButton*>(QStringLiteral("createPushButton"))->click();
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    const Result<QList<Label>> labels = labelsOf(*m_db, id);
    QVERIFY(labels);
    const auto found = std::find_if(labels->cbegin(), labels->cend(),
                                    [](const Label& label) { return label.name == QLatin1String("Test label"); });
    QVERIFY(found != labels->cend());
    QCOMPARE(found->color, QStringLiteral("#AA3300"));

    CandidatureModel model;
    QVERIFY(model.load(*m_db));
    const int row = model.rowOfRecord(id);
    QVERIFY(model.index(row, int(CandidatureModel::Column::Labels)).data().toString().contains(u"Test label"));
}

// A colleague renames a label while the dialog is open (issue 8): renaming it from the dialog shows both names and
// writes the one kept; a colour changed meanwhile and kept as theirs stays, and the dialog shows it.
void TestInstructionPage::labelChangedByAColleagueShowsBothValues()
{
    const Result<Label> created = createLabel(*m_db, QStringLiteral("Label partagé"), QStringLiteral("#224466"));
    QVERIFY(created);
    LabelsDialog dialog(*m_db, {});
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("labelsListWidget"));
    Result<std::unique_ptr<Database>> colleague = Database::open(m_dir.filePath(QStringLiteral("demo.palier")), {});
    QVERIFY(colleague);
    QVERIFY(renameLabel(*colleague.value(), created->id, QStringLiteral("Label du collègue")));

    int shown = 0;
    ConflictDialog::setNextHandler([&](ConflictDialog& conflict) {
        ++shown;
        [&] {
            QCOMPARE(conflict.fieldCount(), 1);
            QCOMPARE(conflict.field(0).theirsText, QStringLiteral("Label du collègue"));
            QCOMPARE(conflict.field(0).yoursText, QStringLiteral("Label à moi"));
            QVERIFY(conflict.keepsYours(0));
        }();
        return int(QDialog::Accepted);
    });
    QVERIFY(dialog.renameLabel(QStringLiteral("Label partagé"), QStringLiteral("Label à moi")));
    QCOMPARE(shown, 1);
    const auto nameOf = [this, &created] {
        const Result<QList<Label>> all = listLabels(*m_db);
        for (const Label& label : all.value()) {
            if (label.id == created->id) {
                return label;
            }
        }
        return Label{};
    };
    QCOMPARE(nameOf().name, QStringLiteral("Label à moi"));
    QCOMPARE(list->findItems(QStringLiteral("Label à moi"), Qt::MatchExactly).size(), 1);

    // The colleague recolours it; the user's colour is refused, they keep theirs (cancel): theirs stays and shows.
    QVERIFY(recolorLabel(*colleague.value(), created->id, QStringLiteral("#AA0000")));
    ConflictDialog::setNextHandler([&](ConflictDialog& conflict) {
        ++shown;
        return conflict.field(0).theirsText == QLatin1String("#AA0000") ? int(QDialog::Rejected)
                                                                        : int(QDialog::Accepted);
    });
    QVERIFY(!dialog.recolorLabel(QStringLiteral("Label à moi"), QColor(QStringLiteral("#00BB00"))));
    QCOMPARE(shown, 2);
    QCOMPARE(nameOf().color, QStringLiteral("#AA0000"));
    // No conflict left: the next change of the user goes through at once.
    QVERIFY(dialog.recolorLabel(QStringLiteral("Label à moi"), QColor(QStringLiteral("#00BB00"))));
    QCOMPARE(shown, 2);
    QCOMPARE(nameOf().color, QStringLiteral("#00BB00"));
    QVERIFY(deleteLabel(*m_db, created->id));
}

void TestInstructionPage::labelsRenamedRecolouredDeleted()
{
    qint64 id = 0;
    QString from;
    QString to;
    QVERIFY(findFile(false, &id, &from, &to));
    const Result<Label> created = createLabel(*m_db, QStringLiteral("Label fictif"), QStringLiteral("#123456"));
    QVERIFY(created);
    QVERIFY(attachLabel(*m_db, created->id, {id}));
    LabelsDialog dialog(*m_db, {id});
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("labelsListWidget"));
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("messageLabel"));

    // Rename: refused when the name is taken, the reason shown; then done.
    const Result<QList<Label>> all = listLabels(*m_db);
    QVERIFY(all && all->size() >= 2);
    const QString taken = all->at(0).name == QLatin1String("Label fictif") ? all->at(1).name : all->at(0).name;
    QVERIFY(!dialog.renameLabel(QStringLiteral("Label fictif"), taken));
    QVERIFY(!message->isHidden());
    QVERIFY(dialog.renameLabel(QStringLiteral("Label fictif"), QStringLiteral("Label fictif renommé")));
    QVERIFY(message->isHidden());
    QCOMPARE(list->findItems(QStringLiteral("Label fictif renommé"), Qt::MatchExactly).size(), 1);
    if (qEnvironmentVariableIsSet("PALIER_LABELS_SCREENSHOT")) {
        list->setCurrentItem(list->findItems(QStringLiteral("Label fictif renommé"), Qt::MatchExactly).constFirst());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.grab().save(qEnvironmentVariable("PALIER_LABELS_SCREENSHOT"));
    }
    QVERIFY(dialog.recolorLabel(QStringLiteral("Label fictif renommé"), QColor(QStringLiteral("#00aa44"))));
    const Result<QList<Label>> own = labelsOf(*m_db, id);
    const auto found =
        std::find_if(own->cbegin(), own->cend(), [&](const Label& label) { return label.id == created->id; });
    QVERIFY(found != own->cend());
    QCOMPARE(found->name, QStringLiteral("Label fictif renommé"));
    QCOMPARE(found->color, QStringLiteral("#00AA44"));

    // Delete: the confirmation says how many files carry it; "No" keeps it.
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!dialog.deleteLabel(QStringLiteral("Label fictif renommé")));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("1 file")));
    QCOMPARE(labelUsage(*m_db, created->id).value(), 1);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(dialog.deleteLabel(QStringLiteral("Label fictif renommé")));
    QCOMPARE(labelUsage(*m_db, created->id).value(), 0);
    QVERIFY(list->findItems(QStringLiteral("Label fictif renommé"), Qt::MatchExactly).isEmpty());
    const Result<QList<Label>> after = listLabels(*m_db);
    QCOMPARE(after->size(), all->size() - 1);
    // Accepting afterwards changes nothing else.
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestInstructionPage::prerequisiteValuesAreValidated()
{
    PrerequisitesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Result<EligibilityTable> table = eligibilityTable(*m_db);
    QVERIFY(table && !table->rows.isEmpty());
    QVERIFY(model.load(m_db.get(), table->rows.constFirst().establishmentId));
    QVERIFY(model.rowCount() > 0);
    int ratioRow = -1;
    for (int row = 0; row < model.rowCount() && ratioRow < 0; ++row) {
        if (model.index(row, int(PrerequisitesModel::Column::Indicator)).data().toString().startsWith(u'P')) {
            ratioRow = row;
        }
    }
    QVERIFY(ratioRow >= 0);
    const QModelIndex value = model.index(ratioRow, int(PrerequisitesModel::Column::Value));
    QVERIFY(model.flags(value) & Qt::ItemIsEditable);
    QVERIFY(!model.setData(value, QStringLiteral("pas un nombre")));
    QVERIFY(!model.setData(value, -5.0));
    QVERIFY(model.setData(model.index(ratioRow, int(PrerequisitesModel::Column::Value)), QString()));
    QCOMPARE(model.index(ratioRow, int(PrerequisitesModel::Column::Status)).data().toString(),
             indicatorStatusLabel(IndicatorStatus::Missing));
}

void TestInstructionPage::stateFilterShowsOneState()
{
    InstructionPage page(QStringLiteral("Review"));
    page.reload(m_db.get());
    const int all = page.proxy()->rowCount();
    auto* combo = page.findChild<QComboBox*>(QStringLiteral("stateFilterComboBox"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), int(m_workflow->states().size()) + 1);
    combo->setCurrentIndex(combo->findData(QStringLiteral("recu")));
    QVERIFY(page.proxy()->rowCount() > 0 && page.proxy()->rowCount() < all);
    for (int row = 0; row < page.proxy()->rowCount(); ++row) {
        QCOMPARE(page.proxy()->index(row, int(CandidatureModel::Column::State)).data(Qt::EditRole).toString(),
                 QStringLiteral("recu"));
    }
    combo->setCurrentIndex(0);
    QCOMPARE(page.proxy()->rowCount(), all);
}

void TestInstructionPage::explanationShowsHowTheTotalIsMade()
{
    const Result<DomainScores> scores = loadDomainScores(*m_db, QStringLiteral("D1"));
    QVERIFY(scores && scores->candidatures.size() >= 2);
    const Result<ScoringSettings> settings = loadScoringSettings(*m_db);
    QVERIFY(settings);
    const QList<RankedCandidature> ranking = rankCandidatures(scores->grid, scores->candidatures, settings.value());
    const RankedCandidature& second = ranking.at(1);
    const CandidatureScores* file = nullptr;
    for (const CandidatureScores& candidate : scores->candidatures) {
        if (candidate.candidatureId == second.candidatureId) {
            file = &candidate;
        }
    }
    QVERIFY(file && !file->scores.isEmpty());
    const Score& score = file->scores.constFirst();
    QVERIFY(setScoreComment(*m_db, file->candidatureId, score.criterionCode, score.evaluatorId,
                            QStringLiteral("Commentaire fictif du test")));

    InstructionPage page(QStringLiteral("Review"));
    page.reload(m_db.get());
    QVERIFY(page.selectRecord(second.candidatureId));
    auto* panel = page.findChild<ExplanationPanel*>(QStringLiteral("explanationPanel"));
    QVERIFY(panel);
    const QString text = panel->plainText();
    QVERIFY2(text.contains(QStringLiteral("Total %1 / 100").arg(QLocale().toString(second.total, 'f', 1))),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Rank 2 of %1 in D1").arg(ranking.size())), qPrintable(text));
    QVERIFY(text.contains(score.evaluatorName));
    QVERIFY(text.contains(QStringLiteral("Commentaire fictif du test")));
    for (const Criterion& criterion : scores->grid.criteria) {
        QVERIFY(text.contains(criterion.label));
    }
    QCOMPARE(text.contains(QStringLiteral("To discuss")), second.flagged);

    // A file whose evaluators disagree is flagged, with the criteria concerned.
    const auto flagged =
        std::find_if(ranking.cbegin(), ranking.cend(), [](const RankedCandidature& file) { return file.flagged; });
    if (flagged != ranking.cend()) {
        QVERIFY(page.selectRecord(flagged->candidatureId));
        const QString flaggedText = panel->plainText();
        QVERIFY2(flaggedText.contains(QStringLiteral("To discuss")), qPrintable(flaggedText));
        for (const CriterionResult& criterion : flagged->criteria) {
            if (criterion.spreadFlagged) {
                QVERIFY(flaggedText.contains(
                    QStringLiteral("%1 (%2 to %3)").arg(criterion.code).arg(criterion.lowest).arg(criterion.highest)));
            }
        }
        // An evaluator's gaps are named.
        for (const CandidatureScores& candidate : scores->candidatures) {
            if (candidate.candidatureId != flagged->candidatureId) {
                continue;
            }
            QHash<QString, int> perEvaluator;
            for (const Score& score : candidate.scores) {
                ++perEvaluator[score.evaluatorName];
            }
            for (auto it = perEvaluator.cbegin(); it != perEvaluator.cend(); ++it) {
                QCOMPARE(flaggedText.contains(it.key() + QStringLiteral(" has not scored")),
                         it.value() < scores->grid.criteria.size());
            }
        }
        if (qEnvironmentVariableIsSet("PALIER_EXPLANATION_SCREENSHOT")) {
            page.resize(1280, 800);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            panel->grab().save(qEnvironmentVariable("PALIER_EXPLANATION_SCREENSHOT"));
        }
    }

    // A file without any score says so instead.
    if (!scores->unscored.isEmpty()) {
        QVERIFY(page.selectRecord(scores->unscored.constFirst()));
        QVERIFY(panel->plainText().contains(QStringLiteral("No score yet")));
    }
}

QTEST_MAIN(TestInstructionPage)
#include "tst_instructionpage.moc"
