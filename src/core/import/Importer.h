// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "io/SourceTable.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Palier {

class Database;

/// What a file brings into the campaign database.
enum class ImportKind {
    Establishments, ///< the registry: FINESS extract, SAE identity file, any list with FINESS numbers
    Ghts,           ///< the GHT list (SAE GHT file)
    Candidatures,   ///< AMI files: one row per establishment × domain
    Indicators,     ///< prerequisite and domain indicator values: one row per establishment × indicator
    Scores,         ///< evaluators' scores: one row per candidature (FINESS × domain) × criterion × evaluator
    Declarations,   ///< usage indicator declarations: one row per establishment × usage indicator × period
};

/// "establishments", "ght", "candidatures", "indicators", "scores", "declarations": the words of the CLI.
QString importKindCode(ImportKind kind);
std::optional<ImportKind> importKindFromCode(QStringView code);

/// A field of the database that a source column can be mapped to.
struct ImportField
{
    QString key;   ///< stable identifier used in profiles and reports, e.g. "finess_et"
    QString label; ///< translated, shown in the mapping page and in row reports
    bool required = false;
};

/// The fields of `kind`, in the order the mapping page shows them.
QList<ImportField> importFields(ImportKind kind);

/// field key → 0-based source column index. Unmapped fields are absent.
using ColumnMapping = QHash<QString, int>;

/// Maps the columns whose header is known (`fi`, `finess`, `nofinesset`, `FINESS` → finess_et; `rs`,
/// `Raison sociale` → name; …), case, accents and spacing ignored. For the FINESS extract (no header), the
/// fixed positions of the etalab layout.
ColumnMapping guessColumnMapping(ImportKind kind, const TableFormat& format, const QStringList& header);

/// A problem with one source row: where it is and what is wrong, in words the user can act on.
struct RowIssue
{
    int line = 0;   ///< as SourceRow::line
    QString column; ///< the source column's header (or its letter / number when there is no header)
    QString reason; ///< translated
};

struct FieldChange
{
    QString field; ///< ImportField::key
    QString before;
    QString after;
};

/// An existing record the import changes, with what changes.
struct RowUpdate
{
    int line = 0;
    QString key; ///< the natural key: FINESS ET, GHT code, or "FINESS × domain"
    QList<FieldChange> changes;
};

/// What an import did, or would do: the counts describe the valid rows whether or not they were written
/// (`committed` says which), so that a dry run shows the summary the user decides on.
struct ImportReport
{
    int read = 0;
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    QList<RowIssue> rejected; ///< rows not imported; a row with several problems has one entry for each
    QList<RowIssue> warnings; ///< rows imported without a secondary value
    QList<RowUpdate> updates;
    bool committed = false; ///< true when the valid rows are now in the database
    int rejectedRows = 0;   ///< distinct lines among `rejected`: the "N rejected" of the summary
};

struct ImportRequest
{
    ImportKind kind = ImportKind::Establishments;
    QString path;
    TableFormat format;
    ColumnMapping mapping;
    /// Import the valid rows even when others are rejected. Without it, any rejected row means nothing is
    /// written.
    bool acceptValid = false;
    /// Validate and count (new / updated / unchanged) without writing anything.
    bool dryRun = false;
};

/// Reads, validates and upserts the file in one transaction: either every accepted row is written, or
/// nothing is (on a rejected row without acceptValid, a dry run, a cancel through `progress`, or any
/// error). Errors are file-level or database-level; row problems are in the report.
/// Upsert: a value the row gives replaces the stored one; an unmapped column, an empty cell or a value dropped
/// with a warning leaves the stored value as it is. Rows repeating a key are all rejected.
/// `progress` runs over reading (the first 80 %) then writing; return false to cancel (error "import.cancelled").
/// Errors: "campaign.none", "import.mapping" (a required field has no column), "io.*", "import.cancelled",
/// "db.*". Call it on the thread that opened `db`: a Qt SQL connection belongs to its thread, so a worker
/// thread opens its own Database on the same file.
Result<ImportReport> runImport(const Database& db, const ImportRequest& request, const ReadProgress& progress = {});

/// The JSON report of DESIGN.md: {"read","inserted","updated","unchanged","rejected":[{"line","column",
/// "reason"}],"warnings":[…],"updates":[…],"committed"}.
QJsonObject importReportJson(const ImportReport& report);

/// A named, reusable choice of format and mapping for one kind of file.
struct ImportProfile
{
    QString name;
    ImportKind kind = ImportKind::Establishments;
    TableFormat format;
    ColumnMapping mapping;
};

/// Saves (or replaces) a profile in the campaign database.
Result<void> saveImportProfile(const Database& db, const ImportProfile& profile);
/// Error "import.no-profile" naming the profiles that exist.
Result<ImportProfile> loadImportProfile(const Database& db, const QString& name);
Result<QList<ImportProfile>> importProfiles(const Database& db);

} // namespace Palier
