// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/Importer.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Palier {

class Database;

/// What the pages of the import wizard decide together: the request being built, and what the dry run found.
struct ImportSession
{
    Q_DECLARE_TR_FUNCTIONS(Palier::ImportSession)

public:
    const Database* db = nullptr;
    ImportRequest request;
    /// The profile chosen on the first page: its format and mapping replace the detected ones.
    std::optional<ImportProfile> profile;
    /// The names of the source columns ("Column 3" when the file has no header), and a value of each.
    QStringList columns;
    QStringList samples;
    /// The dry run of the validation page.
    std::optional<ImportReport> validation;

    /// "12 new, 3 updated, 40 unchanged, 2 rejected".
    static QString summary(const ImportReport& report);
    /// The user's word for a kind: "establishments", "GHT", "applications".
    static QString kindName(ImportKind kind);
};

} // namespace Palier
