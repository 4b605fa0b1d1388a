// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The programme's forfait grid: the flat amount granted per establishment size class and domain (Funding.h reads
// it). Read, set or clear one cell, replace the whole grid (from a CSV or XLSX file); every write is one audited
// transaction, and a grid with an error writes nothing.

#include "Result.h"
#include "db/RowVersion.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Palier {

class Database;

/// One amount of the grid.
struct ForfaitCell
{
    QString sizeClass;
    QString domainCode;
    qint64 amountCents = 0;
    int line = 0; ///< the line of the file it was read from; 0 when it was not read from a file

    bool operator==(const ForfaitCell& other) const
    {
        return sizeClass == other.sizeClass && domainCode == other.domainCode && amountCents == other.amountCents;
    }
};

/// The grid of the campaign's programme with what it is checked against.
struct ForfaitGrid
{
    qint64 programmeId = 0;
    QString programmeCode;
    qint64 forfaitMinCents = 0; ///< the programme's forfait bounds: a cell outside them is worth a warning
    qint64 forfaitMaxCents = 0;
    QStringList domains;      ///< the programme's domain codes, in their order
    QList<ForfaitCell> cells; ///< by size class (natural order), then domain order

    /// The size classes of the grid, in natural order ("S2" before "S10").
    QStringList sizeClasses() const;
    std::optional<qint64> amount(const QString& sizeClass, const QString& domainCode) const;
};

/// How many establishments have each size class, and how many have none (their files fall back to the amount they
/// request, capped by the programme's forfait bounds).
struct SizeClassCoverage
{
    struct Count
    {
        QString sizeClass;
        int establishments = 0;
    };
    QList<Count> classes; ///< every size class establishments have, in natural order
    int withoutClass = 0;
    QStringList withoutClassNames; ///< "FINESS – name" of the first 200 establishments without a size class

    int establishments(const QString& sizeClass) const;
};

/// A problem of a grid or of one of its cells, with the line of the file when it comes from one.
struct ForfaitIssue
{
    int line = 0;
    QString column; ///< size_class, domain, amount; empty for the whole file
    QString message;
};

/// What checkForfaitCells() and readForfaitFile() find: errors keep the grid from being written, warnings do not.
struct ForfaitCheck
{
    QList<ForfaitIssue> errors;
    QList<ForfaitIssue> warnings;
    bool ok() const { return errors.isEmpty(); }
};

/// A grid read from a file, with what is wrong in it.
struct ForfaitFile
{
    int rows = 0; ///< the data records read (the header excluded)
    QList<ForfaitCell> cells;
    ForfaitCheck check;
};

class ForfaitTexts
{
    Q_DECLARE_TR_FUNCTIONS(Palier::ForfaitGrid)

public:
    /// "Line 4, amount: " before a message, or nothing for an issue that is not from a file.
    static QString where(const ForfaitIssue& issue);
};

/// The grid of the campaign's programme (its domains and bounds included).
Result<ForfaitGrid> loadForfaitGrid(const Database& db);
/// The size classes establishments have, and who has none.
Result<SizeClassCoverage> loadSizeClassCoverage(const Database& db);

/// Normalises a size class as typed: trimmed, inner runs of spaces collapsed.
QString normalizedSizeClass(const QString& text);

/// Checks `cells` as a whole grid of `grid`'s programme. Errors: empty size class, unknown domain, negative amount,
/// the same size class and domain twice. Warnings: an amount outside the programme's forfait bounds (the bounds
/// come from public sources and may be wrong: the referent decides), a size class no establishment has when some
/// have one.
ForfaitCheck checkForfaitCells(const ForfaitGrid& grid, const QList<ForfaitCell>& cells,
                               const SizeClassCoverage& coverage = {});

/// Reads a grid from a CSV (or XLSX) file with the columns size class, domain, amount in euros (French decimals
/// accepted: "150 000", "12 500,50 €"), in that order or named by a header line (size_class/classe, domain/domaine,
/// amount/montant/forfait). A file that cannot be read at all is an error ("io.*", "forfait.columns",
/// "forfait.empty"); problems of its rows are in ForfaitFile::check. Writes nothing.
Result<ForfaitFile> readForfaitFile(const Database& db, const QString& path);

/// Replaces the programme's whole grid by `cells` in one transaction (only the cells that change are written, so
/// that the audit trail shows what changed). Refused with "forfait.invalid" (nothing written) when
/// checkForfaitCells() finds an error; the message lists them.
Result<void> replaceForfaitGrid(const Database& db, const QList<ForfaitCell>& cells);

/// A cell of the grid that an edit and a colleague both changed, differently: as the edit found it (`base`), as it is
/// now (`theirs`), as the edit wants it (`yours`); no value: no cell.
struct ForfaitConflict
{
    QString sizeClass;
    QString domainCode;
    std::optional<qint64> base;
    std::optional<qint64> theirs;
    std::optional<qint64> yours;
};

/// replaceForfaitGrid() for an edit prepared on the grid `base` (as the user saw it): only the cells `cells` changes
/// from `base` are written, so that a colleague's changes to other cells stay. Refused with "db.conflict", nothing
/// written, when a cell it changes was changed meanwhile to another value (`conflicts`, when given, lists them);
/// "forfait.invalid" as replaceForfaitGrid(). On PostgreSQL two such saves run one after the other (advisory lock).
Result<void> replaceForfaitGridFrom(const Database& db, const QList<ForfaitCell>& base, const QList<ForfaitCell>& cells,
                                    QList<ForfaitConflict>* conflicts = nullptr);

/// Who changed the forfait grid last, and when, from the audit trail.
LastChange lastForfaitChange(const Database& db);

/// readForfaitFile() then replaceForfaitGrid(): the file's grid replaces the programme's, or nothing is written
/// (error "forfait.invalid" when a row is wrong). The file read, with its warnings, on success.
Result<ForfaitFile> importForfaitFile(const Database& db, const QString& path);

/// Sets one cell (or with no amount, removes it) in its own transaction. Errors "forfait.invalid" (empty size
/// class, unknown domain, negative amount), "forfait.unknown-cell" (clearing a cell the grid does not have).
/// The warnings checkForfaitCells() gives for that cell, on success.
Result<QList<ForfaitIssue>> setForfait(const Database& db, const QString& sizeClass, const QString& domainCode,
                                       std::optional<qint64> amountCents);

} // namespace Palier
