// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace Palier {

/// The icon drawn from the SVG file at `path` (Palier's own, in the resources), read the first time it is drawn.
/// QIcon(path) reads and parses the file as it is made, to check it, then again to draw it, and loads Qt's SVG icon
/// plug-in first: the start-up makes a dozen icons, most of them drawn at once, some never. Drawn as Qt's SVG icon
/// engine draws them (the same renderer, size, aspect ratio and disabled or selected look; tst_svgicon compares).
QIcon svgIcon(const QString& path);

} // namespace Palier
