// SPDX-License-Identifier: GPL-3.0-or-later
// Named import profiles: a file layout and a column mapping, stored in the import_profile table as JSON.
#include "ImportText.h"
#include "db/Database.h"
#include "import/Importer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Palier {

namespace {

struct Named
{
    const char* name;
    int value;
};

constexpr Named FormatKinds[] = {{"csv", int(TableFormat::Kind::Csv)},
                                 {"xlsx", int(TableFormat::Kind::Xlsx)},
                                 {"finess-extract", int(TableFormat::Kind::FinessExtract)}};
constexpr Named Encodings[] = {{"utf-8", int(TextEncoding::Utf8)},
                               {"utf-8-bom", int(TextEncoding::Utf8Bom)},
                               {"windows-1252", int(TextEncoding::Windows1252)}};

template <std::size_t N>
QString nameOf(const Named (&table)[N], int value)
{
    for (const Named& entry : table) {
        if (entry.value == value) {
            return QLatin1String(entry.name);
        }
    }
    return QLatin1String(table[0].name);
}

template <std::size_t N>
std::optional<int> valueOf(const Named (&table)[N], const QString& name)
{
    for (const Named& entry : table) {
        if (name == QLatin1String(entry.name)) {
            return entry.value;
        }
    }
    return std::nullopt;
}

QByteArray formatJson(const TableFormat& format)
{
    const QJsonObject object{{QStringLiteral("kind"), nameOf(FormatKinds, int(format.kind))},
                             {QStringLiteral("encoding"), nameOf(Encodings, int(format.encoding))},
                             {QStringLiteral("separator"), QString(format.separator)},
                             {QStringLiteral("hasHeader"), format.hasHeader},
                             {QStringLiteral("sheet"), format.sheet}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray mappingJson(const ColumnMapping& mapping)
{
    QJsonObject object;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        if (it.value() >= 0) {
            object.insert(it.key(), it.value());
        }
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Error badProfile(const QString& name, const QString& detail)
{
    return {QStringLiteral("import.bad-profile"),
            Importer::tr("The import profile “%1” cannot be read: it was damaged or written by a newer Palier. Save "
                         "it again from the import.")
                .arg(name),
            detail};
}

Result<ImportProfile> profileFromRow(const QSqlQuery& query)
{
    ImportProfile profile;
    profile.name = query.value(0).toString();
    const std::optional<ImportKind> kind = importKindFromCode(query.value(1).toString());
    const QJsonDocument format = QJsonDocument::fromJson(query.value(2).toByteArray());
    const QJsonDocument mapping = QJsonDocument::fromJson(query.value(3).toByteArray());
    if (!kind || !format.isObject() || !mapping.isObject()) {
        return badProfile(profile.name, query.value(2).toString());
    }
    profile.kind = *kind;
    const QJsonObject f = format.object();
    const std::optional<int> formatKind = valueOf(FormatKinds, f.value(QLatin1String("kind")).toString());
    const std::optional<int> encoding = valueOf(Encodings, f.value(QLatin1String("encoding")).toString());
    const QString separator = f.value(QLatin1String("separator")).toString();
    if (!formatKind || !encoding || separator.size() != 1) {
        return badProfile(profile.name, query.value(2).toString());
    }
    profile.format.kind = TableFormat::Kind(*formatKind);
    profile.format.encoding = TextEncoding(*encoding);
    profile.format.separator = separator.front();
    profile.format.hasHeader = f.value(QLatin1String("hasHeader")).toBool(true);
    profile.format.sheet = f.value(QLatin1String("sheet")).toString();
    const QJsonObject m = mapping.object();
    for (auto it = m.begin(); it != m.end(); ++it) {
        if (it.value().isDouble() && it.value().toInt(-1) >= 0) {
            profile.mapping.insert(it.key(), it.value().toInt());
        }
    }
    return profile;
}

} // namespace

Result<void> saveImportProfile(const Database& db, const ImportProfile& profile)
{
    const QString name = profile.name.trimmed();
    if (name.isEmpty()) {
        return Error{QStringLiteral("import.profile-name"),
                     Importer::tr("An import profile needs a name, e.g. “FINESS extract”."),
                     {}};
    }
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO import_profile (name, kind, format_json, mapping_json, updated_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, format_json = excluded.format_json, "
        "mapping_json = excluded.mapping_json, updated_at = excluded.updated_at"));
    query.addBindValue(name);
    query.addBindValue(importKindCode(profile.kind));
    query.addBindValue(QString::fromUtf8(formatJson(profile.format)));
    query.addBindValue(QString::fromUtf8(mappingJson(profile.mapping)));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!query.exec()) {
        return sqlError(
            Importer::tr("Cannot save the import profile “%1”. Check that the database is writable.").arg(name), query);
    }
    return {};
}

Result<ImportProfile> loadImportProfile(const Database& db, const QString& name)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT name, kind, format_json, mapping_json FROM import_profile WHERE name = ?"));
    query.addBindValue(name.trimmed());
    if (!query.exec()) {
        return sqlError(Importer::tr("Cannot read the import profiles of the database."), query);
    }
    if (query.next()) {
        return profileFromRow(query);
    }
    Result<QList<ImportProfile>> all = importProfiles(db);
    QStringList names;
    if (all) {
        for (const ImportProfile& p : all.value()) {
            names.append(QStringLiteral("“%1”").arg(p.name));
        }
    }
    return Error{QStringLiteral("import.no-profile"),
                 names.isEmpty() ? Importer::tr("There is no import profile “%1”: this database has none yet. Save "
                                                "one from the import wizard.")
                                       .arg(name)
                                 : Importer::tr("There is no import profile “%1”. The profiles of this database are "
                                                "%2.")
                                       .arg(name, names.join(QStringLiteral(", "))),
                 name};
}

Result<QList<ImportProfile>> importProfiles(const Database& db)
{
    QSqlQuery query(db.connection());
    // lower() rather than COLLATE NOCASE, which PostgreSQL does not have; both fold ASCII letters only.
    if (!query.exec(QStringLiteral(
            "SELECT name, kind, format_json, mapping_json FROM import_profile ORDER BY lower(name), name"))) {
        return sqlError(Importer::tr("Cannot read the import profiles of the database."), query);
    }
    QList<ImportProfile> profiles;
    while (query.next()) {
        Result<ImportProfile> profile = profileFromRow(query);
        if (!profile) {
            return profile.error();
        }
        profiles.append(std::move(profile).value());
    }
    return profiles;
}

} // namespace Palier
