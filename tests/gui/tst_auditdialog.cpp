// SPDX-License-Identifier: GPL-3.0-or-later
#include "../FileSizeLimit.h"
#include "AuditDialog.h"
#include "AuditLogModel.h"
#include "MessageBox.h"
#include "db/Database.h"
#include "demo/DemoGenerator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;

class TestAuditDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsEntriesAndAnIntactChain();
    void searchFiltersAndExportWritesWhatIsShown();
    void describesChanges();
    void exportOnAFullDiskKeepsTheOldFile();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestAuditDialog::initTestCase()
{
    Result<std::unique_ptr<Database>> db =
        Database::open(m_dir.filePath(QStringLiteral("demo.palier")), {.create = true});
    QVERIFY(db);
    m_db = std::move(db).value();
    QVERIFY(generateDemo(*m_db, {}));
    TransactionGuard transaction(*m_db);
    QVERIFY(m_db->exec(QStringLiteral("UPDATE candidature SET title = '=HYPERLINK(\"x\")' WHERE id = 1")));
    QVERIFY(transaction.commit());
}

void TestAuditDialog::showsEntriesAndAnIntactChain()
{
    AuditDialog dialog(*m_db);
    auto* view = dialog.findChild<QTableView*>(QStringLiteral("auditTableView"));
    QVERIFY(view);
    // For the user guide and for looking at it: PALIER_SCREENSHOT_DIR=/tmp/shots ctest -R tst_auditdialog
    if (const QString shots = qEnvironmentVariable("PALIER_SCREENSHOT_DIR"); !shots.isEmpty()) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(shots + QStringLiteral("/audit-dialog.png")));
    }
    QVERIFY(view->model()->rowCount() > 100);
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("chainLabel"))->text().contains(QStringLiteral("intact")));
    // Most recent first: the title changed above.
    QCOMPARE(view->model()->index(0, AuditLogModel::Action).data().toString(), QStringLiteral("Changed"));
    QVERIFY(view->model()->index(0, AuditLogModel::Change).data().toString().contains(QStringLiteral("HYPERLINK")));
}

void TestAuditDialog::searchFiltersAndExportWritesWhatIsShown()
{
    AuditDialog dialog(*m_db);
    auto* view = dialog.findChild<QTableView*>(QStringLiteral("auditTableView"));
    const int all = view->model()->rowCount();
    dialog.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"))->setText(QStringLiteral("HYPERLINK"));
    QCOMPARE(view->model()->rowCount(), 1);
    QVERIFY(all > 1);

    const QString path = m_dir.filePath(QStringLiteral("audit.csv"));
    QVERIFY(dialog.exportTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QVERIFY(lines.at(0).startsWith("\xEF\xBB\xBFWhen;Who;What"));
    QCOMPARE(lines.size(), 3); // header, one entry, the empty rest after the last CRLF
    // The formula the title holds is written as text, not as a formula.
    QVERIFY(!lines.at(1).contains(";=HYPERLINK"));
    QVERIFY(!lines.at(1).contains(";\"=HYPERLINK"));
}

void TestAuditDialog::describesChanges()
{
    AuditEntry update;
    update.action = QStringLiteral("update");
    update.before = QStringLiteral(R"({"state":"recu","title":"A"})");
    update.after = QStringLiteral(R"({"state":"recevable","title":"A"})");
    QCOMPARE(AuditLogModel::describeChange(update), QStringLiteral("state: recu → recevable"));
    AuditEntry insert;
    insert.action = QStringLiteral("insert");
    insert.after = QStringLiteral(R"({"name":"Urgent"})");
    QCOMPARE(AuditLogModel::describeChange(insert), QStringLiteral("name: Urgent"));
}

// The disk fills up while the audit trail is written: the message says so, the file exported before is left as
// it was, and no temporary file stays behind.
void TestAuditDialog::exportOnAFullDiskKeepsTheOldFile()
{
    AuditDialog dialog(*m_db);
    const QString folder = m_dir.filePath(QStringLiteral("full"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/audit.csv");
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the export of yesterday\n");
    old.close();
    {
        const Palier::Test::FileSizeLimit limit(4096); // the demo's whole trail is far larger
        QVERIFY(limit.isSet());
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!dialog.exportTo(path));
    }
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("The disk is full")), qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("audit.csv")));
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("the export of yesterday\n"));
    old.close();
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("audit.csv")});

    // With room, the same export replaces it.
    QVERIFY(dialog.exportTo(path));
    QVERIFY(QFileInfo(path).size() > 4096);
}

QTEST_MAIN(TestAuditDialog)
#include "tst_auditdialog.moc"
