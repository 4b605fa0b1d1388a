// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliScoring.h"

#include "CliOptions.h"
#include "CliOutput.h"
#include "db/Database.h"
#include "scoring/Ranking.h"
#include "scoring/ScoreStore.h"
#include "scoring/ScoresExport.h"
#include "scoring/Settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <memory>

namespace Palier::Cli {

namespace {

const QString DomainOption = QStringLiteral("domain");
const QString ConsensusOption = QStringLiteral("consensus");
const QString OutOption = QStringLiteral("out");

/// Opens the database without writing to it; a file of an older schema has no scoring tables yet.
Result<std::unique_ptr<Database>> openForReading(const QString& path)
{
    Result<std::unique_ptr<Database>> db = Database::open(path, {.readOnly = true});
    if (db && db.value()->schemaVersion() < Database::currentSchemaVersion()) {
        return Error{QStringLiteral("db.old-schema"),
                     QCoreApplication::translate("Palier::Cli::Scoring",
                                                 "“%1” was written by an older Palier (schema version %2) and holds "
                                                 "no scores yet. Open it once with Palier to upgrade it.")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(db.value()->schemaVersion()),
                     path};
    }
    return db;
}

QJsonValue optionalNumber(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject rankedJson(const RankedCandidature& r)
{
    QJsonArray criteria;
    for (const CriterionResult& c : r.criteria) {
        criteria.append(QJsonObject{{QStringLiteral("code"), c.code},
                                    {QStringLiteral("consensus"), optionalNumber(c.consensus)},
                                    {QStringLiteral("evaluators"), c.evaluators},
                                    {QStringLiteral("lowest"), c.evaluators ? QJsonValue(c.lowest) : QJsonValue()},
                                    {QStringLiteral("highest"), c.evaluators ? QJsonValue(c.highest) : QJsonValue()},
                                    {QStringLiteral("spread"), c.spread},
                                    {QStringLiteral("flagged"), c.spreadFlagged},
                                    {QStringLiteral("points"), c.points},
                                    {QStringLiteral("max_points"), c.maxPoints}});
    }
    const QString decidedBy = tieBreakCode(r.decidedBy);
    return {{QStringLiteral("rank"), r.rank},
            {QStringLiteral("candidature"), r.candidatureId},
            {QStringLiteral("finess"), r.finess},
            {QStringLiteral("establishment"), r.establishment},
            {QStringLiteral("state"), r.state},
            {QStringLiteral("submitted_on"),
             r.submittedOn.isValid() ? QJsonValue(r.submittedOn.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("total"), r.total},
            {QStringLiteral("complete"), r.complete},
            {QStringLiteral("missing"), QJsonArray::fromStringList(r.missing)},
            {QStringLiteral("flagged"), r.flagged},
            {QStringLiteral("decided_by"), decidedBy.isEmpty() ? QJsonValue() : QJsonValue(decidedBy)},
            {QStringLiteral("criteria"), criteria}};
}

QJsonObject domainJson(const DomainScores& domain, const QList<RankedCandidature>& ranking)
{
    QJsonArray criteria;
    for (const Criterion& c : domain.grid.criteria) {
        criteria.append(QJsonObject{{QStringLiteral("code"), c.code},
                                    {QStringLiteral("label"), c.label},
                                    {QStringLiteral("weight"), c.weight},
                                    {QStringLiteral("scale_min"), c.scaleMin},
                                    {QStringLiteral("scale_max"), c.scaleMax}});
    }
    QJsonArray ranked;
    for (const RankedCandidature& r : ranking) {
        ranked.append(rankedJson(r));
    }
    QJsonArray unscored;
    for (qint64 id : domain.unscored) {
        unscored.append(id);
    }
    return {{QStringLiteral("domain"), domain.grid.domainCode},
            {QStringLiteral("label"), domain.grid.domainLabel},
            {QStringLiteral("grid_version"), domain.grid.version},
            {QStringLiteral("criteria"), criteria},
            {QStringLiteral("ranking"), ranked},
            {QStringLiteral("unscored"), unscored}};
}

void printDomain(Output& output, const DomainScores& domain, const QList<RankedCandidature>& ranking)
{
    output.line(QStringLiteral("%1 — %2").arg(domain.grid.domainCode, domain.grid.domainLabel));
    output.line(QCoreApplication::translate("Palier::Cli::Scoring",
                                            "  grid version %1; %2 ranked, %3 in instruction without any score")
                    .arg(domain.grid.version)
                    .arg(ranking.size())
                    .arg(domain.unscored.size()));
    for (const RankedCandidature& r : ranking) {
        QStringList notes;
        if (r.flagged) {
            notes.append(QCoreApplication::translate("Palier::Cli::Scoring", "to discuss: evaluators disagree"));
        }
        if (!r.complete) {
            notes.append(QCoreApplication::translate("Palier::Cli::Scoring", "incomplete: %1")
                             .arg(r.missing.join(QStringLiteral(", "))));
        }
        output.line(
            QStringLiteral("  %1  %2  %3  %4%5")
                .arg(r.rank, 4)
                .arg(QLocale().toString(r.total, 'f', 2), 6)
                .arg(r.finess, r.establishment)
                .arg(notes.isEmpty() ? QString() : QStringLiteral("  [%1]").arg(notes.join(QStringLiteral("; ")))));
    }
}

} // namespace

QList<QCommandLineOption> rankOptions()
{
    return {QCommandLineOption(DomainOption,
                               QCoreApplication::translate("Palier::Cli::Scoring", "Rank only this domain, e.g. D2."),
                               QCoreApplication::translate("Palier::Cli::Scoring", "code")),
            QCommandLineOption(
                ConsensusOption,
                QCoreApplication::translate("Palier::Cli::Scoring",
                                            "mean or median: how the evaluators' scores of a criterion are combined "
                                            "(default: the campaign's setting)."),
                QCoreApplication::translate("Palier::Cli::Scoring", "method"))};
}

int runRank(QCommandLineParser& parser, Output& output)
{
    const QString path = parser.value(dbOption());
    Result<std::unique_ptr<Database>> db = openForReading(path);
    if (!db) {
        return output.fail(db.error());
    }
    Result<ScoringSettings> settings = loadScoringSettings(*db.value());
    if (!settings) {
        return output.fail(settings.error());
    }
    if (parser.isSet(ConsensusOption)) {
        const std::optional<ConsensusMethod> method = consensusMethodFromCode(parser.value(ConsensusOption));
        if (!method) {
            return output.fail(argumentError(
                QCoreApplication::translate("Palier::Cli::Scoring", "--consensus takes “mean” or “median”, not “%1”.")
                    .arg(parser.value(ConsensusOption))));
        }
        settings->consensus = *method;
    }
    QList<DomainScores> domains;
    if (parser.isSet(DomainOption)) {
        Result<DomainScores> one = loadDomainScores(*db.value(), parser.value(DomainOption));
        if (!one) {
            return output.fail(one.error());
        }
        domains.append(std::move(one).value());
    } else {
        Result<QList<DomainScores>> all = loadAllDomainScores(*db.value());
        if (!all) {
            return output.fail(all.error());
        }
        domains = std::move(all).value();
    }

    output.line(
        QCoreApplication::translate("Palier::Cli::Scoring", "Consensus: %1; spread flagged above %2 of the scale.")
            .arg(consensusMethodCode(settings->consensus))
            .arg(settings->spreadThreshold));
    if (domains.isEmpty()) {
        output.line(
            QCoreApplication::translate("Palier::Cli::Scoring", "No domain has a scoring grid: nothing to rank."));
    }
    QJsonArray json;
    for (const DomainScores& domain : domains) {
        const QList<RankedCandidature> ranking = rankCandidatures(domain.grid, domain.candidatures, settings.value());
        printDomain(output, domain, ranking);
        json.append(domainJson(domain, ranking));
    }
    output.json({{QStringLiteral("file"), path},
                 {QStringLiteral("consensus"), consensusMethodCode(settings->consensus)},
                 {QStringLiteral("spread_threshold"), settings->spreadThreshold},
                 {QStringLiteral("domains"), json}});
    return Success;
}

QList<QCommandLineOption> scoresExportOptions()
{
    return {QCommandLineOption(OutOption,
                               QCoreApplication::translate("Palier::Cli::Scoring",
                                                           "The file to write: .xlsx, or .csv (the grids then go to a "
                                                           "second file, NAME-grilles.csv)."),
                               QCoreApplication::translate("Palier::Cli::Scoring", "file"))};
}

int runExportScores(QCommandLineParser& parser, Output& output)
{
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.constFirst() != QLatin1String("scores")) {
        return output.fail(
            argumentError(QCoreApplication::translate("Palier::Cli::Scoring",
                                                      "“%1” cannot be exported here: this command exports scores.")
                              .arg(positional.constFirst())));
    }
    if (!parser.isSet(OutOption)) {
        return output.fail(argumentError(QCoreApplication::translate(
            "Palier::Cli::Scoring", "The option --out FILE.xlsx or --out FILE.csv is required.")));
    }
    const QString path = parser.value(dbOption());
    Result<std::unique_ptr<Database>> db = openForReading(path);
    if (!db) {
        return output.fail(db.error());
    }
    const QString out = parser.value(OutOption);
    Result<ScoresExportSummary> summary = exportScores(*db.value(), out);
    if (!summary) {
        return output.fail(summary.error());
    }
    output.line(
        QCoreApplication::translate("Palier::Cli::Scoring", "%1 scores of %2 candidatures (%3 domains) written to %4.")
            .arg(summary->rows)
            .arg(summary->candidatures)
            .arg(summary->domains)
            .arg(summary->files.join(QStringLiteral(" + "))));
    output.json({{QStringLiteral("file"), path},
                 {QStringLiteral("files"), QJsonArray::fromStringList(summary->files)},
                 {QStringLiteral("rows"), summary->rows},
                 {QStringLiteral("candidatures"), summary->candidatures},
                 {QStringLiteral("domains"), summary->domains}});
    return Success;
}

} // namespace Palier::Cli
