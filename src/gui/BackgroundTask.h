// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace Palier {

/// Runs `work` on a worker thread while a modal busy indicator saying `label` keeps the window painting (creating
/// the demo region, building a national view: a few seconds the user cannot usefully cut short). `work` must open
/// and close its own database connections. Returns its error, if any.
std::optional<Error> runWithBusyIndicator(QWidget* parent, const QString& title, const QString& label,
                                          const std::function<std::optional<Error>()>& work);

} // namespace Palier
