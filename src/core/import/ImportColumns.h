// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/Importer.h"

#include <QString>
#include <QStringList>

// Internal to the import: column names and the fixed layout of the FINESS extract.

namespace Palier {

/// The fixed mapping of the FINESS extract (finessExtractColumns(), io/SourceTable.h) onto the establishment
/// fields.
ColumnMapping finessExtractMapping();

/// How a report names the 0-based `column`: its header (the etalab field name for the FINESS extract), else
/// its letter in a workbook ("C"), else "column 3".
QString columnName(const TableFormat& format, const QStringList& header, int column);

/// The labels of the required fields of `kind` that `mapping` leaves unmapped.
QStringList missingRequiredFields(ImportKind kind, const ColumnMapping& mapping);

/// The translated label of the field `key` of `kind` (the key itself when unknown).
QString fieldLabel(ImportKind kind, QStringView key);

} // namespace Palier
