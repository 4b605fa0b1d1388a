// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Consolidation: several regional .palier files of one programme read as one national view, as DGOS does with the
// eighteen regional files. A new database file is built through Palier::Database (so its schema is exactly the one
// migrations write) and every table of every regional file is copied into it:
//
// - Keys are read from the schema (PRAGMA table_info, foreign_key_list, index_list), never listed by hand. A table
//   whose primary key is one INTEGER column (a row id) gets new ids: each file's ids are shifted past the ids
//   already in the national file, and every foreign key pointing at that table is shifted the same way.
// - A row is not copied twice when its natural key is already there: the primary key when it is not a row id
//   (region, department, legal_status, candidature_state, state_transition, setting…), else the table's first
//   UNIQUE constraint (programme by code, domain/indicator/prerequisite by programme and code, evaluator and label
//   by name…), foreign keys remapped first. Reference tables shared by all files are thus kept once. A row whose key
//   is already there with other values (a setting, a scoring grid edited in one region) keeps the first file's
//   values: counted as a conflict and reported.
// - Single-row tables (CHECK (id = 1): campaign, roadmap) keep the first file's row; the campaign is renamed as the
//   national view and the settings consolidation.* list the regions and files. The envelope (roadmap.envelope_cents
//   and roadmap_envelope_year) is the sum of the regional envelopes, so that the envelope checks hold nationally.
// - A table without any natural key (milestone, roadmap_axis, project_note…) has every row copied: the programme's
//   milestones therefore appear once per region.
// - The audit trail (audit_entry, audit_context) is NOT copied: each regional chain stays verifiable in its own
//   file, and the national file is a copy, not a place where decisions are made. Its trail starts empty.
// - Triggers: SQLite cannot disable them, and those of the schema would refuse the copy (items of a sealed
//   preselection run cannot be inserted) or write an audit entry per row copied. Inside the one transaction of the
//   copy, every trigger and explicit index is dropped, the rows are copied, then each is created again from the SQL
//   SQLite stored for it. A UNIQUE index whose rule holds per region only (preselection_run_current: one current
//   sealed version per file, so one per region here) cannot be created again over the national rows: it is left
//   out and reported. Foreign keys are checked once at the end (deferred, then PRAGMA foreign_key_check).
//
// Refused, naming the file: a file that is not a Palier database, of another schema version than this Palier's,
// without a campaign, of another programme than the first file, of a region already given by another file, or
// itself a national view. The national file is written beside its target and renamed into place only when
// complete: on any error nothing is left.

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Palier {

class Database;

/// One regional file taken into a national view.
struct ConsolidationSource
{
    QString path;
    QString regionCode;
    QString regionName;
    QString programmeCode;
    QString campaignName;
};

/// What happened to one table.
struct ConsolidationTable
{
    QString table;
    qint64 copied = 0;    ///< rows inserted
    qint64 merged = 0;    ///< rows whose natural key was already there with the same values
    qint64 conflicts = 0; ///< rows whose natural key was already there with other values (the first file's kept)
};

struct ConsolidationSummary
{
    QString path; ///< the national file written
    QList<ConsolidationSource> sources;
    QList<ConsolidationTable> tables; ///< every table copied, in copy order
    QStringList skippedTables;        ///< the audit trail's tables
    QStringList indexesLeftOut;       ///< UNIQUE indexes whose rule holds per region only
    QStringList warnings;             ///< translated: conflicts and indexes left out, in words
};

struct ConsolidationOptions
{
    bool replace = false; ///< replace an existing file at the target (else refused)
};

/// The .palier files directly inside `dir`, sorted by name. Error when the folder cannot be read or holds none.
Result<QStringList> palierFilesIn(const QString& dir);

/// Builds the national view of `sources` at `target`.
Result<ConsolidationSummary> consolidate(const QStringList& sources, const QString& target,
                                         const ConsolidationOptions& options = {});

/// What a database says about its consolidation (settings consolidation.*).
struct ConsolidationInfo
{
    bool consolidated = false;
    QStringList regions; ///< INSEE codes
    QStringList files;   ///< the regional files, as given
    QString createdAt;   ///< ISO 8601, UTC
};

/// Whether `db` is a national view built by consolidate(), and from what.
Result<ConsolidationInfo> consolidationInfo(const Database& db);

/// The translation context of the consolidation's messages.
class Consolidation
{
    Q_DECLARE_TR_FUNCTIONS(Palier::Consolidation)
};

} // namespace Palier
