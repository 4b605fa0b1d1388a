// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/FileHeader.h"

#include <QFile>
#include <QtEndian>

#include <cstring>

namespace Palier {

namespace {
constexpr int HeaderSize = 100;
constexpr char Magic[] = "SQLite format 3"; // followed by a NUL byte in the file

quint32 be32(const char* data, int offset)
{
    return qFromBigEndian<quint32>(reinterpret_cast<const uchar*>(data + offset));
}
} // namespace

bool SqliteHeader::isTruncated() const
{
    if (!isSqlite || pageSize == 0) {
        return false;
    }
    if (fileSize % pageSize != 0) {
        return true;
    }
    return pageCountValid && fileSize < qint64(pageCount) * pageSize;
}

SqliteHeader readSqliteHeader(const QString& path)
{
    SqliteHeader header;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return header;
    }
    header.fileSize = file.size();
    const QByteArray bytes = file.read(HeaderSize);
    if (bytes.size() < HeaderSize || std::memcmp(bytes.constData(), Magic, sizeof Magic) != 0) {
        return header;
    }
    const char* d = bytes.constData();
    header.isSqlite = true;
    // Offset 16: page size, big-endian 16 bits, where 1 stands for 65536.
    const quint32 rawPageSize = (quint32(quint8(d[16])) << 8) | quint8(d[17]);
    header.pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    header.pageCount = be32(d, 28);
    // The in-header size is valid when the change counter (24) equals version-valid-for (92).
    header.pageCountValid = header.pageCount > 0 && be32(d, 24) == be32(d, 92);
    header.userVersion = qint32(be32(d, 60));
    header.applicationId = qint32(be32(d, 68));
    return header;
}

} // namespace Palier
