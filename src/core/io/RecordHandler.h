// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/SourceTable.h"

#include <functional>

namespace Palier {

/// Internal to the io layer: receives each record that holds at least one non-blank cell, before the header
/// is taken off; return false to stop reading.
using RecordHandler = std::function<bool(SourceRow&& row)>;

} // namespace Palier
