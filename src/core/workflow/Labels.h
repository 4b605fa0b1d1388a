// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Palier {

class Database;

/// A user-defined, coloured label put on files ("À discuter", "Dossier complet"…).
struct Label
{
    qint64 id = 0;
    QString name;
    QString color; ///< "#RRGGBB", upper case

    bool operator==(const Label&) const = default;
};

/// The longest label name accepted.
constexpr qsizetype MaxLabelNameLength = 40;

/// True for a colour written "#RRGGBB" (hexadecimal digits, either case).
bool isValidLabelColor(const QString& color);

/// Every label, by name.
Result<QList<Label>> listLabels(const Database& db);
/// Creates a label. Errors: "label.name-empty", "label.name-too-long", "label.duplicate" (names are unique,
/// whatever their case), "label.bad-color".
Result<Label> createLabel(const Database& db, const QString& name, const QString& color);
/// Renames the label `labelId`; same errors as createLabel(), and "label.unknown". With `expectedVersion` (the
/// row_version read with the name), "db.conflict" when someone else changed the label since (nothing written).
Result<void> renameLabel(const Database& db, qint64 labelId, const QString& name,
                         std::optional<qint64> expectedVersion = std::nullopt);
/// Gives the label `labelId` another colour; errors "label.bad-color", "label.unknown"; `expectedVersion` as for
/// renameLabel().
Result<void> recolorLabel(const Database& db, qint64 labelId, const QString& color,
                          std::optional<qint64> expectedVersion = std::nullopt);
/// Deletes the label `labelId` and takes it off every file; error "label.unknown".
Result<void> deleteLabel(const Database& db, qint64 labelId);

/// How many files carry the label `labelId` (0 for a label that does not exist).
Result<int> labelUsage(const Database& db, qint64 labelId);

/// Puts the label on every file of `candidatureIds`, all or nothing in one transaction; returns how many files
/// did not have it yet. Errors "label.unknown", "workflow.unknown-candidature".
Result<int> attachLabel(const Database& db, qint64 labelId, const QList<qint64>& candidatureIds);
/// Takes the label off every file of `candidatureIds`, in one transaction; returns how many files had it.
Result<int> detachLabel(const Database& db, qint64 labelId, const QList<qint64>& candidatureIds);

/// The labels of one file, by name.
Result<QList<Label>> labelsOf(const Database& db, qint64 candidatureId);
/// The label ids of every file that has at least one, in one query (for the list of files).
Result<QHash<qint64, QList<qint64>>> labelIdsByCandidature(const Database& db);

} // namespace Palier
