// SPDX-License-Identifier: GPL-3.0-or-later
// palier-cli import KIND FILE --db F [--profile P] [--accept-valid] [--dry-run] [--json]
#include "CliApp.h"
#include "CliOptions.h"
#include "CliOutput.h"
#include "db/AdvisoryLock.h"
#include "db/Database.h"
#include "import/Importer.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace Palier::Cli {

namespace {

const QString ProfileOption = QStringLiteral("profile");
const QString AcceptValidOption = QStringLiteral("accept-valid");
const QString DryRunOption = QStringLiteral("dry-run");

void printIssues(Output& output, const QList<RowIssue>& issues, const QString& rowFormat, const QString& lineFormat)
{
    for (const RowIssue& issue : issues) {
        output.line(issue.column.isEmpty() ? lineFormat.arg(issue.line).arg(issue.reason)
                                           : rowFormat.arg(issue.line).arg(issue.column, issue.reason));
    }
}

} // namespace

QList<QCommandLineOption> importOptions()
{
    return {QCommandLineOption(ProfileOption,
                               CliApp::tr("Use the import profile NAME saved in the database (file layout and "
                                          "columns) instead of recognising the file."),
                               CliApp::tr("name")),
            QCommandLineOption(AcceptValidOption, CliApp::tr("Import the valid rows even when others are rejected.")),
            QCommandLineOption(DryRunOption, CliApp::tr("Check the file and count what would change; write "
                                                        "nothing."))};
}

int CliApp::runImport(QCommandLineParser& parser, Output& output)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() < 2) {
        return output.fail(argumentError(tr("import needs what to import and the file, e.g. palier-cli import "
                                            "establishments sae-2022-id.csv --db region.palier.")));
    }
    const std::optional<ImportKind> kind = importKindFromCode(arguments.at(0));
    if (!kind) {
        return output.fail(
            argumentError(tr("“%1” cannot be imported. Use establishments, ght, candidatures, indicators, scores or "
                             "declarations.")
                              .arg(arguments.at(0))));
    }
    const QString file = arguments.at(1);
    const QString path = parser.value(dbOption());
    auto db = Database::open(path, {});
    if (!db) {
        return output.fail(db.error());
    }

    ImportRequest request;
    request.kind = *kind;
    request.path = file;
    request.acceptValid = parser.isSet(AcceptValidOption);
    request.dryRun = parser.isSet(DryRunOption);
    if (parser.isSet(ProfileOption)) {
        Result<ImportProfile> profile = loadImportProfile(*db.value(), parser.value(ProfileOption));
        if (!profile) {
            return output.fail(profile.error());
        }
        if (profile->kind != *kind) {
            return output.fail(
                argumentError(tr("The profile “%1” imports %2, not %3.")
                                  .arg(profile->name, importKindCode(profile->kind), importKindCode(*kind))));
        }
        request.format = profile->format;
        request.mapping = profile->mapping;
    } else {
        Result<TableFormat> format = detectTableFormat(file);
        if (!format) {
            return output.fail(format.error());
        }
        Result<TablePreview> preview = previewTable(file, format.value(), 0);
        if (!preview) {
            return output.fail(preview.error());
        }
        request.format = format.value();
        request.mapping = guessColumnMapping(*kind, request.format, preview->header);
    }

    // One import at a time on a database: a colleague's import is waited for, not mixed with this one.
    Result<std::unique_ptr<AdvisoryLock>> lock = request.dryRun
                                                     ? std::unique_ptr<AdvisoryLock>()
                                                     : AdvisoryLock::tryAcquire(*db.value(), QStringLiteral("import"));
    if (!lock) {
        return output.fail(lock.error(), ProblemsFound);
    }
    Result<ImportReport> result = Palier::runImport(*db.value(), request);
    if (!result) {
        return output.fail(result.error());
    }
    const ImportReport& report = result.value();
    const int valid = report.inserted + report.updated + report.unchanged;
    const bool blocked = report.rejectedRows > 0 && !request.acceptValid;

    QJsonObject json = importReportJson(report);
    json.insert(QStringLiteral("file"), file);
    json.insert(QStringLiteral("kind"), importKindCode(*kind));
    json.insert(QStringLiteral("dryRun"), request.dryRun);
    output.json(json);

    output.line(
        tr("%1: %2 rows read (%3).").arg(QFileInfo(file).fileName()).arg(report.read).arg(importKindCode(*kind)));
    output.line(tr("%1 new, %2 updated, %3 unchanged, %4 rejected; %5 warnings.")
                    .arg(report.inserted)
                    .arg(report.updated)
                    .arg(report.unchanged)
                    .arg(report.rejectedRows)
                    .arg(report.warnings.size()));
    printIssues(output, report.rejected, tr("Rejected: line %1, column %2: %3"), tr("Rejected: line %1: %2"));
    printIssues(output, report.warnings, tr("Warning: line %1, column %2: %3"), tr("Warning: line %1: %2"));
    if (request.dryRun) {
        output.line(tr("Dry run: nothing was written."));
    } else if (blocked) {
        output.line(tr("Nothing was written: %1 rows were rejected. Correct them, or run again with --accept-valid "
                       "to import the %2 valid rows.")
                        .arg(report.rejectedRows)
                        .arg(valid));
    } else if (report.committed) {
        output.line(tr("Imported into %1.").arg(path));
    }

    if (report.rejectedRows == 0) {
        return Success;
    }
    // Rejected rows are a problem unless the user asked for the valid rows and there were some.
    return request.acceptValid && valid > 0 && (report.committed || request.dryRun) ? Success : ProblemsFound;
}

} // namespace Palier::Cli
