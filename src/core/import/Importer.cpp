// SPDX-License-Identifier: GPL-3.0-or-later
// The import runner: read and validate every row, then write the accepted ones in one transaction.
#include "import/Importer.h"

#include "ImportText.h"
#include "campaign/Campaign.h"
#include "db/Database.h"
#include "import/ImportColumns.h"
#include "import/ImportRows.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace Palier {

namespace {

std::unique_ptr<KindImport> makeKindImport(const Database& db, const ImportRequest& request)
{
    switch (request.kind) {
    case ImportKind::Ghts:
        return makeGhtImport(db, request.mapping);
    case ImportKind::Candidatures:
        return makeCandidatureImport(db, request.format, request.mapping);
    case ImportKind::Indicators:
        return makeIndicatorImport(db, request.format, request.mapping);
    case ImportKind::Scores:
        return makeScoreImport(db, request.mapping);
    case ImportKind::Declarations:
        return makeDeclarationImport(db, request.format, request.mapping, request.path);
    case ImportKind::Establishments:
        break;
    }
    return makeEstablishmentImport(db, request.mapping);
}

QList<RowIssue> named(QList<PendingIssue>& pending, const TableFormat& format, const QStringList& header)
{
    std::stable_sort(pending.begin(), pending.end(),
                     [](const PendingIssue& a, const PendingIssue& b) { return a.line < b.line; });
    QList<RowIssue> issues;
    issues.reserve(pending.size());
    for (PendingIssue& p : pending) {
        issues.append({p.line, columnName(format, header, p.column), std::move(p.reason)});
    }
    pending.clear();
    return issues;
}

/// Lines whose number of fields differs from the header's: the sign of a record split by a line break (or
/// two merged by a missing one) in a delimited file, which would otherwise only show as odd values. Only the
/// first row of each deviation from the first row's count is kept, so a file whose every line ends with an
/// extra separator costs one entry, not one per line.
class FieldCounts
{
public:
    explicit FieldCounts(const TableFormat& format)
        : m_active(format.kind == TableFormat::Kind::Csv && format.hasHeader)
    {}

    void see(const SourceRow& row)
    {
        if (!m_active) {
            return;
        }
        const int count = int(row.cells.size());
        if (m_reference >= 0 && count == m_reference) {
            return;
        }
        if (m_reference < 0) {
            m_reference = count;
        }
        int filled = count;
        while (filled > 0 && row.cells.at(filled - 1).trimmed().isEmpty()) {
            --filled;
        }
        m_rows.push_back({row.line, count, filled});
    }

    void report(const QStringList& header, IssueLists& issues) const
    {
        if (!m_active || header.isEmpty()) {
            return;
        }
        const int expected = int(header.size());
        for (const Counted& row : m_rows) {
            // Empty cells after the last column are harmless: a trailing separator.
            if (row.count < expected || row.filled > expected) {
                issues.warnings.append(
                    {row.line, -1,
                     Importer::tr("Line %1 has %2 fields where the header has %3: a line break or a separator "
                                  "inside an unquoted value may have split or merged records. Check this line and "
                                  "the next in the file.")
                         .arg(row.line)
                         .arg(row.count)
                         .arg(expected)});
            }
        }
    }

private:
    struct Counted
    {
        int line;
        int count;
        int filled; ///< without the empty cells at the end
    };
    bool m_active;
    int m_reference = -1;
    std::vector<Counted> m_rows;
};

} // namespace

Result<ImportReport> runImport(const Database& db, const ImportRequest& request, const ReadProgress& progress)
{
    if (Result<CampaignInfo> campaign = loadCampaign(db); !campaign) {
        return campaign.error();
    }
    if (const QStringList missing = missingRequiredFields(request.kind, request.mapping); !missing.isEmpty()) {
        return Error{QStringLiteral("import.mapping"),
                     Importer::tr("No column is chosen for %1. Choose the columns of these fields in the mapping "
                                  "(or a profile that has them); without them no row can be imported.")
                         .arg(missing.join(QStringLiteral(", "))),
                     request.path};
    }
    std::unique_ptr<KindImport> importer = makeKindImport(db, request);
    if (Result<void> loaded = importer->preload(); !loaded) {
        return loaded.error();
    }

    // Reading and validating take the first 80 % of the progress, writing the rest.
    qint64 fileTotal = 0;
    const auto scaled = [&](qint64 done) { return progress(done, fileTotal + fileTotal / 4); };
    ReadProgress readProgress;
    if (progress) {
        readProgress = [&](qint64 done, qint64 total) {
            fileTotal = total;
            return scaled(done);
        };
    }

    ImportReport report;
    IssueLists issues;
    FieldCounts fieldCounts(request.format);
    Result<QStringList> header = readTable(
        request.path, request.format,
        [&](const SourceRow& row) {
            ++report.read;
            fieldCounts.see(row);
            importer->addRow(row, issues);
            return true;
        },
        readProgress, request.mapping.values());
    if (!header) {
        return header.error();
    }
    fieldCounts.report(header.value(), issues);
    importer->finish(report);
    report.rejected = named(issues.rejected, request.format, header.value());
    report.warnings = named(issues.warnings, request.format, header.value());
    QSet<int> rejectedLines;
    for (const RowIssue& issue : std::as_const(report.rejected)) {
        rejectedLines.insert(issue.line);
    }
    report.rejectedRows = int(rejectedLines.size());

    if (request.dryRun || (!report.rejected.isEmpty() && !request.acceptValid)) {
        return report;
    }
    TransactionGuard transaction(db);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    const qint64 writes = importer->pendingWrites();
    qint64 written = 0;
    const auto tick = [&]() {
        ++written;
        if (!progress || (written % 512 != 0 && written != writes)) {
            return true;
        }
        return scaled(fileTotal + fileTotal / 4 * written / std::max<qint64>(writes, 1));
    };
    if (Result<void> done = importer->write(tick); !done) {
        return done.error(); // the guard rolls back
    }
    if (Result<void> committed = transaction.commit(); !committed) {
        return committed.error();
    }
    report.committed = true;
    return report;
}

} // namespace Palier
