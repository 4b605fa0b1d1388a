// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Running the core and CLI test suites a second time against a real PostgreSQL server.
//
// When the environment variable PALIER_TEST_PG is set (to a libpq connection string of a superuser of a throw-away
// test cluster, or to the path of a file holding one: scripts/pg-run-test.sh), Database::open() takes every
// `.palier` path it is given as the name of a PostgreSQL database of that cluster:
//   - a path that does not exist, opened with `create`: a fresh database (a copy of a template holding the current
//     schema, built once per cluster), and a small marker file written at the path naming it, so that the file
//     "exists" for the code and the tests that look;
//   - a marker file: the database it names; a marker copied to another path (a test copying a database file) is
//     cloned into a database of its own on first open;
//   - anything else (a real SQLite file, a missing path without `create`): opened as usual, as SQLite.
// The name of a path's database is derived from its absolute path, so that palier-cli processes started by a test
// (which inherit the variable) reach the same database as the test itself. Never set outside the tests.

#include "Result.h"

#include <QString>

namespace Palier {

/// The "pg:" location `path` stands for under PALIER_TEST_PG, or an empty string when it is opened as a SQLite file
/// (the variable is not set, the path is a real file, or it does not exist and `create` is false).
Result<QString> postgresTestLocation(const QString& path, bool create);

/// Whether PALIER_TEST_PG is set: tests of the SQLite file itself skip.
bool testsRunOnPostgres();

} // namespace Palier
