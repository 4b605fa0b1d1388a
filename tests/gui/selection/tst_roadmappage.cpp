// SPDX-License-Identifier: GPL-3.0-or-later
// Editing the roadmap from the Feuille de route page on the demo campaign: the dialog's fields give the roadmap
// written, what is wrong keeps Save disabled with the reason shown, each change lands in the database (audited) and
// is undone and redone through the page's undo stack; ARS milestones are added, changed and removed, the
// programme's stay read-only.
#include "MessageBox.h"
#include "MilestoneDialog.h"
#include "RoadmapDialog.h"
#include "RoadmapModel.h"
#include "RoadmapPage.h"
#include "db/Database.h"
#include "demo/DemoGenerator.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QUndoStack>

using namespace Palier;

class TestRoadmapPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dialogGivesTheEditedRoadmap();
    void dialogRefusesWhatIsWrong();
    void pageWritesUndoesAndRedoes();
    void milestonesOfTheArsAreEdited();
    void programmeMilestonesCannotBeEdited();

private:
    QVariant scalar(const QString& sql) const;
    /// Saves a picture of `widget` when PALIER_SCREENSHOTS names a folder (to look at it).
    static void shoot(QWidget* widget, const QString& name);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QList<RoadmapDomain> m_domains;
};

void TestRoadmapPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    auto db = Database::open(m_dir.filePath(QStringLiteral("demo.palier")), {.create = true});
    QVERIFY(db);
    m_db = std::move(db).value();
    QVERIFY(generateDemo(*m_db, {}));
    Result<QList<RoadmapDomain>> domains = loadRoadmapDomains(*m_db);
    QVERIFY(domains);
    m_domains = domains.value();
}

QVariant TestRoadmapPage::scalar(const QString& sql) const
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(sql) || !query.next()) {
        return {};
    }
    return query.value(0);
}

void TestRoadmapPage::shoot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("PALIER_SCREENSHOTS");
    if (!folder.isEmpty()) {
        widget->show();
        QCoreApplication::processEvents();
        widget->grab().save(QStringLiteral("%1/%2.png").arg(folder, name));
    }
}

void TestRoadmapPage::dialogGivesTheEditedRoadmap()
{
    const Roadmap demo = loadRoadmap(*m_db).value();
    RoadmapDialog dialog(demo, m_domains);
    QCOMPARE(dialog.problems(), QStringList());
    // Untouched, the dialog gives the roadmap back as it was.
    const Roadmap same = dialog.roadmap();
    QCOMPARE(same.correspondent, demo.correspondent);
    QCOMPARE(same.envelopeCents, demo.envelopeCents);
    QCOMPARE(same.envelopePerYear, demo.envelopePerYear);
    QCOMPARE(same.axes.size(), demo.axes.size());
    QCOMPARE(same.shares.size(), demo.shares.size());
    QCOMPARE(same.strategyHtml, demo.strategyHtml);

    dialog.findChild<QLineEdit*>(QStringLiteral("correspondentLineEdit"))->setText(QStringLiteral("Alex Fictif"));
    dialog.findChild<QDoubleSpinBox*>(QStringLiteral("envelopeSpinBox"))->setValue(1234567.5);
    auto* axes = dialog.findChild<QListWidget*>(QStringLiteral("axesListWidget"));
    const int axisCount = axes->count();
    dialog.findChild<QPushButton*>(QStringLiteral("addAxisButton"))->click();
    QCOMPARE(axes->count(), axisCount + 1);
    QCOMPARE(axes->currentRow(), axisCount);
    auto* title = dialog.findChild<QLineEdit*>(QStringLiteral("axisTitleLineEdit"));
    title->clear();
    QTest::keyClicks(title, QStringLiteral("Axe fictif 4")); // keyClicks types ASCII only
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("axisTextEdit"))->setPlainText(QStringLiteral("Texte de l’axe"));
    auto* domains = dialog.findChild<QListWidget*>(QStringLiteral("axisDomainsListWidget"));
    domains->item(1)->setCheckState(Qt::Checked);
    dialog.findChild<QPushButton*>(QStringLiteral("moveAxisUpButton"))->click();
    QCOMPARE(axes->currentRow(), axisCount - 1);
    // The first axis goes.
    axes->setCurrentRow(0);
    dialog.findChild<QPushButton*>(QStringLiteral("removeAxisButton"))->click();
    auto* split = dialog.findChild<QTableWidget*>(QStringLiteral("splitTableWidget"));
    int clcc = -1;
    for (int row = 0; row < split->rowCount(); ++row) {
        if (split->item(row, 0)->data(Qt::UserRole + 1).toString() == QLatin1String("clcc")) {
            clcc = row;
        }
    }
    QVERIFY(clcc >= 0);
    split->item(clcc, 3)->setText(QStringLiteral("2,5"));
    split->item(clcc, 4)->setText(QStringLiteral("10"));
    auto* strategy = dialog.findChild<QTextEdit*>(QStringLiteral("strategyTextEdit"));
    strategy->setHtml(QStringLiteral("<p>Nouvelle <b>stratégie</b> fictive</p>"));
    strategy->document()->setModified(true);
    QCOMPARE(dialog.problems(), QStringList());
    shoot(&dialog, QStringLiteral("roadmap-dialog"));
    auto* tabs = dialog.findChild<QTabWidget*>(QStringLiteral("roadmapTabWidget"));
    for (int tab = 1; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        shoot(&dialog, QStringLiteral("roadmap-dialog-%1").arg(tab));
    }

    const Roadmap edited = dialog.roadmap();
    QCOMPARE(edited.correspondent, QStringLiteral("Alex Fictif"));
    QCOMPARE(edited.envelopeCents, 123456750);
    QCOMPARE(edited.axes.size(), demo.axes.size());
    QCOMPARE(edited.axes.constFirst().title, demo.axes.at(1).title);
    QCOMPARE(edited.axes.at(edited.axes.size() - 2).title, QStringLiteral("Axe fictif 4"));
    QCOMPARE(edited.axes.at(edited.axes.size() - 2).domains, QStringList{m_domains.at(1).code});
    QCOMPARE(edited.axes.at(edited.axes.size() - 2).description, QStringLiteral("Texte de l’axe"));
    const auto share = std::find_if(edited.shares.cbegin(), edited.shares.cend(),
                                    [](const RoadmapShare& s) { return s.code == QLatin1String("clcc"); });
    QVERIFY(share != edited.shares.cend());
    QVERIFY(share->percent);
    QCOMPARE(*share->min, 2.5);
    QCOMPARE(*share->max, 10.0);
    QVERIFY(!share->planned);
    QVERIFY(edited.strategyHtml.contains(QStringLiteral("stratégie")));

    // Switching the unit converts: 2.5 % and 10 % of 1,234,567.50 € are 30,864.19 € and 123,456.75 €.
    const auto clccShare = [&dialog] {
        const Roadmap r = dialog.roadmap();
        return *std::find_if(r.shares.cbegin(), r.shares.cend(),
                             [](const RoadmapShare& s) { return s.code == QLatin1String("clcc"); });
    };
    auto* unit = qobject_cast<QComboBox*>(split->cellWidget(clcc, 1));
    QVERIFY(unit);
    unit->setCurrentIndex(1);
    QVERIFY(!clccShare().percent);
    QCOMPARE(*clccShare().min, 3086419.0); // cents
    QCOMPARE(*clccShare().max, 12345675.0);
    unit->setCurrentIndex(0);
    QVERIFY(clccShare().percent);
    QCOMPARE(*clccShare().min, 2.5);
    QCOMPARE(*clccShare().max, 10.0);
    QVERIFY(!edited.strategyHtml.contains(QStringLiteral("<html")));
}

void TestRoadmapPage::dialogRefusesWhatIsWrong()
{
    RoadmapDialog dialog(loadRoadmap(*m_db).value(), m_domains);
    auto* save = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("roadmapProblemsLabel"));
    QVERIFY(save->isEnabled());
    auto* split = dialog.findChild<QTableWidget*>(QStringLiteral("splitTableWidget"));
    split->item(0, 3)->setText(QStringLiteral("60"));
    split->item(0, 4)->setText(QStringLiteral("20"));
    QVERIFY(!save->isEnabled());
    QVERIFY2(message->text().contains(QStringLiteral("above its maximum")), qPrintable(message->text()));
    split->item(0, 4)->setText(QStringLiteral("beaucoup"));
    QVERIFY(message->text().contains(QStringLiteral("“beaucoup” is not a number")));
    split->item(0, 3)->setText(QString());
    split->item(0, 4)->setText(QString());
    split->item(0, 2)->setText(QString());
    QVERIFY(save->isEnabled());
    auto* title = dialog.findChild<QLineEdit*>(QStringLiteral("axisTitleLineEdit"));
    dialog.findChild<QListWidget*>(QStringLiteral("axesListWidget"))->setCurrentRow(0);
    title->selectAll();
    QTest::keyClick(title, Qt::Key_Delete);
    QVERIFY(!save->isEnabled());
    QVERIFY(message->text().contains(QStringLiteral("Axis 1 has no title.")));
    shoot(&dialog, QStringLiteral("roadmap-dialog-problems"));
}

void TestRoadmapPage::pageWritesUndoesAndRedoes()
{
    RoadmapPage page(QStringLiteral("Feuille de route"));
    QVERIFY(page.reload(m_db.get()));
    QVERIFY(page.findChild<QAction*>(QStringLiteral("editRoadmapAction"))->isEnabled());
    const Roadmap before = loadRoadmap(*m_db).value();
    Roadmap after = before;
    after.correspondent = QStringLiteral("Claude Fictif (personne fictive)");
    after.axes.removeFirst();
    after.envelopeCents += 50'000'00;
    const qint64 audit = scalar(QStringLiteral("SELECT count(*) FROM audit_entry")).toLongLong();
    QVERIFY(page.applyRoadmap(after));
    QCOMPARE(scalar(QStringLiteral("SELECT correspondent FROM roadmap")).toString(), after.correspondent);
    QCOMPARE(scalar(QStringLiteral("SELECT envelope_cents FROM roadmap")).toLongLong(), after.envelopeCents);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM roadmap_axis")).toInt(), int(after.axes.size()));
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM audit_entry")).toLongLong() > audit);
    QVERIFY(page.roadmapHtml().contains(QStringLiteral("Claude Fictif")));
    QCOMPARE(page.undoStack()->count(), 1);

    page.undoStack()->undo();
    QCOMPARE(scalar(QStringLiteral("SELECT correspondent FROM roadmap")).toString(), before.correspondent);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM roadmap_axis")).toInt(), int(before.axes.size()));
    QVERIFY(!page.roadmapHtml().contains(QStringLiteral("Claude Fictif")));
    page.undoStack()->redo();
    QCOMPARE(scalar(QStringLiteral("SELECT correspondent FROM roadmap")).toString(), after.correspondent);
    page.undoStack()->undo();

    // A refused roadmap: the error is said, nothing is written, nothing goes on the stack.
    Roadmap bad = before;
    bad.axes.append({QStringLiteral(" "), {}, {}});
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!page.applyRoadmap(bad));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("no title")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM roadmap_axis")).toInt(), int(before.axes.size()));
    QCOMPARE(page.undoStack()->index(), 0);
}

void TestRoadmapPage::milestonesOfTheArsAreEdited()
{
    RoadmapPage page(QStringLiteral("Feuille de route"));
    QAbstractItemModelTester tester(page.roadmapModel());
    page.roadmapModel()->setToday(QDate(2019, 8, 25));
    QVERIFY(page.reload(m_db.get()));
    const int rows = page.roadmapModel()->rowCount();
    const qint64 id = page.addMilestone({QDate(2019, 8, 1), QStringLiteral("Réunion fictive des GHT"), {}});
    QVERIFY(id > 0);
    QCOMPARE(page.roadmapModel()->rowCount(), rows + 1);
    const int row = page.roadmapModel()->rowOf(id);
    QVERIFY(row >= 0);
    // Overdue on 25 August: in red, with the days.
    const QModelIndex days = page.roadmapModel()->index(row, int(RoadmapModel::Column::DaysLeft));
    QVERIFY(days.data(Qt::ForegroundRole).isValid());
    QVERIFY(days.data().toString().contains(QStringLiteral("24")));
    QCOMPARE(scalar(QStringLiteral("SELECT source FROM milestone WHERE id = %1").arg(id)).toString(),
             QStringLiteral("ars"));

    QVERIFY(page.selectRecord(id));
    QVERIFY(page.findChild<QAction*>(QStringLiteral("editMilestoneAction"))->isEnabled());
    QVERIFY(page.changeMilestone({QDate(2019, 9, 5), QStringLiteral("Réunion reportée"), QStringLiteral("ars"), id}));
    QCOMPARE(scalar(QStringLiteral("SELECT due_on FROM milestone WHERE id = %1").arg(id)).toString(),
             QStringLiteral("2019-09-05"));
    const QModelIndex ahead =
        page.roadmapModel()->index(page.roadmapModel()->rowOf(id), int(RoadmapModel::Column::DaysLeft));
    QVERIFY(!ahead.data(Qt::ForegroundRole).isValid());
    QVERIFY(page.removeMilestone(id));
    QVERIFY(!scalar(QStringLiteral("SELECT id FROM milestone WHERE id = %1").arg(id)).isValid());
    QCOMPARE(page.undoStack()->count(), 3);

    page.undoStack()->undo(); // removal undone: back under its id, with the changed date
    QCOMPARE(scalar(QStringLiteral("SELECT due_on FROM milestone WHERE id = %1").arg(id)).toString(),
             QStringLiteral("2019-09-05"));
    page.undoStack()->undo(); // change undone
    QCOMPARE(scalar(QStringLiteral("SELECT label FROM milestone WHERE id = %1").arg(id)).toString(),
             QStringLiteral("Réunion fictive des GHT"));
    page.undoStack()->undo(); // addition undone
    QCOMPARE(page.roadmapModel()->rowCount(), rows);
    page.undoStack()->redo(); // added again, same id
    QCOMPARE(page.roadmapModel()->rowOf(id) >= 0, true);
    QVERIFY(page.selectRecord(id));
    shoot(&page, QStringLiteral("roadmap-page"));

    MilestoneDialog dialog({QDate(2019, 9, 5), QStringLiteral("Réunion"), QStringLiteral("ars"), id});
    dialog.findChild<QLineEdit*>(QStringLiteral("milestoneLabelLineEdit"))->clear();
    QVERIFY(!dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->isEnabled());
    dialog.findChild<QLineEdit*>(QStringLiteral("milestoneLabelLineEdit"))->setText(QStringLiteral("Comité"));
    QCOMPARE(dialog.milestone().label, QStringLiteral("Comité"));
    QCOMPARE(dialog.milestone().id, id);
    shoot(&dialog, QStringLiteral("milestone-dialog"));
}

void TestRoadmapPage::programmeMilestonesCannotBeEdited()
{
    RoadmapPage page(QStringLiteral("Feuille de route"));
    QVERIFY(page.reload(m_db.get()));
    const qint64 id = scalar(QStringLiteral("SELECT min(id) FROM milestone WHERE source = 'programme'")).toLongLong();
    QVERIFY(page.selectRecord(id));
    QVERIFY(!page.findChild<QAction*>(QStringLiteral("editMilestoneAction"))->isEnabled());
    QVERIFY(!page.findChild<QAction*>(QStringLiteral("removeMilestoneAction"))->isEnabled());
    // Even asked directly, the core refuses and the page says so.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!page.removeMilestone(id));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("programme")));
    QVERIFY(scalar(QStringLiteral("SELECT id FROM milestone WHERE id = %1").arg(id)).isValid());
    QCOMPARE(page.undoStack()->count(), 0);
}

QTEST_MAIN(TestRoadmapPage)
#include "tst_roadmappage.moc"
