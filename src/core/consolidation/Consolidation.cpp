// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolidation/Consolidation.h"

#include "campaign/Campaign.h"
#include "consolidation/ConsolidationCopy.h"
#include "consolidation/ConsolidationSchema.h"
#include "db/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlQuery>
#include <QUuid>

#include <filesystem>
#include <memory>

namespace Palier {

namespace {

const QString RegionsKey = QStringLiteral("consolidation.regions");
const QString FilesKey = QStringLiteral("consolidation.files");
const QString CreatedKey = QStringLiteral("consolidation.created_at");

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

Error refusal(const QString& code, const QString& message, const QString& path)
{
    return Error{QStringLiteral("consolidation.") + code, message, path};
}

struct OpenedSource
{
    ConsolidationSource info;
    std::shared_ptr<Database> db; // shared: QList copies its items
};

Result<QList<OpenedSource>> openSources(const QStringList& paths)
{
    QList<OpenedSource> opened;
    for (const QString& path : paths) {
        Result<std::unique_ptr<Database>> db = Database::open(path, {.readOnly = true});
        if (!db) {
            return db.error();
        }
        if (db.value()->schemaVersion() != Database::currentSchemaVersion()) {
            return refusal(QStringLiteral("schema"),
                           Consolidation::tr("“%1” is at schema version %2, and this Palier writes version %3: open it "
                                             "once with this Palier to upgrade it, then consolidate again.")
                               .arg(native(path))
                               .arg(db.value()->schemaVersion())
                               .arg(Database::currentSchemaVersion()),
                           path);
        }
        Result<CampaignInfo> campaign = loadCampaign(*db.value());
        if (!campaign) {
            return refusal(QStringLiteral("no-campaign"),
                           Consolidation::tr("“%1” holds no regional campaign: there is nothing to consolidate in it.")
                               .arg(native(path)),
                           campaign.error().detail);
        }
        Result<ConsolidationInfo> info = consolidationInfo(*db.value());
        if (!info) {
            return info.error();
        }
        if (info->consolidated) {
            return refusal(QStringLiteral("national"),
                           Consolidation::tr("“%1” is already a national view: consolidate the regional files it was "
                                             "made of instead.")
                               .arg(native(path)),
                           path);
        }
        OpenedSource source{{QFileInfo(path).absoluteFilePath(), campaign->regionCode, campaign->regionName,
                             campaign->programmeCode, campaign->name},
                            std::move(db).value()};
        for (const OpenedSource& earlier : std::as_const(opened)) {
            if (earlier.info.programmeCode != source.info.programmeCode) {
                return refusal(
                    QStringLiteral("programme"),
                    Consolidation::tr("“%1” is a campaign of the programme %2, and “%3” of %4: only files of "
                                      "one programme can be consolidated.")
                        .arg(native(path), source.info.programmeCode, native(earlier.info.path),
                             earlier.info.programmeCode),
                    path);
            }
            if (earlier.info.regionCode == source.info.regionCode) {
                return refusal(
                    QStringLiteral("same-region"),
                    Consolidation::tr("“%1” and “%2” are both files of the region %3 (%4): a national view "
                                      "takes one file per region. Keep only one of them.")
                        .arg(native(path), native(earlier.info.path), source.info.regionName, source.info.regionCode),
                    path);
            }
        }
        opened.append(std::move(source));
    }
    return opened;
}

Result<void> writeMetadata(const Database& national, const QList<OpenedSource>& sources)
{
    QStringList regions;
    QJsonArray files;
    for (const OpenedSource& source : sources) {
        regions.append(source.info.regionCode);
        files.append(source.info.path);
    }
    QSqlQuery query(national.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    const QList<std::pair<QString, QString>> settings{
        {RegionsKey, regions.join(QLatin1Char(','))},
        {FilesKey, QString::fromUtf8(QJsonDocument(files).toJson(QJsonDocument::Compact))},
        {CreatedKey, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    for (const auto& [key, value] : settings) {
        query.addBindValue(key);
        query.addBindValue(value);
        if (!query.exec()) {
            return sqlError(Consolidation::tr("Cannot write the national database."), query);
        }
    }
    QSqlQuery rename(national.connection());
    rename.prepare(QStringLiteral("UPDATE campaign SET name = ? WHERE id = 1"));
    rename.addBindValue(Consolidation::tr("%1 — national view of %Ln region(s)", nullptr, int(sources.size()))
                            .arg(sources.constFirst().info.campaignName.section(QStringLiteral(" — "), 0, 0)));
    if (!rename.exec()) {
        return sqlError(Consolidation::tr("Cannot write the national database."), rename);
    }
    return {};
}

/// The national envelope is what the regions were delegated together: the sum of the regional envelopes, in total
/// and per year (the copy kept the first file's, as for any single-row table).
Result<void> sumEnvelopes(const Database& national, const QList<OpenedSource>& sources)
{
    qint64 total = 0;
    QMap<int, qint64> perYear;
    for (const OpenedSource& source : sources) {
        QSqlQuery read(source.db->connection());
        if (!read.exec(QStringLiteral("SELECT coalesce(sum(envelope_cents), 0) FROM roadmap")) || !read.next()) {
            return sqlError(Consolidation::tr("Cannot read the envelope of “%1”.").arg(native(source.info.path)), read);
        }
        total += read.value(0).toLongLong();
        if (!read.exec(QStringLiteral("SELECT year, envelope_cents FROM roadmap_envelope_year"))) {
            return sqlError(Consolidation::tr("Cannot read the envelope of “%1”.").arg(native(source.info.path)), read);
        }
        while (read.next()) {
            perYear[read.value(0).toInt()] += read.value(1).toLongLong();
        }
    }
    QSqlQuery write(national.connection());
    write.prepare(QStringLiteral("UPDATE roadmap SET envelope_cents = ?"));
    write.addBindValue(total);
    if (!write.exec()) {
        return sqlError(Consolidation::tr("Cannot write the national database."), write);
    }
    write.prepare(QStringLiteral("INSERT INTO roadmap_envelope_year (year, envelope_cents) VALUES (?, ?) "
                                 "ON CONFLICT (year) DO UPDATE SET envelope_cents = excluded.envelope_cents"));
    for (auto it = perYear.cbegin(); it != perYear.cend(); ++it) {
        write.addBindValue(it.key());
        write.addBindValue(it.value());
        if (!write.exec()) {
            return sqlError(Consolidation::tr("Cannot write the national database."), write);
        }
    }
    return {};
}

Result<QStringList> foreignKeyProblems(const Database& national)
{
    QSqlQuery query(national.connection());
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        return sqlError(Consolidation::tr("Cannot check the national database."), query);
    }
    QStringList problems;
    while (query.next()) {
        problems.append(QStringLiteral("%1 rowid %2 → %3")
                            .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString()));
    }
    return problems;
}

/// Fills the new national database `national` from `sources`, in one transaction.
Result<ConsolidationSummary> fill(const Database& national, const QList<OpenedSource>& sources)
{
    Result<DatabaseSchema> schema = readSchema(national);
    if (!schema) {
        return schema.error();
    }
    TransactionGuard transaction(national);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    if (Result<void> deferred = national.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")); !deferred) {
        return deferred.error();
    }
    // Triggers and explicit indexes out of the way during the copy (see Consolidation.h), then back.
    for (const SchemaObject& trigger : schema->triggers) {
        if (Result<void> dropped = national.exec(QStringLiteral("DROP TRIGGER %1").arg(quotedName(trigger.name)));
            !dropped) {
            return dropped.error();
        }
    }
    for (const SchemaObject& index : schema->indexes) {
        if (Result<void> dropped = national.exec(QStringLiteral("DROP INDEX %1").arg(quotedName(index.name)));
            !dropped) {
            return dropped.error();
        }
    }
    TableCopier copier(national, schema.value());
    for (const OpenedSource& source : sources) {
        if (Result<void> copied = copier.copyFile(*source.db); !copied) {
            return copied.error();
        }
    }
    if (Result<void> written = writeMetadata(national, sources); !written) {
        return written.error();
    }
    if (Result<void> summed = sumEnvelopes(national, sources); !summed) {
        return summed.error();
    }

    ConsolidationSummary summary;
    summary.skippedTables = schema->skipped;
    for (const SchemaObject& index : schema->indexes) {
        QSqlQuery create(national.connection());
        if (!create.exec(index.sql)) {
            if (!index.unique) {
                return sqlError(Consolidation::tr("Cannot write the national database."), create);
            }
            summary.indexesLeftOut.append(index.name);
            summary.warnings.append(Consolidation::tr("The unique index %1 was left out: its rule holds in each "
                                                      "regional file, not over the regions together.")
                                        .arg(index.name));
        }
    }
    for (const SchemaObject& trigger : schema->triggers) {
        if (Result<void> created = national.exec(trigger.sql); !created) {
            return created.error();
        }
    }
    Result<QStringList> problems = foreignKeyProblems(national);
    if (!problems) {
        return problems.error();
    }
    if (!problems->isEmpty()) {
        return Error{QStringLiteral("consolidation.foreign-keys"),
                     Consolidation::tr("The national view would hold %Ln row(s) referring to rows that do not exist; "
                                       "nothing was written. Run palier-cli check on each regional file.",
                                       nullptr, int(problems->size())),
                     problems->mid(0, 10).join(QStringLiteral("; "))};
    }
    if (Result<void> committed = transaction.commit(); !committed) {
        return committed.error();
    }
    summary.tables = copier.stats();
    for (const ConsolidationTable& table : std::as_const(summary.tables)) {
        const TableSchema* copied = schema->table(table.table);
        // Single-row tables keep the first file's row by design; the envelopes per year are summed.
        if (table.conflicts > 0 && copied && !copied->singleton &&
            table.table != QLatin1String("roadmap_envelope_year")) {
            summary.warnings.append(Consolidation::tr("%1: %Ln row(s) had the key of a row of an earlier file with "
                                                      "other values; the earlier file's values were kept.",
                                                      nullptr, int(table.conflicts))
                                        .arg(table.table));
        }
    }
    return summary;
}

void removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile::remove(path + suffix);
    }
}

} // namespace

Result<QStringList> palierFilesIn(const QString& dir)
{
    const QFileInfo info(dir);
    if (!info.isDir()) {
        return refusal(QStringLiteral("no-folder"),
                       Consolidation::tr("“%1” is not a folder. Give the folder holding the regional .palier files.")
                           .arg(native(dir)),
                       dir);
    }
    QStringList files;
    const QFileInfoList entries =
        QDir(dir).entryInfoList({QStringLiteral("*.palier")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo& entry : entries) {
        files.append(entry.absoluteFilePath());
    }
    if (files.isEmpty()) {
        return refusal(QStringLiteral("no-file"),
                       Consolidation::tr("The folder “%1” holds no .palier file.").arg(native(dir)), dir);
    }
    return files;
}

Result<ConsolidationSummary> consolidate(const QStringList& sources, const QString& target,
                                         const ConsolidationOptions& options)
{
    if (sources.isEmpty()) {
        return refusal(QStringLiteral("no-file"), Consolidation::tr("Give at least one regional .palier file."), {});
    }
    const QFileInfo targetInfo(target);
    if (targetInfo.exists() && (!options.replace || targetInfo.isDir())) {
        return refusal(
            QStringLiteral("exists"),
            Consolidation::tr("“%1” already exists. Choose a new file name for the national view.").arg(native(target)),
            target);
    }
    for (const QString& source : sources) {
        if (QFileInfo(source).absoluteFilePath() == targetInfo.absoluteFilePath()) {
            return refusal(QStringLiteral("target-is-source"),
                           Consolidation::tr("“%1” is one of the regional files: write the national view to another "
                                             "file.")
                               .arg(native(target)),
                           target);
        }
    }
    Result<QList<OpenedSource>> opened = openSources(sources);
    if (!opened) {
        return opened.error();
    }
    if (!QDir().mkpath(targetInfo.absolutePath())) {
        return refusal(QStringLiteral("cannot-write"),
                       Consolidation::tr("Cannot create the folder “%1”. Choose a folder you can write to.")
                           .arg(native(targetInfo.absolutePath())),
                       target);
    }
    // Built beside the target under a temporary name, renamed into place once complete.
    const QString building = targetInfo.absoluteDir().filePath(
        QStringLiteral(".%1.%2.building")
            .arg(targetInfo.fileName(), QUuid::createUuid().toString(QUuid::WithoutBraces)));
    Result<ConsolidationSummary> summary = [&]() -> Result<ConsolidationSummary> {
        Result<std::unique_ptr<Database>> national = Database::open(building, {.create = true});
        if (!national) {
            return national.error();
        }
        Result<ConsolidationSummary> filled = fill(*national.value(), opened.value());
        if (filled) {
            QSqlQuery checkpoint(national.value()->connection());
            checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        return filled;
    }();
    if (!summary) {
        removeDatabaseFiles(building);
        return summary.error();
    }
    std::error_code error;
    if (QFileInfo::exists(target) && !options.replace) {
        error = std::make_error_code(std::errc::file_exists);
    } else {
        std::filesystem::rename(QFile::encodeName(building).toStdString(), QFile::encodeName(target).toStdString(),
                                error);
    }
    if (error) {
        removeDatabaseFiles(building);
        return refusal(
            QStringLiteral("cannot-write"),
            Consolidation::tr("Cannot write “%1”. Check that you may write in its folder.").arg(native(target)),
            QString::fromStdString(error.message()));
    }
    removeDatabaseFiles(building); // the WAL companions, if any were left
    summary->path = targetInfo.absoluteFilePath();
    for (const OpenedSource& source : opened.value()) {
        summary->sources.append(source.info);
    }
    return summary;
}

Result<ConsolidationInfo> consolidationInfo(const Database& db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT key, value FROM setting WHERE key LIKE 'consolidation.%'"))) {
        return sqlError(Consolidation::tr("Cannot read the settings of the database."), query);
    }
    ConsolidationInfo info;
    while (query.next()) {
        const QString key = query.value(0).toString();
        const QString value = query.value(1).toString();
        if (key == RegionsKey) {
            info.consolidated = true;
            info.regions = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        } else if (key == FilesKey) {
            for (const QJsonValue& file : QJsonDocument::fromJson(value.toUtf8()).array()) {
                info.files.append(file.toString());
            }
        } else if (key == CreatedKey) {
            info.createdAt = value;
        }
    }
    return info;
}

} // namespace Palier
