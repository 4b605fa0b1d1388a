// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the import tests: campaign databases, imports the way the wizard and the CLI run them, and a
// checksum of every row of every table to prove that a failed import wrote nothing.

#include "campaign/Campaign.h"
#include "db/Database.h"
#include "import/Importer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTest>

#include <memory>

namespace ImportTest {

/// A new database at `path` holding the campaign of `region` for Hop'EN 2019.
inline std::unique_ptr<Palier::Database> campaignDatabase(const QString& path, const QString& region = "84")
{
    auto db = Palier::Database::open(path, {.create = true});
    if (!db) {
        qWarning() << db.error().message;
        return {};
    }
    if (Palier::Result<Palier::CampaignInfo> campaign = Palier::createCampaign(*db.value(), region, "hopen-2019");
        !campaign) {
        qWarning() << campaign.error().message;
        return {};
    }
    return std::move(db).value();
}

/// The request the CLI builds without a profile: detected format, self-mapped headers.
inline Palier::ImportRequest request(Palier::ImportKind kind, const QString& path, bool acceptValid = false)
{
    Palier::ImportRequest request;
    request.kind = kind;
    request.path = path;
    request.acceptValid = acceptValid;
    Palier::Result<Palier::TableFormat> format = Palier::detectTableFormat(path);
    if (!format) {
        qWarning() << format.error().message;
        return request;
    }
    request.format = format.value();
    Palier::Result<Palier::TablePreview> preview = Palier::previewTable(path, request.format, 0);
    if (preview) {
        request.mapping = Palier::guessColumnMapping(kind, request.format, preview->header);
    }
    return request;
}

/// The message of a failed result, for QVERIFY2.
template <typename T>
QString errorOf(const Palier::Result<T>& result)
{
    return result ? QString() : result.error().code + QLatin1String(": ") + result.error().message;
}

/// A hash of every row of every table, in rowid order: equal before and after means nothing was written.
inline QByteArray contentChecksum(const Palier::Database& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables(db.connection());
    tables.exec("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    QStringList names;
    while (tables.next()) {
        names.append(tables.value(0).toString());
    }
    for (const QString& table : names) {
        hash.addData(table.toUtf8());
        QSqlQuery rows(db.connection());
        rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table));
        while (rows.next()) {
            for (int i = 0; i < rows.record().count(); ++i) {
                hash.addData(rows.value(i).isNull() ? QByteArray("\x01NULL") : rows.value(i).toString().toUtf8());
                hash.addData(QByteArray("\x1F"));
            }
            hash.addData(QByteArray("\x1E"));
        }
    }
    return hash.result();
}

inline qint64 count(const Palier::Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}

/// The distinct lines of `issues`, sorted.
inline QList<int> lines(const QList<Palier::RowIssue>& issues)
{
    QList<int> result;
    for (const Palier::RowIssue& issue : issues) {
        if (!result.contains(issue.line)) {
            result.append(issue.line);
        }
    }
    std::sort(result.begin(), result.end());
    return result;
}

/// Writes `text` to `path` in `codec` ("utf-8" or "latin1").
inline bool writeFile(const QString& path, const QString& text, bool latin1 = false)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    return file.write(latin1 ? text.toLatin1() : text.toUtf8()) >= 0;
}

} // namespace ImportTest
