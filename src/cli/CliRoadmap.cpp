// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRoadmap.h"

#include "CliOptions.h"
#include "CliOutput.h"
#include "db/Database.h"
#include "selection/RoadmapExport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>

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

} // namespace Palier::Cli
