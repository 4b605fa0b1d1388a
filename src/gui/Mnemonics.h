// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QString>

class QMenu;

namespace Palier {

/// The underlined letters of menus (Alt+letter): each action of a menu needs one, unique in its menu.
namespace Mnemonics {

/// The letter after the single `&` of `text` (lower case), or a null character when it has none (`&&` is a
/// literal ampersand).
QChar of(const QString& text);

/// Gives every action of `menu` and of its submenus whose text has no mnemonic (page titles, translated texts) the
/// first letter of its text not taken in that menu.
void addMissing(QMenu* menu);

} // namespace Mnemonics

} // namespace Palier
