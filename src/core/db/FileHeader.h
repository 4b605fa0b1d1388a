// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace Palier {

/// The fields of a SQLite file header that tell, without opening the file through SQLite (which may write
/// to it), whether it is a Palier database, of which version, and whether it is complete.
struct SqliteHeader
{
    bool isSqlite = false;
    quint32 pageSize = 0;
    quint32 pageCount = 0; ///< in-header database size, meaningful when pageCountValid
    bool pageCountValid = false;
    qint32 userVersion = 0;
    qint32 applicationId = 0;
    qint64 fileSize = 0;

    /// True when the file is shorter than the header says it is (a truncated copy).
    bool isTruncated() const;
};

/// Reads the first 100 bytes of `path`. A file shorter than that, or without the SQLite magic string,
/// gives isSqlite == false.
SqliteHeader readSqliteHeader(const QString& path);

} // namespace Palier
