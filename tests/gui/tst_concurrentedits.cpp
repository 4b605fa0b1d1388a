// SPDX-License-Identifier: GPL-3.0-or-later
// Two referents on the same database: the window of one, and a second connection standing for the colleague (another
// Palier, palier-cli, or a session on the same PostgreSQL server). A save based on a version the colleague has since
// changed is refused and the conflict dialog shows both values; the choices made there are what ends in the
// database, nothing of the colleague's is lost. The colleague's changes appear without restarting. Runs on SQLite,
// and on the PostgreSQL test cluster through scripts/pg-run-test.sh (tst_concurrentedits_pg).
#include "ConflictDialog.h"
#include "DatabaseTableModel.h"
#include "DatabaseWatcher.h"
#include "DetailForm.h"
#include "Formats.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "RecentFiles.h"
#include "SharedDemo.h"
#include "db/Database.h"
#include "db/RowVersion.h"

#include <QAction>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;

class TestConcurrentEdits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void staleSaveShowsBothValuesAndKeepsTheChoices();
    void cancelledConflictSavesNothing();
    void applicationConflictNamesTheColleague();
    void changesElsewhereAppearKeepingSelectionAndScroll();
    void unsavedFormIsNotReloaded();
    void undoAfterAColleaguesChangeIsRefused();
    void reopensAServerDatabaseFromTheRecentList();

private:
    QWidget* page(const QString& name) const { return m_window->findChild<QWidget*>(name); }
    QTableView* view(const QString& pageName) const;
    DatabaseTableModel* model(const QString& pageName) const;
    qint64 currentId(const QString& pageName) const;
    void selectRow(const QString& pageName, int row);
    QVariant stored(const QString& sql, qint64 id) const;
    void colleagueWrites(const QString& sql, const QVariantList& values);
    /// What a referent coming back to the window does: another window, then this one, active.
    void comeBackToTheWindow();
    static int fieldShowing(const ConflictDialog& dialog, const QString& text);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Database> m_colleague;
};

void TestConcurrentEdits::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.palier"));
    const QString failed = TestSupport::prepareSharedDemo(m_path, QStringLiteral("tst_concurrentedits"));
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestConcurrentEdits::init()
{
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openDatabase(m_path));
    m_window->showPage(Page::Establishments);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    Result<std::unique_ptr<Database>> colleague = Database::open(m_path, {});
    QVERIFY2(colleague, qPrintable(colleague.error().message + u' ' + colleague.error().detail));
    m_colleague = std::move(colleague).value();
    // The look the window takes as it becomes active (queued) is done before the colleague writes anything.
    QTest::qWait(50);
    auto* watcher = m_window->findChild<DatabaseWatcher*>();
    QVERIFY(watcher);
    QVERIFY(!watcher->checkForChanges());
    // Here SQLite reads a colleague's change when the window comes back; its periodic look while the window stays
    // active is tested in tst_concurrentfollowup, and would make "not before coming back" below a matter of timing.
    watcher->setPollInterval(24 * 3600 * 1000);
}

void TestConcurrentEdits::cleanup()
{
    ConflictDialog::setNextHandler({});
    m_window.reset();
    m_colleague.reset();
}

QTableView* TestConcurrentEdits::view(const QString& pageName) const
{
    return page(pageName)->findChild<QTableView*>(QStringLiteral("tableView"));
}

DatabaseTableModel* TestConcurrentEdits::model(const QString& pageName) const
{
    return qobject_cast<DatabaseTableModel*>(
        qobject_cast<QSortFilterProxyModel*>(view(pageName)->model())->sourceModel());
}

qint64 TestConcurrentEdits::currentId(const QString& pageName) const
{
    auto* proxy = qobject_cast<QSortFilterProxyModel*>(view(pageName)->model());
    return model(pageName)->recordId(proxy->mapToSource(view(pageName)->currentIndex()).row());
}

void TestConcurrentEdits::selectRow(const QString& pageName, int row)
{
    QTableView* table = view(pageName);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, 0));
}

QVariant TestConcurrentEdits::stored(const QString& sql, qint64 id) const
{
    // Read by the colleague's connection: what is really in the database.
    QSqlQuery query(m_colleague->connection());
    query.prepare(sql);
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        qFatal("query failed: %s", qPrintable(sql));
    }
    return query.value(0);
}

void TestConcurrentEdits::colleagueWrites(const QString& sql, const QVariantList& values)
{
    TransactionGuard transaction(*m_colleague);
    QVERIFY(transaction.started());
    QSqlQuery query(m_colleague->connection());
    query.prepare(sql);
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    QVERIFY(query.exec());
    QCOMPARE(query.numRowsAffected(), 1);
    QVERIFY(transaction.commit());
}

void TestConcurrentEdits::comeBackToTheWindow()
{
    QWidget other;
    other.show();
    other.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&other));
    other.close();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

int TestConcurrentEdits::fieldShowing(const ConflictDialog& dialog, const QString& text)
{
    for (int i = 0; i < dialog.fieldCount(); ++i) {
        if (dialog.field(i).theirsText == text || dialog.field(i).yoursText == text) {
            return i;
        }
    }
    return -1;
}

void TestConcurrentEdits::staleSaveShowsBothValuesAndKeepsTheChoices()
{
    const QString pageName = QStringLiteral("establishmentsTablePage");
    selectRow(pageName, 0);
    const qint64 id = currentId(pageName);
    QVERIFY(id > 0);
    const qint64 version = rowVersion(*m_colleague, QStringLiteral("establishment"), id).value();
    const QString originalName = stored(QStringLiteral("SELECT name FROM establishment WHERE id = ?"), id).toString();
    const QString originalPostalCode =
        stored(QStringLiteral("SELECT postal_code FROM establishment WHERE id = ?"), id).toString();

    // The user types a name and a postal code on the values read...
    auto* nameEdit = page(pageName)->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
    auto* postalCode = page(pageName)->findChild<QLineEdit*>(QStringLiteral("postalCodeLineEdit"));
    auto* save = page(pageName)->findChild<QPushButton*>(QStringLiteral("savePushButton"));
    QCOMPARE(nameEdit->text(), originalName);
    nameEdit->setText(QStringLiteral("CH fictif renommé par moi"));
    postalCode->setText(QStringLiteral("04999"));
    // ... while the colleague saves a name and a town.
    colleagueWrites(QStringLiteral("UPDATE establishment SET name = ?, town = ? WHERE id = ?"),
                    {QStringLiteral("CH fictif renommé par un collègue"), QStringLiteral("Villefictive"), id});
    QTest::qWait(m_window->database()->isPostgres() ? 200 : 0); // its notification does not reload the form

    bool shown = false;
    ConflictDialog::setNextHandler([&](ConflictDialog& dialog) {
        shown = true;
        if (const QString picture = qEnvironmentVariable("PALIER_CONFLICT_SCREENSHOT"); !picture.isEmpty()) {
            dialog.adjustSize();
            dialog.grab().save(picture);
        }
        // Three values: the name changed by both, the town by the colleague, the postal code by the user.
        [&] {
            QCOMPARE(dialog.fieldCount(), 3);
            const int name = fieldShowing(dialog, QStringLiteral("CH fictif renommé par un collègue"));
            QVERIFY(name >= 0);
            QCOMPARE(dialog.field(name).yoursText, QStringLiteral("CH fictif renommé par moi"));
            QVERIFY(dialog.field(name).changedByThem && dialog.field(name).changedByYou);
            QVERIFY(dialog.keepsYours(name));
            const int town = fieldShowing(dialog, QStringLiteral("Villefictive"));
            QVERIFY(town >= 0);
            QVERIFY(dialog.field(town).changedByThem && !dialog.field(town).changedByYou);
            QVERIFY2(!dialog.keepsYours(town), "what only the colleague changed is kept by default");
            const int code = fieldShowing(dialog, QStringLiteral("04999"));
            QVERIFY(code >= 0);
            QVERIFY(!dialog.field(code).changedByThem && dialog.field(code).changedByYou);
            QVERIFY(dialog.keepsYours(code));
            // The record as it is named now; no audit trail for establishments: "someone else".
            QVERIFY2(dialog.summary().contains(QStringLiteral("CH fictif renommé par un collègue")),
                     qPrintable(dialog.summary()));
            dialog.setKeepsYours(name, false); // the colleague's name is the right one
        }();
        return int(QDialog::Accepted);
    });
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(shown);

    // Their name and town, the user's postal code: every accepted change is there, none lost.
    QCOMPARE(stored(QStringLiteral("SELECT name FROM establishment WHERE id = ?"), id).toString(),
             QStringLiteral("CH fictif renommé par un collègue"));
    QCOMPARE(stored(QStringLiteral("SELECT town FROM establishment WHERE id = ?"), id).toString(),
             QStringLiteral("Villefictive"));
    QCOMPARE(stored(QStringLiteral("SELECT postal_code FROM establishment WHERE id = ?"), id).toString(),
             QStringLiteral("04999"));
    QVERIFY(originalPostalCode != QLatin1String("04999"));
    QCOMPARE(rowVersion(*m_colleague, QStringLiteral("establishment"), id).value(), version + 2);
    // The form and the table show the saved record, nothing left to save.
    QCOMPARE(nameEdit->text(), QStringLiteral("CH fictif renommé par un collègue"));
    QCOMPARE(page(pageName)->findChild<QLineEdit*>(QStringLiteral("townLineEdit"))->text(),
             QStringLiteral("Villefictive"));
    QVERIFY(!save->isEnabled());
    QCOMPARE(model(pageName)->recordVersion(model(pageName)->rowOfRecord(id)), version + 2);
    // Saved: no error left above the table.
    QLabel* message = page(pageName)->findChild<QLabel*>(QStringLiteral("messageLabel"));
    QVERIFY2(!message->isVisible(), qPrintable(message->text()));
}

void TestConcurrentEdits::cancelledConflictSavesNothing()
{
    const QString pageName = QStringLiteral("establishmentsTablePage");
    selectRow(pageName, 1);
    const qint64 id = currentId(pageName);
    auto* nameEdit = page(pageName)->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
    auto* save = page(pageName)->findChild<QPushButton*>(QStringLiteral("savePushButton"));
    nameEdit->setText(QStringLiteral("CH fictif à moi"));
    colleagueWrites(QStringLiteral("UPDATE establishment SET name = ? WHERE id = ?"),
                    {QStringLiteral("CH fictif du collègue"), id});

    int shown = 0;
    ConflictDialog::setNextHandler([&](ConflictDialog& dialog) {
        ++shown;
        return dialog.fieldCount() == 1 ? int(QDialog::Rejected) : -1;
    });
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(shown, 1);
    QCOMPARE(stored(QStringLiteral("SELECT name FROM establishment WHERE id = ?"), id).toString(),
             QStringLiteral("CH fictif du collègue"));
    // The form keeps what the user typed, unsaved, now compared with the colleague's value.
    QCOMPARE(nameEdit->text(), QStringLiteral("CH fictif à moi"));
    QVERIFY(save->isEnabled());

    // Saved again, knowingly: on the version now read, no conflict any more.
    ConflictDialog::setNextHandler([&](ConflictDialog&) {
        ++shown;
        return int(QDialog::Rejected);
    });
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(shown, 1);
    QCOMPARE(stored(QStringLiteral("SELECT name FROM establishment WHERE id = ?"), id).toString(),
             QStringLiteral("CH fictif à moi"));
}

void TestConcurrentEdits::applicationConflictNamesTheColleague()
{
    m_window->showPage(Page::Candidatures);
    const QString pageName = QStringLiteral("candidaturesTablePage");
    QTRY_VERIFY(view(pageName)->model()->rowCount() > 0);
    selectRow(pageName, 0);
    const qint64 id = currentId(pageName);
    QVERIFY(id > 0);
    const qint64 requested =
        stored(QStringLiteral("SELECT requested_cents FROM candidature WHERE id = ?"), id).toLongLong();
    page(pageName)->findChild<QLineEdit*>(QStringLiteral("titleLineEdit"))->setText(QStringLiteral("Mon titre"));
    page(pageName)
        ->findChild<QLineEdit*>(QStringLiteral("vendorLineEdit"))
        ->setText(QStringLiteral("Mon éditeur fictif"));
    colleagueWrites(QStringLiteral("UPDATE candidature SET requested_cents = ?, vendor = ? WHERE id = ?"),
                    {requested + 123400, QStringLiteral("Éditeur fictif du collègue"), id});
    const LastChange last = lastChange(*m_colleague, QStringLiteral("candidature"), id);
    QVERIFY(!last.user.isEmpty());

    bool shown = false;
    ConflictDialog::setNextHandler([&](ConflictDialog& dialog) {
        shown = true;
        [&] {
            QVERIFY2(dialog.summary().contains(last.user.toHtmlEscaped()), qPrintable(dialog.summary()));
            QCOMPARE(dialog.fieldCount(), 3);
            const int amount = fieldShowing(dialog, Formats::amount(requested + 123400));
            QVERIFY(amount >= 0);
            QCOMPARE(dialog.field(amount).yoursText, Formats::amount(requested));
            QVERIFY(!dialog.keepsYours(amount));
            const int vendor = fieldShowing(dialog, QStringLiteral("Mon éditeur fictif"));
            QVERIFY(vendor >= 0);
            QCOMPARE(dialog.field(vendor).theirsText, QStringLiteral("Éditeur fictif du collègue"));
            QVERIFY(dialog.keepsYours(vendor));
            QVERIFY(fieldShowing(dialog, QStringLiteral("Mon titre")) >= 0);
        }();
        return int(QDialog::Accepted); // the defaults: their amount, my title and vendor
    });
    QTest::mouseClick(page(pageName)->findChild<QPushButton*>(QStringLiteral("savePushButton")), Qt::LeftButton);
    QVERIFY(shown);
    QCOMPARE(stored(QStringLiteral("SELECT title FROM candidature WHERE id = ?"), id).toString(),
             QStringLiteral("Mon titre"));
    QCOMPARE(stored(QStringLiteral("SELECT vendor FROM candidature WHERE id = ?"), id).toString(),
             QStringLiteral("Mon éditeur fictif"));
    QCOMPARE(stored(QStringLiteral("SELECT requested_cents FROM candidature WHERE id = ?"), id).toLongLong(),
             requested + 123400);
}

void TestConcurrentEdits::changesElsewhereAppearKeepingSelectionAndScroll()
{
    const QString pageName = QStringLiteral("establishmentsTablePage");
    QTableView* table = view(pageName);
    const int rows = table->model()->rowCount();
    QVERIFY(rows > 20);
    table->scrollToBottom();
    selectRow(pageName, rows - 3);
    table->scrollToBottom();
    const qint64 id = currentId(pageName);
    const int scroll = table->verticalScrollBar()->value();
    QVERIFY(scroll > 0);
    auto* town = page(pageName)->findChild<QLineEdit*>(QStringLiteral("townLineEdit"));
    QVERIFY(town->text() != QLatin1String("Bourg-Fictif-sur-Mer"));

    colleagueWrites(QStringLiteral("UPDATE establishment SET town = ? WHERE id = ?"),
                    {QStringLiteral("Bourg-Fictif-sur-Mer"), id});
    if (!m_window->database()->isPostgres()) {
        QTest::qWait(50);
        QVERIFY2(town->text() != QLatin1String("Bourg-Fictif-sur-Mer"), "SQLite: read again on coming back");
        comeBackToTheWindow();
    } // PostgreSQL: the notification comes by itself
    QTRY_COMPARE(town->text(), QStringLiteral("Bourg-Fictif-sur-Mer"));
    QCOMPARE(currentId(pageName), id);
    QCOMPARE(table->verticalScrollBar()->value(), scroll);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);

    // Nothing changed since: coming back reads nothing again.
    auto* watcher = m_window->findChild<DatabaseWatcher*>();
    QVERIFY(watcher);
    QVERIFY(!watcher->checkForChanges());
}

void TestConcurrentEdits::unsavedFormIsNotReloaded()
{
    const QString pageName = QStringLiteral("establishmentsTablePage");
    selectRow(pageName, 2);
    const qint64 id = currentId(pageName);
    auto* nameEdit = page(pageName)->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
    auto* town = page(pageName)->findChild<QLineEdit*>(QStringLiteral("townLineEdit"));
    const QString townBefore = town->text();
    nameEdit->setText(QStringLiteral("CH fictif en cours de saisie"));

    colleagueWrites(QStringLiteral("UPDATE establishment SET town = ? WHERE id = ?"),
                    {QStringLiteral("Autre-Ville-Fictive"), id});
    if (!m_window->database()->isPostgres()) {
        comeBackToTheWindow();
    }
    QTest::qWait(300);
    QCOMPARE(nameEdit->text(), QStringLiteral("CH fictif en cours de saisie")); // what is typed stays
    QCOMPARE(town->text(), townBefore);

    // Its save is checked: the colleague's town is offered, kept by default, with the user's name.
    bool shown = false;
    ConflictDialog::setNextHandler([&](ConflictDialog& dialog) {
        shown = true;
        return dialog.fieldCount() == 2 ? int(QDialog::Accepted) : int(QDialog::Rejected);
    });
    QTest::mouseClick(page(pageName)->findChild<QPushButton*>(QStringLiteral("savePushButton")), Qt::LeftButton);
    QVERIFY(shown);
    QCOMPARE(stored(QStringLiteral("SELECT name FROM establishment WHERE id = ?"), id).toString(),
             QStringLiteral("CH fictif en cours de saisie"));
    QCOMPARE(stored(QStringLiteral("SELECT town FROM establishment WHERE id = ?"), id).toString(),
             QStringLiteral("Autre-Ville-Fictive"));
    QCOMPARE(town->text(), QStringLiteral("Autre-Ville-Fictive"));
}

void TestConcurrentEdits::undoAfterAColleaguesChangeIsRefused()
{
    const QString pageName = QStringLiteral("establishmentsTablePage");
    selectRow(pageName, 3);
    const qint64 id = currentId(pageName);
    auto* town = page(pageName)->findChild<QLineEdit*>(QStringLiteral("townLineEdit"));
    const QString original = town->text();
    town->setText(QStringLiteral("Ma-Ville-Fictive"));
    QTest::mouseClick(page(pageName)->findChild<QPushButton*>(QStringLiteral("savePushButton")), Qt::LeftButton);
    QCOMPARE(stored(QStringLiteral("SELECT town FROM establishment WHERE id = ?"), id).toString(),
             QStringLiteral("Ma-Ville-Fictive"));

    // The colleague changes the town again; undoing the user's edit would silently drop theirs: refused, and said.
    colleagueWrites(QStringLiteral("UPDATE establishment SET town = ? WHERE id = ?"),
                    {QStringLiteral("Sa-Ville-Fictive"), id});
    auto* undo = m_window->findChild<QAction*>(QStringLiteral("undoAction"));
    QVERIFY(undo && undo->isEnabled());
    undo->trigger();
    QCOMPARE(stored(QStringLiteral("SELECT town FROM establishment WHERE id = ?"), id).toString(),
             QStringLiteral("Sa-Ville-Fictive"));
    QVERIFY(original != QLatin1String("Sa-Ville-Fictive"));
    auto* message = page(pageName)->findChild<QLabel*>(QStringLiteral("messageLabel"));
    QVERIFY(message->isVisible());
    QVERIFY(!message->text().isEmpty());
    QTRY_COMPARE(town->text(), QStringLiteral("Sa-Ville-Fictive")); // the row shows the record as it is now
}

void TestConcurrentEdits::reopensAServerDatabaseFromTheRecentList()
{
    if (!m_window->database()->isPostgres()) {
        QSKIP("needs a PostgreSQL server (tst_concurrentedits_pg)");
    }
    // The location as the window keeps it, with the password given by PGPASSWORD rather than a password file.
    QString location = m_window->database()->path();
    QVERIFY(Database::isPostgresLocation(location));
    const QRegularExpression passfile(QStringLiteral(R"(\s*\bpassfile=(\S+))"));
    const QRegularExpressionMatch match = passfile.match(location);
    QVERIFY2(match.hasMatch(), qPrintable(location));
    QFile file(match.captured(1));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString password = QString::fromUtf8(file.readAll()).trimmed().section(u':', 4);
    location.remove(passfile);
    m_colleague.reset();
    m_window->closeDatabase();
    QVERIFY(!m_window->database());

    auto* recent = m_window->findChild<QListWidget*>(QStringLiteral("recentFilesListWidget"));
    auto* open = m_window->findChild<QPushButton*>(QStringLiteral("openRecentButton"));
    QVERIFY(recent && open);
    QSettings().remove(QStringLiteral("recentFiles")); // the list holds this location only
    m_window->findChild<RecentFiles*>()->add(location);
    QCOMPARE(recent->currentItem()->data(Qt::UserRole).toString(), location);

    // A wrong password: said, nothing opened.
    qputenv("PGPASSWORD", "not-the-password");
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(open, Qt::LeftButton);
    QVERIFY(!m_window->database());
    QVERIFY(!MessageBox::lastText().isEmpty());

    qputenv("PGPASSWORD", password.toUtf8());
    QTest::mouseClick(open, Qt::LeftButton);
    qunsetenv("PGPASSWORD");
    QVERIFY(m_window->database());
    QVERIFY(m_window->database()->isPostgres());
    QCOMPARE(m_window->database()->path(), location);
    QTRY_VERIFY(view(QStringLiteral("establishmentsTablePage"))->model()->rowCount() > 0);
}

QTEST_MAIN(TestConcurrentEdits)
#include "tst_concurrentedits.moc"
