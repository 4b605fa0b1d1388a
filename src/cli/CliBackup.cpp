// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliBackup.h"

#include "CliOptions.h"
#include "CliOutput.h"
#include "db/Backups.h"
#include "db/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Palier::Cli {

namespace {

const QString OutOption = QStringLiteral("out");
const QString FromOption = QStringLiteral("from");

struct BackupText
{
    Q_DECLARE_TR_FUNCTIONS(Palier::Cli::Backup)
};

/// The copy asked for with --out: never over an existing file, never half-written.
Result<void> copyTo(const Database& db, const QString& target)
{
    if (QFileInfo::exists(target)) {
        return argumentError(BackupText::tr("“%1” already exists: a backup never replaces a file. Choose another name.")
                                 .arg(QDir::toNativeSeparators(target)));
    }
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    if (Result<void> written = db.backupTo(partial); !written) {
        QFile::remove(partial);
        return written;
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Error{QStringLiteral("backup.write"),
                     BackupText::tr("Cannot write “%1”. Check that you may write in its folder.")
                         .arg(QDir::toNativeSeparators(target)),
                     target};
    }
    return {};
}

} // namespace

QList<QCommandLineOption> backupOptions()
{
    return {QCommandLineOption(OutOption, BackupText::tr("Where to write the copy (default: the backup folder)."),
                               BackupText::tr("file"))};
}

int runBackup(QCommandLineParser& parser, Output& output)
{
    const QString path = parser.value(dbOption());
    Result<std::unique_ptr<Database>> db = Database::open(path, {.readOnly = true});
    if (!db) {
        return output.fail(db.error());
    }
    QString written;
    if (parser.isSet(OutOption)) {
        written = QFileInfo(parser.value(OutOption)).absoluteFilePath();
        if (Result<void> copied = copyTo(*db.value(), written); !copied) {
            return output.fail(copied.error());
        }
    } else {
        Result<QString> taken = Backups::take(*db.value(), Backups::defaultDirectory(), Backups::DefaultKeep);
        if (!taken) {
            return output.fail(taken.error());
        }
        written = taken.value();
    }
    output.line(BackupText::tr("Backup of %1 written to %2.").arg(path, QDir::toNativeSeparators(written)));
    output.json({{QStringLiteral("file"), db.value()->path()}, {QStringLiteral("backup"), written}});
    return Success;
}

QList<QCommandLineOption> restoreOptions()
{
    return {QCommandLineOption(FromOption, BackupText::tr("The backup to restore."), BackupText::tr("file"))};
}

int runRestore(QCommandLineParser& parser, Output& output)
{
    if (!parser.isSet(FromOption)) {
        return output.fail(argumentError(BackupText::tr("The option --from FILE is required: the backup to restore.")));
    }
    const QString path = parser.value(dbOption());
    const QString from = parser.value(FromOption);
    Result<QString> safety = Backups::restore(path, from, Backups::defaultDirectory(), Backups::DefaultKeep);
    if (!safety) {
        return output.fail(safety.error());
    }
    if (safety->isEmpty()) {
        output.line(BackupText::tr("%1 restored from %2.").arg(path, from));
    } else {
        output.line(BackupText::tr("%1 restored from %2; the replaced version was kept in %3.")
                        .arg(path, from, QDir::toNativeSeparators(safety.value())));
    }
    output.json({{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                 {QStringLiteral("restoredFrom"), QFileInfo(from).absoluteFilePath()},
                 {QStringLiteral("previousVersion"), safety.value()}});
    return Success;
}

} // namespace Palier::Cli
