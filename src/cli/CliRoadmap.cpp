// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRoadmap.h"

#include "CliOptions.h"
#include "CliOutput.h"
#include "db/Database.h"
#include "import/ImportValues.h"
#include "selection/ForfaitGrid.h"
#include "selection/RoadmapExport.h"
#include "selection/Selection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace Palier::Cli {

namespace {

const QString OutOption = QStringLiteral("out");

struct RoadmapText
{
    Q_DECLARE_TR_FUNCTIONS(Palier::Cli::Roadmap)
};

} // namespace

QList<QCommandLineOption> roadmapOptions()
{
    return {QCommandLineOption(OutOption, RoadmapText::tr("The document to write: FILE.pdf or FILE.odt."),
                               RoadmapText::tr("file"))};
}

int runRoadmap(QCommandLineParser& parser, Output& output)
{
    if (!parser.isSet(OutOption)) {
        return output.fail(argumentError(RoadmapText::tr("The option --out FILE.pdf (or .odt) is required.")));
    }
    Result<std::unique_ptr<Database>> db = Database::open(parser.value(dbOption()), {.readOnly = true});
    if (!db) {
        return output.fail(db.error());
    }
    const QString path = QFileInfo(parser.value(OutOption)).absoluteFilePath();
    Result<QString> written = exportRoadmap(*db.value(), path, QDate::currentDate());
    if (!written) {
        return output.fail(written.error());
    }
    output.line(RoadmapText::tr("Roadmap written to %1.").arg(QDir::toNativeSeparators(path)));
    output.json({{QStringLiteral("file"), db.value()->path()},
                 {QStringLiteral("out"), path},
                 {QStringLiteral("sha256"), written.value()}});
    return Success;
}

namespace {

const QString ClassOption = QStringLiteral("class");
const QString DomainOption = QStringLiteral("domain");
const QString AmountOption = QStringLiteral("amount");
const QString ClearOption = QStringLiteral("clear");

struct ForfaitText
{
    Q_DECLARE_TR_FUNCTIONS(Palier::Cli::Forfait)
};

QJsonArray issuesJson(const QList<ForfaitIssue>& issues)
{
    QJsonArray array;
    for (const ForfaitIssue& issue : issues) {
        QJsonObject object{{QStringLiteral("reason"), issue.message}};
        if (issue.line > 0) {
            object.insert(QStringLiteral("line"), issue.line);
        }
        if (!issue.column.isEmpty()) {
            object.insert(QStringLiteral("column"), issue.column);
        }
        array.append(object);
    }
    return array;
}

void printWarnings(Output& output, const QList<ForfaitIssue>& warnings)
{
    for (const ForfaitIssue& warning : warnings) {
        output.line(ForfaitText::tr("Warning: %1%2").arg(ForfaitTexts::where(warning), warning.message));
    }
}

Result<std::unique_ptr<Database>> openForfaitDatabase(const QString& path, bool write)
{
    Result<std::unique_ptr<Database>> db = Database::open(path, {.readOnly = !write});
    if (db && write && db.value()->isReadOnly()) {
        return Error{QStringLiteral("db.read-only"),
                     ForfaitText::tr("“%1” is open read-only: the forfait grid cannot be changed.")
                         .arg(Database::displayLocation(path)),
                     {}};
    }
    return db;
}

int listForfait(const Database& db, Output& output)
{
    Result<ForfaitGrid> grid = loadForfaitGrid(db);
    if (!grid) {
        return output.fail(grid.error());
    }
    Result<SizeClassCoverage> coverage = loadSizeClassCoverage(db);
    if (!coverage) {
        return output.fail(coverage.error());
    }
    const QStringList classes = grid->sizeClasses();
    QJsonArray rows;
    for (const QString& sizeClass : classes) {
        QJsonObject amounts;
        for (const QString& domain : std::as_const(grid->domains)) {
            if (const std::optional<qint64> amount = grid->amount(sizeClass, domain)) {
                amounts.insert(domain, *amount);
            }
        }
        rows.append(QJsonObject{{QStringLiteral("sizeClass"), sizeClass},
                                {QStringLiteral("establishments"), coverage->establishments(sizeClass)},
                                {QStringLiteral("amountsCents"), amounts}});
    }
    QJsonObject establishments;
    QJsonArray notInGrid;
    for (const SizeClassCoverage::Count& count : std::as_const(coverage->classes)) {
        establishments.insert(count.sizeClass, count.establishments);
        if (!classes.contains(count.sizeClass)) {
            notInGrid.append(count.sizeClass);
        }
    }
    output.json({{QStringLiteral("file"), db.path()},
                 {QStringLiteral("programme"), grid->programmeCode},
                 {QStringLiteral("forfaitMinCents"), grid->forfaitMinCents},
                 {QStringLiteral("forfaitMaxCents"), grid->forfaitMaxCents},
                 {QStringLiteral("domains"), QJsonArray::fromStringList(grid->domains)},
                 {QStringLiteral("cells"), int(grid->cells.size())},
                 {QStringLiteral("sizeClasses"), rows},
                 {QStringLiteral("establishmentsBySizeClass"), establishments},
                 {QStringLiteral("establishmentsWithoutSizeClass"), coverage->withoutClass},
                 {QStringLiteral("sizeClassesNotInGrid"), notInGrid}});

    output.line(ForfaitText::tr("Forfait grid of %1 (programme bounds %2 to %3):")
                    .arg(grid->programmeCode, SelectionTexts::money(grid->forfaitMinCents),
                         SelectionTexts::money(grid->forfaitMaxCents)));
    if (classes.isEmpty()) {
        output.line(ForfaitText::tr("  No amount yet: every file gets the amount it requests, within the bounds. "
                                    "Set them with palier-cli forfait set or import."));
    } else {
        // A plain table: the size class, its establishments, then one column per domain.
        QList<QStringList> table{{ForfaitText::tr("Class"), ForfaitText::tr("Estab.")}};
        table.first().append(grid->domains);
        for (const QString& sizeClass : classes) {
            QStringList row{sizeClass, QString::number(coverage->establishments(sizeClass))};
            for (const QString& domain : std::as_const(grid->domains)) {
                const std::optional<qint64> amount = grid->amount(sizeClass, domain);
                row.append(amount ? SelectionTexts::money(*amount) : QStringLiteral("—"));
            }
            table.append(row);
        }
        QList<qsizetype> widths(table.first().size(), 0);
        for (const QStringList& row : std::as_const(table)) {
            for (qsizetype i = 0; i < row.size(); ++i) {
                widths[i] = qMax(widths.at(i), row.at(i).size());
            }
        }
        for (const QStringList& row : std::as_const(table)) {
            QStringList cells;
            for (qsizetype i = 0; i < row.size(); ++i) {
                cells.append(i == 0 ? row.at(i).leftJustified(widths.at(i)) : row.at(i).rightJustified(widths.at(i)));
            }
            output.line(QStringLiteral("  ") + cells.join(QStringLiteral("  ")));
        }
    }
    output.line(ForfaitText::tr("Establishments without a size class: %1 (their files get the amount they request, "
                                "within the bounds).")
                    .arg(coverage->withoutClass));
    if (!notInGrid.isEmpty()) {
        QStringList names;
        for (const QJsonValue& name : std::as_const(notInGrid)) {
            names.append(QStringLiteral("%1 (%2)").arg(name.toString()).arg(coverage->establishments(name.toString())));
        }
        output.line(ForfaitText::tr("Size classes of establishments that the grid does not have: %1.")
                        .arg(names.join(QStringLiteral(", "))));
    }
    return Success;
}

int setForfaitCell(QCommandLineParser& parser, Output& output)
{
    if (!parser.isSet(ClassOption) || !parser.isSet(DomainOption) ||
        parser.isSet(AmountOption) == parser.isSet(ClearOption)) {
        return output.fail(argumentError(
            ForfaitText::tr("Give --class S, --domain D and either --amount EUR or --clear, e.g. forfait set --db F "
                            "--class S2 --domain D3 --amount 150000.")));
    }
    std::optional<qint64> cents;
    if (parser.isSet(AmountOption)) {
        const ImportValues::Amount amount = ImportValues::parseAmount(parser.value(AmountOption));
        if (amount.problem == ImportValues::AmountProblem::Negative) {
            return output.fail(
                argumentError(ForfaitText::tr("A forfait cannot be negative: give an amount of 0 or more.")));
        }
        if (amount.problem != ImportValues::AmountProblem::None) {
            return output.fail(argumentError(
                ForfaitText::tr("--amount “%1” is not an amount in euros: write it like 150000 or 150000,50.")
                    .arg(parser.value(AmountOption))));
        }
        cents = amount.cents;
    }
    Result<std::unique_ptr<Database>> db = openForfaitDatabase(parser.value(dbOption()), true);
    if (!db) {
        return output.fail(db.error());
    }
    Result<QList<ForfaitIssue>> warnings =
        setForfait(*db.value(), parser.value(ClassOption), parser.value(DomainOption), cents);
    if (!warnings) {
        return output.fail(warnings.error());
    }
    const QString sizeClass = normalizedSizeClass(parser.value(ClassOption));
    const QString domain = ImportValues::domainCode(parser.value(DomainOption));
    output.line(
        cents ? ForfaitText::tr("Forfait of %1 for %2 set to %3.").arg(domain, sizeClass, SelectionTexts::money(*cents))
              : ForfaitText::tr("Forfait of %1 for %2 removed: its files get the amount they request, within "
                                "the bounds.")
                    .arg(domain, sizeClass));
    printWarnings(output, warnings.value());
    output.json({{QStringLiteral("sizeClass"), sizeClass},
                 {QStringLiteral("domain"), domain},
                 {QStringLiteral("amountCents"), cents ? QJsonValue(*cents) : QJsonValue()},
                 {QStringLiteral("warnings"), issuesJson(warnings.value())}});
    return Success;
}

int importForfait(const QString& path, const QString& dbPath, Output& output)
{
    if (!QFileInfo(path).isFile()) {
        return output.fail(Error{QStringLiteral("io.unreadable"),
                                 ForfaitText::tr("Cannot read “%1”: there is no such file.").arg(path),
                                 {}});
    }
    Result<std::unique_ptr<Database>> db = openForfaitDatabase(dbPath, true);
    if (!db) {
        return output.fail(db.error());
    }
    Result<ForfaitFile> file = readForfaitFile(*db.value(), path);
    if (!file) {
        return output.fail(file.error());
    }
    if (!file->check.ok()) {
        // Every problem with its line, and nothing written.
        const QString message = ForfaitText::tr("Nothing was written: %Ln line(s) of %1 to correct.", nullptr,
                                                int(file->check.errors.size()))
                                    .arg(QFileInfo(path).fileName());
        if (output.isJson()) {
            output.json(
                {{QStringLiteral("read"), file->rows},
                 {QStringLiteral("written"), false},
                 {QStringLiteral("rejected"), issuesJson(file->check.errors)},
                 {QStringLiteral("warnings"), issuesJson(file->check.warnings)},
                 {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QStringLiteral("forfait.invalid")},
                                                       {QStringLiteral("message"), message}}}});
        }
        QTextStream err(stderr);
        for (const ForfaitIssue& issue : std::as_const(file->check.errors)) {
            err << ForfaitText::tr("Rejected: %1%2").arg(ForfaitTexts::where(issue), issue.message) << Qt::endl;
        }
        err << message << Qt::endl;
        return UnusableInput;
    }
    Result<void> written = replaceForfaitGrid(*db.value(), file->cells);
    if (!written) {
        return output.fail(written.error());
    }
    output.line(ForfaitText::tr("%Ln amount(s) read from %1: they are now the forfait grid.", nullptr, file->rows)
                    .arg(QFileInfo(path).fileName()));
    printWarnings(output, file->check.warnings);
    output.json({{QStringLiteral("read"), file->rows},
                 {QStringLiteral("written"), true},
                 {QStringLiteral("rejected"), QJsonArray()},
                 {QStringLiteral("warnings"), issuesJson(file->check.warnings)}});
    return Success;
}

} // namespace

QList<QCommandLineOption> forfaitOptions()
{
    return {QCommandLineOption(ClassOption, ForfaitText::tr("set: the establishments' size class, e.g. S2."),
                               ForfaitText::tr("class")),
            QCommandLineOption(DomainOption, ForfaitText::tr("set: the domain, e.g. D3."), ForfaitText::tr("code")),
            QCommandLineOption(AmountOption, ForfaitText::tr("set: the forfait in euros, e.g. 150000."),
                               ForfaitText::tr("euros")),
            QCommandLineOption(ClearOption, ForfaitText::tr("set: remove the amount instead."))};
}

int runForfait(QCommandLineParser& parser, Output& output)
{
    const QStringList arguments = parser.positionalArguments();
    const QString action = arguments.value(0);
    if (action.isEmpty()) {
        if (parser.isSet(ClassOption) || parser.isSet(DomainOption) || parser.isSet(AmountOption) ||
            parser.isSet(ClearOption)) {
            return output.fail(argumentError(
                ForfaitText::tr("--class, --domain, --amount and --clear go with forfait set: palier-cli forfait set "
                                "--db F --class S2 --domain D3 --amount 150000.")));
        }
        Result<std::unique_ptr<Database>> db = openForfaitDatabase(parser.value(dbOption()), false);
        if (!db) {
            return output.fail(db.error());
        }
        return listForfait(*db.value(), output);
    }
    if (action == QLatin1String("set") && arguments.size() == 1) {
        return setForfaitCell(parser, output);
    }
    if (action == QLatin1String("import")) {
        if (arguments.size() != 2) {
            return output.fail(
                argumentError(ForfaitText::tr("Give the file to import: palier-cli forfait import --db F FILE.csv.")));
        }
        return importForfait(arguments.at(1), parser.value(dbOption()), output);
    }
    return output.fail(argumentError(
        ForfaitText::tr("Unknown forfait action “%1”: use forfait (to list), forfait set or forfait import.")
            .arg(arguments.join(u' '))));
}

} // namespace Palier::Cli
