// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliLetters.h"

#include "CliOptions.h"
#include "CliOutput.h"
#include "db/Database.h"
#include "letters/LetterBatch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace Palier::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Palier::Cli::Letters)
};

const QString OutOption = QStringLiteral("out");
const QString CombinedOption = QStringLiteral("combined");
const QString FormatOption = QStringLiteral("format");

QJsonObject reportJson(const LetterBatchReport& report, const QString& dir, qint64 milliseconds)
{
    QJsonArray letters;
    for (const PlannedLetter& l : report.generated) {
        letters.append(QJsonObject{{QStringLiteral("finess"), l.finess},
                                   {QStringLiteral("establishment"), l.name},
                                   {QStringLiteral("template"), letterKindKey(l.kind)},
                                   {QStringLiteral("template_version"), l.templateVersion},
                                   {QStringLiteral("version"), l.version},
                                   {QStringLiteral("reference"), l.reference},
                                   {QStringLiteral("total_cents"), l.totalCents},
                                   {QStringLiteral("path"), QDir::toNativeSeparators(l.path)}});
    }
    QJsonArray skipped;
    for (const SkippedLetter& s : report.skipped) {
        skipped.append(QJsonObject{{QStringLiteral("finess"), s.finess},
                                   {QStringLiteral("establishment"), s.name},
                                   {QStringLiteral("reason"), s.reason}});
    }
    return {{QStringLiteral("out"), QDir::toNativeSeparators(dir)},
            {QStringLiteral("generated"), letters},
            {QStringLiteral("skipped"), skipped},
            {QStringLiteral("combined_pages"), report.combinedPages},
            {QStringLiteral("milliseconds"), milliseconds}};
}

} // namespace

QList<QCommandLineOption> lettersOptions()
{
    return {QCommandLineOption(OutOption, Text::tr("Folder where one letter per establishment is written."),
                               Text::tr("folder")),
            QCommandLineOption(CombinedOption, Text::tr("Also write every letter into this one PDF, for printing."),
                               Text::tr("file.pdf")),
            QCommandLineOption(FormatOption, Text::tr("pdf (default) or odt (to touch letters up by hand)."),
                               Text::tr("format"), QStringLiteral("pdf"))};
}

int runLetters(QCommandLineParser& parser, Output& output)
{
    LetterJobOptions options;
    options.outputDir = parser.value(OutOption);
    options.combinedPdf = parser.value(CombinedOption);
    const QString format = parser.value(FormatOption).toLower();
    if (options.outputDir.isEmpty()) {
        return output.fail(argumentError(Text::tr("letters needs --out, the folder where the letters are written.")));
    }
    if (format != QLatin1String("pdf") && format != QLatin1String("odt")) {
        return output.fail(argumentError(Text::tr("“%1” is not a letter format: use pdf or odt.").arg(format)));
    }
    if (!options.combinedPdf.isEmpty() && !options.combinedPdf.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        return output.fail(argumentError(Text::tr("--combined writes a PDF: give a file name ending in .pdf.")));
    }
    options.format = format == QLatin1String("odt") ? LetterFormat::Odt : LetterFormat::Pdf;
    if (QFileInfo(options.outputDir).exists() && !QFileInfo(options.outputDir).isDir()) {
        return output.fail(
            argumentError(Text::tr("“%1” is a file, not a folder.").arg(QDir::toNativeSeparators(options.outputDir))));
    }
    auto db = Database::open(parser.value(dbOption()), {});
    if (!db) {
        return output.fail(db.error());
    }
    QElapsedTimer timer;
    timer.start();
    Result<LetterBatchReport> result = generateLetters(*db.value(), options);
    if (!result) {
        return output.fail(result.error());
    }
    const LetterBatchReport& report = result.value();
    const qint64 elapsed = timer.elapsed();
    output.json(reportJson(report, options.outputDir, elapsed));
    output.line(Text::tr("%Ln letter(s) written in %1 (%2 s).", nullptr, int(report.generated.size()))
                    .arg(QDir::toNativeSeparators(options.outputDir))
                    .arg(QLocale().toString(double(elapsed) / 1000.0, 'f', 1)));
    if (!options.combinedPdf.isEmpty()) {
        output.line(Text::tr("Combined PDF: %1 (%Ln page(s)).", nullptr, report.combinedPages)
                        .arg(QDir::toNativeSeparators(options.combinedPdf)));
    }
    if (!report.skipped.isEmpty()) {
        output.line(Text::tr("%Ln establishment(s) skipped:", nullptr, int(report.skipped.size())));
        for (const SkippedLetter& s : report.skipped) {
            output.line(QStringLiteral("  %1  %2: %3").arg(s.finess, s.name, s.reason));
        }
    }
    return report.skipped.isEmpty() ? Success : ProblemsFound;
}

} // namespace Palier::Cli
