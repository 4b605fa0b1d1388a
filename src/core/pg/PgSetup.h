// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Provisioning a shared PostgreSQL database for a team (palier-cli pg-setup): the schema at the current version and
// two group roles enforced by grants. palier_referent reads and writes the campaign; palier_lecteur only reads it
// (Palier then opens it read-only). Users are PostgreSQL login roles made members of one of them.

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Palier {

/// The group role that reads and writes a campaign.
inline constexpr const char* ReferentRole = "palier_referent";
/// The group role that only reads it.
inline constexpr const char* ReaderRole = "palier_lecteur";

struct PgSetupOptions
{
    QStringList referents; ///< existing login roles to make members of palier_referent
    QStringList readers;   ///< existing login roles to make members of palier_lecteur
};

struct PgSetupReport
{
    int schemaVersion = 0;
    QStringList rolesCreated; ///< the group roles that did not exist yet
    QStringList members;      ///< "user → role" memberships granted
};

/// Connects to `location` ("pg:CONNINFO", as a role that may create roles and owns or may create the tables),
/// applies the migrations, creates the two roles when missing and grants them their rights. Idempotent.
Result<PgSetupReport> setUpPostgres(const QString& location, const PgSetupOptions& options = {});

} // namespace Palier
