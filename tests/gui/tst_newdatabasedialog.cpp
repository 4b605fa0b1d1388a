// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewDatabaseDialog.h"

#include "programme/ProgrammeDefinition.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;

class TestNewDatabaseDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void offersEveryRegionAndProgramme();
    void needsAFileName();
    void suggestsAFileUntilOneIsTyped();
    void addsTheExtension();
    void refusesAnExistingFile();

private:
    template <typename T>
    static T* child(const QWidget& dialog, const char* name)
    {
        return dialog.findChild<T*>(QLatin1String(name));
    }

    QTemporaryDir m_dir;
};

void TestNewDatabaseDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestNewDatabaseDialog::offersEveryRegionAndProgramme()
{
    NewDatabaseDialog dialog;
    auto* regions = child<QComboBox>(dialog, "regionComboBox");
    auto* programmes = child<QComboBox>(dialog, "programmeComboBox");
    QVERIFY(regions && programmes);
    QCOMPARE(regions->count(), 18);
    QVERIFY(regions->findData(QStringLiteral("93")) >= 0);
    QCOMPARE(programmes->count(), availableProgrammes().size());
    QVERIFY(programmes->findData(QStringLiteral("hopen-2019")) >= 0);

    regions->setCurrentIndex(regions->findData(QStringLiteral("53")));
    QCOMPARE(dialog.regionCode(), QStringLiteral("53"));
    QCOMPARE(regions->currentText(), QStringLiteral("Bretagne"));
}

void TestNewDatabaseDialog::needsAFileName()
{
    NewDatabaseDialog dialog;
    QPushButton* ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    auto* file = child<QLineEdit>(dialog, "fileLineEdit");
    QVERIFY(ok->isEnabled()); // a name is suggested
    file->clear();
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(file, QStringLiteral("bretagne"));
    QVERIFY(ok->isEnabled());
}

void TestNewDatabaseDialog::suggestsAFileUntilOneIsTyped()
{
    NewDatabaseDialog dialog;
    auto* regions = child<QComboBox>(dialog, "regionComboBox");
    auto* file = child<QLineEdit>(dialog, "fileLineEdit");
    regions->setCurrentIndex(regions->findData(QStringLiteral("93")));
    QVERIFY2(file->text().endsWith(QStringLiteral("hopen-2019-provence-alpes-cote-d-azur.palier")),
             qPrintable(file->text()));
    regions->setCurrentIndex(regions->findData(QStringLiteral("11")));
    QVERIFY2(file->text().endsWith(QStringLiteral("hopen-2019-ile-de-france.palier")), qPrintable(file->text()));

    file->setText(m_dir.filePath(QStringLiteral("mine.palier")));
    regions->setCurrentIndex(regions->findData(QStringLiteral("53")));
    QCOMPARE(file->text(), m_dir.filePath(QStringLiteral("mine.palier")));
}

void TestNewDatabaseDialog::addsTheExtension()
{
    NewDatabaseDialog dialog;
    child<QLineEdit>(dialog, "fileLineEdit")->setText(m_dir.filePath(QStringLiteral("bretagne")));
    QCOMPARE(dialog.filePath(), m_dir.filePath(QStringLiteral("bretagne.palier")));
    child<QLineEdit>(dialog, "fileLineEdit")->setText(m_dir.filePath(QStringLiteral("b.PALIER")));
    QCOMPARE(dialog.filePath(), m_dir.filePath(QStringLiteral("b.PALIER")));
}

void TestNewDatabaseDialog::refusesAnExistingFile()
{
    const QString taken = m_dir.filePath(QStringLiteral("taken.palier"));
    QFile file(taken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();

    NewDatabaseDialog dialog;
    dialog.show();
    child<QLineEdit>(dialog, "fileLineEdit")->setText(taken);
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    auto* error = child<QLabel>(dialog, "errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("taken.palier")));

    child<QLineEdit>(dialog, "fileLineEdit")->setText(m_dir.filePath(QStringLiteral("free.palier")));
    QVERIFY(!error->isVisible());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

QTEST_MAIN(TestNewDatabaseDialog)
#include "tst_newdatabasedialog.moc"
