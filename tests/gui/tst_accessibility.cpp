// SPDX-License-Identifier: GPL-3.0-or-later
// Keyboard and accessibility audit of every page and every dialog the application shows, on the demo campaign, in
// English and in French (the whole test runs twice, see main()):
// - every input control a user can reach (line edits, spin boxes, combo boxes, item views, text edits, buttons
//   without text…) has an accessible name, its own or the text of a QLabel whose buddy it is;
// - it is a Tab stop (reachable without the mouse), and an editable text edit passes Tab on (no keyboard trap);
// - the Tab chain goes down the window and left to right within a row: no jump back up a column, no jump back left
//   on a row;
// - the mnemonics (&-letters) of the buttons and labels shown together are distinct, and so are those of the menus.
// With PALIER_A11Y_CHAIN set, the Tab chain of every window audited is printed.
#include "AboutDialog.h"
#include "AuditDialog.h"
#include "CampaignFiles.h"
#include "ChangeStateDialog.h"
#include "ConnectionDialog.h"
#include "FollowUpDialogs.h"
#include "ForfaitGridDialog.h"
#include "GenerateLettersDialog.h"
#include "GridEditorDialog.h"
#include "ImportWizard.h"
#include "LabelsDialog.h"
#include "LetterTemplateDialog.h"
#include "LetterheadDialog.h"
#include "MainWindow.h"
#include "MilestoneDialog.h"
#include "Mnemonics.h"
#include "NewDatabaseDialog.h"
#include "RoadmapDialog.h"
#include "ScoreSheetDialog.h"
#include "SettingsDialog.h"
#include "WhatIfDialog.h"
#include "db/Database.h"
#include "i18n/Translations.h"
#include "selection/ForfaitGrid.h"
#include "selection/Roadmap.h"
#include "workflow/Workflow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTranslator>
#include <QWizard>

using namespace Palier;

namespace {

QString g_language = QStringLiteral("en");

/// A readable name for a widget in a failure message.
QString describe(const QWidget* w)
{
    QString name = w->objectName();
    if (name.isEmpty() || name.startsWith(QLatin1String("qt_"))) {
        name = QString::fromLatin1(w->metaObject()->className());
        if (const auto* button = qobject_cast<const QAbstractButton*>(w); button && !button->text().isEmpty()) {
            name += QStringLiteral(" “%1”").arg(button->text());
        }
        for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget()) {
            if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_"))) {
                name += QStringLiteral(" in ") + p->objectName();
                break;
            }
        }
    }
    return name;
}

/// Part of a compound control (the line edit of a spin box or combo box, the clear button of a line edit, the corner
/// button of a table, a header, a scroll bar…).
bool isInternal(const QWidget* w)
{
    if (qobject_cast<const QHeaderView*>(w) || qobject_cast<const QScrollBar*>(w)) {
        return true;
    }
    for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox*>(p) || qobject_cast<const QComboBox*>(p) ||
            qobject_cast<const QTabBar*>(p) || qobject_cast<const QKeySequenceEdit*>(p) ||
            qobject_cast<const QLineEdit*>(p) || qobject_cast<const QAbstractItemView*>(p)) {
            return true;
        }
        if (p->isWindow()) {
            break;
        }
    }
    return w->objectName().startsWith(QLatin1String("qt_"));
}

bool isInput(const QWidget* w)
{
    if (isInternal(w)) {
        return false;
    }
    return qobject_cast<const QLineEdit*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
           qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractItemView*>(w) ||
           qobject_cast<const QTextEdit*>(w) || qobject_cast<const QPlainTextEdit*>(w) ||
           qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QAbstractSlider*>(w) ||
           qobject_cast<const QKeySequenceEdit*>(w);
}

bool shown(const QWidget* w, const QWidget* window)
{
    return w->isVisibleTo(window) && w->window() == window;
}

/// What Tab stops at, as QWidget::focusNextPrevChild decides it.
bool isTabStop(const QWidget* w, const QWidget* window)
{
    return (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !w->focusProxy() && w->isEnabled() && shown(w, window);
}

QString stripAmpersands(QString text)
{
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text.trimmed();
}

/// The label whose buddy `w` is, if any.
const QLabel* buddyOf(const QWidget* w)
{
    for (const QLabel* label : w->window()->findChildren<QLabel*>()) {
        if (label->buddy() == w && !stripAmpersands(label->text()).isEmpty()) {
            return label;
        }
    }
    return nullptr;
}

/// The name a screen reader announces. On Linux QAccessibleComboBox answers its current text for the name, which
/// says nothing of what the box is for: a combo box needs its own name or a buddy.
QString accessibleName(QWidget* w)
{
    if (!w->accessibleName().isEmpty()) {
        return w->accessibleName();
    }
    if (const QLabel* label = buddyOf(w)) {
        return stripAmpersands(label->text());
    }
    if (qobject_cast<QComboBox*>(w)) {
        return {};
    }
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(w);
    return accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
}

/// Where `w` shows in `window`; a widget scrolled out of a scroll area's view counts as at the view's edge.
QRect rectIn(const QWidget* w, const QWidget* window)
{
    QRect rect(w->mapTo(window, QPoint(0, 0)), w->size());
    for (const QWidget* p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
        const auto* area = qobject_cast<const QAbstractScrollArea*>(p->parentWidget());
        if (area && area->viewport() == p) {
            const QRect view(p->mapTo(window, QPoint(0, 0)), p->size());
            rect.setTop(std::clamp(rect.top(), view.top(), view.bottom()));
            rect.setBottom(std::clamp(rect.bottom(), view.top(), view.bottom()));
        }
    }
    return rect;
}

/// Checks what `window` shows now; appends what is wrong to `problems`.
void auditShown(QWidget* window, const QString& where, QSet<QString>& problems)
{
    const QList<QWidget*> all = window->findChildren<QWidget*>();
    QHash<QChar, QString> mnemonics;
    for (QWidget* w : all) {
        if (!shown(w, window)) {
            continue;
        }
        // Mnemonics of what is shown together: buttons and labels with a buddy.
        QString text;
        if (auto* button = qobject_cast<QAbstractButton*>(w); button && !isInternal(w) && button->isEnabled()) {
            text = button->text();
        } else if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy()) {
            text = label->text();
        }
        if (const QChar letter = Mnemonics::of(text); !letter.isNull()) {
            if (mnemonics.contains(letter) && mnemonics.value(letter) != text) {
                problems.insert(QStringLiteral("%1: “%2” and “%3” share the mnemonic %4")
                                    .arg(where, mnemonics.value(letter), text, letter));
            }
            mnemonics.insert(letter, text);
        }
        if (!isInput(w) || !w->isEnabled()) {
            continue;
        }
        if (accessibleName(w).isEmpty()) {
            problems.insert(QStringLiteral("%1: %2 has no accessible name (setAccessibleName or a label's buddy)")
                                .arg(where, describe(w)));
        }
        if ((w->focusPolicy() & Qt::TabFocus) != Qt::TabFocus && !w->focusProxy() &&
            !qobject_cast<QAbstractButton*>(w)) {
            problems.insert(QStringLiteral("%1: %2 cannot be reached with Tab").arg(where, describe(w)));
        }
        const auto* plain = qobject_cast<QPlainTextEdit*>(w);
        const auto* rich = qobject_cast<QTextEdit*>(w);
        if ((plain && !plain->isReadOnly() && !plain->tabChangesFocus()) ||
            (rich && !rich->isReadOnly() && !rich->tabChangesFocus())) {
            problems.insert(
                QStringLiteral("%1: %2 keeps the Tab key (setTabChangesFocus(true))").arg(where, describe(w)));
        }
    }

    // The Tab chain of the window, as the user walks it. It is a cycle (Tab from the last goes to the first): it may
    // go back up or back left once, where it wraps; twice means the order is not the reading order.
    QList<QWidget*> chain;
    QWidget* w = window;
    int guard = 0;
    do {
        w = w->nextInFocusChain();
        if (w != window && isTabStop(w, window)) {
            chain.append(w);
        }
    } while (w != window && ++guard < 10000);
    if (qEnvironmentVariableIsSet("PALIER_A11Y_CHAIN")) { // to see the order the user gets
        QStringList names;
        for (const QWidget* stop : std::as_const(chain)) {
            names.append(describe(stop));
        }
        qInfo("%s: Tab chain: %s", qPrintable(where), qPrintable(names.join(QStringLiteral(" → "))));
    }
    QStringList backwards;
    for (qsizetype i = 0; chain.size() > 2 && i < chain.size(); ++i) {
        QWidget* from = chain.at(i);
        QWidget* to = chain.at((i + 1) % chain.size());
        const QRect a = rectIn(from, window);
        const QRect b = rectIn(to, window);
        const bool sameColumn = a.left() < b.right() && b.left() < a.right();
        const bool sameRow = std::abs(a.center().y() - b.center().y()) < std::min(a.height(), b.height()) / 2;
        if (sameColumn && b.bottom() < a.top()) {
            backwards.append(
                QStringLiteral("%1: Tab goes back up from %2 to %3").arg(where, describe(from), describe(to)));
        } else if (!sameColumn && b.bottom() < a.top() && b.left() < a.left()) {
            backwards.append(
                QStringLiteral("%1: Tab goes back up and left from %2 to %3").arg(where, describe(from), describe(to)));
        } else if (sameRow && b.right() < a.left()) {
            backwards.append(
                QStringLiteral("%1: Tab goes back left from %2 to %3").arg(where, describe(from), describe(to)));
        }
    }
    if (backwards.size() > 1) {
        for (const QString& problem : std::as_const(backwards)) {
            problems.insert(problem);
        }
    }
}

/// Audits `window` as shown, then with every other tab of its tab widgets.
QStringList audit(QWidget* window, const QString& where)
{
    QSet<QString> problems;
    window->show();
    QTest::qWait(20);
    auditShown(window, where, problems);
    for (QTabWidget* tabs : window->findChildren<QTabWidget*>()) {
        if (!shown(tabs, window)) {
            continue;
        }
        const int current = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            if (i != current && tabs->isTabEnabled(i)) {
                tabs->setCurrentIndex(i);
                QTest::qWait(10);
                auditShown(window, where + QStringLiteral(" › ") + stripAmpersands(tabs->tabText(i)), problems);
            }
        }
        tabs->setCurrentIndex(current);
    }
    QStringList sorted(problems.begin(), problems.end());
    sorted.sort();
    return sorted;
}

void walkMenu(const QString& where, const QList<QAction*>& actions, QStringList& problems)
{
    QHash<QChar, QString> mnemonics;
    for (QAction* action : actions) {
        if (action->isSeparator() || !action->isVisible()) {
            continue;
        }
        const QChar letter = Mnemonics::of(action->text());
        if (letter.isNull()) {
            problems.append(QStringLiteral("%1 › “%2” has no mnemonic").arg(where, action->text()));
        } else if (mnemonics.contains(letter)) {
            problems.append(QStringLiteral("%1 › “%2” and “%3” share the mnemonic %4")
                                .arg(where, mnemonics.value(letter), action->text(), letter));
        } else {
            mnemonics.insert(letter, action->text());
        }
        if (QMenu* menu = action->menu()) {
            emit menu->aboutToShow();
            walkMenu(where + QStringLiteral(" › ") + action->text(), menu->actions(), problems);
        }
    }
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void auditFindsWhatIsWrong();
    void pages_data();
    void pages();
    void dialogs_data();
    void dialogs();
    void importWizard();
    void menusHaveUniqueMnemonics();
    void welcomePage(); // last: it closes the database

private:
    /// Fails with `problems`, the control problems and the mnemonic clashes counted apart.
    void verifyClean(const QStringList& problems);

    QTemporaryDir m_dir;
    QString m_demoPath;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PalierTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_demoPath = m_dir.filePath(QStringLiteral("demo.palier"));
    if (!QFile::exists(m_demoPath)) {
        Result<std::unique_ptr<Database>> demo = CampaignFiles::openDemo(m_demoPath);
        QVERIFY2(demo, qPrintable(demo.error().message + u' ' + demo.error().detail));
    }
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openDatabase(m_demoPath));
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAccessibility::cleanupTestCase()
{
    m_window.reset();
}

void TestAccessibility::verifyClean(const QStringList& problems)
{
    // One line each: QVERIFY2 would cut a long message.
    QStringList controls;
    QStringList mnemonics;
    for (const QString& problem : problems) {
        qInfo("%s", qPrintable(problem));
        (problem.contains(QLatin1String("share the mnemonic")) ? mnemonics : controls).append(problem);
    }
    QVERIFY2(controls.isEmpty(), qPrintable(QStringLiteral("%1 problem(s), listed above").arg(controls.size())));
    QVERIFY2(mnemonics.isEmpty(),
             qPrintable(QStringLiteral("%1 mnemonic clash(es), listed above").arg(mnemonics.size())));
}

void TestAccessibility::auditFindsWhatIsWrong()
{
    // The audit itself can fail: a nameless field, a field Tab never reaches, a chain going back up, a trap.
    QWidget window;
    auto* top = new QLineEdit(&window);
    top->setGeometry(10, 10, 200, 24);
    auto* bottom = new QLineEdit(&window);
    bottom->setObjectName(QStringLiteral("bottomLineEdit"));
    bottom->setGeometry(10, 60, 200, 24);
    auto* label = new QLabel(QStringLiteral("&Bottom:"), &window);
    label->setBuddy(bottom);
    auto* text = new QPlainTextEdit(&window);
    text->setObjectName(QStringLiteral("notesPlainTextEdit"));
    text->setAccessibleName(QStringLiteral("Notes"));
    text->setGeometry(10, 100, 200, 60);
    auto* clickOnly = new QLineEdit(&window);
    clickOnly->setObjectName(QStringLiteral("clickOnlyLineEdit"));
    clickOnly->setAccessibleName(QStringLiteral("Click only"));
    clickOnly->setFocusPolicy(Qt::ClickFocus);
    clickOnly->setGeometry(10, 170, 200, 24);
    auto* button = new QPushButton(QStringLiteral("&Browse"), &window); // the same mnemonic as the label
    button->setGeometry(220, 10, 80, 24);
    // Backwards twice (from the notes up to the bottom field, then up to the top one): more than the wrap of the cycle.
    QWidget::setTabOrder(text, bottom);
    QWidget::setTabOrder(bottom, top);
    QWidget::setTabOrder(top, button);
    QStringList problems = audit(&window, QStringLiteral("test"));
    const QString all = problems.join(u'\n');
    QVERIFY2(all.contains(QStringLiteral("QLineEdit has no accessible name")), qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("bottomLineEdit has no accessible name")), qPrintable(all)); // its buddy
    QVERIFY2(all.contains(QStringLiteral("clickOnlyLineEdit cannot be reached with Tab")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("notesPlainTextEdit keeps the Tab key")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Tab goes back up from notesPlainTextEdit to bottomLineEdit")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Tab goes back up from bottomLineEdit to QLineEdit")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("share the mnemonic b")), qPrintable(all));
    QCOMPARE(problems.size(), 6);

    // Fixed, it passes. The button, right of the first field, is last: Tab wraps from it to the first field.
    top->setAccessibleName(QStringLiteral("Top"));
    QWidget::setTabOrder(top, bottom);
    QWidget::setTabOrder(bottom, text);
    text->setTabChangesFocus(true);
    clickOnly->setFocusPolicy(Qt::StrongFocus);
    button->setText(QStringLiteral("B&rowse"));
    QWidget::setTabOrder(text, clickOnly);
    QWidget::setTabOrder(clickOnly, button);
    verifyClean(audit(&window, QStringLiteral("test")));
}

void TestAccessibility::welcomePage()
{
    m_window->closeDatabase();
    QVERIFY(!m_window->database());
    verifyClean(audit(m_window.get(), QStringLiteral("welcome page")));
}

void TestAccessibility::pages_data()
{
    QTest::addColumn<Page>("page");
    for (Page page : Pages::all()) {
        QTest::newRow(qPrintable(Pages::key(page))) << page;
    }
}

void TestAccessibility::pages()
{
    QFETCH(Page, page);
    m_window->showPage(page);
    QTest::qWait(50);
    const QStringList problems = audit(m_window.get(), Pages::key(page));
    verifyClean(problems);
}

void TestAccessibility::dialogs_data()
{
    QTest::addColumn<QString>("dialog");
    for (const char* name : {"about", "audit", "changeState", "connection", "forfaitGrid", "generateLetters",
                             "gridEditor", "labels", "letterTemplate", "letterhead", "milestone", "newDatabase",
                             "payment", "projectState", "roadmap", "scoreSheet", "settings", "whatIf"}) {
        QTest::newRow(name) << QString::fromLatin1(name);
    }
}

void TestAccessibility::dialogs()
{
    QFETCH(QString, dialog);
    const Database& db = *m_window->database();
    std::unique_ptr<QWidget> shown;
    qint64 candidature = 0;
    QString state;
    {
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT id, state FROM candidature ORDER BY id LIMIT 1")) && query.next());
        candidature = query.value(0).toLongLong();
        state = query.value(1).toString();
    }
    if (dialog == QLatin1String("about")) {
        shown = std::make_unique<AboutDialog>(m_window.get());
    } else if (dialog == QLatin1String("audit")) {
        shown = std::make_unique<AuditDialog>(db, m_window.get());
    } else if (dialog == QLatin1String("changeState")) {
        Result<Workflow> workflow = Workflow::load(db);
        QVERIFY(workflow);
        shown = std::make_unique<ChangeStateDialog>(db, workflow.value(), QList<qint64>{candidature},
                                                    QStringList{state}, m_window.get());
    } else if (dialog == QLatin1String("connection")) {
        shown = std::make_unique<ConnectionDialog>(m_window.get());
    } else if (dialog == QLatin1String("generateLetters")) {
        shown = std::make_unique<GenerateLettersDialog>(m_dir.path(), 3, m_window.get());
    } else if (dialog == QLatin1String("forfaitGrid")) {
        Result<ForfaitGrid> grid = loadForfaitGrid(db);
        Result<SizeClassCoverage> coverage = loadSizeClassCoverage(db);
        QVERIFY(grid && coverage);
        shown = std::make_unique<ForfaitGridDialog>(db, grid.value(), coverage.value(), m_window.get());
    } else if (dialog == QLatin1String("gridEditor")) {
        shown = std::make_unique<GridEditorDialog>(db, QString(), m_window.get());
    } else if (dialog == QLatin1String("labels")) {
        shown = std::make_unique<LabelsDialog>(db, QList<qint64>{candidature}, m_window.get());
    } else if (dialog == QLatin1String("letterTemplate")) {
        shown = std::make_unique<LetterTemplateDialog>(db, m_window.get());
    } else if (dialog == QLatin1String("letterhead")) {
        shown = std::make_unique<LetterheadDialog>(db, m_window.get());
    } else if (dialog == QLatin1String("milestone")) {
        shown = std::make_unique<MilestoneDialog>(
            Milestone{QDate(2019, 9, 5), QStringLiteral("Réunion fictive"), QStringLiteral("ars")}, m_window.get());
    } else if (dialog == QLatin1String("newDatabase")) {
        shown = std::make_unique<NewDatabaseDialog>(m_window.get());
    } else if (dialog == QLatin1String("payment")) {
        shown = std::make_unique<PaymentDialog>(QStringLiteral("Avance de 20 % — projet fictif"), QDate(2020, 3, 1),
                                                m_window.get());
    } else if (dialog == QLatin1String("projectState")) {
        shown =
            std::make_unique<ProjectStateDialog>(QStringLiteral("Projet fictif"), QDate(2019, 10, 1), m_window.get());
    } else if (dialog == QLatin1String("roadmap")) {
        Result<Roadmap> roadmap = loadRoadmap(db);
        Result<QList<RoadmapDomain>> domains = loadRoadmapDomains(db);
        QVERIFY(roadmap && domains);
        shown = std::make_unique<RoadmapDialog>(roadmap.value(), domains.value(), m_window.get());
    } else if (dialog == QLatin1String("scoreSheet")) {
        shown = std::make_unique<ScoreSheetDialog>(db, m_window.get());
    } else if (dialog == QLatin1String("settings")) {
        shown = std::make_unique<SettingsDialog>(&db, m_window.get());
    } else if (dialog == QLatin1String("whatIf")) {
        shown = std::make_unique<WhatIfDialog>(db, QString(), m_window.get());
    }
    QVERIFY(shown);
    const QStringList problems = audit(shown.get(), dialog);
    verifyClean(problems);
}

void TestAccessibility::importWizard()
{
    const QString dbPath = m_dir.filePath(QStringLiteral("import-%1.palier").arg(g_language));
    QFile::remove(dbPath);
    Result<std::unique_ptr<Database>> created =
        CampaignFiles::create(dbPath, QStringLiteral("93"), QStringLiteral("hopen-2019"));
    QVERIFY(created);
    const QString csv = m_dir.filePath(QStringLiteral("etablissements.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("finess;rs;statut;commune\n130000011;Centre hospitalier fictif de Valbrune;Public;VALBRUNE\n");
    file.close();
    ImportWizard wizard(*created.value(), ImportKind::Establishments, csv);
    QStringList problems = audit(&wizard, QStringLiteral("import wizard › file"));
    for (const auto& [id, name] :
         {std::pair{ImportWizard::FormatPageId, "format"}, std::pair{ImportWizard::MappingPageId, "mapping"},
          std::pair{ImportWizard::ValidationPageId, "validation"}}) {
        if (!wizard.currentPage()->isComplete()) {
            break;
        }
        wizard.next();
        QTRY_COMPARE(wizard.currentId(), int(id));
        QTest::qWait(100);
        problems += audit(&wizard, QStringLiteral("import wizard › ") + QLatin1String(name));
    }
    QCOMPARE(wizard.currentId(), int(ImportWizard::ValidationPageId));
    verifyClean(problems);
}

void TestAccessibility::menusHaveUniqueMnemonics()
{
    QStringList problems;
    walkMenu(QStringLiteral("menu bar"), m_window->menuBar()->actions(), problems);
    for (QString& problem : problems) {
        problem.replace(QLatin1String("share the mnemonic"), QLatin1String("share the mnemonic (menus)"));
    }
    verifyClean(problems);
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    TestAccessibility test;
    // English, the source strings.
    int failures = QTest::qExec(&test, argc, argv);
    // French, as the application loads it (the translations the .ts files give, Qt's own French).
    g_language = QStringLiteral("fr");
    installTranslations(app, g_language);
    if (QCoreApplication::translate("Palier::MainWindow", "&Help") == QLatin1String("&Help")) {
        qCritical("the French translation did not load");
        return failures + 1;
    }
    qInfo("=== The same in French ===");
    failures += QTest::qExec(&test, argc, argv);
    return failures;
}

#include "tst_accessibility.moc"
