// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartFactory.h"
#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace Palier {

/// Loads the charts plug-in (src/plugins/charts) when the dashboard is first built, so that Qt Charts is not loaded at
/// every start. The plug-in is looked for in the folder named by the environment variable PALIER_PLUGIN_DIR when it is
/// set; otherwise in the installed plug-in folder (lib/…/palier beside the programs' bin), then in the build tree's.
class ChartPlugin
{
    Q_DECLARE_TR_FUNCTIONS(Palier::ChartPlugin)

public:
    /// The plug-in's factory, kept loaded until the program ends; or why it cannot be loaded, in a message that says
    /// what to do (loading is tried again at the next call).
    static Result<const ChartFactory*> factory();
    /// The folders looked in, in order.
    static QStringList directories();
};

} // namespace Palier
