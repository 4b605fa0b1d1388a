// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApp.h"

#include "CliAudit.h"
#include "CliBackup.h"
#include "CliFollowUp.h"
#include "CliLetters.h"
#include "CliOptions.h"
#include "CliOutput.h"
#include "CliPg.h"
#include "CliReport.h"
#include "CliRoadmap.h"
#include "CliScoring.h"
#include "CliSelection.h"
#include "CliWorkflow.h"
#include "campaign/Campaign.h"
#include "db/Database.h"
#include "db/DatabaseInfo.h"
#include "demo/DemoGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <functional>

namespace Palier::Cli {

const QCommandLineOption& dbOption()
{
    static const QCommandLineOption option(QStringLiteral("db"), CliApp::tr("The regional database (.palier file)."),
                                           CliApp::tr("file"));
    return option;
}

const QCommandLineOption& jsonOption()
{
    static const QCommandLineOption option(QStringLiteral("json"), CliApp::tr("Print one JSON object on stdout."));
    return option;
}

Error argumentError(const QString& message)
{
    return {QStringLiteral("cli.arguments"), message, {}};
}

namespace {

QJsonObject campaignJson(const CampaignInfo& c)
{
    return {{QStringLiteral("name"), c.name},
            {QStringLiteral("region"), c.regionCode},
            {QStringLiteral("regionName"), c.regionName},
            {QStringLiteral("programme"), c.programmeCode},
            {QStringLiteral("programmeName"), c.programmeName},
            {QStringLiteral("firstYear"), c.firstYear},
            {QStringLiteral("lastYear"), c.lastYear}};
}

/// Removes a database file this command created and could not finish, with its WAL companions.
void discardNewFile(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(path + suffix);
    }
}

} // namespace

CliApp::CliApp(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{}

int CliApp::usage(int code)
{
    QTextStream& stream = code == Success ? m_out : m_err;
    stream << tr("Usage: palier-cli COMMAND [options]\n"
                 "\n"
                 "Commands:\n"
                 "  init   --db FILE --region CODE [--programme hopen-2019]   create a regional database\n"
                 "  demo   --db FILE [--scale region|national] [--seed N] [--region CODE]\n"
                 "                                                           write the fictitious demo campaign\n"
                 "  info   --db FILE [--json]     counts per table, campaign, schema version\n"
                 "  check  --db FILE [--json]     integrity and foreign keys\n"
                 "  import KIND FILE --db FILE [--profile NAME] [--accept-valid] [--dry-run] [--json]\n"
                 "                                KIND: establishments, ght, candidatures, indicators, scores,\n"
                 "                                declarations\n"
                 "  state  --db FILE --candidature ID[,ID…] --to STATE [--reason TEXT]   move files in the workflow\n"
                 "  history --db FILE --candidature ID           the states a file went through\n"
                 "  eligibility --db FILE [--finess F]           prerequisites reached, per establishment\n"
                 "  rank   --db FILE [--domain D2] [--json]    ranking per domain with totals\n"
                 "  export scores --db FILE --out FILE.(csv|xlsx)   scores and weights, to recompute the totals\n"
                 "  preselect --db FILE --method rank|optimal [--envelope EUR] [--quota KEY=MIN..MAX]… [--save]\n"
                 "                                the preselection under the envelope and quotas\n"
                 "  seal   --db FILE --run N --out FILE.xlsx   seal a preselection run and write the DGOS file\n"
                 "  export dgos --db FILE --run N --out FILE.xlsx   the DGOS file of a sealed run, written again\n"
                 "  letters --db FILE --out DIR [--combined FILE.pdf] [--format pdf|odt]   notification letters\n"
                 "  backup --db FILE [--out FILE]              a consistent copy (default: the backup folder)\n"
                 "  restore --db FILE --from FILE              replace the database by a backup (kept first)\n"
                 "  audit verify --db FILE [--json]            recompute the audit trail's chain\n"
                 "  roadmap --db FILE --out FILE.(pdf|odt)     the regional roadmap as a document to send\n"
                 "  forfait [set|import FILE.csv] --db FILE [--class S --domain D --amount EUR|--clear]\n"
                 "                                the forfait grid: list it, set one amount, replace it from a file\n"
                 "  projects [create] --db FILE [--json]       funded projects (create: from the notified files)\n"
                 "  project --db FILE --id N [--state termine --date D | --state abandonne --reason R] [--note T]\n"
                 "  payments --db FILE [--state du|prevu|verse|annule] [--overdue] [--json]   payment schedule\n"
                 "  pay    --db FILE --payment N --date YYYY-MM-DD --reference REF   record a transfer\n"
                 "  followup refresh --db FILE                 recompute which tranches are due\n"
                 "  reconcile --db FILE [--json]               check that the amounts add up (exit 1 if not)\n"
                 "  pg-setup --pg CONNINFO [--referent USER]… [--reader USER]…   schema and roles on PostgreSQL\n"
                 "  migrate --from FILE|CONNINFO --to CONNINFO|FILE   copy a campaign between a file and PostgreSQL\n"
                 "  (every command takes --pg CONNINFO instead of --db FILE; password: PGPASSWORD or ~/.pgpass)\n"
                 "  report --db FILE --out FILE.pdf [--xlsx FILE.xlsx]   the progress report (figures with --json)\n"
                 "  consolidate --out FILE.palier (FILE… | --dir DIR)   regional files into one national view\n"
                 "\n"
                 "Exit codes: 0 success, 1 problems found, 2 unusable input or arguments.\n"
                 "palier-cli COMMAND --help shows the options of a command.\n");
    stream.flush();
    return code;
}

int CliApp::run(const QStringList& arguments)
{
    if (arguments.size() < 2) {
        return usage(UnusableInput);
    }
    const QString command = arguments.at(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        return usage(Success);
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        m_out << "palier-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }

    using Handler = std::function<int(QCommandLineParser&, Output&)>;
    const auto member = [this](int (CliApp::*handler)(QCommandLineParser&, Output&)) {
        return [this, handler](QCommandLineParser& parser, Output& output) { return (this->*handler)(parser, output); };
    };
    struct Command
    {
        const char* name;
        Handler handler;
        QList<QCommandLineOption> options;
        int positionals = 0; ///< how many positional arguments the command takes at most
    };
    const QList<Command> commands{
        {"init",
         member(&CliApp::runInit),
         {QCommandLineOption(QStringLiteral("region"), tr("INSEE code of the region, e.g. 93."), tr("code")),
          QCommandLineOption(QStringLiteral("programme"), tr("Programme definition (default hopen-2019)."), tr("code"),
                             QStringLiteral("hopen-2019"))}},
        {"demo",
         member(&CliApp::runDemo),
         {QCommandLineOption(QStringLiteral("scale"), tr("region (default) or national."), tr("scale"),
                             QStringLiteral("region")),
          QCommandLineOption(QStringLiteral("seed"), tr("Seed of the generator (default 2019)."), tr("number"),
                             QStringLiteral("2019")),
          QCommandLineOption(QStringLiteral("region"), tr("INSEE code of the region (default 93)."), tr("code"),
                             QStringLiteral("93"))}},
        {"info", member(&CliApp::runInfo), {}},
        {"check", member(&CliApp::runCheck), {}},
        {"import", member(&CliApp::runImport), importOptions(), 2},
        {"state", [](QCommandLineParser& p, Output& o) { return runState(p, o); }, stateOptions()},
        {"history", [](QCommandLineParser& p, Output& o) { return runHistory(p, o); }, historyOptions()},
        {"eligibility", [](QCommandLineParser& p, Output& o) { return runEligibility(p, o); }, eligibilityOptions()},
        {"rank", [](QCommandLineParser& p, Output& o) { return runRank(p, o); }, rankOptions()},
        {"export", [](QCommandLineParser& p, Output& o) { return runExport(p, o); }, exportOptions(), 1},
        {"preselect", [](QCommandLineParser& p, Output& o) { return runPreselect(p, o); }, preselectOptions()},
        {"seal", [](QCommandLineParser& p, Output& o) { return runSeal(p, o); }, sealOptions()},
        {"letters", [](QCommandLineParser& p, Output& o) { return runLetters(p, o); }, lettersOptions()},
        {"backup", [](QCommandLineParser& p, Output& o) { return runBackup(p, o); }, backupOptions()},
        {"restore", [](QCommandLineParser& p, Output& o) { return runRestore(p, o); }, restoreOptions()},
        {"audit", [](QCommandLineParser& p, Output& o) { return runAudit(p, o); }, {}, 1},
        {"roadmap", [](QCommandLineParser& p, Output& o) { return runRoadmap(p, o); }, roadmapOptions()},
        {"forfait", [](QCommandLineParser& p, Output& o) { return runForfait(p, o); }, forfaitOptions(), 2},
        {"projects", [](QCommandLineParser& p, Output& o) { return runProjects(p, o); }, projectsOptions(), 1},
        {"project", [](QCommandLineParser& p, Output& o) { return runProject(p, o); }, projectOptions()},
        {"payments", [](QCommandLineParser& p, Output& o) { return runPayments(p, o); }, paymentsOptions()},
        {"pay", [](QCommandLineParser& p, Output& o) { return runPay(p, o); }, payOptions()},
        {"followup", [](QCommandLineParser& p, Output& o) { return runFollowUp(p, o); }, followUpOptions(), 1},
        {"reconcile", [](QCommandLineParser& p, Output& o) { return runReconcile(p, o); }, {}},
        {"pg-setup", [](QCommandLineParser& p, Output& o) { return runPgSetup(p, o); }, pgSetupOptions()},
        {"migrate", [](QCommandLineParser& p, Output& o) { return runMigrate(p, o); }, migrateOptions()},
        {"report", [](QCommandLineParser& p, Output& o) { return runReport(p, o); }, reportOptions()},
        {"consolidate", [](QCommandLineParser& p, Output& o) { return runConsolidate(p, o); }, consolidateOptions(),
         1000},
    };
    for (const Command& c : commands) {
        if (command != QLatin1String(c.name)) {
            continue;
        }
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("palier-cli %1").arg(command));
        parser.addOption(dbOption());
        parser.addOption(pgOption());
        parser.addOption(jsonOption());
        parser.addOptions(c.options);
        const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show help."));
        parser.addOption(help);
        QStringList rest = withPostgresAsDb(arguments.mid(2));
        rest.prepend(arguments.at(0));
        const bool parsed = parser.parse(rest);
        Output output(m_out, m_err, parser.isSet(jsonOption()));
        if (!parsed) {
            return output.fail(argumentError(parser.errorText()));
        }
        if (parser.isSet(help)) {
            m_out << parser.helpText();
            return Success;
        }
        if (parser.positionalArguments().size() > c.positionals) {
            return output.fail(
                argumentError(tr("Unexpected argument “%1”.").arg(parser.positionalArguments().at(c.positionals))));
        }
        if (!parser.isSet(dbOption()) && command != QLatin1String("consolidate") &&
            command != QLatin1String("migrate")) {
            return output.fail(argumentError(tr("The option --db FILE is required.")));
        }
        return c.handler(parser, output);
    }
    m_err << tr("Unknown command “%1”.").arg(command) << Qt::endl;
    return usage(UnusableInput);
}

int CliApp::runInit(QCommandLineParser& parser, Output& output)
{
    const QString path = parser.value(dbOption());
    if (!parser.isSet(QStringLiteral("region"))) {
        return output.fail(argumentError(tr("The option --region CODE is required, e.g. --region 93.")));
    }
    if (QFileInfo::exists(path)) {
        return output.fail(argumentError(
            tr("“%1” already exists. Choose a new file name; an existing database is never overwritten.").arg(path)));
    }
    Result<CampaignInfo> campaign = [&]() -> Result<CampaignInfo> {
        auto db = Database::open(path, {.create = true});
        if (!db) {
            return db.error();
        }
        return createCampaign(*db.value(), parser.value(QStringLiteral("region")),
                              parser.value(QStringLiteral("programme")));
    }();
    if (!campaign) {
        discardNewFile(path);
        return output.fail(campaign.error());
    }
    output.line(
        tr("Created %1: %2, %3–%4.").arg(path, campaign->name).arg(campaign->firstYear).arg(campaign->lastYear));
    output.json({{QStringLiteral("file"), path}, {QStringLiteral("campaign"), campaignJson(campaign.value())}});
    return Success;
}

int CliApp::runDemo(QCommandLineParser& parser, Output& output)
{
    const QString path = parser.value(dbOption());
    DemoOptions options;
    const QString scale = parser.value(QStringLiteral("scale"));
    if (scale == QLatin1String("national")) {
        options.scale = DemoScale::National;
    } else if (scale != QLatin1String("region")) {
        return output.fail(argumentError(tr("--scale takes “region” or “national”, not “%1”.").arg(scale)));
    }
    bool seedOk = false;
    options.seed = parser.value(QStringLiteral("seed")).toUInt(&seedOk);
    if (!seedOk) {
        return output.fail(
            argumentError(tr("--seed takes a whole number, not “%1”.").arg(parser.value(QStringLiteral("seed")))));
    }
    options.regionCode = parser.value(QStringLiteral("region"));

    const bool isNew = !QFileInfo::exists(path);
    Result<DemoSummary> summary = [&]() -> Result<DemoSummary> {
        auto db = Database::open(path, {.create = true});
        if (!db) {
            return db.error();
        }
        return generateDemo(*db.value(), options);
    }();
    if (!summary) {
        if (isNew) {
            discardNewFile(path);
        }
        return output.fail(summary.error());
    }
    output.line(tr("Demo campaign written to %1: %2 establishments, %3 candidatures (fictitious data).")
                    .arg(path)
                    .arg(summary->establishments)
                    .arg(summary->candidatures));
    output.json({{QStringLiteral("file"), path},
                 {QStringLiteral("establishments"), summary->establishments},
                 {QStringLiteral("candidatures"), summary->candidatures}});
    return Success;
}

int CliApp::runInfo(QCommandLineParser& parser, Output& output)
{
    const QString path = parser.value(dbOption());
    auto db = Database::open(path, {.readOnly = true});
    if (!db) {
        return output.fail(db.error());
    }
    Result<DatabaseSummary> summary = summarizeDatabase(*db.value());
    if (!summary) {
        return output.fail(summary.error());
    }
    output.line(tr("Database: %1").arg(path));
    output.line(tr("Schema version: %1 (this Palier writes %2)")
                    .arg(summary->schemaVersion)
                    .arg(Database::currentSchemaVersion()));
    output.line(summary->campaign ? tr("Campaign: %1, %2–%3")
                                        .arg(summary->campaign->name)
                                        .arg(summary->campaign->firstYear)
                                        .arg(summary->campaign->lastYear)
                                  : tr("Campaign: none"));
    QJsonObject tables;
    for (const TableCount& t : summary->tables) {
        output.line(QStringLiteral("  %1 %2").arg(t.table, -24).arg(t.rows));
        tables.insert(t.table, t.rows);
    }
    output.json(
        {{QStringLiteral("file"), path},
         {QStringLiteral("schemaVersion"), summary->schemaVersion},
         {QStringLiteral("currentSchemaVersion"), Database::currentSchemaVersion()},
         {QStringLiteral("campaign"), summary->campaign ? QJsonValue(campaignJson(*summary->campaign)) : QJsonValue()},
         {QStringLiteral("tables"), tables}});
    return Success;
}

int CliApp::runCheck(QCommandLineParser& parser, Output& output)
{
    const QString path = parser.value(dbOption());
    auto db = Database::open(path, {.readOnly = true});
    if (!db) {
        return output.fail(db.error());
    }
    Result<CheckReport> report = checkDatabase(*db.value());
    if (!report) {
        return output.fail(report.error());
    }
    for (const QString& problem : report->integrityProblems) {
        output.line(tr("Integrity: %1").arg(problem));
    }
    for (const QString& problem : report->foreignKeyProblems) {
        output.line(tr("Foreign key: %1").arg(problem));
    }
    for (const QString& problem : report->auditProblems) {
        output.line(tr("Audit trail: %1").arg(problem));
    }
    output.line(report->ok() ? tr("%1: no problem found.").arg(path)
                             : tr("%1: %2 problem(s) found.").arg(path).arg(report->problemCount()));
    output.json({{QStringLiteral("file"), path},
                 {QStringLiteral("ok"), report->ok()},
                 {QStringLiteral("integrity"), QJsonArray::fromStringList(report->integrityProblems)},
                 {QStringLiteral("foreignKeys"), QJsonArray::fromStringList(report->foreignKeyProblems)},
                 {QStringLiteral("audit"), QJsonArray::fromStringList(report->auditProblems)}});
    return report->ok() ? Success : ProblemsFound;
}

} // namespace Palier::Cli
