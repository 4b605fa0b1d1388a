// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the file-reading tests: a whole table read the way the import reads it.

#include "io/SourceTable.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace IoTest {

inline const QString RealData = QStringLiteral(PALIER_REAL_DATA_DIR "/");

struct Table
{
    Palier::TableFormat format;
    QStringList header;
    QList<Palier::SourceRow> rows;
};

/// Reads the whole file in `format`.
inline Palier::Result<Table> readWhole(const QString& path, const Palier::TableFormat& format)
{
    Table table;
    table.format = format;
    Palier::Result<QStringList> header = Palier::readTable(path, table.format, [&table](const Palier::SourceRow& row) {
        table.rows.append(row);
        return true;
    });
    if (!header) {
        return header.error();
    }
    table.header = header.value();
    return table;
}

/// Detects, then reads the whole file.
inline Palier::Result<Table> load(const QString& path)
{
    Palier::Result<Palier::TableFormat> format = Palier::detectTableFormat(path);
    if (!format) {
        return format.error();
    }
    return readWhole(path, format.value());
}

} // namespace IoTest
