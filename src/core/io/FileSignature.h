// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

// Internal to the io layer: what the first bytes of a file say it is, whatever its name says.

namespace Palier::FileSignature {

/// A zip archive (an .xlsx is one): a local file header, or the end record of an empty archive.
inline bool isZip(QByteArrayView start)
{
    return start.startsWith("PK\x03\x04") || start.startsWith("PK\x05\x06");
}

/// An OLE2 compound file: Excel 97–2003 (.xls), or an .xlsx encrypted with a password.
inline bool isOle2(QByteArrayView start)
{
    return start.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

} // namespace Palier::FileSignature
