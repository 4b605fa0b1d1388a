// SPDX-License-Identifier: GPL-3.0-or-later
#include "Mnemonics.h"

#include <QAction>
#include <QMenu>
#include <QSet>

namespace Palier::Mnemonics {

namespace {

/// `text` with a `&` before its first letter not in `used` (which it joins); `text` unchanged when every letter is
/// taken.
QString withMnemonic(const QString& text, QSet<QChar>& used)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar letter = text.at(i).toLower();
        if (text.at(i).isLetterOrNumber() && !used.contains(letter)) {
            used.insert(letter);
            return QString(text).insert(i, u'&');
        }
    }
    return text;
}

} // namespace

QChar of(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) != u'&') {
                return text.at(i + 1).toLower();
            }
            ++i; // "&&" is a literal ampersand
        }
    }
    return {};
}

void addMissing(QMenu* menu)
{
    QSet<QChar> used;
    for (const QAction* action : menu->actions()) {
        if (const QChar letter = of(action->text()); !letter.isNull()) {
            used.insert(letter);
        }
    }
    for (QAction* action : menu->actions()) {
        if (!action->isSeparator() && !action->text().isEmpty() && of(action->text()).isNull()) {
            action->setText(withMnemonic(action->text(), used));
        }
        if (action->menu()) {
            addMissing(action->menu());
        }
    }
}

} // namespace Palier::Mnemonics
