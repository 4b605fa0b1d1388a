// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliSelection.h"

#include "CliOptions.h"
#include "CliOutput.h"
#include "CliScoring.h"
#include "db/AdvisoryLock.h"
#include "db/Database.h"
#include "scoring/ScoringDb.h"
#include "selection/Candidates.h"
#include "selection/DgosExport.h"
#include "selection/Roadmap.h"
#include "selection/RunStore.h"
#include "selection/Selection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace Palier::Cli {

namespace {

const QString MethodOption = QStringLiteral("method");
const QString EnvelopeOption = QStringLiteral("envelope");
const QString QuotaOption = QStringLiteral("quota");
const QString SaveOption = QStringLiteral("save");
const QString TimeLimitOption = QStringLiteral("time-limit");
const QString ForceInOption = QStringLiteral("force-in");
const QString ForceOutOption = QStringLiteral("force-out");
const QString WeightedOption = QStringLiteral("weight-by-domain");
const QString CoverOption = QStringLiteral("cover-departments");
const QString CoverGhtOption = QStringLiteral("cover-ghts");
const QString RunOption = QStringLiteral("run");
const QString OutOption = QStringLiteral("out");

Result<std::unique_ptr<Database>> openDatabase(const QString& path, bool write, bool skipCheck = false)
{
    // A command that writes reads while the file's pages are checked on a second connection; its writes wait
    // for the check (Database::Options::deferCheck) and a damaged file is refused before anything is written.
    Result<std::unique_ptr<Database>> db =
        Database::open(path, {.readOnly = !write, .deferCheck = write, .skipCheck = !write && skipCheck});
    if (db && db.value()->schemaVersion() < Database::currentSchemaVersion()) {
        return Error{QStringLiteral("db.old-schema"),
                     QCoreApplication::translate("Palier::Cli::Selection",
                                                 "“%1” was written by an older Palier (schema version %2). Open it "
                                                 "once with Palier to upgrade it.")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(db.value()->schemaVersion()),
                     path};
    }
    return db;
}

/// Euros ("250000", "250 000", "250000,50") to cents, or a percentage of `envelope` ("30%").
std::optional<qint64> parseAmount(QString text, qint64 envelopeCents, bool allowPercent)
{
    text.remove(QLatin1Char(' '))
        .remove(QChar(0x00A0))
        .remove(QChar(0x202F))
        .replace(QLatin1Char(','), QLatin1Char('.'));
    if (text.endsWith(QLatin1String("€"))) {
        text.chop(1);
    }
    bool percent = false;
    if (allowPercent && text.endsWith(QLatin1Char('%'))) {
        percent = true;
        text.chop(1);
    }
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value < 0 || !std::isfinite(value) || (percent && value > 100)) {
        return std::nullopt;
    }
    return percent ? qint64(std::llround(double(envelopeCents) * value / 100.0)) : qint64(std::llround(value * 100));
}

Error quotaError(const QString& quota, const QString& why)
{
    return argumentError(QCoreApplication::translate("Palier::Cli::Selection",
                                                     "--quota “%1”: %2 Write KEY=MIN..MAX, e.g. D2=..5000000, "
                                                     "status:public=30%..64%.")
                             .arg(quota, why));
}

/// Applies the --quota options to `parameters`, replacing the roadmap's quota of the same key.
Result<void> applyQuotas(const QStringList& options, const QStringList& domains, SelectionParameters& parameters)
{
    static const QStringList statuses{QStringLiteral("public"), QStringLiteral("prive_lucratif"),
                                      QStringLiteral("prive_non_lucratif"), QStringLiteral("clcc")};
    for (const QString& option : options) {
        const qsizetype equals = option.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            return quotaError(option, QCoreApplication::translate("Palier::Cli::Selection", "no “=”."));
        }
        const QString key = option.left(equals).trimmed();
        Quota quota;
        if (key.startsWith(QLatin1String("status:"))) {
            quota.kind = QuotaKind::Status;
            quota.code = key.mid(7);
            if (!statuses.contains(quota.code)) {
                return quotaError(option, QCoreApplication::translate("Palier::Cli::Selection", "the statuses are %1.")
                                              .arg(statuses.join(QStringLiteral(", "))));
            }
        } else {
            quota.code = key;
            if (!domains.contains(key)) {
                return quotaError(option, QCoreApplication::translate("Palier::Cli::Selection", "the domains are %1.")
                                              .arg(domains.join(QStringLiteral(", "))));
            }
        }
        const QString range = option.mid(equals + 1);
        const qsizetype dots = range.indexOf(QLatin1String(".."));
        const QString low = dots < 0 ? QString() : range.left(dots);
        const QString high = dots < 0 ? range : range.mid(dots + 2);
        if (!low.trimmed().isEmpty()) {
            quota.minCents = parseAmount(low, parameters.envelopeCents, true);
            if (!quota.minCents) {
                return quotaError(
                    option, QCoreApplication::translate("Palier::Cli::Selection", "the minimum is not an amount."));
            }
        }
        if (!high.trimmed().isEmpty()) {
            quota.maxCents = parseAmount(high, parameters.envelopeCents, true);
            if (!quota.maxCents) {
                return quotaError(
                    option, QCoreApplication::translate("Palier::Cli::Selection", "the maximum is not an amount."));
            }
        }
        if (quota.minCents && quota.maxCents && *quota.minCents > *quota.maxCents) {
            return quotaError(
                option, QCoreApplication::translate("Palier::Cli::Selection", "the minimum is above the maximum."));
        }
        parameters.quotas.removeIf([&quota](const Quota& q) { return q.key() == quota.key(); });
        parameters.quotas.append(quota);
    }
    return {};
}

Result<QSet<qint64>> parseIds(const QStringList& values, const QString& option)
{
    QSet<qint64> ids;
    for (const QString& value : values) {
        for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok || id <= 0) {
                return argumentError(
                    QCoreApplication::translate("Palier::Cli::Selection", "--%1 takes file numbers, not “%2”.")
                        .arg(option, part));
            }
            ids.insert(id);
        }
    }
    return ids;
}

QString money(qint64 cents)
{
    return SelectionTexts::money(cents);
}

} // namespace

QList<QCommandLineOption> preselectOptions()
{
    return {
        QCommandLineOption(MethodOption,
                           QCoreApplication::translate("Palier::Cli::Selection", "rank (rank-fill) or optimal (GLPK)."),
                           QCoreApplication::translate("Palier::Cli::Selection", "method")),
        QCommandLineOption(
            EnvelopeOption,
            QCoreApplication::translate("Palier::Cli::Selection", "The envelope in euros (default: the roadmap's)."),
            QCoreApplication::translate("Palier::Cli::Selection", "euros")),
        QCommandLineOption(
            QuotaOption,
            QCoreApplication::translate("Palier::Cli::Selection",
                                        "A quota KEY=MIN..MAX (KEY: a domain such as D2, or status:public; amounts in "
                                        "euros or N% of the envelope); repeat it for several."),
            QCoreApplication::translate("Palier::Cli::Selection", "quota")),
        QCommandLineOption(SaveOption,
                           QCoreApplication::translate("Palier::Cli::Selection", "Save the run as a new version.")),
        QCommandLineOption(TimeLimitOption,
                           QCoreApplication::translate("Palier::Cli::Selection",
                                                       "Optimal: stop after this many seconds (default 10)."),
                           QCoreApplication::translate("Palier::Cli::Selection", "seconds")),
        QCommandLineOption(ForceInOption,
                           QCoreApplication::translate("Palier::Cli::Selection",
                                                       "Files to select whatever happens (numbers, comma-separated)."),
                           QCoreApplication::translate("Palier::Cli::Selection", "ids")),
        QCommandLineOption(
            ForceOutOption,
            QCoreApplication::translate("Palier::Cli::Selection", "Files to leave out (numbers, comma-separated)."),
            QCoreApplication::translate("Palier::Cli::Selection", "ids")),
        QCommandLineOption(WeightedOption, QCoreApplication::translate("Palier::Cli::Selection",
                                                                       "Optimal: maximise score × domain weight.")),
        QCommandLineOption(CoverOption,
                           QCoreApplication::translate("Palier::Cli::Selection", "At least one file per department.")),
        QCommandLineOption(CoverGhtOption,
                           QCoreApplication::translate("Palier::Cli::Selection", "At least one file per GHT."))};
}

int runPreselect(QCommandLineParser& parser, Output& output)
{
    const std::optional<SelectionMethod> method = methodFromCode(parser.value(MethodOption));
    if (!method) {
        return output.fail(argumentError(
            QCoreApplication::translate("Palier::Cli::Selection", "--method takes “rank” or “optimal”.")));
    }
    const bool save = parser.isSet(SaveOption);
    Result<std::unique_ptr<Database>> db = openDatabase(parser.value(dbOption()), save);
    if (!db) {
        return output.fail(db.error());
    }
    // A run to save is computed and written while no colleague saves one or imports (released before db closes).
    Result<std::unique_ptr<AdvisoryLock>> lock =
        save ? AdvisoryLock::tryAcquire(*db.value(), QStringLiteral("preselection")) : std::unique_ptr<AdvisoryLock>();
    if (!lock) {
        return output.fail(lock.error(), ProblemsFound);
    }
    Result<Roadmap> roadmap = loadRoadmap(*db.value());
    if (!roadmap) {
        return output.fail(roadmap.error());
    }
    if (parser.isSet(EnvelopeOption)) {
        const std::optional<qint64> envelope = parseAmount(parser.value(EnvelopeOption), 0, false);
        if (!envelope) {
            return output.fail(argumentError(
                QCoreApplication::translate("Palier::Cli::Selection", "--envelope takes an amount in euros, not “%1”.")
                    .arg(parser.value(EnvelopeOption))));
        }
        roadmap->envelopeCents = *envelope;
    }
    if (roadmap->envelopeCents <= 0) {
        return output.fail(argumentError(QCoreApplication::translate(
            "Palier::Cli::Selection", "No envelope: set it in the roadmap or give --envelope EUR.")));
    }
    SelectionParameters parameters = parametersFromRoadmap(roadmap.value(), *method);
    Result<QList<ScoringDb::DomainRow>> domainRows = ScoringDb::domains(*db.value());
    if (!domainRows) {
        return output.fail(domainRows.error());
    }
    QStringList domains;
    for (const ScoringDb::DomainRow& d : domainRows.value()) {
        domains.append(d.code);
    }
    if (Result<void> quotas = applyQuotas(parser.values(QuotaOption), domains, parameters); !quotas) {
        return output.fail(quotas.error());
    }
    if (parser.isSet(TimeLimitOption)) {
        bool ok = false;
        parameters.timeLimitSeconds = parser.value(TimeLimitOption).toDouble(&ok);
        if (!ok || parameters.timeLimitSeconds <= 0) {
            return output.fail(argumentError(
                QCoreApplication::translate("Palier::Cli::Selection", "--time-limit takes a number of seconds.")));
        }
    }
    Result<QSet<qint64>> forcedIn = parseIds(parser.values(ForceInOption), ForceInOption);
    Result<QSet<qint64>> forcedOut = parseIds(parser.values(ForceOutOption), ForceOutOption);
    if (!forcedIn || !forcedOut) {
        return output.fail(!forcedIn ? forcedIn.error() : forcedOut.error());
    }
    parameters.forcedIn = forcedIn.value();
    parameters.forcedOut = forcedOut.value();
    parameters.weightByDomain = parameters.weightByDomain || parser.isSet(WeightedOption);
    parameters.coverDepartments = parser.isSet(CoverOption);
    parameters.coverGhts = parser.isSet(CoverGhtOption);

    Result<QList<SelectionCandidate>> candidates = loadCandidates(*db.value());
    if (!candidates) {
        return output.fail(candidates.error());
    }
    const SelectionResult result = runSelection(candidates.value(), parameters);

    output.line(QCoreApplication::translate("Palier::Cli::Selection", "Method: %1; envelope %2; %3 files compete.")
                    .arg(methodCode(*method), money(parameters.envelopeCents))
                    .arg(candidates->size()));
    QJsonArray selected;
    QJsonArray leftOut;
    for (int i = 0; i < result.items.size(); ++i) {
        const SelectionItem& item = result.items.at(i);
        const SelectionCandidate& f = candidates->at(i);
        QJsonObject json{{QStringLiteral("candidature"), f.id},
                         {QStringLiteral("finess"), f.finess},
                         {QStringLiteral("establishment"), f.establishment},
                         {QStringLiteral("domain"), f.domainCode},
                         {QStringLiteral("status"), f.status},
                         {QStringLiteral("rank"), f.domainRank},
                         {QStringLiteral("score"), f.score},
                         {QStringLiteral("amount_cents"), item.amountCents},
                         {QStringLiteral("seed_year"), f.seedYear},
                         {QStringLiteral("seed_cents"), f.seedCents},
                         {QStringLiteral("usage_year"), f.usageYear},
                         {QStringLiteral("usage_cents"), f.usageCents},
                         {QStringLiteral("decision"), item.decision}};
        if (item.selected) {
            selected.append(json);
            output.line(QStringLiteral("  %1  %2  %3 #%4  %5  %6  %7")
                            .arg(f.id, 6)
                            .arg(f.finess, f.domainCode)
                            .arg(f.domainRank)
                            .arg(QLocale().toString(f.score, 'f', 2), 6)
                            .arg(money(item.amountCents), 12)
                            .arg(f.establishment));
        } else {
            json.insert(QStringLiteral("reason"), item.reason);
            leftOut.append(json);
        }
    }
    output.line(QCoreApplication::translate("Palier::Cli::Selection", "Selected %1 of %2 files; left out %3.")
                    .arg(selected.size())
                    .arg(result.items.size())
                    .arg(leftOut.size()));
    output.line(
        QCoreApplication::translate("Palier::Cli::Selection", "Total score: %1; total: %2; status: %3%4; %5 ms.")
            .arg(QLocale().toString(result.totalScore, 'f', 2))
            .arg(money(result.totalCents), result.solverStatus,
                 result.gap && result.solverStatus == QLatin1String("feasible")
                     ? QCoreApplication::translate("Palier::Cli::Selection", " (gap %1 %)")
                           .arg(QLocale().toString(*result.gap * 100, 'f', 3))
                     : QString())
            .arg(result.elapsedMs));
    for (const QString& warning : result.warnings) {
        output.line(QCoreApplication::translate("Palier::Cli::Selection", "Warning: %1").arg(warning));
    }
    const bool infeasible = result.solverStatus == QLatin1String("infeasible");
    QJsonValue run;
    if (save && !infeasible) {
        Result<qint64> id = saveRun(*db.value(), parameters, result, {});
        if (!id) {
            return output.fail(id.error());
        }
        run = id.value();
        output.line(QCoreApplication::translate("Palier::Cli::Selection", "Saved as version %1.").arg(id.value()));
    }
    output.json({{QStringLiteral("method"), methodCode(*method)},
                 {QStringLiteral("parameters"), parametersToJson(parameters)},
                 {QStringLiteral("status"), result.solverStatus},
                 {QStringLiteral("gap"), result.gap ? QJsonValue(*result.gap) : QJsonValue()},
                 {QStringLiteral("total_score"), result.totalScore},
                 {QStringLiteral("objective"), result.objective},
                 {QStringLiteral("total_cents"), result.totalCents},
                 {QStringLiteral("elapsed_ms"), result.elapsedMs},
                 {QStringLiteral("selected"), selected},
                 {QStringLiteral("left_out"), leftOut},
                 {QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings)},
                 {QStringLiteral("run"), run}});
    return infeasible ? ProblemsFound : Success;
}

QList<QCommandLineOption> sealOptions()
{
    return {QCommandLineOption(RunOption, QCoreApplication::translate("Palier::Cli::Selection", "The version to seal."),
                               QCoreApplication::translate("Palier::Cli::Selection", "number")),
            QCommandLineOption(OutOption,
                               QCoreApplication::translate("Palier::Cli::Selection",
                                                           "The DGOS file to write (.xlsx; the .csv goes next to it)."),
                               QCoreApplication::translate("Palier::Cli::Selection", "file"))};
}

namespace {

/// The version (--run) and the XLSX file (--out) of `seal` and `export dgos`; an error when either is unusable.
Result<QPair<qint64, QString>> runAndOut(const QCommandLineParser& parser)
{
    bool ok = false;
    const qint64 runId = parser.value(RunOption).toLongLong(&ok);
    if (!ok || runId <= 0) {
        return argumentError(QCoreApplication::translate("Palier::Cli::Selection", "--run takes a version number."));
    }
    const QString out = parser.value(OutOption);
    if (!out.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        return argumentError(
            QCoreApplication::translate("Palier::Cli::Selection", "--out takes the .xlsx file to write."));
    }
    if (!QFileInfo(out).absoluteDir().exists()) {
        return argumentError(QCoreApplication::translate("Palier::Cli::Selection", "The folder of “%1” does not exist.")
                                 .arg(QDir::toNativeSeparators(out)));
    }
    return QPair<qint64, QString>(runId, out);
}

} // namespace

int runSeal(QCommandLineParser& parser, Output& output)
{
    const Result<QPair<qint64, QString>> arguments = runAndOut(parser);
    if (!arguments) {
        return output.fail(arguments.error());
    }
    const qint64 runId = arguments->first;
    const QString out = arguments->second;
    Result<std::unique_ptr<Database>> db = openDatabase(parser.value(dbOption()), true);
    if (!db) {
        return output.fail(db.error());
    }
    Result<Readiness> readiness = checkReadiness(*db.value(), runId, QDate::currentDate());
    if (!readiness) {
        // A read that fails on a damaged file: the page check running meanwhile says what to do better.
        const Result<void> checked = db.value()->waitForCheck();
        return output.fail(checked ? readiness.error() : checked.error());
    }
    QJsonObject json{{QStringLiteral("run"), runId}};
    if (readiness->deadline.isValid()) {
        json.insert(QStringLiteral("deadline"), readiness->deadline.toString(Qt::ISODate));
        json.insert(QStringLiteral("days_left"), readiness->daysLeft);
        output.line(
            readiness->daysLeft >= 0
                ? QCoreApplication::translate("Palier::Cli::Selection", "DGOS deadline: %1, %2 days left.")
                      .arg(QLocale().toString(readiness->deadline, QStringLiteral("d MMMM yyyy")))
                      .arg(QLocale().toString(readiness->daysLeft))
                : QCoreApplication::translate("Palier::Cli::Selection", "DGOS deadline: %1, passed %2 days ago.")
                      .arg(QLocale().toString(readiness->deadline, QStringLiteral("d MMMM yyyy")))
                      .arg(QLocale().toString(-readiness->daysLeft)));
    }
    QJsonArray issues;
    for (const ReadinessIssue& issue : readiness->issues) {
        issues.append(
            QJsonObject{{QStringLiteral("blocking"), issue.blocking}, {QStringLiteral("message"), issue.message}});
        output.line((issue.blocking ? QCoreApplication::translate("Palier::Cli::Selection", "Blocking: %1")
                                    : QCoreApplication::translate("Palier::Cli::Selection", "Warning: %1"))
                        .arg(issue.message));
    }
    json.insert(QStringLiteral("issues"), issues);
    if (readiness->blocked()) {
        json.insert(QStringLiteral("sealed"), false);
        output.line(
            QCoreApplication::translate("Palier::Cli::Selection", "Nothing written: fix the blocking problems first."));
        output.json(json);
        return ProblemsFound;
    }
    Result<SealReport> report = sealAndExport(*db.value(), runId, out, {});
    if (!report) {
        // A file found damaged by the page check that ran meanwhile is unusable input: nothing was written.
        return output.fail(report.error(),
                           report.error().code == QLatin1String("db.corrupt") ? UnusableInput : ProblemsFound);
    }
    json.insert(QStringLiteral("sealed"), true);
    json.insert(QStringLiteral("xlsx"), report->xlsxPath);
    json.insert(QStringLiteral("csv"), report->csvPath);
    json.insert(QStringLiteral("sha256"), report->sha256);
    json.insert(QStringLiteral("rows"), report->rows);
    output.line(
        QCoreApplication::translate("Palier::Cli::Selection", "Version %1 sealed; %2 rows written to %3 and %4.")
            .arg(runId)
            .arg(report->rows)
            .arg(QDir::toNativeSeparators(report->xlsxPath), QDir::toNativeSeparators(report->csvPath)));
    output.line(
        QCoreApplication::translate("Palier::Cli::Selection", "SHA-256 of the XLSX file: %1").arg(report->sha256));
    output.json(json);
    return Success;
}

QList<QCommandLineOption> exportOptions()
{
    QList<QCommandLineOption> options = scoresExportOptions(); // --out
    options.append(QCommandLineOption(
        RunOption, QCoreApplication::translate("Palier::Cli::Selection", "export dgos: the sealed version to export."),
        QCoreApplication::translate("Palier::Cli::Selection", "number")));
    return options;
}

int runExport(QCommandLineParser& parser, Output& output)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || positional.constFirst() != QLatin1String("dgos")) {
        return runExportScores(parser, output);
    }
    const Result<QPair<qint64, QString>> arguments = runAndOut(parser);
    if (!arguments) {
        return output.fail(arguments.error());
    }
    const qint64 runId = arguments->first;
    // Read-only and without the page check of the whole file (80 MB nationally, twice the work of the export):
    // exporting writes nothing to the database, and SQLite reports a damaged page that the export reads.
    Result<std::unique_ptr<Database>> db = openDatabase(parser.value(dbOption()), false, true);
    if (!db) {
        return output.fail(db.error());
    }
    Result<SealReport> report = exportSealedRun(*db.value(), runId, arguments->second);
    if (!report) {
        return output.fail(report.error());
    }
    output.line(QCoreApplication::translate("Palier::Cli::Selection",
                                            "Sealed version %1 exported again; %2 rows written to %3 and %4.")
                    .arg(runId)
                    .arg(report->rows)
                    .arg(QDir::toNativeSeparators(report->xlsxPath), QDir::toNativeSeparators(report->csvPath)));
    output.line(
        QCoreApplication::translate("Palier::Cli::Selection", "SHA-256 of the XLSX file: %1").arg(report->sha256));
    output.json({{QStringLiteral("run"), runId},
                 {QStringLiteral("xlsx"), report->xlsxPath},
                 {QStringLiteral("csv"), report->csvPath},
                 {QStringLiteral("sha256"), report->sha256},
                 {QStringLiteral("sealed_sha256"), report->sealedSha256},
                 {QStringLiteral("rows"), report->rows}});
    return Success;
}

} // namespace Palier::Cli
