// SPDX-License-Identifier: GPL-3.0-or-later
// An import is one transaction: a failure, a cancel, a rejected row or a dry run leaves the database as it was.
#include "ImportTestSupport.h"
#include "model/Identifiers.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;
using namespace ImportTest;

namespace {

QString finess(int serial)
{
    return Identifiers::finessWithKey(QStringLiteral("13%1").arg(serial, 6, 10, QLatin1Char('0')));
}

/// Establishments `first` … `first + count - 1`, named with `tag`, header "FINESS;Raison sociale;Statut;Commune".
QString establishments(int first, int count, const QString& tag)
{
    QString text = QStringLiteral("FINESS;Raison sociale;Statut;Commune\n");
    for (int i = first; i < first + count; ++i) {
        text += QStringLiteral("%1;%2 FICTIF %3;%4;MARSEILLE\n")
                    .arg(finess(i), tag)
                    .arg(i)
                    .arg(i % 3 == 0 ? QStringLiteral("Public") : QStringLiteral("Privé lucratif"));
    }
    return text;
}

} // namespace

class TestImportTransaction : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void failingWriteAtRowKChangesNothing_data();
    void failingWriteAtRowKChangesNothing();
    void cancelChangesNothing_data();
    void cancelChangesNothing();
    void dryRunCountsAndWritesNothing();
    void bulkLoadIntoAnEmptyTable();
    void repeatedKeysRejectEveryLine();
    void everyCharacterWrittenAsRead();
    void unusableRequests();

private:
    std::unique_ptr<Database> freshCopy(const QString& name);
    QTemporaryDir m_dir;
    QString m_base;   ///< a campaign with establishments 1–20
    QString m_update; ///< establishments 11–60: 10 updates, then 40 new ones
};

void TestImportTransaction::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_base = m_dir.filePath(QStringLiteral("base.palier"));
    {
        auto db = campaignDatabase(m_base, QStringLiteral("93"));
        QVERIFY(db);
        const QString first = m_dir.filePath(QStringLiteral("first.csv"));
        QVERIFY(writeFile(first, establishments(1, 20, QStringLiteral("CENTRE"))));
        Result<ImportReport> report = runImport(*db, request(ImportKind::Establishments, first));
        QVERIFY2(report && report->inserted == 20, qPrintable(errorOf(report)));
    }
    m_update = m_dir.filePath(QStringLiteral("update.csv"));
    QVERIFY(writeFile(m_update, establishments(11, 50, QStringLiteral("HOPITAL"))));
}

std::unique_ptr<Database> TestImportTransaction::freshCopy(const QString& name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(m_base, path)) {
        return {};
    }
    auto db = Database::open(path, {});
    return db ? std::move(db).value() : nullptr;
}

void TestImportTransaction::failingWriteAtRowKChangesNothing_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<int>("serial");
    // The writer goes through the file in order: 10 updates (11–20), then inserts (21–60).
    QTest::addRow("first update") << "UPDATE" << 11;
    QTest::addRow("last update") << "UPDATE" << 20;
    QTest::addRow("first insert") << "INSERT" << 21;
    QTest::addRow("17th insert") << "INSERT" << 37;
    QTest::addRow("last insert") << "INSERT" << 60;
}

void TestImportTransaction::failingWriteAtRowKChangesNothing()
{
    QFETCH(QString, statement);
    QFETCH(int, serial);
    auto db = freshCopy(QStringLiteral("failing.palier"));
    QVERIFY(db);
    if (db->connection().driverName() != QLatin1String("QSQLITE")) {
        QSKIP("The failure is injected with an SQLite trigger (RAISE): SQLite only.");
    }
    const QString row = statement == QLatin1String("INSERT") ? QStringLiteral("NEW") : QStringLiteral("OLD");
    QVERIFY(db->exec(QStringLiteral("CREATE TRIGGER injected BEFORE %1 ON establishment WHEN %2.finess_et = '%3' "
                                    "BEGIN SELECT RAISE(ABORT, 'injected'); END")
                         .arg(statement, row, finess(serial))));
    const QByteArray before = contentChecksum(*db);

    Result<ImportReport> report = runImport(*db, request(ImportKind::Establishments, m_update));
    QVERIFY(!report);
    QCOMPARE(report.error().code, QStringLiteral("db.sql"));
    QVERIFY2(report.error().detail.contains(u"injected"), qPrintable(report.error().detail));
    QVERIFY2(report.error().message.contains(finess(serial)), qPrintable(report.error().message));
    QCOMPARE(contentChecksum(*db), before);
    QCOMPARE(count(*db, "SELECT count(*) FROM establishment"), 20);

    // Without the fault the same import goes through: the failure left no transaction open behind it.
    QVERIFY(db->exec(QStringLiteral("DROP TRIGGER injected")));
    report = runImport(*db, request(ImportKind::Establishments, m_update));
    QVERIFY2(report, qPrintable(errorOf(report)));
    QCOMPARE(report->updated, 10);
    QCOMPARE(report->inserted, 40);
    QCOMPARE(count(*db, "SELECT count(*) FROM establishment"), 60);
}

void TestImportTransaction::cancelChangesNothing_data()
{
    QTest::addColumn<bool>("whileWriting");
    QTest::addRow("while reading") << false;
    QTest::addRow("while writing") << true;
}

void TestImportTransaction::cancelChangesNothing()
{
    QFETCH(bool, whileWriting);
    auto db = freshCopy(QStringLiteral("cancel.palier"));
    QVERIFY(db);
    const QString big = m_dir.filePath(QStringLiteral("big.csv"));
    QVERIFY(writeFile(big, establishments(11, 5000, QStringLiteral("GRAND"))));
    const QByteArray before = contentChecksum(*db);
    int calls = 0;
    bool sawWriting = false;
    const ReadProgress progress = [&](qint64 done, qint64 total) {
        ++calls;
        // Reading runs to 80 % of the total, writing to 100 %.
        const bool writing = done * 5 > total * 4;
        sawWriting = sawWriting || writing;
        return whileWriting ? !writing : false;
    };
    Result<ImportReport> report = runImport(*db, request(ImportKind::Establishments, big), progress);
    QVERIFY(!report);
    QCOMPARE(report.error().code, QStringLiteral("import.cancelled"));
    QVERIFY(calls > 0);
    QCOMPARE(sawWriting, whileWriting);
    QCOMPARE(contentChecksum(*db), before);
}

// Into an empty table, a large import drops the secondary indexes and builds them again at the end of its
// transaction: a failure midway must leave them, as the rows, as they were.
void TestImportTransaction::bulkLoadIntoAnEmptyTable()
{
    const QString path = m_dir.filePath(QStringLiteral("bulk.palier"));
    auto db = campaignDatabase(path, QStringLiteral("93"));
    QVERIFY(db);
    if (db->connection().driverName() != QLatin1String("QSQLITE")) {
        QSKIP("The bulk load into an empty table drops and rebuilds SQLite's indexes: SQLite only.");
    }
    const QString file = m_dir.filePath(QStringLiteral("bulk.csv"));
    QVERIFY(writeFile(file, establishments(1, 1500, QStringLiteral("CENTRE"))));
    const auto indexes = [&db] {
        QSqlQuery query(db->connection());
        query.exec("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'establishment' "
                   "ORDER BY name");
        QStringList found;
        while (query.next()) {
            found.append(query.value(0).toString() + u'=' + query.value(1).toString());
        }
        return found;
    };
    const QStringList before = indexes();
    QVERIFY(before.size() >= 3); // the FINESS key's own index and at least two secondary ones
    const QByteArray content = contentChecksum(*db);
    QVERIFY(db->exec(QStringLiteral("CREATE TRIGGER injected BEFORE INSERT ON establishment WHEN NEW.finess_et = "
                                    "'%1' BEGIN SELECT RAISE(ABORT, 'injected'); END")
                         .arg(finess(1234))));
    Result<ImportReport> report = runImport(*db, request(ImportKind::Establishments, file));
    QVERIFY(!report);
    QVERIFY2(report.error().detail.contains(u"injected"), qPrintable(report.error().detail));
    QCOMPARE(indexes(), before);
    QCOMPARE(contentChecksum(*db), content);

    QVERIFY(db->exec(QStringLiteral("DROP TRIGGER injected")));
    report = runImport(*db, request(ImportKind::Establishments, file));
    QVERIFY2(report && report->committed, qPrintable(errorOf(report)));
    QCOMPARE(report->inserted, 1500);
    QCOMPARE(indexes(), before);
    QCOMPARE(count(*db, "SELECT count(*) FROM establishment"), 1500);
    QCOMPARE(count(*db, "SELECT count(*) FROM establishment INDEXED BY establishment_department WHERE "
                        "department_code = '13'"),
             1500);
    QCOMPARE(count(*db, QStringLiteral("SELECT id FROM establishment WHERE finess_et = '%1'").arg(finess(1234))),
             1234); // rows keep the order of the file
    QSqlQuery check(db->connection());
    QVERIFY(check.exec("PRAGMA integrity_check") && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
}

void TestImportTransaction::dryRunCountsAndWritesNothing()
{
    auto db = freshCopy(QStringLiteral("dryrun.palier"));
    QVERIFY(db);
    const QByteArray before = contentChecksum(*db);
    ImportRequest dry = request(ImportKind::Establishments, m_update);
    dry.dryRun = true;
    Result<ImportReport> report = runImport(*db, dry);
    QVERIFY2(report, qPrintable(errorOf(report)));
    QCOMPARE(report->read, 50);
    QCOMPARE(report->updated, 10);
    QCOMPARE(report->inserted, 40);
    QCOMPARE(report->updates.size(), 10);
    QCOMPARE(report->updates.first().key, finess(11));
    QCOMPARE(report->updates.first().changes.first().field, QStringLiteral("name"));
    QCOMPARE(report->updates.first().changes.first().before, QStringLiteral("CENTRE FICTIF 11"));
    QCOMPARE(report->updates.first().changes.first().after, QStringLiteral("HOPITAL FICTIF 11"));
    QVERIFY(!report->committed);
    QCOMPARE(contentChecksum(*db), before);
}

void TestImportTransaction::everyCharacterWrittenAsRead()
{
    // The values wait for the write as UTF-8 encoded by the importer: accents (two bytes), the euro sign and Œ
    // (three bytes), a character beyond the BMP (a surrogate pair, four bytes).
    const QString path = m_dir.filePath(QStringLiteral("characters.palier"));
    auto db = campaignDatabase(path, QStringLiteral("93"));
    QVERIFY(db);
    const QStringList names{QStringLiteral("CENTRE ÉTÉ À CÔTÉ"), QStringLiteral("CLINIQUE 100 € ŒUVRE"),
                            QStringLiteral("MAISON \U0001F3E5 SANTÉ")};
    QString text = QStringLiteral("FINESS;Raison sociale;Statut\n");
    for (int i = 0; i < names.size(); ++i) {
        text += QStringLiteral("%1;%2;Public\n").arg(finess(i + 1), names.at(i));
    }
    const QString file = m_dir.filePath(QStringLiteral("characters.csv"));
    QVERIFY(writeFile(file, text));
    Result<ImportReport> report = runImport(*db, request(ImportKind::Establishments, file));
    QVERIFY2(report && report->committed, qPrintable(errorOf(report)));
    QCOMPARE(report->inserted, 3);
    QSqlQuery query(db->connection());
    QVERIFY(query.exec("SELECT name FROM establishment ORDER BY id"));
    QStringList stored;
    while (query.next()) {
        stored.append(query.value(0).toString());
    }
    QCOMPARE(stored, names);
}

void TestImportTransaction::repeatedKeysRejectEveryLine()
{
    auto db = freshCopy(QStringLiteral("repeated.palier"));
    QVERIFY(db);
    // Lines 2, 5 and 7 hold the same FINESS number; line 4 repeats an establishment already in the database,
    // which is fine (it is an update).
    QString text = QStringLiteral("FINESS;Raison sociale;Statut\n");
    const QStringList rows{finess(100) + ";A;Public", finess(101) + ";B;Public", finess(1) + ";C;Public",
                           finess(100) + ";D;Public", finess(102) + ";E;Public", finess(100) + ";F;Public"};
    text += rows.join(u'\n') + u'\n';
    const QString path = m_dir.filePath(QStringLiteral("repeated.csv"));
    QVERIFY(writeFile(path, text));
    const QByteArray before = contentChecksum(*db);
    Result<ImportReport> report = runImport(*db, request(ImportKind::Establishments, path));
    QVERIFY2(report, qPrintable(errorOf(report)));
    QCOMPARE(lines(report->rejected), (QList<int>{2, 5, 7}));
    QVERIFY(report->rejected.first().reason.contains(u"lines 2 and 5"));
    QCOMPARE(report->rejected.first().column, QStringLiteral("FINESS"));
    QCOMPARE(report->inserted, 2);
    QCOMPARE(report->updated, 1);
    QVERIFY(!report->committed);
    QCOMPARE(contentChecksum(*db), before);

    report = runImport(*db, request(ImportKind::Establishments, path, true));
    QVERIFY2(report && report->committed, qPrintable(errorOf(report)));
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM establishment WHERE finess_et = '%1'").arg(finess(100))),
             0);
    QCOMPARE(count(*db, "SELECT count(*) FROM establishment"), 22);
}

void TestImportTransaction::unusableRequests()
{
    auto db = freshCopy(QStringLiteral("unusable.palier"));
    QVERIFY(db);
    const QByteArray before = contentChecksum(*db);

    ImportRequest noName = request(ImportKind::Establishments, m_update);
    noName.mapping.remove(QStringLiteral("name"));
    Result<ImportReport> report = runImport(*db, noName);
    QVERIFY(!report);
    QCOMPARE(report.error().code, QStringLiteral("import.mapping"));
    QVERIFY(report.error().message.contains(u"Name"));

    ImportRequest missing = request(ImportKind::Establishments, m_update);
    missing.path = m_dir.filePath(QStringLiteral("absent.csv"));
    report = runImport(*db, missing);
    QVERIFY(!report);
    QVERIFY(report.error().code.startsWith(u"io."));
    QCOMPARE(contentChecksum(*db), before);

    auto empty = Database::open(m_dir.filePath(QStringLiteral("nocampaign.palier")), {.create = true});
    QVERIFY(empty);
    report = runImport(*empty.value(), request(ImportKind::Establishments, m_update));
    QVERIFY(!report);
    QCOMPARE(report.error().code, QStringLiteral("campaign.none"));
}

QTEST_GUILESS_MAIN(TestImportTransaction)
#include "tst_importtransaction.moc"
