// SPDX-License-Identifier: GPL-3.0-or-later
#include "selection/ForfaitGrid.h"

#include "db/AdvisoryLock.h"
#include "db/Database.h"
#include "import/ImportValues.h"
#include "io/SourceTable.h"
#include "selection/Selection.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <array>

namespace Palier {

namespace {

/// The programme the campaign runs (the first one when no campaign was recorded), as Funding.cpp finds it.
const QString ProgrammeId =
    QStringLiteral("COALESCE((SELECT programme_id FROM campaign WHERE id = 1), (SELECT min(id) FROM programme))");

/// The longest size class accepted: a code ("S2", "T3", "moins de 300 lits"), not a sentence.
constexpr int MaxSizeClassLength = 40;

/// "S2" before "S10": digits compare as numbers, the rest case-insensitively.
bool naturalLess(const QString& a, const QString& b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            qsizetype ei = i;
            qsizetype ej = j;
            while (ei < a.size() && a.at(ei).isDigit()) {
                ++ei;
            }
            while (ej < b.size() && b.at(ej).isDigit()) {
                ++ej;
            }
            const QString na = a.mid(i, ei - i);
            const QString nb = b.mid(j, ej - j);
            const qulonglong va = na.toULongLong();
            const qulonglong vb = nb.toULongLong();
            if (va != vb) {
                return va < vb;
            }
            i = ei;
            j = ej;
            continue;
        }
        const int c = QString::compare(a.at(i), b.at(j), Qt::CaseInsensitive);
        if (c != 0) {
            return c < 0;
        }
        ++i;
        ++j;
    }
    if ((a.size() - i) != (b.size() - j)) {
        return (a.size() - i) < (b.size() - j);
    }
    return a < b;
}

void sortCells(QList<ForfaitCell>& cells, const QStringList& domains)
{
    std::stable_sort(cells.begin(), cells.end(), [&domains](const ForfaitCell& x, const ForfaitCell& y) {
        if (x.sizeClass != y.sizeClass) {
            return naturalLess(x.sizeClass, y.sizeClass);
        }
        return domains.indexOf(x.domainCode) < domains.indexOf(y.domainCode);
    });
}

Error invalid(const ForfaitCheck& check)
{
    QStringList lines;
    for (const ForfaitIssue& issue : check.errors) {
        lines.append(ForfaitTexts::where(issue) + issue.message);
    }
    return Error{QStringLiteral("forfait.invalid"),
                 ForfaitTexts::tr("The forfait grid was not changed: %Ln problem(s) to fix first.\n%1", nullptr,
                                  int(check.errors.size()))
                     .arg(lines.join(u'\n')),
                 {}};
}

/// The column of a header cell: 0 size class, 1 domain, 2 amount, -1 none.
int headerColumn(const QString& cell)
{
    const QString key = ImportValues::foldKey(cell);
    static const QList<QStringList> names{
        {QStringLiteral("sizeclass"), QStringLiteral("size"), QStringLiteral("class"), QStringLiteral("classe"),
         QStringLiteral("classedetaille"), QStringLiteral("taille"), QStringLiteral("categoriedetaille")},
        {QStringLiteral("domain"), QStringLiteral("domaine"), QStringLiteral("domaincode"),
         QStringLiteral("codedomaine")},
        {QStringLiteral("amount"), QStringLiteral("amounteur"), QStringLiteral("amounteuros"),
         QStringLiteral("montant"), QStringLiteral("montanteur"), QStringLiteral("montanteuros"),
         QStringLiteral("forfait"), QStringLiteral("forfaiteur"), QStringLiteral("forfaiteuros")},
    };
    for (int column = 0; column < int(names.size()); ++column) {
        if (names.at(column).contains(key)) {
            return column;
        }
    }
    return -1;
}

QString amountProblem(ImportValues::AmountProblem problem)
{
    switch (problem) {
    case ImportValues::AmountProblem::Empty:
        return ForfaitTexts::tr("Give the amount in euros, e.g. 150000 or 150 000,00.");
    case ImportValues::AmountProblem::Negative:
        return ForfaitTexts::tr("A forfait cannot be negative: give an amount of 0 or more.");
    case ImportValues::AmountProblem::TooManyDecimals:
        return ForfaitTexts::tr("Give the amount in euros with at most two decimals (cents).");
    case ImportValues::AmountProblem::Ambiguous:
        return ForfaitTexts::tr(
            "This amount can be read two ways (thousands or decimals): write it without a thousands "
            "separator, e.g. 250000 or 250,5.");
    case ImportValues::AmountProblem::TooLarge:
        return ForfaitTexts::tr(
            "This amount is over a billion euros: check the column and the unit (euros, not cents).");
    case ImportValues::AmountProblem::NotANumber:
    case ImportValues::AmountProblem::None:
        break;
    }
    return ForfaitTexts::tr("This is not an amount in euros: write it like 150000 or 150 000,50.");
}

/// Checks one cell; `seen` (the line of each size class and domain met) and `check` gather what it finds.
void checkCell(const ForfaitGrid& grid, const ForfaitCell& cell, QHash<QPair<QString, QString>, int>& seen,
               ForfaitCheck& check)
{
    const int line = cell.line;
    if (cell.sizeClass.isEmpty()) {
        check.errors.append(
            {line, QStringLiteral("size_class"),
             ForfaitTexts::tr("The size class is empty: give the establishments' size class this amount is for, "
                              "e.g. S2.")});
    } else if (cell.sizeClass.size() > MaxSizeClassLength) {
        check.errors.append(
            {line, QStringLiteral("size_class"),
             ForfaitTexts::tr("The size class “%1…” is too long: give a short code, e.g. S2 (at most %2 "
                              "characters).")
                 .arg(cell.sizeClass.left(20))
                 .arg(MaxSizeClassLength)});
    }
    if (!grid.domains.contains(cell.domainCode)) {
        check.errors.append({line, QStringLiteral("domain"),
                             cell.domainCode.isEmpty()
                                 ? ForfaitTexts::tr("The domain is empty: give one of the programme's domains (%1).")
                                       .arg(grid.domains.join(QStringLiteral(", ")))
                                 : ForfaitTexts::tr("The programme has no domain “%1”: give one of %2.")
                                       .arg(cell.domainCode, grid.domains.join(QStringLiteral(", ")))});
    }
    if (cell.amountCents < 0) {
        check.errors.append({line, QStringLiteral("amount"),
                             ForfaitTexts::tr("A forfait cannot be negative: give an amount of 0 or more.")});
    } else if (grid.forfaitMaxCents > 0 &&
               (cell.amountCents < grid.forfaitMinCents || cell.amountCents > grid.forfaitMaxCents)) {
        check.warnings.append(
            {line, QStringLiteral("amount"),
             ForfaitTexts::tr("%1 for %2 and %3 is outside the programme's forfait bounds (%4 to %5): check the "
                              "amount, or the bounds of the programme definition.")
                 .arg(SelectionTexts::money(cell.amountCents), cell.sizeClass, cell.domainCode,
                      SelectionTexts::money(grid.forfaitMinCents), SelectionTexts::money(grid.forfaitMaxCents))});
    }
    if (cell.sizeClass.isEmpty() || !grid.domains.contains(cell.domainCode)) {
        return;
    }
    const QPair<QString, QString> key{cell.sizeClass, cell.domainCode};
    if (const auto first = seen.constFind(key); first != seen.cend()) {
        check.errors.append(
            {line, QString(),
             *first > 0
                 ? ForfaitTexts::tr("%1 and %2 were already given on line %3: keep one amount for each size class and "
                                    "domain.")
                       .arg(cell.sizeClass, cell.domainCode)
                       .arg(*first)
                 : ForfaitTexts::tr("%1 and %2 are given twice: keep one amount for each size class and domain.")
                       .arg(cell.sizeClass, cell.domainCode)});
        return;
    }
    seen.insert(key, line);
}

/// A size class of the grid that no establishment has, when some have one: a typing mistake, or a class to
/// give the establishments (import the registry with its size classes).
void checkClasses(const QList<ForfaitCell>& cells, const SizeClassCoverage& coverage, ForfaitCheck& check)
{
    if (coverage.classes.isEmpty()) {
        return; // no establishment has a class yet: the grid may well be entered first
    }
    QSet<QString> warned;
    for (const ForfaitCell& cell : cells) {
        if (cell.sizeClass.isEmpty() || warned.contains(cell.sizeClass) || coverage.establishments(cell.sizeClass)) {
            continue;
        }
        warned.insert(cell.sizeClass);
        QString near;
        for (const SizeClassCoverage::Count& count : coverage.classes) {
            if (count.sizeClass.compare(cell.sizeClass, Qt::CaseInsensitive) == 0) {
                near = count.sizeClass;
            }
        }
        QStringList known;
        for (const SizeClassCoverage::Count& count : coverage.classes) {
            known.append(count.sizeClass);
        }
        check.warnings.append(
            {cell.line, QStringLiteral("size_class"),
             near.isEmpty()
                 ? ForfaitTexts::tr("No establishment has the size class “%1” (they have %2): its amounts will not be "
                                    "used until establishments are given that class.")
                       .arg(cell.sizeClass, known.join(QStringLiteral(", ")))
                 : ForfaitTexts::tr("No establishment has the size class “%1”, but %2 have “%3”: size classes must be "
                                    "written exactly alike.")
                       .arg(cell.sizeClass)
                       .arg(coverage.establishments(near))
                       .arg(near)});
    }
}

Result<qint64> domainId(const Database& db, qint64 programmeId, const QString& code)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT id FROM domain WHERE programme_id = ? AND code = ?"));
    query.addBindValue(programmeId);
    query.addBindValue(code);
    if (!query.exec()) {
        return sqlError(ForfaitTexts::tr("Cannot read the programme's domains."), query);
    }
    if (!query.next()) {
        return Error{
            QStringLiteral("forfait.invalid"), ForfaitTexts::tr("The programme has no domain “%1”.").arg(code), {}};
    }
    return query.value(0).toLongLong();
}

/// Writes `cell` (insert or update); no transaction of its own.
Result<void> upsert(const Database& db, qint64 programmeId, qint64 domain, const ForfaitCell& cell)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO forfait_grid (programme_id, size_class, domain_id, amount_cents) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (programme_id, size_class, domain_id) DO UPDATE SET amount_cents = excluded.amount_cents"));
    query.addBindValue(programmeId);
    query.addBindValue(cell.sizeClass);
    query.addBindValue(domain);
    query.addBindValue(cell.amountCents);
    if (!query.exec()) {
        return sqlError(ForfaitTexts::tr("Cannot write the forfait grid."), query);
    }
    return {};
}

Result<void> remove(const Database& db, qint64 programmeId, qint64 domain, const QString& sizeClass)
{
    QSqlQuery query(db.connection());
    query.prepare(
        QStringLiteral("DELETE FROM forfait_grid WHERE programme_id = ? AND size_class = ? AND domain_id = ?"));
    query.addBindValue(programmeId);
    query.addBindValue(sizeClass);
    query.addBindValue(domain);
    if (!query.exec()) {
        return sqlError(ForfaitTexts::tr("Cannot write the forfait grid."), query);
    }
    return {};
}

Result<QHash<QString, qint64>> domainIds(const Database& db, qint64 programmeId)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT code, id FROM domain WHERE programme_id = ?"));
    query.addBindValue(programmeId);
    if (!query.exec()) {
        return sqlError(ForfaitTexts::tr("Cannot read the programme's domains."), query);
    }
    QHash<QString, qint64> ids;
    while (query.next()) {
        ids.insert(query.value(0).toString(), query.value(1).toLongLong());
    }
    return ids;
}

} // namespace

QString ForfaitTexts::where(const ForfaitIssue& issue)
{
    if (issue.line <= 0) {
        return {};
    }
    if (issue.column == QLatin1String("size_class")) {
        return tr("Line %1, size class: ").arg(issue.line);
    }
    if (issue.column == QLatin1String("domain")) {
        return tr("Line %1, domain: ").arg(issue.line);
    }
    if (issue.column == QLatin1String("amount")) {
        return tr("Line %1, amount: ").arg(issue.line);
    }
    return tr("Line %1: ").arg(issue.line);
}

QStringList ForfaitGrid::sizeClasses() const
{
    QStringList classes;
    for (const ForfaitCell& cell : cells) {
        if (!classes.contains(cell.sizeClass)) {
            classes.append(cell.sizeClass);
        }
    }
    std::stable_sort(classes.begin(), classes.end(), naturalLess);
    return classes;
}

std::optional<qint64> ForfaitGrid::amount(const QString& sizeClass, const QString& domainCode) const
{
    for (const ForfaitCell& cell : cells) {
        if (cell.sizeClass == sizeClass && cell.domainCode == domainCode) {
            return cell.amountCents;
        }
    }
    return std::nullopt;
}

int SizeClassCoverage::establishments(const QString& sizeClass) const
{
    for (const Count& count : classes) {
        if (count.sizeClass == sizeClass) {
            return count.establishments;
        }
    }
    return 0;
}

QString normalizedSizeClass(const QString& text)
{
    return ImportValues::cleanText(text);
}

Result<ForfaitGrid> loadForfaitGrid(const Database& db)
{
    ForfaitGrid grid;
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT id, code, forfait_min_cents, forfait_max_cents FROM programme WHERE id = ") +
                    ProgrammeId)) {
        return sqlError(ForfaitTexts::tr("Cannot read the forfait grid."), query);
    }
    if (!query.next()) {
        return Error{
            QStringLiteral("forfait.no-programme"),
            ForfaitTexts::tr("This database has no programme yet: create the campaign first (palier-cli init)."),
            {}};
    }
    grid.programmeId = query.value(0).toLongLong();
    grid.programmeCode = query.value(1).toString();
    grid.forfaitMinCents = query.value(2).toLongLong();
    grid.forfaitMaxCents = query.value(3).toLongLong();
    query.prepare(QStringLiteral("SELECT code FROM domain WHERE programme_id = ? ORDER BY sort_order, id"));
    query.addBindValue(grid.programmeId);
    if (!query.exec()) {
        return sqlError(ForfaitTexts::tr("Cannot read the programme's domains."), query);
    }
    while (query.next()) {
        grid.domains.append(query.value(0).toString());
    }
    query.prepare(QStringLiteral("SELECT g.size_class, d.code, g.amount_cents FROM forfait_grid g "
                                 "JOIN domain d ON d.id = g.domain_id WHERE g.programme_id = ?"));
    query.addBindValue(grid.programmeId);
    if (!query.exec()) {
        return sqlError(ForfaitTexts::tr("Cannot read the forfait grid."), query);
    }
    while (query.next()) {
        grid.cells.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong()});
    }
    sortCells(grid.cells, grid.domains);
    return grid;
}

Result<SizeClassCoverage> loadSizeClassCoverage(const Database& db)
{
    SizeClassCoverage coverage;
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT size_class, count(*) FROM establishment WHERE size_class IS NOT NULL AND "
                                   "trim(size_class) <> '' GROUP BY size_class"))) {
        return sqlError(ForfaitTexts::tr("Cannot read the establishments' size classes."), query);
    }
    while (query.next()) {
        coverage.classes.append({query.value(0).toString(), query.value(1).toInt()});
    }
    std::sort(coverage.classes.begin(), coverage.classes.end(),
              [](const SizeClassCoverage::Count& a, const SizeClassCoverage::Count& b) {
                  return naturalLess(a.sizeClass, b.sizeClass);
              });
    if (!query.exec(QStringLiteral("SELECT finess_et, name FROM establishment WHERE size_class IS NULL OR "
                                   "trim(size_class) = '' ORDER BY name, finess_et"))) {
        return sqlError(ForfaitTexts::tr("Cannot read the establishments' size classes."), query);
    }
    while (query.next()) {
        if (++coverage.withoutClass <= 200) {
            coverage.withoutClassNames.append(
                QStringLiteral("%1 – %2").arg(query.value(0).toString(), query.value(1).toString()));
        }
    }
    return coverage;
}

ForfaitCheck checkForfaitCells(const ForfaitGrid& grid, const QList<ForfaitCell>& cells,
                               const SizeClassCoverage& coverage)
{
    ForfaitCheck check;
    QHash<QPair<QString, QString>, int> seen;
    for (const ForfaitCell& cell : cells) {
        checkCell(grid, cell, seen, check);
    }
    checkClasses(cells, coverage, check);
    return check;
}

Result<ForfaitFile> readForfaitFile(const Database& db, const QString& path)
{
    Result<ForfaitGrid> grid = loadForfaitGrid(db);
    if (!grid) {
        return grid.error();
    }
    Result<SizeClassCoverage> coverage = loadSizeClassCoverage(db);
    if (!coverage) {
        return coverage.error();
    }
    Result<TableFormat> format = detectTableFormat(path);
    if (!format) {
        return format.error();
    }
    if (format->kind == TableFormat::Kind::FinessExtract) {
        return Error{
            QStringLiteral("forfait.columns"),
            ForfaitTexts::tr("%1 is a FINESS extract, not a forfait grid: give a file with the columns size class, "
                             "domain and amount.")
                .arg(QFileInfo(path).fileName()),
            {}};
    }
    // Column positions: named by the header, or the documented order.
    std::array<int, 3> columns{0, 1, 2};
    QList<SourceRow> rows;
    Result<QStringList> header = readTable(path, format.value(), [&rows](const SourceRow& row) {
        rows.append(row);
        return rows.size() <= 100000; // a grid has tens of rows: beyond this the file is something else
    });
    if (!header) {
        return header.error();
    }
    if (format->hasHeader && header->size() >= 3 && grid->domains.contains(ImportValues::domainCode(header->at(1))) &&
        headerColumn(header->at(0)) < 0 && headerColumn(header->at(2)) < 0) {
        // No header after all: "S1;D1;40 000,00 €" has no cell the detection takes for a number.
        rows.prepend({1, header.value(), false});
    } else if (format->hasHeader) {
        columns = {-1, -1, -1};
        for (int i = 0; i < int(header->size()); ++i) {
            const int column = headerColumn(header->at(i));
            if (column >= 0 && columns.at(column) < 0) {
                columns[column] = i;
            }
        }
        if (std::find(columns.cbegin(), columns.cend(), -1) != columns.cend()) {
            return Error{QStringLiteral("forfait.columns"),
                         ForfaitTexts::tr(
                             "%1 does not have the columns of a forfait grid. Its first line names %2; give the "
                             "columns size_class;domain;amount (or classe;domaine;montant), one line per size class "
                             "and domain.")
                             .arg(QFileInfo(path).fileName(), header->join(QStringLiteral(", "))),
                         {}};
        }
    }
    if (rows.isEmpty()) {
        return Error{
            QStringLiteral("forfait.empty"),
            ForfaitTexts::tr("%1 has no amounts: give one line per size class and domain (size_class;domain;amount).")
                .arg(QFileInfo(path).fileName()),
            {}};
    }
    ForfaitFile file;
    file.rows = int(rows.size());
    ForfaitCheck parse;
    for (const SourceRow& row : std::as_const(rows)) {
        const auto cell = [&row](int column) { return column < row.cells.size() ? row.cells.at(column) : QString(); };
        ForfaitCell c;
        c.line = row.line;
        c.sizeClass = normalizedSizeClass(cell(columns[0]));
        c.domainCode = ImportValues::domainCode(cell(columns[1]));
        const ImportValues::Amount amount = ImportValues::parseAmount(cell(columns[2]));
        if (amount.problem != ImportValues::AmountProblem::None &&
            amount.problem != ImportValues::AmountProblem::Negative) {
            parse.errors.append({row.line, QStringLiteral("amount"), amountProblem(amount.problem)});
            c.amountCents = 0;
        } else {
            c.amountCents = amount.cents; // a negative amount is reported by the check below
        }
        file.cells.append(c);
    }
    file.check = checkForfaitCells(grid.value(), file.cells, coverage.value());
    file.check.errors = parse.errors + file.check.errors;
    std::stable_sort(file.check.errors.begin(), file.check.errors.end(),
                     [](const ForfaitIssue& a, const ForfaitIssue& b) { return a.line < b.line; });
    return file;
}

Result<void> replaceForfaitGrid(const Database& db, const QList<ForfaitCell>& cells)
{
    Result<ForfaitGrid> grid = loadForfaitGrid(db);
    if (!grid) {
        return grid.error();
    }
    if (const ForfaitCheck check = checkForfaitCells(grid.value(), cells); !check.ok()) {
        return invalid(check);
    }
    Result<QHash<QString, qint64>> ids = domainIds(db, grid->programmeId);
    if (!ids) {
        return ids.error();
    }
    TransactionGuard guard(db);
    if (!guard.started()) {
        return guard.started().error();
    }
    QSet<QPair<QString, QString>> kept;
    for (const ForfaitCell& cell : cells) {
        kept.insert({cell.sizeClass, cell.domainCode});
        const std::optional<qint64> before = grid->amount(cell.sizeClass, cell.domainCode);
        if (before && *before == cell.amountCents) {
            continue; // unchanged: no write, no audit entry
        }
        if (Result<void> written = upsert(db, grid->programmeId, ids->value(cell.domainCode), cell); !written) {
            return written;
        }
    }
    for (const ForfaitCell& old : std::as_const(grid->cells)) {
        if (!kept.contains({old.sizeClass, old.domainCode})) {
            if (Result<void> removed = remove(db, grid->programmeId, ids->value(old.domainCode), old.sizeClass);
                !removed) {
                return removed;
            }
        }
    }
    return guard.commit();
}

namespace {

using CellKey = QPair<QString, QString>; ///< size class, domain

QHash<CellKey, qint64> amountsOf(const QList<ForfaitCell>& cells)
{
    QHash<CellKey, qint64> amounts;
    for (const ForfaitCell& cell : cells) {
        amounts.insert({cell.sizeClass, cell.domainCode}, cell.amountCents);
    }
    return amounts;
}

std::optional<qint64> amountAt(const QHash<CellKey, qint64>& amounts, const CellKey& key)
{
    const auto found = amounts.constFind(key);
    return found == amounts.cend() ? std::nullopt : std::optional<qint64>(*found);
}

} // namespace

Result<void> replaceForfaitGridFrom(const Database& db, const QList<ForfaitCell>& base, const QList<ForfaitCell>& cells,
                                    QList<ForfaitConflict>* conflicts)
{
    TransactionGuard guard(db);
    if (!guard.started()) {
        return guard.started().error();
    }
    // Two referents saving the grid at once on a server: one after the other, each reading what the other wrote.
    if (Result<void> locked = lockForTransaction(db, QStringLiteral("forfait-grid")); !locked) {
        return locked.error();
    }
    Result<ForfaitGrid> grid = loadForfaitGrid(db); // as it is now, inside the transaction
    if (!grid) {
        return grid.error();
    }
    // The grid wanted, as a whole, first: a cell twice, an unknown domain… (the merge below keeps one per cell).
    if (const ForfaitCheck check = checkForfaitCells(grid.value(), cells); !check.ok()) {
        return invalid(check);
    }
    const QHash<CellKey, qint64> before = amountsOf(base);
    const QHash<CellKey, qint64> now = amountsOf(grid->cells);
    const QHash<CellKey, qint64> wanted = amountsOf(cells);
    QSet<CellKey> keys;
    for (const QHash<CellKey, qint64>* amounts : {&before, &now, &wanted}) {
        for (auto it = amounts->cbegin(); it != amounts->cend(); ++it) {
            keys.insert(it.key());
        }
    }
    // Only what the edit changes is written: a colleague's other changes stay. A cell both changed, differently,
    // is a conflict: nothing is written, and both values go back to the caller.
    QHash<CellKey, qint64> merged = now;
    QList<ForfaitConflict> found;
    for (const CellKey& key : std::as_const(keys)) {
        const std::optional<qint64> was = amountAt(before, key);
        const std::optional<qint64> theirs = amountAt(now, key);
        const std::optional<qint64> yours = amountAt(wanted, key);
        if (yours == was || yours == theirs) {
            continue;
        }
        if (theirs != was) {
            found.append({key.first, key.second, was, theirs, yours});
            continue;
        }
        if (yours) {
            merged.insert(key, *yours);
        } else {
            merged.remove(key);
        }
    }
    if (!found.isEmpty()) {
        std::sort(found.begin(), found.end(), [](const ForfaitConflict& a, const ForfaitConflict& b) {
            return std::pair(a.sizeClass, a.domainCode) < std::pair(b.sizeClass, b.domainCode);
        });
        if (conflicts) {
            *conflicts = found;
        }
        return Error{QStringLiteral("db.conflict"),
                     ForfaitTexts::tr("Someone else changed %Ln amount(s) of the forfait grid you changed too, while "
                                      "you were editing it. Nothing was saved: compare both, then keep theirs or "
                                      "yours.",
                                      nullptr, int(found.size())),
                     {}};
    }
    QList<ForfaitCell> result;
    for (auto it = merged.cbegin(); it != merged.cend(); ++it) {
        result.append({it.key().first, it.key().second, it.value(), 0});
    }
    if (const ForfaitCheck check = checkForfaitCells(grid.value(), result); !check.ok()) {
        return invalid(check);
    }
    Result<QHash<QString, qint64>> ids = domainIds(db, grid->programmeId);
    if (!ids) {
        return ids.error();
    }
    for (const CellKey& key : std::as_const(keys)) {
        const std::optional<qint64> theirs = amountAt(now, key);
        const std::optional<qint64> next = amountAt(merged, key);
        if (next == theirs) {
            continue; // unchanged: no write, no audit entry
        }
        const Result<void> written =
            next ? upsert(db, grid->programmeId, ids->value(key.second), {key.first, key.second, *next, 0})
                 : remove(db, grid->programmeId, ids->value(key.second), key.first);
        if (!written) {
            return written;
        }
    }
    return guard.commit();
}

LastChange lastForfaitChange(const Database& db)
{
    return lastChangeOfEntities(db, {QStringLiteral("forfait")}); // the audit entity of forfait_grid rows
}

Result<ForfaitFile> importForfaitFile(const Database& db, const QString& path)
{
    Result<ForfaitFile> file = readForfaitFile(db, path);
    if (!file) {
        return file.error();
    }
    if (!file->check.ok()) {
        return invalid(file->check);
    }
    if (Result<void> written = replaceForfaitGrid(db, file->cells); !written) {
        return written.error();
    }
    return file;
}

Result<QList<ForfaitIssue>> setForfait(const Database& db, const QString& sizeClass, const QString& domainCode,
                                       std::optional<qint64> amountCents)
{
    Result<ForfaitGrid> grid = loadForfaitGrid(db);
    if (!grid) {
        return grid.error();
    }
    ForfaitCell cell{normalizedSizeClass(sizeClass), ImportValues::domainCode(domainCode), amountCents.value_or(0)};
    QHash<QPair<QString, QString>, int> seen;
    ForfaitCheck check;
    checkCell(grid.value(), cell, seen, check);
    if (!check.ok()) {
        return invalid(check);
    }
    Result<qint64> domain = domainId(db, grid->programmeId, cell.domainCode);
    if (!domain) {
        return domain.error();
    }
    if (!amountCents && !grid->amount(cell.sizeClass, cell.domainCode)) {
        return Error{QStringLiteral("forfait.unknown-cell"),
                     ForfaitTexts::tr("The grid has no amount for %1 and %2: there is nothing to clear.")
                         .arg(cell.sizeClass, cell.domainCode),
                     {}};
    }
    TransactionGuard guard(db);
    if (!guard.started()) {
        return guard.started().error();
    }
    Result<void> written = amountCents ? upsert(db, grid->programmeId, domain.value(), cell)
                                       : remove(db, grid->programmeId, domain.value(), cell.sizeClass);
    if (!written) {
        return written.error();
    }
    if (Result<void> committed = guard.commit(); !committed) {
        return committed.error();
    }
    if (!amountCents) {
        return QList<ForfaitIssue>();
    }
    Result<SizeClassCoverage> coverage = loadSizeClassCoverage(db);
    if (!coverage) {
        return QList<ForfaitIssue>(check.warnings);
    }
    QList<ForfaitIssue> warnings = check.warnings;
    ForfaitCheck classes;
    checkClasses({cell}, coverage.value(), classes);
    return warnings + classes.warnings;
}

} // namespace Palier
