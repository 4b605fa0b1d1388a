// SPDX-License-Identifier: GPL-3.0-or-later
// The connection dialog of a shared database: the libpq string it builds, what it remembers, and that the password
// is never written to a settings file (it goes to the system's keychain, or nowhere).
#include "ConnectionDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace Palier;

class TestConnectionDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void buildsTheConnectionString();
    void refusesMissingFields();
    void passwordNeverInSettings();

private:
    static void fill(ConnectionDialog& dialog, const QString& database);
};

void TestConnectionDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PalierTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_connectiondialog"));
    QSettings().clear();
}

void TestConnectionDialog::fill(ConnectionDialog& dialog, const QString& database)
{
    dialog.findChild<QLineEdit*>(QStringLiteral("hostLineEdit"))->setText(QStringLiteral("db.ars.example"));
    dialog.findChild<QSpinBox*>(QStringLiteral("portSpinBox"))->setValue(6543);
    dialog.findChild<QLineEdit*>(QStringLiteral("databaseLineEdit"))->setText(database);
    dialog.findChild<QLineEdit*>(QStringLiteral("userLineEdit"))->setText(QStringLiteral("referent"));
    dialog.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->setText(QStringLiteral("s3cret-pw"));
}

void TestConnectionDialog::buildsTheConnectionString()
{
    ConnectionDialog dialog;
    fill(dialog, QStringLiteral("campagne 93"));
    QCOMPARE(dialog.conninfo(),
             QStringLiteral("host=db.ars.example port=6543 dbname='campagne 93' user=referent sslmode=require"));
    auto* tls = dialog.findChild<QComboBox*>(QStringLiteral("tlsComboBox"));
    auto* ca = dialog.findChild<QLineEdit*>(QStringLiteral("caFileLineEdit"));
    QVERIFY(!ca->isEnabled());
    tls->setCurrentIndex(tls->findData(QStringLiteral("verify-full")));
    QVERIFY(ca->isEnabled());
    ca->setText(QStringLiteral("/etc/ars/ca.crt"));
    QCOMPARE(dialog.location(), QStringLiteral("pg:host=db.ars.example port=6543 dbname='campagne 93' user=referent "
                                               "sslmode=verify-full sslrootcert=/etc/ars/ca.crt"));
    QVERIFY(!dialog.conninfo().contains(QStringLiteral("s3cret")));
    QCOMPARE(dialog.password(), QStringLiteral("s3cret-pw"));
}

void TestConnectionDialog::refusesMissingFields()
{
    ConnectionDialog dialog;
    dialog.findChild<QLineEdit*>(QStringLiteral("hostLineEdit"))->clear();
    dialog.findChild<QLineEdit*>(QStringLiteral("databaseLineEdit"))->clear();
    dialog.findChild<QLineEdit*>(QStringLiteral("userLineEdit"))->clear();
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("messageLabel"));
    QVERIFY(!message->isHidden());
    QVERIFY(!message->text().isEmpty());
    // verify-full without a CA file that exists.
    fill(dialog, QStringLiteral("campagne"));
    auto* tls = dialog.findChild<QComboBox*>(QStringLiteral("tlsComboBox"));
    tls->setCurrentIndex(tls->findData(QStringLiteral("verify-full")));
    dialog.findChild<QLineEdit*>(QStringLiteral("caFileLineEdit"))->setText(QStringLiteral("/nowhere/ca.crt"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestConnectionDialog::passwordNeverInSettings()
{
    {
        ConnectionDialog dialog;
        fill(dialog, QStringLiteral("campagne"));
        dialog.findChild<QCheckBox*>(QStringLiteral("rememberCheckBox"))->setChecked(true);
        dialog.accept();
        if (dialog.result() != QDialog::Accepted) {
            // No keychain on this machine (headless CI): said inline, not remembered, accepted on the next try.
            QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("messageLabel"))->isHidden());
            QVERIFY(!dialog.findChild<QCheckBox*>(QStringLiteral("rememberCheckBox"))->isChecked());
            dialog.accept();
        }
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QSettings settings;
    settings.sync();
    QCOMPARE(settings.value(QStringLiteral("postgres/host")).toString(), QStringLiteral("db.ars.example"));
    QCOMPARE(settings.value(QStringLiteral("postgres/port")).toInt(), 6543);
    // The fields come back, the password is not in any file the application wrote.
    ConnectionDialog again;
    QCOMPARE(again.findChild<QLineEdit*>(QStringLiteral("databaseLineEdit"))->text(), QStringLiteral("campagne"));
    const QStringList roots{QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                            QFileInfo(settings.fileName()).absolutePath()};
    QVERIFY(QFile::exists(settings.fileName()));
    for (const QString& root : roots) {
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("s3cret-pw"), qPrintable(file.fileName()));
        }
    }
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
