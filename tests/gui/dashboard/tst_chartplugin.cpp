// SPDX-License-Identifier: GPL-3.0-or-later
// The charts plug-in, loaded when the dashboard is first built: missing, damaged or another plug-in in its place, the
// dashboard says why and shows its tables; found, it draws the charts (tst_dashboardpage checks what they show).
#include "ChartCard.h"
#include "ChartPlugin.h"
#include "DashboardPage.h"
#include "DashboardTableModel.h"

#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;

class TestChartPlugin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void missingPluginIsExplained();
    void damagedPluginIsExplained();
    void anotherPluginIsRefused();
    void dashboardWithoutChartsShowsTables();
    void installedPluginIsLoadedOnce();
    void cleanupTestCase();

private:
    QString pluginPath() const;
    QTemporaryDir m_dir;
};

void TestChartPlugin::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    qputenv("PALIER_PLUGIN_DIR", m_dir.path().toLocal8Bit());
    QCOMPARE(ChartPlugin::directories(), QStringList{m_dir.path()});
}

QString TestChartPlugin::pluginPath() const
{
    return m_dir.filePath(QStringLiteral(PALIER_CHARTS_PLUGIN_FILE));
}

void TestChartPlugin::missingPluginIsExplained()
{
    const Result<const ChartFactory*> factory = ChartPlugin::factory();
    QVERIFY(!factory);
    QCOMPARE(factory.error().code, QStringLiteral("plugin.missing"));
    QVERIFY(factory.error().message.contains(QStringLiteral("Reinstall Palier")));
    QVERIFY(factory.error().detail.contains(m_dir.path()));
}

void TestChartPlugin::damagedPluginIsExplained()
{
    QFile damaged(pluginPath());
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("\x7f"
                  "ELF, cut short");
    damaged.close();
    const Result<const ChartFactory*> factory = ChartPlugin::factory();
    QVERIFY(!factory);
    QCOMPARE(factory.error().code, QStringLiteral("plugin.load"));
    QVERIFY(factory.error().message.contains(QStringLiteral("Reinstall Palier")));
    QVERIFY(!factory.error().detail.isEmpty());
    QVERIFY(QFile::remove(pluginPath()));
}

void TestChartPlugin::anotherPluginIsRefused()
{
    // A real Qt plug-in, of another interface (Qt's SQLite driver), under the charts plug-in's name.
    const QString sqlite = QLibraryInfo::path(QLibraryInfo::PluginsPath) + QStringLiteral("/sqldrivers/libqsqlite.so");
    if (!QFile::exists(sqlite)) {
        QSKIP("Qt's SQLite driver plug-in is not where Qt says its plug-ins are");
    }
    QVERIFY(QFile::copy(sqlite, pluginPath()));
    const Result<const ChartFactory*> factory = ChartPlugin::factory();
    QVERIFY(!factory);
    QCOMPARE(factory.error().code, QStringLiteral("plugin.load"));
    QVERIFY2(factory.error().detail.contains(QStringLiteral("not Palier's charts plug-in")),
             qPrintable(factory.error().detail));
    QVERIFY(QFile::remove(pluginPath()));
}

void TestChartPlugin::dashboardWithoutChartsShowsTables()
{
    DashboardPage page(QStringLiteral("Tableau de bord"));
    page.resize(1280, 800);
    page.show();
    QVERIFY(page.reload(nullptr));
    QCOMPARE(page.cards().size(), 9);
    for (ChartCard* card : page.cards()) {
        QVERIFY2(!card->chartView(), qPrintable(card->objectName()));
        auto* stack = card->findChild<QStackedWidget*>();
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget(), card->tableView());
        QVERIFY(card->tableView()->isVisibleTo(card));
        QVERIFY(!card->exportChart(m_dir.filePath(QStringLiteral("chart.png"))));
    }
    auto* message = page.findChild<QLabel*>(QStringLiteral("messageLabel"));
    QVERIFY(message);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("charts of the dashboard cannot be drawn")),
             qPrintable(message->text()));
}

void TestChartPlugin::installedPluginIsLoadedOnce()
{
    qunsetenv("PALIER_PLUGIN_DIR");
    QCOMPARE(ChartPlugin::directories().size(), 2);
    const Result<const ChartFactory*> factory = ChartPlugin::factory();
    QVERIFY2(factory, qPrintable(factory ? QString() : factory.error().detail));
    QVERIFY(factory.value());
    const Result<const ChartFactory*> again = ChartPlugin::factory();
    QVERIFY(again);
    QCOMPARE(again.value(), factory.value());

    // The dashboard built now has its charts, and no message.
    DashboardPage page(QStringLiteral("Tableau de bord"));
    page.resize(1280, 800);
    page.show();
    QVERIFY(page.reload(nullptr));
    int charts = 0;
    for (ChartCard* card : page.cards()) {
        charts += card->chartView() && card->chartView()->inherits("QChartView") ? 1 : 0;
    }
    QCOMPARE(charts, 7);
    QVERIFY(!page.findChild<QLabel*>(QStringLiteral("messageLabel"))->isVisible());
}

void TestChartPlugin::cleanupTestCase()
{
    qunsetenv("PALIER_PLUGIN_DIR");
}

QTEST_MAIN(TestChartPlugin)
#include "tst_chartplugin.moc"
