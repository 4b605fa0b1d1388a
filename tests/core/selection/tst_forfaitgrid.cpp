// SPDX-License-Identifier: GPL-3.0-or-later
// The forfait grid through the core, on the demo campaign: the demo's grid and size classes, one cell set and
// cleared (audited, portable upsert), a file read with French amounts and its header or without, every kind of bad
// row refused with its line and nothing written, the whole grid replaced writing only what changed, the amounts
// granted following the grid while a sealed version keeps the amounts it was sealed with, and the amount override
// updated in place.
#include "db/Database.h"
#include "demo/DemoGenerator.h"
#include "selection/Candidates.h"
#include "selection/DgosExport.h"
#include "selection/ForfaitGrid.h"
#include "selection/Funding.h"
#include "selection/RunStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLocale>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;

class TestForfaitGrid : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoHasAPlausibleGrid();
    void setAndClearOneCell();
    void setRefusesWhatIsWrong_data();
    void setRefusesWhatIsWrong();
    void readsFrenchFiles_data();
    void readsFrenchFiles();
    void badFileWritesNothing_data();
    void badFileWritesNothing();
    void warnsOutsideBoundsAndUnknownClasses();
    void replaceWritesOnlyWhatChanges();
    void anEditKeepsAColleaguesOtherCells();
    void grantedAmountsFollowTheGridButSealedRunsDoNot();
    void amountOverrideIsUpdatedInPlace();

private:
    qint64 scalar(const QString& sql) const;
    QString writeFile(const QString& name, const QByteArray& content) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

qint64 TestForfaitGrid::scalar(const QString& sql) const
{
    QSqlQuery query(m_db->connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

QString TestForfaitGrid::writeFile(const QString& name, const QByteArray& content) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
        return {};
    }
    return path;
}

void TestForfaitGrid::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QVERIFY(m_dir.isValid());
    auto db = Database::open(m_dir.filePath(QStringLiteral("demo.palier")), {.create = true});
    QVERIFY(db);
    m_db = std::move(db).value();
    const Result<DemoSummary> demo = generateDemo(*m_db, {});
    QVERIFY2(demo, qPrintable(demo.error().message + demo.error().detail));
}

void TestForfaitGrid::demoHasAPlausibleGrid()
{
    Result<ForfaitGrid> grid = loadForfaitGrid(*m_db);
    QVERIFY(grid);
    QCOMPARE(grid->programmeCode, QStringLiteral("hopen-2019"));
    QCOMPARE(grid->domains, QStringList({"D1", "D2", "D3", "D4", "D5", "D6", "D7"}));
    QCOMPARE(grid->sizeClasses(), QStringList({"S1", "S2", "S3", "S4"}));
    QCOMPARE(grid->cells.size(), 28);
    QCOMPARE(grid->cells.size(), scalar(QStringLiteral("SELECT count(*) FROM forfait_grid")));
    for (const ForfaitCell& cell : std::as_const(grid->cells)) {
        QVERIFY2(cell.amountCents >= grid->forfaitMinCents && cell.amountCents <= grid->forfaitMaxCents,
                 qPrintable(cell.sizeClass + cell.domainCode));
    }
    // A larger establishment gets more, and the DPI domain (D2) the most.
    QVERIFY(*grid->amount(QStringLiteral("S4"), QStringLiteral("D2")) >
            *grid->amount(QStringLiteral("S1"), QStringLiteral("D2")));
    QCOMPARE(*grid->amount(QStringLiteral("S4"), QStringLiteral("D2")), grid->forfaitMaxCents);
    QVERIFY(checkForfaitCells(grid.value(), grid->cells).ok());

    Result<SizeClassCoverage> coverage = loadSizeClassCoverage(*m_db);
    QVERIFY(coverage);
    int total = coverage->withoutClass;
    for (const SizeClassCoverage::Count& count : std::as_const(coverage->classes)) {
        QVERIFY(grid->sizeClasses().contains(count.sizeClass));
        total += count.establishments;
    }
    QCOMPARE(total, scalar(QStringLiteral("SELECT count(*) FROM establishment")));
    QCOMPARE(coverage->withoutClass, scalar(QStringLiteral("SELECT count(*) FROM establishment WHERE size_class IS "
                                                           "NULL")));
    QVERIFY(coverage->withoutClass > 0); // the demo shows the fallback too
    QCOMPARE(coverage->withoutClassNames.size(), coverage->withoutClass);
}

void TestForfaitGrid::setAndClearOneCell()
{
    const qint64 audit = scalar(QStringLiteral("SELECT count(*) FROM audit_entry WHERE entity = 'forfait'"));
    // An update of an existing cell, through ON CONFLICT: one audited update, its row version raised.
    Result<QList<ForfaitIssue>> set =
        setForfait(*m_db, QStringLiteral(" S2 "), QStringLiteral("d3"), Q_INT64_C(15000000));
    QVERIFY2(set, qPrintable(set ? QString() : set.error().message));
    QVERIFY(set->isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT g.amount_cents FROM forfait_grid g JOIN domain d ON d.id = g.domain_id "
                                   "WHERE g.size_class = 'S2' AND d.code = 'D3'")),
             Q_INT64_C(15000000));
    QCOMPARE(scalar(QStringLiteral("SELECT g.row_version FROM forfait_grid g JOIN domain d ON d.id = g.domain_id "
                                   "WHERE g.size_class = 'S2' AND d.code = 'D3'")),
             2);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_entry WHERE entity = 'forfait'")), audit + 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_entry WHERE entity = 'forfait' AND action = 'update' "
                                   "AND user IS NOT NULL AND hash IS NOT NULL AND after_json LIKE '%15000000%'")),
             1);

    // A new size class: inserted, with a warning since no establishment has it.
    const qint64 inserts =
        scalar(QStringLiteral("SELECT count(*) FROM audit_entry WHERE entity = 'forfait' AND action = 'insert'"));
    set = setForfait(*m_db, QStringLiteral("S9"), QStringLiteral("D1"), Q_INT64_C(5000000));
    QVERIFY(set);
    QCOMPARE(set->size(), 1);
    QVERIFY2(set->constFirst().message.contains(QStringLiteral("S9")), qPrintable(set->constFirst().message));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM forfait_grid WHERE size_class = 'S9'")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_entry WHERE entity = 'forfait' AND action = 'insert'")),
             inserts + 1);

    // Cleared: gone, audited; clearing it again says there is nothing to clear.
    set = setForfait(*m_db, QStringLiteral("S9"), QStringLiteral("D1"), std::nullopt);
    QVERIFY(set);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM forfait_grid WHERE size_class = 'S9'")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_entry WHERE entity = 'forfait' AND action = 'delete'")),
             1);
    set = setForfait(*m_db, QStringLiteral("S9"), QStringLiteral("D1"), std::nullopt);
    QVERIFY(!set);
    QCOMPARE(set.error().code, QStringLiteral("forfait.unknown-cell"));

    // Back to the demo's value for the tests after this one.
    QVERIFY(setForfait(*m_db, QStringLiteral("S2"), QStringLiteral("D3"), Q_INT64_C(12000000)));
}

void TestForfaitGrid::setRefusesWhatIsWrong_data()
{
    QTest::addColumn<QString>("sizeClass");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("says");
    QTest::addRow("empty size class") << QStringLiteral("  ") << QStringLiteral("D1") << Q_INT64_C(100)
                                      << QStringLiteral("size class is empty");
    QTest::addRow("unknown domain") << QStringLiteral("S1") << QStringLiteral("D8") << Q_INT64_C(100)
                                    << QStringLiteral("no domain “D8”");
    QTest::addRow("negative") << QStringLiteral("S1") << QStringLiteral("D1") << Q_INT64_C(-100)
                              << QStringLiteral("cannot be negative");
    QTest::addRow("too long") << QString(50, u'S') << QStringLiteral("D1") << Q_INT64_C(100)
                              << QStringLiteral("too long");
}

void TestForfaitGrid::setRefusesWhatIsWrong()
{
    QFETCH(QString, sizeClass);
    QFETCH(QString, domain);
    QFETCH(qint64, amount);
    QFETCH(QString, says);
    const qint64 cells = scalar(QStringLiteral("SELECT count(*) FROM forfait_grid"));
    const qint64 audit = scalar(QStringLiteral("SELECT count(*) FROM audit_entry"));
    const Result<QList<ForfaitIssue>> set = setForfait(*m_db, sizeClass, domain, amount);
    QVERIFY(!set);
    QCOMPARE(set.error().code, QStringLiteral("forfait.invalid"));
    QVERIFY2(set.error().message.contains(says), qPrintable(set.error().message));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM forfait_grid")), cells);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_entry")), audit);
}

void TestForfaitGrid::readsFrenchFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addRow("header, French amounts") << QByteArray("size_class;domain;amount\r\n"
                                                          "S1;D1;40 000\r\n"
                                                          "S1;d2;\"120 000,50 €\"\r\n"
                                                          "S2;2;250000\r\n");
    QTest::addRow("French header, other order, BOM")
        << QByteArray("\xEF\xBB\xBFMontant;Classe;Domaine\n40000;S1;D1\n120000,5;S1;D2\n250 000 €;S2;D2\n");
    QTest::addRow("no header") << QByteArray("S1;D1;40000\nS1;D2;120 000,50\nS2;D2;250000,00\n");
    QTest::addRow("no header, euro sign") << QByteArray("S1;D1;40 000,00 €\nS1;D2;120 000,50 €\nS2;D2;250 000 €\n");
}

void TestForfaitGrid::readsFrenchFiles()
{
    QFETCH(QByteArray, content);
    const QString path = writeFile(QStringLiteral("good.csv"), content);
    QVERIFY(!path.isEmpty());
    const qint64 audit = scalar(QStringLiteral("SELECT count(*) FROM audit_entry"));
    Result<ForfaitFile> file = readForfaitFile(*m_db, path);
    QVERIFY2(file, qPrintable(file ? QString() : file.error().message));
    QCOMPARE(file->rows, 3);
    QVERIFY2(file->check.ok(), qPrintable(file->check.errors.value(0).message));
    QCOMPARE(file->cells.size(), 3);
    QCOMPARE(file->cells.at(0), (ForfaitCell{QStringLiteral("S1"), QStringLiteral("D1"), 4000000}));
    QCOMPARE(file->cells.at(1), (ForfaitCell{QStringLiteral("S1"), QStringLiteral("D2"), 12000050}));
    QCOMPARE(file->cells.at(2), (ForfaitCell{QStringLiteral("S2"), QStringLiteral("D2"), 25000000}));
    QVERIFY(file->cells.at(0).line > 0);
    // Reading writes nothing.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_entry")), audit);
}

void TestForfaitGrid::badFileWritesNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("says");
    const QByteArray header("size_class;domain;amount\n");
    QTest::addRow("unknown domain") << header + "S1;D1;40000\nS1;D9;50000\n"
                                    << 3 << QStringLiteral("domain") << QStringLiteral("no domain “D9”");
    QTest::addRow("negative") << header + "S1;D1;-40000\n"
                              << 2 << QStringLiteral("amount") << QStringLiteral("cannot be negative");
    QTest::addRow("empty size class") << header + "S1;D1;40000\n;D2;50000\n"
                                      << 3 << QStringLiteral("size_class") << QStringLiteral("size class is empty");
    QTest::addRow("duplicate") << header + "S1;D1;40000\nS2;D1;50000\nS1;d1;60000\n"
                               << 4 << QString() << QStringLiteral("already given on line 2");
    QTest::addRow("not a number") << header + "S1;D1;quarante mille\n"
                                  << 2 << QStringLiteral("amount") << QStringLiteral("not an amount");
    QTest::addRow("empty amount") << header + "S1;D1;\n"
                                  << 2 << QStringLiteral("amount") << QStringLiteral("Give the amount");
    QTest::addRow("ambiguous") << header + "S1;D1;250,000\n"
                               << 2 << QStringLiteral("amount") << QStringLiteral("two ways");
}

void TestForfaitGrid::badFileWritesNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QFETCH(QString, column);
    QFETCH(QString, says);
    const QString path = writeFile(QStringLiteral("bad.csv"), content);
    const Result<ForfaitGrid> before = loadForfaitGrid(*m_db);
    QVERIFY(before);
    const qint64 audit = scalar(QStringLiteral("SELECT count(*) FROM audit_entry"));

    Result<ForfaitFile> file = readForfaitFile(*m_db, path);
    QVERIFY(file);
    QVERIFY(!file->check.ok());
    const ForfaitIssue& issue = file->check.errors.constFirst();
    QCOMPARE(issue.line, line);
    QCOMPARE(issue.column, column);
    QVERIFY2(issue.message.contains(says), qPrintable(issue.message));

    const Result<ForfaitFile> imported = importForfaitFile(*m_db, path);
    QVERIFY(!imported);
    QCOMPARE(imported.error().code, QStringLiteral("forfait.invalid"));
    QVERIFY2(imported.error().message.contains(QStringLiteral("Line %1").arg(line)),
             qPrintable(imported.error().message));
    QCOMPARE(loadForfaitGrid(*m_db)->cells, before->cells);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_entry")), audit);
}

void TestForfaitGrid::warnsOutsideBoundsAndUnknownClasses()
{
    const QString path = writeFile(QStringLiteral("warn.csv"), "classe;domaine;montant\n"
                                                               "S1;D7;20000\n"
                                                               "s2;D1;80000\n"
                                                               "S2;D2;800000\n");
    Result<ForfaitFile> file = readForfaitFile(*m_db, path);
    QVERIFY(file);
    QVERIFY(file->check.ok()); // warnings only: the referent decides
    QCOMPARE(file->check.warnings.size(), 3);
    QCOMPARE(file->check.warnings.at(0).line, 2);
    QVERIFY2(file->check.warnings.at(0).message.contains(QStringLiteral("outside the programme's forfait bounds")),
             qPrintable(file->check.warnings.at(0).message));
    QCOMPARE(file->check.warnings.at(1).line, 4);
    // "s2" is not "S2": said, with the class the establishments have.
    QCOMPARE(file->check.warnings.at(2).line, 3);
    QVERIFY2(file->check.warnings.at(2).message.contains(QStringLiteral("“S2”")),
             qPrintable(file->check.warnings.at(2).message));
    // An empty file and a file of something else are refused whole.
    Result<ForfaitFile> empty =
        readForfaitFile(*m_db, writeFile(QStringLiteral("empty.csv"), "size_class;domain;amount\n"));
    QVERIFY(!empty);
    QCOMPARE(empty.error().code, QStringLiteral("forfait.empty"));
    Result<ForfaitFile> other =
        readForfaitFile(*m_db, writeFile(QStringLiteral("other.csv"), "finess;nom;commune\n010000024;CH;VIRIAT\n"));
    QVERIFY(!other);
    QCOMPARE(other.error().code, QStringLiteral("forfait.columns"));
    QVERIFY2(other.error().message.contains(QStringLiteral("size_class;domain;amount")),
             qPrintable(other.error().message));
}

void TestForfaitGrid::replaceWritesOnlyWhatChanges()
{
    Result<ForfaitGrid> before = loadForfaitGrid(*m_db);
    QVERIFY(before);
    QList<ForfaitCell> cells = before->cells;
    // One amount changed, one cell dropped, one added: three audit entries, nothing else written.
    cells[0].amountCents += 100000;
    const ForfaitCell dropped = cells.takeLast();
    cells.append({QStringLiteral("S5"), QStringLiteral("D2"), 70000000});
    const qint64 audit = scalar(QStringLiteral("SELECT count(*) FROM audit_entry"));
    QVERIFY(replaceForfaitGrid(*m_db, cells));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_entry")), audit + 3);
    Result<ForfaitGrid> after = loadForfaitGrid(*m_db);
    QCOMPARE(after->cells.size(), before->cells.size());
    QCOMPARE(*after->amount(cells[0].sizeClass, cells[0].domainCode), cells[0].amountCents);
    QVERIFY(!after->amount(dropped.sizeClass, dropped.domainCode));
    QCOMPARE(after->sizeClasses().last(), QStringLiteral("S5"));

    // A grid with an error is refused whole.
    QList<ForfaitCell> wrong = cells;
    wrong.append({QStringLiteral("S1"), QStringLiteral("D1"), 1});
    const Result<void> refused = replaceForfaitGrid(*m_db, wrong);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("forfait.invalid"));
    QCOMPARE(loadForfaitGrid(*m_db)->cells, after->cells);

    // Back to the demo's grid, through the file import (the whole grid replaced).
    QByteArray csv("size_class;domain;amount\n");
    for (const ForfaitCell& cell : std::as_const(before->cells)) {
        csv += QStringLiteral("%1;%2;%3\n")
                   .arg(cell.sizeClass, cell.domainCode, QLocale().toString(double(cell.amountCents) / 100.0, 'f', 2))
                   .toUtf8();
    }
    Result<ForfaitFile> imported = importForfaitFile(*m_db, writeFile(QStringLiteral("demo.csv"), csv));
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
    QCOMPARE(loadForfaitGrid(*m_db)->cells, before->cells);
}

// Two referents edit the grid from the same version (issue 8): the second save writes only the cells it changes,
// keeping the first one's; a cell both changed differently refuses the save whole, with the three values.
void TestForfaitGrid::anEditKeepsAColleaguesOtherCells()
{
    const Result<ForfaitGrid> seen = loadForfaitGrid(*m_db);
    QVERIFY(seen && seen->cells.size() >= 3);
    const QList<ForfaitCell> base = seen->cells;
    const ForfaitCell a = base.at(0);
    const ForfaitCell b = base.at(1);
    const ForfaitCell c = base.at(2);

    // The colleague changes cell a (through the plain replace, as the file import does).
    QList<ForfaitCell> theirs = base;
    theirs[0].amountCents = a.amountCents + 111100;
    QVERIFY(replaceForfaitGrid(*m_db, theirs));

    // Mine, prepared on the same base, changes cell b and removes cell c: both written, theirs on a kept.
    QList<ForfaitCell> mine = base;
    mine[1].amountCents = b.amountCents + 222200;
    mine.removeAt(2);
    const qint64 audit = scalar(QStringLiteral("SELECT count(*) FROM audit_entry"));
    QList<ForfaitConflict> conflicts;
    Result<void> saved = replaceForfaitGridFrom(*m_db, base, mine, &conflicts);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    QVERIFY(conflicts.isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_entry")), audit + 2);
    Result<ForfaitGrid> now = loadForfaitGrid(*m_db);
    QCOMPARE(*now->amount(a.sizeClass, a.domainCode), a.amountCents + 111100);
    QCOMPARE(*now->amount(b.sizeClass, b.domainCode), b.amountCents + 222200);
    QVERIFY(!now->amount(c.sizeClass, c.domainCode));

    // Another edit from the same old base changes cell a too, to another amount: refused, nothing written.
    QList<ForfaitCell> late = base;
    late[0].amountCents = a.amountCents + 333300;
    late[2].amountCents = c.amountCents + 1; // a change of c, which mine removed: a second conflict
    const QList<ForfaitCell> before = now->cells;
    saved = replaceForfaitGridFrom(*m_db, base, late, &conflicts);
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, QStringLiteral("db.conflict"));
    QVERIFY2(saved.error().message.contains(QStringLiteral("Someone else changed 2 amount")),
             qPrintable(saved.error().message));
    QCOMPARE(conflicts.size(), 2);
    const auto conflictOn = [&conflicts](const ForfaitCell& cell) {
        for (const ForfaitConflict& found : std::as_const(conflicts)) {
            if (found.sizeClass == cell.sizeClass && found.domainCode == cell.domainCode) {
                return found;
            }
        }
        return ForfaitConflict{};
    };
    QCOMPARE(conflictOn(a).base, std::optional<qint64>(a.amountCents));
    QCOMPARE(conflictOn(a).theirs, std::optional<qint64>(a.amountCents + 111100));
    QCOMPARE(conflictOn(a).yours, std::optional<qint64>(a.amountCents + 333300));
    QCOMPARE(conflictOn(c).theirs, std::nullopt);
    QCOMPARE(conflictOn(c).yours, std::optional<qint64>(c.amountCents + 1));
    QCOMPARE(loadForfaitGrid(*m_db)->cells, before);
    // Who changed the grid last, for the dialog: the audit trail's last forfait entry.
    QVERIFY(lastForfaitChange(*m_db).at.isValid());

    // The same change as the colleague's is no conflict; an invalid result is refused as before.
    QList<ForfaitCell> same = base;
    same[0].amountCents = a.amountCents + 111100;
    QVERIFY(replaceForfaitGridFrom(*m_db, base, same));
    QList<ForfaitCell> wrong = now->cells;
    wrong.append({QStringLiteral("S1"), QStringLiteral("D1"), -5});
    saved = replaceForfaitGridFrom(*m_db, now->cells, wrong);
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, QStringLiteral("forfait.invalid"));

    // Back to the demo's grid for the tests after this one.
    QVERIFY(replaceForfaitGrid(*m_db, base));
    QCOMPARE(loadForfaitGrid(*m_db)->cells, base);
}

void TestForfaitGrid::grantedAmountsFollowTheGridButSealedRunsDoNot()
{
    // The current sealed version of the demo.
    const qint64 sealed =
        scalar(QStringLiteral("SELECT id FROM preselection_run WHERE sealed_at IS NOT NULL AND superseded_by IS NULL"));
    QVERIFY(sealed > 0);
    Result<QList<RunRow>> rowsBefore = loadRunRows(*m_db, sealed);
    QVERIFY(rowsBefore);
    const Result<RunSummary> runBefore = loadRun(*m_db, sealed);
    QVERIFY(runBefore);
    const QString region = QStringLiteral("93");

    // A competing file of an establishment with a size class and without an override gets the grid's amount.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT c.id, e.size_class, d.code FROM candidature c JOIN establishment e ON e.id = c.establishment_id "
        "JOIN domain d ON d.id = c.domain_id LEFT JOIN amount_override o ON o.candidature_id = c.id WHERE "
        "e.size_class IS NOT NULL AND o.candidature_id IS NULL AND c.state IN ('instruit', 'preselectionne', "
        "'liste_attente') ORDER BY c.id")));
    QVERIFY(query.next());
    const qint64 file = query.value(0).toLongLong();
    const QString sizeClass = query.value(1).toString();
    const QString domain = query.value(2).toString();
    const auto amountOf = [this](qint64 id) -> qint64 {
        const QList<SelectionCandidate> candidates = loadCandidates(*m_db).value();
        for (const SelectionCandidate& c : candidates) {
            if (c.id == id) {
                return c.amountCents;
            }
        }
        return -1;
    };
    const qint64 original = *loadForfaitGrid(*m_db)->amount(sizeClass, domain);
    QCOMPARE(amountOf(file), original);
    QVERIFY(setForfait(*m_db, sizeClass, domain, original + 1234500));
    QCOMPARE(amountOf(file), original + 1234500);
    // Without the cell, the requested amount within the bounds.
    QVERIFY(setForfait(*m_db, sizeClass, domain, std::nullopt));
    const qint64 requested = scalar(QStringLiteral("SELECT requested_cents FROM candidature WHERE id = %1").arg(file));
    const FundingRules rules = loadFundingRules(*m_db).value();
    QCOMPARE(amountOf(file), qBound(rules.forfaitMinCents, requested, rules.forfaitMaxCents));

    // The sealed version did not move: its amounts, its total, and the DGOS file whose SHA-256 it recorded.
    Result<QList<RunRow>> rowsAfter = loadRunRows(*m_db, sealed);
    QVERIFY(rowsAfter);
    QCOMPARE(rowsAfter->size(), rowsBefore->size());
    for (int i = 0; i < rowsAfter->size(); ++i) {
        QCOMPARE(rowsAfter->at(i).item.amountCents, rowsBefore->at(i).item.amountCents);
    }
    const Result<RunSummary> runAfter = loadRun(*m_db, sealed);
    QCOMPARE(runAfter->totalCents, runBefore->totalCents);
    QCOMPARE(QString::fromLatin1(
                 QCryptographicHash::hash(dgosCsv(int(sealed), region, rowsAfter.value()), QCryptographicHash::Sha256)
                     .toHex()),
             runAfter->exportSha256);

    QVERIFY(setForfait(*m_db, sizeClass, domain, original));
    QCOMPARE(amountOf(file), original);
}

void TestForfaitGrid::amountOverrideIsUpdatedInPlace()
{
    const qint64 id = scalar(QStringLiteral("SELECT min(id) FROM candidature"));
    QVERIFY(setAmountOverride(*m_db, id, std::nullopt, {}, QStringLiteral("test")));
    const QString entries =
        QStringLiteral("SELECT count(*) FROM audit_entry WHERE entity = 'amount_override' AND entity_id = %1 AND "
                       "action = '%2'");
    const qint64 inserts = scalar(entries.arg(id).arg(QLatin1String("insert")));
    const qint64 updates = scalar(entries.arg(id).arg(QLatin1String("update")));
    const qint64 deletes = scalar(entries.arg(id).arg(QLatin1String("delete")));
    QVERIFY(setAmountOverride(*m_db, id, 5000000, QStringLiteral("Projet réduit"), QStringLiteral("test")));
    QVERIFY(setAmountOverride(*m_db, id, 6000000, QStringLiteral("Projet revu"), QStringLiteral("test")));
    QCOMPARE(scalar(QStringLiteral("SELECT amount_cents FROM amount_override WHERE candidature_id = %1").arg(id)),
             6000000);
    // An update, not a delete and an insert: the row version rises and the trail says "update".
    QCOMPARE(scalar(QStringLiteral("SELECT row_version FROM amount_override WHERE candidature_id = %1").arg(id)), 2);
    QCOMPARE(scalar(entries.arg(id).arg(QLatin1String("insert"))), inserts + 1);
    QCOMPARE(scalar(entries.arg(id).arg(QLatin1String("update"))), updates + 1);
    QCOMPARE(scalar(entries.arg(id).arg(QLatin1String("delete"))), deletes);
    QVERIFY(setAmountOverride(*m_db, id, std::nullopt, {}, QStringLiteral("test")));
}

QTEST_GUILESS_MAIN(TestForfaitGrid)
#include "tst_forfaitgrid.moc"
