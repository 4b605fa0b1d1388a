// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignFiles.h"

#include "campaign/Campaign.h"
#include "db/Backups.h"
#include "db/Database.h"
#include "demo/DemoGenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <optional>

namespace Palier::CampaignFiles {

namespace {

const QString DemoRegion = QStringLiteral("93");
const QString DemoProgramme = QStringLiteral("hopen-2019");

void removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(path + suffix);
    }
}

/// Creates the file with its campaign, and the demo content when asked; on failure, removes what it wrote.
Result<std::unique_ptr<Database>> createWith(const QString& path, const QString& regionCode,
                                             const QString& programmeCode, bool demo)
{
    Result<std::unique_ptr<Database>> opened = Database::open(path, {.create = true});
    if (!opened) {
        return opened;
    }
    std::unique_ptr<Database> db = std::move(opened).value();
    std::optional<Error> failure;
    if (Result<CampaignInfo> campaign = createCampaign(*db, regionCode, programmeCode); !campaign) {
        failure = campaign.error();
    } else if (demo) {
        DemoOptions options;
        options.regionCode = regionCode;
        if (Result<DemoSummary> summary = generateDemo(*db, options); !summary) {
            failure = summary.error();
        }
    }
    if (!failure) {
        return db;
    }
    const QString file = db->path();
    db.reset(); // close the connection before removing the file
    removeDatabaseFiles(file);
    return *failure;
}

} // namespace

QString demoPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo-paca.palier");
}

QString nationalViewPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/vue-nationale.palier");
}

Result<void> checkNewPath(const QString& path)
{
    if (QFileInfo::exists(path)) {
        return Error{QStringLiteral("db.exists"),
                     QCoreApplication::translate("Palier::CampaignFiles",
                                                 "“%1” already exists. A new database never replaces a file: "
                                                 "choose another name.")
                         .arg(QDir::toNativeSeparators(path)),
                     path};
    }
    return {};
}

Result<std::unique_ptr<Database>> create(const QString& path, const QString& regionCode, const QString& programmeCode)
{
    if (Result<void> free = checkNewPath(path); !free) {
        return free.error();
    }
    return createWith(path, regionCode, programmeCode, false);
}

Result<void> saveCopy(const Database& db, const QString& target)
{
    const QString absolute = QFileInfo(target).absoluteFilePath();
    if (absolute == QFileInfo(db.path()).absoluteFilePath()) {
        return Error{QStringLiteral("db.copy-onto-itself"),
                     QCoreApplication::translate("Palier::CampaignFiles",
                                                 "A copy cannot replace the database it is made from. Choose "
                                                 "another name."),
                     absolute};
    }
    const QString partial = absolute + QStringLiteral(".partial");
    QFile::remove(partial);
    if (Result<void> written = db.backupTo(partial); !written) {
        QFile::remove(partial);
        return written;
    }
    if ((QFileInfo::exists(absolute) && !QFile::remove(absolute)) || !QFile::rename(partial, absolute)) {
        QFile::remove(partial);
        return Error{QStringLiteral("db.copy-replace"),
                     QCoreApplication::translate("Palier::CampaignFiles",
                                                 "Cannot replace “%1”. Check that the file is not open elsewhere "
                                                 "and that you may write in its folder.")
                         .arg(QDir::toNativeSeparators(absolute)),
                     absolute};
    }
    return {};
}

int backupsToKeep()
{
    const int keep = QSettings().value(QStringLiteral("backups/keep"), Backups::DefaultKeep).toInt();
    return keep > 0 ? keep : Backups::DefaultKeep;
}

Result<QString> takeAutomaticBackup(const Database& db)
{
    return Backups::take(db, Backups::defaultDirectory(), backupsToKeep());
}

QString fileDialogFilter()
{
    return QCoreApplication::translate("Palier::CampaignFiles", "Palier databases (*.palier);;All files (*)");
}

Result<std::unique_ptr<Database>> openDemo(const QString& path)
{
    if (QFileInfo::exists(path)) {
        return Database::open(path, {});
    }
    return createWith(path, DemoRegion, DemoProgramme, true);
}

} // namespace Palier::CampaignFiles
