// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Palier {

/// The translation context of every import message: `Importer::tr("…")` is filed by lupdate, and looked up at
/// run time, under "Palier::Importer". Include it as "ImportText.h", from this folder: lupdate runs without
/// include paths (scripts/check-translations.sh), and a header it cannot find leaves it filing the strings
/// under a bare "Importer" that nothing looks up.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Palier::Importer)
};

} // namespace Palier
