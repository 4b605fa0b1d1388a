// SPDX-License-Identifier: GPL-3.0-or-later
#include "LetterheadDialog.h"
#include "db/Database.h"
#include "demo/DemoGenerator.h"
#include "letters/LetterData.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;

class TestLetterheadDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsAndSavesTheLetterhead();
    void refusesALetterWithoutSignatory();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestLetterheadDialog::initTestCase()
{
    Result<std::unique_ptr<Database>> db =
        Database::open(m_dir.filePath(QStringLiteral("demo.palier")), {.create = true});
    QVERIFY(db);
    m_db = std::move(db).value();
    QVERIFY(generateDemo(*m_db, {}));
}

void TestLetterheadDialog::showsAndSavesTheLetterhead()
{
    const Result<Letterhead> before = loadLetterhead(*m_db);
    QVERIFY(before);
    LetterheadDialog dialog(*m_db);
    auto* signatory = dialog.findChild<QLineEdit*>(QStringLiteral("signatoryLineEdit"));
    QVERIFY(signatory);
    QCOMPARE(signatory->text(), before->signatory);
    QCOMPARE(dialog.findChild<QPlainTextEdit*>(QStringLiteral("addressEdit"))->toPlainText(), before->address);
    if (const QString shots = qEnvironmentVariable("PALIER_SCREENSHOT_DIR"); !shots.isEmpty()) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(shots + QStringLiteral("/letterhead-dialog.png")));
    }

    signatory->setText(QStringLiteral("  Mme Alice Fictive  "));
    dialog.findChild<QCheckBox*>(QStringLiteral("notifyOnGenerationCheckBox"))->setChecked(false);
    dialog.findChild<QDateEdit*>(QStringLiteral("notificationDateEdit"))->setDate(QDate(2019, 9, 27));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const Result<Letterhead> after = loadLetterhead(*m_db);
    QVERIFY(after);
    QCOMPARE(after->signatory, QStringLiteral("Mme Alice Fictive"));
    QCOMPARE(after->notificationDate, QDate(2019, 9, 27));
    QCOMPARE(after->address, before->address);
    QCOMPARE(after->town, before->town);
}

void TestLetterheadDialog::refusesALetterWithoutSignatory()
{
    const Result<Letterhead> before = loadLetterhead(*m_db);
    LetterheadDialog dialog(*m_db);
    dialog.findChild<QLineEdit*>(QStringLiteral("signatoryLineEdit"))->setText(QStringLiteral("   "));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("messageLabel"))->text().isEmpty());
    QCOMPARE(loadLetterhead(*m_db)->signatory, before->signatory);
}

QTEST_MAIN(TestLetterheadDialog)
#include "tst_letterheaddialog.moc"
