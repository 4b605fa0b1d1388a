// SPDX-License-Identifier: GPL-3.0-or-later
// A full disk and a folder one may not write in, met by the real palier-cli: a clear message, exit 2, the
// database intact (integrity_check ok, its content unchanged), no half-written file left. The full disk is the
// file size limit of the child process (RLIMIT_FSIZE, SIGXFSZ ignored): its writes past the limit fail with EFBIG
// as they would with ENOSPC on a full disk.
#include "CliTestSupport.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace Palier::CliTest;

namespace {

const QString Real = QStringLiteral(PALIER_REAL_DATA_DIR "/");

/// Runs palier-cli with every file it writes limited to `limitBytes` (0: no limit).
Run palierCliLimited(const QStringList& arguments, qint64 limitBytes, const QString& dataHome)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PALIER_LANG"), QStringLiteral("en"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    process.setProcessEnvironment(env);
    if (limitBytes > 0) {
        process.setChildProcessModifier([limitBytes] {
            ::signal(SIGXFSZ, SIG_IGN); // kept across exec: a write past the limit fails with EFBIG
            const rlimit limit{rlim_t(limitBytes), rlim_t(limitBytes)};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
    }
    process.start(QStringLiteral(PALIER_CLI_PATH), arguments);
    if (!process.waitForFinished(120000)) {
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

/// integrity_check, and the number of rows of every table: what the file holds, whatever its bytes.
struct Content
{
    QString integrity;
    QStringList counts;
};

Content contentOf(const QString& path)
{
    Content content;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst_clidiskfull"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next()) {
                content.integrity = query.value(0).toString();
            }
            QStringList tables;
            query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
            while (query.next()) {
                tables.append(query.value(0).toString());
            }
            for (const QString& table : tables) {
                QSqlQuery count(db);
                count.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table));
                content.counts.append(table + u'=' + (count.next() ? count.value(0).toString() : QStringLiteral("?")));
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tst_clidiskfull"));
    return content;
}

/// The files of `dir` whose name starts with `prefix`.
QStringList filesStartingWith(const QString& dir, const QString& prefix)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (QFileInfo(path).fileName().startsWith(prefix)) {
            found.append(path);
        }
    }
    return found;
}

} // namespace

class TestCliDiskFull : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importOnAFullDisk();
    void sealOnAFullDisk();
    void openingOnAFullDiskIsNotDamage();
    void backupOnAFullDisk();
    void backupIntoAFileUsedAsAFolder();
    void backupIntoAReadOnlyFolder();
    void sealIntoAReadOnlyFolder();
    void dgosCsvBehindAFolderOfItsName();
    void exportOnAFullDisk();
    void restoreOnAFullDisk();
    void restoreIntoAFileUsedAsAFolder();
    void withRoomEverythingWorks();

private:
    /// A fresh copy of the demo database.
    QString copyOfDemo(const QString& name);
    /// The version number of a new unsealed preselection saved in `db`.
    qint64 savedRun(const QString& db);
    static void checkDiskFullMessage(const Run& run);

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_data;
};

void TestCliDiskFull::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_data = m_dir.filePath(QStringLiteral("data"));
    m_demo = m_dir.filePath(QStringLiteral("demo.palier"));
    const Run run = palierCliLimited({"demo", "--db", m_demo}, 0, m_data);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(contentOf(m_demo).integrity, QStringLiteral("ok"));
}

QString TestCliDiskFull::copyOfDemo(const QString& name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    return QFile::copy(m_demo, path) ? path : QString();
}

qint64 TestCliDiskFull::savedRun(const QString& db)
{
    const Run saved = palierCliLimited({"preselect", "--method", "rank", "--save", "--json", "--db", db}, 0, m_data);
    return saved.exitCode == 0 ? saved.json().value(QStringLiteral("run")).toInteger() : -1;
}

void TestCliDiskFull::checkDiskFullMessage(const Run& run)
{
    QVERIFY2(run.exitCode == 2, run.out + run.err);
    QVERIFY2(run.err.contains("The disk is full"), run.err.constData());
    QVERIFY2(run.err.contains("Free some space"), run.err.constData());
}

void TestCliDiskFull::importOnAFullDisk()
{
    const QString db = copyOfDemo(QStringLiteral("import.palier"));
    QVERIFY(!db.isEmpty());
    const Content before = contentOf(db);
    // 3 995 establishments: far more than the 64 KiB the write-ahead log may grow to.
    const Run run =
        palierCliLimited({"import", "establishments", Real + "sae-2022-id.csv", "--db", db}, 64 * 1024, m_data);
    checkDiskFullMessage(run);
    const Content after = contentOf(db);
    QCOMPARE(after.integrity, QStringLiteral("ok"));
    QCOMPARE(after.counts, before.counts);
    QVERIFY(!before.counts.isEmpty());
}

void TestCliDiskFull::sealOnAFullDisk()
{
    const QString db = copyOfDemo(QStringLiteral("seal.palier"));
    const qint64 run = savedRun(db);
    QVERIFY(run > 0);
    const Content before = contentOf(db);
    const QString out = m_dir.filePath(QStringLiteral("sealed/dgos.xlsx"));
    QVERIFY(QDir().mkpath(QFileInfo(out).absolutePath()));
    // Another reader holds the database open, as the window does: SQLite's shared-memory file (32 KiB) exists
    // already, so that palier-cli can open the database under a limit smaller than the demo's DGOS workbook (7 KiB).
    QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
    holder.setDatabaseName(db);
    QVERIFY(holder.open());
    QSqlQuery read(holder);
    QVERIFY(read.exec(QStringLiteral("SELECT count(*) FROM preselection_run")) && read.next());
    const Run sealed =
        palierCliLimited({"seal", "--run", QString::number(run), "--out", out, "--db", db}, 4 * 1024, m_data);
    read.finish();
    holder.close();
    holder = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    checkDiskFullMessage(sealed);
    QVERIFY2(sealed.err.contains("dgos.xlsx"), sealed.err.constData());
    QCOMPARE(filesStartingWith(QFileInfo(out).absolutePath(), QStringLiteral("dgos")), QStringList());
    const Content after = contentOf(db);
    QCOMPARE(after.integrity, QStringLiteral("ok"));
    QCOMPARE(after.counts, before.counts); // not sealed: no seal recorded, no audit entry
}

void TestCliDiskFull::openingOnAFullDiskIsNotDamage()
{
    // No room even for SQLite's shared-memory file: the database cannot be opened, and that is no damage.
    const QString db = copyOfDemo(QStringLiteral("open.palier"));
    const Content before = contentOf(db);
    const Run run = palierCliLimited({"info", "--db", db}, 4 * 1024, m_data);
    checkDiskFullMessage(run);
    QVERIFY2(!run.err.contains("damaged"), run.err.constData());
    const Content after = contentOf(db);
    QCOMPARE(after.integrity, QStringLiteral("ok"));
    QCOMPARE(after.counts, before.counts);
}

void TestCliDiskFull::backupOnAFullDisk()
{
    const QString db = copyOfDemo(QStringLiteral("backup.palier"));
    const Content before = contentOf(db);
    const QString out = m_dir.filePath(QStringLiteral("copies/backup-copy.palier"));
    QVERIFY(QDir().mkpath(QFileInfo(out).absolutePath()));
    QVERIFY(QFileInfo(db).size() > 256 * 1024);
    const Run run = palierCliLimited({"backup", "--db", db, "--out", out}, 256 * 1024, m_data);
    checkDiskFullMessage(run);
    QVERIFY2(run.err.contains("backup-copy.palier”"), run.err.constData()); // the name asked for, not .partial
    QCOMPARE(filesStartingWith(QFileInfo(out).absolutePath(), QStringLiteral("backup-copy")), QStringList());
    const Content after = contentOf(db);
    QCOMPARE(after.integrity, QStringLiteral("ok"));
    QCOMPARE(after.counts, before.counts);

    // The automatic backup folder, the same.
    const QString data = m_dir.filePath(QStringLiteral("data-full"));
    const Run automatic = palierCliLimited({"backup", "--db", db}, 256 * 1024, data);
    checkDiskFullMessage(automatic);
    QCOMPARE(filesStartingWith(data, QStringLiteral("backup-")), QStringList());
}

void TestCliDiskFull::backupIntoAFileUsedAsAFolder()
{
    // A path under a regular file cannot be written by anyone, root included.
    const QString db = copyOfDemo(QStringLiteral("notdir.palier"));
    const QString file = m_dir.filePath(QStringLiteral("plain-file"));
    QFile plain(file);
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.write("x");
    plain.close();
    const Run run = palierCliLimited({"backup", "--db", db, "--out", file + QStringLiteral("/copy.palier")}, 0, m_data);
    QVERIFY2(run.exitCode == 2, run.out + run.err);
    QVERIFY2(run.err.contains("Choose another folder"), run.err.constData());
    QCOMPARE(QFileInfo(file).size(), 1);
    QCOMPARE(contentOf(db).integrity, QStringLiteral("ok"));
}

void TestCliDiskFull::backupIntoAReadOnlyFolder()
{
    if (::geteuid() == 0) {
        QSKIP("running as root, for whom a read-only folder is writable: backupIntoAFileUsedAsAFolder covers the "
              "message");
    }
    const QString db = copyOfDemo(QStringLiteral("readonly.palier"));
    const QString folder = m_dir.filePath(QStringLiteral("read-only"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    const Run run =
        palierCliLimited({"backup", "--db", db, "--out", folder + QStringLiteral("/copy.palier")}, 0, m_data);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY2(run.exitCode == 2, run.out + run.err);
    QVERIFY2(run.err.contains("Choose another folder"), run.err.constData());
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestCliDiskFull::sealIntoAReadOnlyFolder()
{
    const QString db = copyOfDemo(QStringLiteral("seal-readonly.palier"));
    const qint64 run = savedRun(db);
    QVERIFY(run > 0);
    const Content before = contentOf(db);
    QString folder;
    if (::geteuid() == 0) {
        // root writes in any folder; a folder on a read-only mount would need privileges tests do not take.
        // /proc refuses new files to everyone.
        folder = QStringLiteral("/proc");
    } else {
        folder = m_dir.filePath(QStringLiteral("seal-read-only"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    }
    const Run sealed = palierCliLimited(
        {"seal", "--run", QString::number(run), "--out", folder + QStringLiteral("/dgos.xlsx"), "--db", db}, 0, m_data);
    if (folder != QLatin1String("/proc")) {
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QVERIFY2(sealed.exitCode == 1 || sealed.exitCode == 2, sealed.out + sealed.err);
    QVERIFY2(sealed.err.contains("Choose another folder"), sealed.err.constData());
    QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/dgos.xlsx")));
    QCOMPARE(contentOf(db).counts, before.counts);
}

// The CSV written beside the workbook cannot be created (a folder has its name): the seal and the export say so,
// exit 2, and leave neither file; the seal records nothing.
void TestCliDiskFull::dgosCsvBehindAFolderOfItsName()
{
    const QString db = copyOfDemo(QStringLiteral("csv-folder.palier"));
    const qint64 run = savedRun(db);
    QVERIFY(run > 0);
    const Content before = contentOf(db);
    const QString folder = m_dir.filePath(QStringLiteral("csv-folder"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/dgos.csv")));
    const QString out = folder + QStringLiteral("/dgos.xlsx");
    const auto check = [&](const Run& done) {
        QVERIFY2(done.exitCode == 2, done.out + done.err);
        QVERIFY2(done.err.contains("dgos.csv”: a folder of that name is in the way"), done.err.constData());
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(QFileInfo(folder + QStringLiteral("/dgos.csv")).isDir());
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{QStringLiteral("dgos.csv")});
    };
    check(palierCliLimited({"seal", "--run", QString::number(run), "--out", out, "--db", db}, 0, m_data));
    QCOMPARE(contentOf(db).counts, before.counts); // not sealed

    // Sealed elsewhere, then exported again into the same folder: the same refusal.
    const QString elsewhere = m_dir.filePath(QStringLiteral("csv-folder-sealed/dgos.xlsx"));
    QVERIFY(QDir().mkpath(QFileInfo(elsewhere).absolutePath()));
    const Run sealed =
        palierCliLimited({"seal", "--run", QString::number(run), "--out", elsewhere, "--db", db}, 0, m_data);
    QVERIFY2(sealed.exitCode == 0 || sealed.exitCode == 1, sealed.out + sealed.err);
    QVERIFY(QFileInfo::exists(elsewhere));
    check(palierCliLimited({"export", "dgos", "--run", QString::number(run), "--out", out, "--db", db}, 0, m_data));
}

void TestCliDiskFull::exportOnAFullDisk()
{
    // The demo's scores CSV (80 KiB) does not fit under 64 KiB; its grids file (4 KiB) would.
    const QString db = copyOfDemo(QStringLiteral("export.palier"));
    const QString out = m_dir.filePath(QStringLiteral("exported/scores.csv"));
    QVERIFY(QDir().mkpath(QFileInfo(out).absolutePath()));
    const Run run = palierCliLimited({"export", "scores", "--out", out, "--db", db}, 64 * 1024, m_data);
    checkDiskFullMessage(run);
    QVERIFY2(run.err.contains("scores.csv”"), run.err.constData());
    QCOMPARE(filesStartingWith(QFileInfo(out).absolutePath(), QStringLiteral("scores")), QStringList());
}

void TestCliDiskFull::restoreOnAFullDisk()
{
    // The current database (an empty campaign, 500 KiB) fits under 1 MiB: its safety backup is taken. The demo
    // backup (2.5 MiB) does not: the restore stops there, and the current database is left as it was.
    const QString db = m_dir.filePath(QStringLiteral("restore.palier"));
    QFile::remove(db);
    const Run created = palierCliLimited({"init", "--region", "93", "--db", db}, 0, m_data);
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const Content before = contentOf(db);
    QVERIFY(QFileInfo(db).size() < 1024 * 1024);
    QVERIFY(QFileInfo(m_demo).size() > 1024 * 1024);
    const QString data = m_dir.filePath(QStringLiteral("data-restore"));
    const QStringList files = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
    const Run run = palierCliLimited({"restore", "--from", m_demo, "--db", db}, 1024 * 1024, data);
    checkDiskFullMessage(run);
    QVERIFY2(run.err.contains("restore.palier”"), run.err.constData());
    const Content after = contentOf(db);
    QCOMPARE(after.integrity, QStringLiteral("ok"));
    QCOMPARE(after.counts, before.counts);
    QVERIFY(before.counts != contentOf(m_demo).counts);                        // the restore would have changed them
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), files); // no temporary file left
    QCOMPARE(filesStartingWith(data, QStringLiteral("restore-")).size(), 1);   // the safety backup, complete

    // Into a new file, the same: nothing is left.
    const QString fresh = m_dir.filePath(QStringLiteral("restored-new.palier"));
    const Run into = palierCliLimited({"restore", "--from", m_demo, "--db", fresh}, 1024 * 1024, data);
    checkDiskFullMessage(into);
    QCOMPARE(filesStartingWith(m_dir.path(), QStringLiteral("restored-new")), QStringList());
}

void TestCliDiskFull::restoreIntoAFileUsedAsAFolder()
{
    const QString file = m_dir.filePath(QStringLiteral("plain-file-restore"));
    QFile plain(file);
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.write("x");
    plain.close();
    const Run run =
        palierCliLimited({"restore", "--from", m_demo, "--db", file + QStringLiteral("/restored.palier")}, 0, m_data);
    QVERIFY2(run.exitCode == 2, run.out + run.err);
    QVERIFY2(run.err.contains("Choose another folder"), run.err.constData());
    QVERIFY2(run.err.contains("restored.palier”"), run.err.constData());
    QCOMPARE(QFileInfo(file).size(), 1);
}

void TestCliDiskFull::withRoomEverythingWorks()
{
    // The same commands with room to write: the tests above fail for the limit, not for something else.
    const QString db = copyOfDemo(QStringLiteral("room.palier"));
    const qint64 run = savedRun(db);
    QVERIFY(run > 0);
    const QString out = m_dir.filePath(QStringLiteral("room/dgos.xlsx"));
    QVERIFY(QDir().mkpath(QFileInfo(out).absolutePath()));
    const qint64 roomy = 64 * 1024 * 1024;
    Run done = palierCliLimited({"seal", "--run", QString::number(run), "--out", out, "--db", db}, roomy, m_data);
    QVERIFY2(done.exitCode == 0, done.out + done.err);
    QVERIFY(QFileInfo(out).size() > 4 * 1024);
    done = palierCliLimited({"backup", "--db", db, "--out", m_dir.filePath(QStringLiteral("room/copy.palier"))}, roomy,
                            m_data);
    QVERIFY2(done.exitCode == 0, done.out + done.err);
    QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("room/copy.palier"))).size() > 256 * 1024);
    done = palierCliLimited({"import", "establishments", Real + "sae-2022-id.csv", "--db", db}, roomy, m_data);
    QVERIFY2(done.exitCode == 0, done.out + done.err);
    const QString csv = m_dir.filePath(QStringLiteral("room/scores.csv"));
    done = palierCliLimited({"export", "scores", "--out", csv, "--db", db}, roomy, m_data);
    QVERIFY2(done.exitCode == 0, done.out + done.err);
    QVERIFY(QFileInfo(csv).size() > 64 * 1024);
    const QString restored = m_dir.filePath(QStringLiteral("room/restored.palier"));
    done = palierCliLimited({"restore", "--from", m_demo, "--db", restored}, roomy, m_data);
    QVERIFY2(done.exitCode == 0, done.out + done.err);
    QCOMPARE(contentOf(restored).counts, contentOf(m_demo).counts);
}

QTEST_GUILESS_MAIN(TestCliDiskFull)
#include "tst_clidiskfull.moc"
