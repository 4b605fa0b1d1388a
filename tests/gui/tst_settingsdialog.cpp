// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignFiles.h"
#include "RecentFiles.h"
#include "SettingsDialog.h"
#include "db/Database.h"
#include "scoring/ScoreStore.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Palier;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void savesLanguageAndBackups();
    void systemLanguageRemovesTheChoice();
    void cancelKeepsTheSettings();
    void recentFilesCount();
    void withoutDatabaseTheCampaignTabIsOff();
    void readOnlyDatabaseIsNotEdited();
    void evaluatorsAddedAndRenamed();
    void evaluatorWithScoresIsNotRemoved();
    void evaluatorWithoutScoresIsRemoved();
    void refusedNameWritesNothing();
    void evaluatorRenamedByAColleagueIsNotOverwritten();
    void letterheadOpensItsDialog();
    void tabOrder();
    void mnemonicsAreUnique();

private:
    QStringList evaluatorNames() const;
    static QListWidget* evaluatorList(const SettingsDialog& dialog);
    static void selectEvaluator(const SettingsDialog& dialog, const QString& name);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PalierTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settingsdialog"));
    QVERIFY(m_dir.isValid());
    // One demo, copied for each test: the evaluators tests change it.
    Result<std::unique_ptr<Database>> demo = CampaignFiles::openDemo(m_dir.filePath(QStringLiteral("demo.palier")));
    QVERIFY2(demo, qPrintable(demo.error().message));
}

void TestSettingsDialog::init()
{
    QSettings().clear();
    m_db.reset();
    const QString path = m_dir.filePath(QStringLiteral("%1.palier").arg(QTest::currentTestFunction()));
    QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("demo.palier")), path));
    Result<std::unique_ptr<Database>> opened = Database::open(path, {});
    QVERIFY2(opened, qPrintable(opened.error().message));
    m_db = std::move(opened).value();
}

QStringList TestSettingsDialog::evaluatorNames() const
{
    QStringList names;
    const QList<Evaluator> evaluators = loadEvaluators(*m_db).value();
    for (const Evaluator& evaluator : evaluators) {
        names.append(evaluator.name);
    }
    return names;
}

QListWidget* TestSettingsDialog::evaluatorList(const SettingsDialog& dialog)
{
    return dialog.findChild<QListWidget*>(QStringLiteral("evaluatorsListWidget"));
}

void TestSettingsDialog::selectEvaluator(const SettingsDialog& dialog, const QString& name)
{
    const QList<QListWidgetItem*> found = evaluatorList(dialog)->findItems(name, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    evaluatorList(dialog)->setCurrentItem(found.constFirst());
}

void TestSettingsDialog::savesLanguageAndBackups()
{
    QCOMPARE(CampaignFiles::backupsToKeep(), 10);
    SettingsDialog dialog;
    auto* language = dialog.findChild<QComboBox*>(QStringLiteral("languageComboBox"));
    auto* backups = dialog.findChild<QSpinBox*>(QStringLiteral("backupsSpinBox"));
    QVERIFY(language && backups);
    QCOMPARE(backups->value(), 10);
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    backups->setValue(25);
    dialog.accept();
    QCOMPARE(QSettings().value(SettingsDialog::languageKey()).toString(), QStringLiteral("en"));
    QCOMPARE(CampaignFiles::backupsToKeep(), 25);

    SettingsDialog again;
    QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("languageComboBox"))->currentData().toString(),
             QStringLiteral("en"));
    QCOMPARE(again.findChild<QSpinBox*>(QStringLiteral("backupsSpinBox"))->value(), 25);
}

void TestSettingsDialog::systemLanguageRemovesTheChoice()
{
    QSettings().setValue(SettingsDialog::languageKey(), QStringLiteral("fr"));
    SettingsDialog dialog;
    dialog.findChild<QComboBox*>(QStringLiteral("languageComboBox"))->setCurrentIndex(0);
    dialog.accept();
    QVERIFY(!QSettings().contains(SettingsDialog::languageKey()));
}

void TestSettingsDialog::cancelKeepsTheSettings()
{
    SettingsDialog dialog;
    dialog.findChild<QSpinBox*>(QStringLiteral("backupsSpinBox"))->setValue(3);
    dialog.reject();
    QCOMPARE(CampaignFiles::backupsToKeep(), 10);
}

void TestSettingsDialog::recentFilesCount()
{
    SettingsDialog dialog;
    auto* count = dialog.findChild<QSpinBox*>(QStringLiteral("recentFilesSpinBox"));
    QVERIFY(count);
    QCOMPARE(count->value(), RecentFiles::DefaultMaxCount);
    count->setValue(4);
    dialog.accept();
    QCOMPARE(RecentFiles::maxCount(), 4);
    QCOMPARE(SettingsDialog().findChild<QSpinBox*>(QStringLiteral("recentFilesSpinBox"))->value(), 4);
}

void TestSettingsDialog::withoutDatabaseTheCampaignTabIsOff()
{
    SettingsDialog dialog;
    QVERIFY(!dialog.findChild<QWidget*>(QStringLiteral("evaluatorsEditor")));
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("letterheadButton"))->isEnabled());
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("campaignNoteLabel")));
    dialog.accept();
    QVERIFY(!dialog.databaseChanged());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestSettingsDialog::readOnlyDatabaseIsNotEdited()
{
    const QString path = m_db->path();
    m_db.reset();
    Result<std::unique_ptr<Database>> readOnly = Database::open(path, {.readOnly = true});
    QVERIFY(readOnly);
    SettingsDialog dialog(readOnly.value().get());
    QVERIFY(!dialog.findChild<QWidget*>(QStringLiteral("evaluatorsEditor")));
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("letterheadButton"))->isEnabled());
    QVERIFY(
        dialog.findChild<QLabel*>(QStringLiteral("campaignNoteLabel"))->text().contains(QStringLiteral("read-only")));
}

void TestSettingsDialog::evaluatorsAddedAndRenamed()
{
    const QStringList before = evaluatorNames();
    QCOMPARE(before, (QStringList{QStringLiteral("Évaluateur fictif A"), QStringLiteral("Évaluateur fictif B")}));
    const QHash<qint64, int> scoresBefore = scoreCountByEvaluator(*m_db).value();
    SettingsDialog dialog(m_db.get());
    QListWidget* list = evaluatorList(dialog);
    QVERIFY(list);
    QCOMPARE(list->count(), 2);
    dialog.findChild<QPushButton*>(QStringLiteral("addEvaluatorButton"))->click();
    QCOMPARE(list->count(), 3);
    list->closePersistentEditor(list->currentItem());
    list->currentItem()->setText(QStringLiteral("  Évaluatrice fictive C "));
    selectEvaluator(dialog, QStringLiteral("Évaluateur fictif B"));
    list->currentItem()->setText(QStringLiteral("Évaluateur fictif B (ARS)"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.databaseChanged());
    QCOMPARE(evaluatorNames(),
             (QStringList{QStringLiteral("Évaluateur fictif A"), QStringLiteral("Évaluateur fictif B (ARS)"),
                          QStringLiteral("Évaluatrice fictive C")}));
    // The scores followed the renamed evaluator.
    QCOMPARE(scoreCountByEvaluator(*m_db).value(), scoresBefore);
}

void TestSettingsDialog::evaluatorWithScoresIsNotRemoved()
{
    SettingsDialog dialog(m_db.get());
    selectEvaluator(dialog, QStringLiteral("Évaluateur fictif A"));
    auto* remove = dialog.findChild<QPushButton*>(QStringLiteral("removeEvaluatorButton"));
    QVERIFY(!remove->isEnabled());
    const QString note = dialog.findChild<QLabel*>(QStringLiteral("evaluatorNoteLabel"))->text();
    QVERIFY2(note.contains(QStringLiteral("Évaluateur fictif A")) && note.contains(QStringLiteral("score")),
             qPrintable(note));
    remove->click(); // disabled: nothing happens
    QCOMPARE(evaluatorList(dialog)->count(), 2);

    // The core refuses it too: removing them would take their scores with them.
    const qint64 id = loadEvaluators(*m_db).value().constFirst().id;
    const Result<void> refused = removeEvaluator(*m_db, id);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("scoring.evaluator-has-scores"));
    QCOMPARE(evaluatorNames().size(), 2);
}

void TestSettingsDialog::evaluatorWithoutScoresIsRemoved()
{
    QVERIFY(createEvaluator(*m_db, QStringLiteral("Évaluateur fictif sans note")));
    SettingsDialog dialog(m_db.get());
    selectEvaluator(dialog, QStringLiteral("Évaluateur fictif sans note"));
    auto* remove = dialog.findChild<QPushButton*>(QStringLiteral("removeEvaluatorButton"));
    QVERIFY(remove->isEnabled());
    remove->click();
    QCOMPARE(evaluatorList(dialog)->count(), 2);
    QCOMPARE(evaluatorNames().size(), 3); // nothing written before OK
    dialog.accept();
    QCOMPARE(evaluatorNames(),
             (QStringList{QStringLiteral("Évaluateur fictif A"), QStringLiteral("Évaluateur fictif B")}));
}

// A colleague renames an evaluator while the list is open (issue 8): the user's rename of the same evaluator is
// refused with both names, nothing of the dialog is written, the list shows theirs; renamed again, it goes through.
void TestSettingsDialog::evaluatorRenamedByAColleagueIsNotOverwritten()
{
    SettingsDialog dialog(m_db.get());
    QListWidget* list = evaluatorList(dialog);
    Result<std::unique_ptr<Database>> colleague = Database::open(m_db->connection().databaseName(), {});
    QVERIFY(colleague);
    const QList<Evaluator> evaluators = loadEvaluators(*m_db).value();
    const auto b = std::find_if(evaluators.cbegin(), evaluators.cend(),
                                [](const Evaluator& e) { return e.name == QStringLiteral("Évaluateur fictif B"); });
    QVERIFY(b != evaluators.cend());
    QVERIFY(renameEvaluator(*colleague.value(), b->id, QStringLiteral("Évaluateur fictif B (collègue)")));

    selectEvaluator(dialog, QStringLiteral("Évaluateur fictif B"));
    list->currentItem()->setText(QStringLiteral("Évaluateur fictif B (moi)"));
    dialog.show();
    dialog.accept();
    QVERIFY(dialog.isVisible());
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("messageLabel"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("“Évaluateur fictif B (collègue)”")) &&
                 message->text().contains(QStringLiteral("“Évaluateur fictif B (moi)”")),
             qPrintable(message->text()));
    QCOMPARE(evaluatorNames(),
             (QStringList{QStringLiteral("Évaluateur fictif A"), QStringLiteral("Évaluateur fictif B (collègue)")}));
    QCOMPARE(list->findItems(QStringLiteral("Évaluateur fictif B (collègue)"), Qt::MatchExactly).size(), 1);

    // The user renames it again, on the name now shown: written.
    selectEvaluator(dialog, QStringLiteral("Évaluateur fictif B (collègue)"));
    list->currentItem()->setText(QStringLiteral("Évaluateur fictif B (moi)"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(evaluatorNames(),
             (QStringList{QStringLiteral("Évaluateur fictif A"), QStringLiteral("Évaluateur fictif B (moi)")}));
}

void TestSettingsDialog::refusedNameWritesNothing()
{
    QSettings().setValue(QStringLiteral("backups/keep"), 10);
    SettingsDialog dialog(m_db.get());
    dialog.findChild<QSpinBox*>(QStringLiteral("backupsSpinBox"))->setValue(4);
    QListWidget* list = evaluatorList(dialog);
    dialog.findChild<QPushButton*>(QStringLiteral("addEvaluatorButton"))->click();
    list->closePersistentEditor(list->currentItem());
    list->currentItem()->setText(QStringLiteral("Évaluatrice fictive D"));
    // B takes A's name: refused, and D is not written either (one transaction).
    selectEvaluator(dialog, QStringLiteral("Évaluateur fictif B"));
    list->currentItem()->setText(QStringLiteral("Évaluateur fictif A"));
    dialog.show();
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("messageLabel"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("Évaluateur fictif A")), qPrintable(message->text()));
    QCOMPARE(dialog.findChild<QTabWidget*>(QStringLiteral("settingsTabWidget"))->currentIndex(), 1);
    QCOMPARE(evaluatorNames(),
             (QStringList{QStringLiteral("Évaluateur fictif A"), QStringLiteral("Évaluateur fictif B")}));
    QCOMPARE(CampaignFiles::backupsToKeep(), 10); // the preferences wait for a successful OK too
    // A blank name is refused the same way.
    list->currentItem()->setText(QStringLiteral("   "));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(!message->text().isEmpty());
    // Fixed, it goes through.
    list->currentItem()->setText(QStringLiteral("Évaluateur fictif B"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(evaluatorNames().size(), 3);
    QCOMPARE(CampaignFiles::backupsToKeep(), 4);
}

void TestSettingsDialog::letterheadOpensItsDialog()
{
    SettingsDialog dialog(m_db.get());
    auto* button = dialog.findChild<QPushButton*>(QStringLiteral("letterheadButton"));
    QVERIFY(button->isEnabled());
    QString opened;
    QTimer::singleShot(0, this, [&opened] {
        QWidget* modal = QApplication::activeModalWidget();
        QVERIFY(modal);
        opened = modal->objectName();
        if (const QString shots = qEnvironmentVariable("PALIER_SCREENSHOT_DIR"); !shots.isEmpty()) {
            modal->grab().save(shots + QStringLiteral("/settings-letterhead.png"));
        }
        qobject_cast<QDialog*>(modal)->reject();
    });
    button->click();
    QCOMPARE(opened, QStringLiteral("letterheadDialog"));
    QVERIFY(!dialog.databaseChanged()); // cancelled
}

void TestSettingsDialog::tabOrder()
{
    SettingsDialog dialog(m_db.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QApplication::setActiveWindow(&dialog);
    if (const QString shots = qEnvironmentVariable("PALIER_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QVERIFY(dialog.grab().save(shots + QStringLiteral("/settings-general.png")));
        dialog.findChild<QTabWidget*>(QStringLiteral("settingsTabWidget"))->setCurrentIndex(1);
        QVERIFY(dialog.grab().save(shots + QStringLiteral("/settings-campaign.png")));
        dialog.findChild<QTabWidget*>(QStringLiteral("settingsTabWidget"))->setCurrentIndex(0);
    }
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("languageComboBox"));
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    const QList<QWidget*> general{dialog.findChild<QWidget*>(QStringLiteral("backupsSpinBox")),
                                  dialog.findChild<QWidget*>(QStringLiteral("recentFilesSpinBox")), ok};
    for (QWidget* expected : general) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), expected);
    }
    // The second tab: its list, then its buttons in reading order.
    dialog.findChild<QTabWidget*>(QStringLiteral("settingsTabWidget"))->setCurrentIndex(1);
    evaluatorList(dialog)->setFocus();
    selectEvaluator(dialog, QStringLiteral("Évaluateur fictif A"));
    const QStringList campaign{QStringLiteral("addEvaluatorButton"), QStringLiteral("renameEvaluatorButton"),
                               QStringLiteral("letterheadButton")}; // Remove is disabled: A has scores
    for (const QString& name : campaign) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), name);
    }
}

void TestSettingsDialog::mnemonicsAreUnique()
{
    SettingsDialog dialog(m_db.get());
    auto* tabs = dialog.findChild<QTabWidget*>(QStringLiteral("settingsTabWidget"));
    QStringList texts{tabs->tabText(0), tabs->tabText(1)};
    for (const QAbstractButton* button : dialog.findChildren<QAbstractButton*>()) {
        if (!button->text().isEmpty() && !qobject_cast<const QDialogButtonBox*>(button->parent())) {
            texts.append(button->text());
        }
    }
    for (const QLabel* label : dialog.findChildren<QLabel*>()) {
        if (label->buddy()) {
            texts.append(label->text());
        }
    }
    QCOMPARE(texts.size(), 9); // 2 tabs, 4 buttons, 3 labels
    QHash<QChar, QString> used;
    for (const QString& text : std::as_const(texts)) {
        const qsizetype at = text.indexOf(u'&');
        QVERIFY2(at >= 0 && at + 1 < text.size(), qPrintable(text));
        const QChar letter = text.at(at + 1).toLower();
        QVERIFY2(!used.contains(letter), qPrintable(used.value(letter) + QStringLiteral(" / ") + text));
        used.insert(letter, text);
    }
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
