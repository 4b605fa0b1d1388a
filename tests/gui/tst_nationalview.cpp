// SPDX-License-Identifier: GPL-3.0-or-later
// File › Open a National View: the regional files of a folder gathered into one read-only database.
#include "MainWindow.h"
#include "consolidation/Consolidation.h"
#include "db/Database.h"
#include "demo/DemoGenerator.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Palier;

class TestNationalView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensTheRegionsTogetherReadOnly();
    void refusesAFolderWithoutRegionalFiles();

private:
    static qint64 count(const Database& db, const QString& sql);
    QTemporaryDir m_dir;
    qint64 m_candidatures = 0;
};

qint64 TestNationalView::count(const Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

void TestNationalView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PalierTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_nationalview"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("regions")));
    for (const auto& [region, seed] : {std::pair{QStringLiteral("93"), 7u}, std::pair{QStringLiteral("84"), 8u}}) {
        const QString path = m_dir.filePath(QStringLiteral("regions/%1.palier").arg(region));
        Result<std::unique_ptr<Database>> db = Database::open(path, {.create = true});
        QVERIFY2(db, qPrintable(db ? QString() : db.error().detail));
        DemoOptions options;
        options.seed = seed;
        options.regionCode = region;
        QVERIFY(generateDemo(*db.value(), options));
        m_candidatures += count(*db.value(), QStringLiteral("SELECT count(*) FROM candidature"));
    }
    QVERIFY(m_candidatures > 100);
}

void TestNationalView::opensTheRegionsTogetherReadOnly()
{
    MainWindow window;
    QAction* action = window.findChild<QAction*>(QStringLiteral("nationalViewAction"));
    QVERIFY(action && action->isEnabled());
    QVERIFY(window.openNationalView(m_dir.filePath(QStringLiteral("regions"))));
    const Database* db = window.database();
    QVERIFY(db);
    QVERIFY(db->isReadOnly());
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM candidature")), m_candidatures);
    Result<ConsolidationInfo> info = consolidationInfo(*db);
    QVERIFY(info && info->consolidated);
    QCOMPARE(info->regions.size(), 2);
    auto* regionLabel = window.findChild<QLabel*>(QStringLiteral("regionLabel"));
    QVERIFY(regionLabel);
    QVERIFY2(regionLabel->text().contains(QStringLiteral("2")), qPrintable(regionLabel->text()));

    // Opened again: rebuilt in place from the regional files, the window letting go of the previous view first.
    QVERIFY(window.openNationalView(m_dir.filePath(QStringLiteral("regions"))));
    QCOMPARE(count(*window.database(), QStringLiteral("SELECT count(*) FROM candidature")), m_candidatures);
}

void TestNationalView::refusesAFolderWithoutRegionalFiles()
{
    MainWindow window;
    QString shown;
    QTimer::singleShot(0, &window, [&shown] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* box = qobject_cast<QMessageBox*>(widget); box && box->isVisible()) {
                shown = box->text() + box->informativeText();
                box->accept();
            }
        }
    });
    QVERIFY(!window.openNationalView(m_dir.filePath(QStringLiteral("nothing-here"))));
    QVERIFY2(!shown.isEmpty(), "the refusal is shown to the user");
    QVERIFY(!window.database());
}

QTEST_MAIN(TestNationalView)
#include "tst_nationalview.moc"
