// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecentFiles.h"
#include "WelcomePage.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;

class TestWelcomePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void emptyListSaysSo();
    void missingFilesAreGreyed();
    void selectsTheNewestFileThatExists();
    void opensARecentFile();
    void opensARecentServerDatabase();
    void removesAFileFromTheList();
    void buttonsAsk();
    void tabOrder();
    void mnemonicsAreUnique();

private:
    QString touch(const QString& name) const;
    template <typename T>
    static T* child(const QWidget& page, const QString& name);

    QTemporaryDir m_dir;
};

void TestWelcomePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PalierTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_welcomepage"));
    QVERIFY(m_dir.isValid());
}

void TestWelcomePage::init()
{
    QSettings().clear();
}

QString TestWelcomePage::touch(const QString& name) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qFatal("cannot create %s", qPrintable(path));
    }
    return path;
}

template <typename T>
T* TestWelcomePage::child(const QWidget& page, const QString& name)
{
    auto* found = page.findChild<T*>(name);
    if (!found) {
        qFatal("no child %s", qPrintable(name));
    }
    return found;
}

void TestWelcomePage::emptyListSaysSo()
{
    RecentFiles recent(nullptr);
    WelcomePage page(&recent);
    auto* list = child<QListWidget>(page, QStringLiteral("recentFilesListWidget"));
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->flags(), Qt::NoItemFlags);
    QVERIFY(!child<QPushButton>(page, QStringLiteral("openRecentButton"))->isEnabled());
    QVERIFY(!child<QPushButton>(page, QStringLiteral("removeRecentButton"))->isEnabled());
}

void TestWelcomePage::missingFilesAreGreyed()
{
    RecentFiles recent(nullptr);
    const QString kept = touch(QStringLiteral("paca.palier"));
    const QString gone = touch(QStringLiteral("bretagne.palier"));
    recent.add(gone);
    recent.add(kept);
    QVERIFY(QFile::remove(gone));
    WelcomePage page(&recent);
    auto* list = child<QListWidget>(page, QStringLiteral("recentFilesListWidget"));
    QCOMPARE(list->count(), 2);
    QVERIFY(list->item(0)->text().startsWith(QStringLiteral("paca.palier\n")));
    QVERIFY2(list->item(1)->text().startsWith(QStringLiteral("bretagne.palier (not found)\n")),
             qPrintable(list->item(1)->text()));
    QCOMPARE(list->item(1)->foreground().color(), page.palette().color(QPalette::Disabled, QPalette::Text));
    QVERIFY(list->item(1)->toolTip().contains(QDir::toNativeSeparators(gone)));
    auto* open = child<QPushButton>(page, QStringLiteral("openRecentButton"));
    auto* remove = child<QPushButton>(page, QStringLiteral("removeRecentButton"));
    QCOMPARE(list->currentRow(), 0);
    QVERIFY(open->isEnabled());
    list->setCurrentRow(1);
    QVERIFY(!open->isEnabled()); // a missing file cannot be opened, only removed
    QVERIFY(remove->isEnabled());

    // Recreated (the drive is back): the page shows it as any other when it is next shown (a database closed).
    touch(QStringLiteral("bretagne.palier"));
    recent.add(kept); // already the newest: the list does not change, nothing is written
    QVERIFY(list->item(1)->text().contains(QStringLiteral("(not found)")));
    page.show();
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(1)->text().section(u'\n', 0, 0), QStringLiteral("bretagne.palier"));
}

void TestWelcomePage::selectsTheNewestFileThatExists()
{
    RecentFiles recent(nullptr);
    const QString kept = touch(QStringLiteral("kept.palier"));
    const QString gone = touch(QStringLiteral("gone.palier"));
    recent.add(kept);
    recent.add(gone);
    QVERIFY(QFile::remove(gone));
    WelcomePage page(&recent);
    QSignalSpy requested(&page, &WelcomePage::fileRequested);
    auto* list = child<QListWidget>(page, QStringLiteral("recentFilesListWidget"));
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->currentRow(), 1);
    emit list->itemActivated(list->currentItem());
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), kept);
    // A missing file activated (double click) is not asked for: there is nothing to open.
    emit list->itemActivated(list->item(0));
    list->setCurrentRow(0);
    emit list->itemActivated(list->item(0));
    QCOMPARE(requested.size(), 1);
}

void TestWelcomePage::opensARecentFile()
{
    RecentFiles recent(nullptr);
    const QString a = touch(QStringLiteral("a.palier"));
    const QString b = touch(QStringLiteral("b.palier"));
    recent.add(a);
    recent.add(b);
    WelcomePage page(&recent);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy requested(&page, &WelcomePage::fileRequested);
    auto* list = child<QListWidget>(page, QStringLiteral("recentFilesListWidget"));
    list->setCurrentRow(1);
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("openRecentButton")), Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), a);
    // Enter on the list opens the current file too.
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(requested.size(), 2);
    QCOMPARE(requested.at(1).at(0).toString(), b);
}

void TestWelcomePage::opensARecentServerDatabase()
{
    RecentFiles recent(nullptr);
    const QString location = QStringLiteral("pg:host=db.ars.example port=5432 dbname=campagne93 user=referent "
                                            "sslmode=require");
    recent.add(touch(QStringLiteral("a.palier")));
    recent.add(location);
    WelcomePage page(&recent);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy requested(&page, &WelcomePage::fileRequested);
    auto* list = child<QListWidget>(page, QStringLiteral("recentFilesListWidget"));
    QCOMPARE(list->currentRow(), 0); // the newest, offered although no file can be looked for
    QVERIFY(list->item(0)->text().startsWith(QStringLiteral("campagne93 on db.ars.example\n")));
    QVERIFY(!list->item(0)->text().contains(QStringLiteral("not found")));
    QVERIFY(child<QPushButton>(page, QStringLiteral("openRecentButton"))->isEnabled());
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("openRecentButton")), Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), location);
}

void TestWelcomePage::removesAFileFromTheList()
{
    RecentFiles recent(nullptr);
    const QString a = touch(QStringLiteral("a.palier"));
    const QString b = touch(QStringLiteral("b.palier"));
    const QString c = touch(QStringLiteral("c.palier"));
    for (const QString& path : {a, b, c}) {
        recent.add(path);
    }
    QVERIFY(QFile::remove(b));
    WelcomePage page(&recent);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* list = child<QListWidget>(page, QStringLiteral("recentFilesListWidget"));
    list->setCurrentRow(1);
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("removeRecentButton")), Qt::LeftButton);
    QCOMPARE(recent.entries(), (QStringList{c, a}));
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->currentRow(), 1); // the next one, ready for another removal
    // The Delete key does the same; the file itself is left alone.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(recent.entries(), QStringList{c});
    QVERIFY(QFile::exists(a));
}

void TestWelcomePage::buttonsAsk()
{
    RecentFiles recent(nullptr);
    WelcomePage page(&recent);
    QSignalSpy demo(&page, &WelcomePage::demoRequested);
    QSignalSpy create(&page, &WelcomePage::newDatabaseRequested);
    QSignalSpy open(&page, &WelcomePage::openRequested);
    QTest::mouseClick(child<QCommandLinkButton>(page, QStringLiteral("demoButton")), Qt::LeftButton);
    QTest::mouseClick(child<QCommandLinkButton>(page, QStringLiteral("newDatabaseButton")), Qt::LeftButton);
    QTest::mouseClick(child<QCommandLinkButton>(page, QStringLiteral("newDatabaseButton")), Qt::LeftButton);
    QCOMPARE(demo.size(), 1);
    QCOMPARE(create.size(), 2);
    QCOMPARE(open.size(), 0);
    QTest::mouseClick(child<QCommandLinkButton>(page, QStringLiteral("openButton")), Qt::LeftButton);
    QCOMPARE(open.size(), 1);
}

void TestWelcomePage::tabOrder()
{
    RecentFiles recent(nullptr);
    recent.add(touch(QStringLiteral("a.palier")));
    WelcomePage page(&recent);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QApplication::setActiveWindow(&page);
    page.setFocus();
    // The page gives its focus to its first action.
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("demoButton"));
    const QStringList expected{QStringLiteral("newDatabaseButton"),     QStringLiteral("openButton"),
                               QStringLiteral("recentFilesListWidget"), QStringLiteral("openRecentButton"),
                               QStringLiteral("removeRecentButton"),    QStringLiteral("demoButton")};
    for (const QString& name : expected) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), name);
    }
    // Every control a screen reader lands on says what it is.
    QVERIFY(!child<QListWidget>(page, QStringLiteral("recentFilesListWidget"))->accessibleName().isEmpty());
}

void TestWelcomePage::mnemonicsAreUnique()
{
    RecentFiles recent(nullptr);
    WelcomePage page(&recent);
    QStringList texts;
    for (const QAbstractButton* button : page.findChildren<QAbstractButton*>()) {
        texts.append(button->text());
    }
    for (const QLabel* label : page.findChildren<QLabel*>()) {
        if (label->buddy()) {
            texts.append(label->text());
        }
    }
    QCOMPARE(texts.size(), 6);
    // The menu bar's File, Edit, View, Go and Help are taken in the window.
    QSet<QChar> used{u'f', u'e', u'v', u'g', u'h'};
    for (const QString& text : std::as_const(texts)) {
        const QKeySequence mnemonic = QKeySequence::mnemonic(text);
        QVERIFY2(!mnemonic.isEmpty(), qPrintable(text));
        const QChar letter = text.at(text.indexOf(u'&') + 1).toLower();
        QVERIFY2(!used.contains(letter), qPrintable(text));
        used.insert(letter);
    }
}

QTEST_MAIN(TestWelcomePage)
#include "tst_welcomepage.moc"
