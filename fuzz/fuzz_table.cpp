// SPDX-License-Identifier: GPL-3.0-or-later
// Any file a referent may drop on the import wizard: format detection, then the CSV, FINESS extract or XLSX
// reader, to the last record.
#include "FuzzSupport.h"
#include "io/SourceTable.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Palier::Fuzz::ensureApplication();
    const QString path = Palier::Fuzz::scratchFile(data, size, FUZZ_SUFFIX);
    Palier::Result<Palier::TableFormat> format = Palier::detectTableFormat(path);
    if (!format) {
        return 0;
    }
    qsizetype cells = 0;
    std::ignore = Palier::readTable(path, format.value(), [&cells](const Palier::SourceRow& row) {
        cells += row.cells.size();
        return true;
    });
    return 0;
}
