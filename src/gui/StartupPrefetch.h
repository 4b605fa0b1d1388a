// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EstablishmentNames.h"

#include <QString>

#include <optional>

namespace Palier {

/// Reads on the other core, while the application starts and builds its window, what the candidatures page reads
/// first and the window does not need: the names of the establishments with files (about a tenth of the start on the
/// national database), through a read-only SQLite connection of its own. CandidatureModel takes them instead of
/// reading them, when it loads the same file before the first paint; what is not taken then is dropped (discard()),
/// so that nothing read before the start is used later. If the file is not a Palier database or cannot be read, there
/// is nothing to take, and the model reads as it always does.
namespace StartupPrefetch {

/// Starts reading the file at `path` on another thread (nothing happens if it does not exist).
void start(const QString& path);
/// The names read for the file at `path`, once, waiting for the reading to end; nothing if no reading was started for
/// that file (or it is already taken or dropped), or if it failed.
std::optional<EstablishmentNames> take(const QString& path);
/// Drops what was not taken, waiting for the reading to end.
void discard();

} // namespace StartupPrefetch

} // namespace Palier
