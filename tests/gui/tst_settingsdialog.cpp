// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignFiles.h"
#include "SettingsDialog.h"

#include <QComboBox>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

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
};

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PalierTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settingsdialog"));
}

void TestSettingsDialog::init()
{
    QSettings().clear();
}

void TestSettingsDialog::savesLanguageAndBackups()
{
    QCOMPARE(CampaignFiles::backupsToKeep(), 10);
    SettingsDialog dialog;
    auto* language = dialog.findChild<QComboBox*>(QStringLiteral("languageComboBox"));
    auto* backups = dialog.findChild<QSpinBox*>(QStringLiteral("backupsSpinBox"));
    QVERIFY(language && backups);
    QCOMPARE(backups->value(), 10);
    if (const QString shots = qEnvironmentVariable("PALIER_SCREENSHOT_DIR"); !shots.isEmpty()) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(shots + QStringLiteral("/settings-dialog.png")));
    }
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

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
