// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliReport.h"

#include "CliOptions.h"
#include "CliOutput.h"
#include "consolidation/Consolidation.h"
#include "db/Database.h"
#include "followup/Reconciliation.h"
#include "report/ReportDocument.h"
#include "report/ReportFigures.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

#include <cmath>
#include <filesystem>

namespace Palier::Cli {

namespace {

const QString OutOption = QStringLiteral("out");
const QString XlsxOption = QStringLiteral("xlsx");
const QString DateOption = QStringLiteral("date");
const QString DirOption = QStringLiteral("dir");
const QString ReplaceOption = QStringLiteral("replace");

struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(Palier::Cli::Report)
};

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QJsonObject rowJson(const ReportRow& row)
{
    QJsonObject json{{QStringLiteral("projects"), row.projects},
                     {QStringLiteral("finished"), row.finished},
                     {QStringLiteral("in_progress"), row.inProgress},
                     {QStringLiteral("abandoned"), row.abandoned},
                     {QStringLiteral("establishments"), row.establishments},
                     {QStringLiteral("finished_percent"), std::round(row.finishedPercent() * 10) / 10},
                     {QStringLiteral("granted_cents"), row.grantedCents},
                     {QStringLiteral("finished_granted_cents"), row.finishedGrantedCents},
                     {QStringLiteral("paid_cents"), row.paidCents},
                     {QStringLiteral("due_cents"), row.dueCents},
                     {QStringLiteral("planned_cents"), row.plannedCents},
                     {QStringLiteral("cancelled_cents"), row.cancelledCents}};
    if (!row.code.isEmpty()) {
        json.insert(QStringLiteral("code"), row.code);
        json.insert(QStringLiteral("label"), row.label);
    }
    return json;
}

QJsonObject figuresJson(const ReportFigures& figures)
{
    QJsonArray regions;
    for (const ReportRegion& region : figures.regions) {
        regions.append(QJsonObject{{QStringLiteral("code"), region.code}, {QStringLiteral("name"), region.name}});
    }
    QJsonArray domains;
    for (const ReportRow& row : figures.byDomain) {
        domains.append(rowJson(row));
    }
    QJsonArray statuses;
    for (const ReportRow& row : figures.byStatus) {
        statuses.append(rowJson(row));
    }
    QJsonArray years;
    for (const ReportYear& year : figures.byYear) {
        years.append(QJsonObject{{QStringLiteral("year"), year.year},
                                 {QStringLiteral("paid_cents"), year.paidCents},
                                 {QStringLiteral("due_cents"), year.dueCents},
                                 {QStringLiteral("planned_cents"), year.plannedCents}});
    }
    return {{QStringLiteral("programme"), figures.programmeCode},
            {QStringLiteral("programme_name"), figures.programmeName},
            {QStringLiteral("regions"), regions},
            {QStringLiteral("total"), rowJson(figures.total)},
            {QStringLiteral("by_domain"), domains},
            {QStringLiteral("by_status"), statuses},
            {QStringLiteral("by_year"), years}};
}

/// A name beside `path` for writing it before moving it into place.
QString besideName(const QString& path)
{
    const QFileInfo info(path);
    return info.absoluteDir().filePath(
        QStringLiteral(".%1.%2.part").arg(info.fileName(), QUuid::createUuid().toString(QUuid::WithoutBraces)));
}

bool moveInto(const QString& from, const QString& to)
{
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(from).toStdString(), QFile::encodeName(to).toStdString(), error);
    return !error;
}

} // namespace

QList<QCommandLineOption> reportOptions()
{
    return {QCommandLineOption(OutOption, ReportText::tr("The PDF report to write."), ReportText::tr("file")),
            QCommandLineOption(XlsxOption, ReportText::tr("Also write the tables as an Excel workbook."),
                               ReportText::tr("file")),
            QCommandLineOption(DateOption, ReportText::tr("The date printed on the report (default today)."),
                               ReportText::tr("YYYY-MM-DD"))};
}

int runReport(QCommandLineParser& parser, Output& output)
{
    const QString out = parser.value(OutOption);
    if (!out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        return output.fail(argumentError(ReportText::tr("The option --out FILE.pdf is required.")));
    }
    const QString xlsx = parser.value(XlsxOption);
    if (parser.isSet(XlsxOption) && !xlsx.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        return output.fail(argumentError(ReportText::tr("--xlsx takes the .xlsx file to write.")));
    }
    for (const QString& path : {out, xlsx}) {
        if (!path.isEmpty() && !QFileInfo(path).absoluteDir().exists()) {
            return output.fail(argumentError(ReportText::tr("The folder of “%1” does not exist.").arg(native(path))));
        }
        if (!path.isEmpty() && QFileInfo(path).isDir()) {
            return output.fail(argumentError(ReportText::tr("“%1” is a folder: give a file name.").arg(native(path))));
        }
    }
    QDate date = QDate::currentDate();
    if (parser.isSet(DateOption)) {
        date = QDate::fromString(parser.value(DateOption), Qt::ISODate);
        if (!date.isValid()) {
            return output.fail(argumentError(
                ReportText::tr("--date takes a date as YYYY-MM-DD, not “%1”.").arg(parser.value(DateOption))));
        }
    }
    Result<std::unique_ptr<Database>> db = Database::open(parser.value(dbOption()), {.readOnly = true});
    if (!db) {
        return output.fail(db.error());
    }
    if (db.value()->schemaVersion() < Database::currentSchemaVersion()) {
        return output.fail(Error{QStringLiteral("db.old-schema"),
                                 ReportText::tr("“%1” was written by an older Palier (schema version %2). Open it once "
                                                "with Palier to upgrade it.")
                                     .arg(native(db.value()->path()))
                                     .arg(db.value()->schemaVersion()),
                                 db.value()->path()});
    }
    Result<ReportFigures> figures = computeReportFigures(*db.value());
    if (!figures) {
        return output.fail(figures.error());
    }
    // Both files are written beside their targets and moved into place together: on an error, neither is.
    const QString pdfPart = besideName(out);
    const QString xlsxPart = xlsx.isEmpty() ? QString() : besideName(xlsx);
    const auto discard = [&] {
        QFile::remove(pdfPart);
        if (!xlsxPart.isEmpty()) {
            QFile::remove(xlsxPart);
        }
    };
    Result<QString> sha = writeReportPdf(figures.value(), pdfPart, date);
    if (!sha) {
        discard();
        return output.fail(Error{sha.error().code,
                                 ReportText::tr("The report “%1” could not be written: check that you may write in its "
                                                "folder and that the disk is not full.")
                                     .arg(native(out)),
                                 sha.error().detail});
    }
    if (!xlsx.isEmpty()) {
        if (Result<void> written = writeReportXlsx(figures.value(), xlsxPart); !written) {
            discard();
            return output.fail(written.error());
        }
    }
    // The workbook first: if the PDF cannot follow, the workbook is taken back when it did not exist before.
    const bool xlsxExisted = !xlsx.isEmpty() && QFileInfo::exists(xlsx);
    const bool xlsxMoved = xlsx.isEmpty() || moveInto(xlsxPart, xlsx);
    if (!xlsxMoved || !moveInto(pdfPart, out)) {
        discard();
        if (xlsxMoved && !xlsx.isEmpty() && !xlsxExisted) {
            QFile::remove(xlsx);
        }
        return output.fail(Error{QStringLiteral("report.write"),
                                 ReportText::tr("The report “%1” could not be written: check that you may write in its "
                                                "folder.")
                                     .arg(native(out)),
                                 out});
    }

    const ReportRow& t = figures->total;
    output.line(ReportText::tr("Report written to %1.").arg(native(QFileInfo(out).absoluteFilePath())));
    if (!xlsx.isEmpty()) {
        output.line(ReportText::tr("Tables written to %1.").arg(native(QFileInfo(xlsx).absoluteFilePath())));
    }
    output.line(ReportText::tr("%1 projects retained, %2 finished (%3), %4 in progress, %5 abandoned.")
                    .arg(reportCount(t.projects), reportCount(t.finished), reportPercent(t.finishedPercent()),
                         reportCount(t.inProgress), reportCount(t.abandoned)));
    output.line(ReportText::tr("Granted %1, paid %2, due %3, planned %4.")
                    .arg(reportMillions(t.grantedCents), reportMillions(t.paidCents), reportMillions(t.dueCents),
                         reportMillions(t.plannedCents)));
    QJsonObject json = figuresJson(figures.value());
    json.insert(QStringLiteral("file"), db.value()->path());
    json.insert(QStringLiteral("out"), QFileInfo(out).absoluteFilePath());
    json.insert(QStringLiteral("sha256"), sha.value());
    if (!xlsx.isEmpty()) {
        json.insert(QStringLiteral("xlsx"), QFileInfo(xlsx).absoluteFilePath());
    }
    // The follow-up's own check of the amounts (paid + due + planned + cancelled = granted…), said beside the figures.
    if (Result<ReconciliationReport> balance = reconcile(*db.value()); balance) {
        json.insert(QStringLiteral("reconciliation"),
                    QJsonObject{{QStringLiteral("ok"), balance->ok()},
                                {QStringLiteral("problems"), int(balance->problems.size())}});
        output.line(balance->ok() ? ReportText::tr("The amounts reconcile.")
                                  : ReportText::tr("%Ln reconciliation problem(s): palier-cli reconcile lists them.",
                                                   nullptr, int(balance->problems.size())));
    }
    output.json(json);
    return Success;
}

QList<QCommandLineOption> consolidateOptions()
{
    return {QCommandLineOption(OutOption, ReportText::tr("The national database to write (.palier)."),
                               ReportText::tr("file")),
            QCommandLineOption(DirOption, ReportText::tr("Take every .palier file of this folder."),
                               ReportText::tr("folder")),
            QCommandLineOption(ReplaceOption, ReportText::tr("Replace the national database if it exists."))};
}

int runConsolidate(QCommandLineParser& parser, Output& output)
{
    const QString out = parser.value(OutOption);
    if (!parser.isSet(OutOption) || out.isEmpty()) {
        return output.fail(argumentError(ReportText::tr("The option --out FILE.palier is required.")));
    }
    if (parser.isSet(dbOption())) {
        return output.fail(
            argumentError(ReportText::tr("consolidate takes the regional files as arguments (or --dir), not --db.")));
    }
    QStringList files = parser.positionalArguments();
    if (parser.isSet(DirOption)) {
        if (!files.isEmpty()) {
            return output.fail(argumentError(ReportText::tr("Give either regional files or --dir, not both.")));
        }
        Result<QStringList> found = palierFilesIn(parser.value(DirOption));
        if (!found) {
            return output.fail(found.error());
        }
        // The national file may be written into the same folder: never take it as a regional one.
        const QString target = QFileInfo(out).absoluteFilePath();
        for (const QString& file : found.value()) {
            if (QFileInfo(file).absoluteFilePath() != target) {
                files.append(file);
            }
        }
    }
    if (files.isEmpty()) {
        return output.fail(argumentError(ReportText::tr("Give the regional .palier files, or --dir FOLDER.")));
    }
    Result<ConsolidationSummary> summary = consolidate(files, out, {.replace = parser.isSet(ReplaceOption)});
    if (!summary) {
        return output.fail(summary.error());
    }
    QJsonArray sources;
    QStringList regions;
    for (const ConsolidationSource& source : summary->sources) {
        sources.append(QJsonObject{{QStringLiteral("file"), source.path},
                                   {QStringLiteral("region"), source.regionCode},
                                   {QStringLiteral("region_name"), source.regionName}});
        regions.append(QStringLiteral("%1 (%2)").arg(source.regionName, source.regionCode));
    }
    QJsonObject tables;
    for (const ConsolidationTable& table : summary->tables) {
        tables.insert(table.table, QJsonObject{{QStringLiteral("copied"), table.copied},
                                               {QStringLiteral("merged"), table.merged},
                                               {QStringLiteral("conflicts"), table.conflicts}});
    }
    output.line(ReportText::tr("National view written to %1 from %Ln regional file(s): %2.", nullptr,
                               int(summary->sources.size()))
                    .arg(native(summary->path), regions.join(QStringLiteral(", "))));
    output.line(ReportText::tr("Not copied (each regional file keeps its own): %1.")
                    .arg(summary->skippedTables.join(QStringLiteral(", "))));
    for (const QString& warning : summary->warnings) {
        output.line(ReportText::tr("Warning: %1").arg(warning));
    }
    output.json({{QStringLiteral("out"), summary->path},
                 {QStringLiteral("sources"), sources},
                 {QStringLiteral("tables"), tables},
                 {QStringLiteral("skipped_tables"), QJsonArray::fromStringList(summary->skippedTables)},
                 {QStringLiteral("indexes_left_out"), QJsonArray::fromStringList(summary->indexesLeftOut)},
                 {QStringLiteral("warnings"), QJsonArray::fromStringList(summary->warnings)}});
    return Success;
}

} // namespace Palier::Cli
