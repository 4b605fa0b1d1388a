// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Pages.h"

class QStackedWidget;
class QWidget;

namespace Palier {

/// Builds the widget of each page: the table pages with their model, detail form and remembered columns, a
/// placeholder for the pages still to come.
namespace PageFactory {

/// A new page widget named after `page` ("establishmentsTablePage", "rolesPlaceholderPage").
QWidget* create(Page page);

/// An empty widget holding the place of `page` in the window's stack until the page is first shown: start-up builds
/// only the page it shows (named "candidaturesStandIn").
QWidget* createStandIn(Page page);
bool isStandIn(const QWidget* widget);
/// Puts `page` in the place of `standIn` in `stack` and deletes the stand-in; the page becomes current when the
/// stand-in was (currentChanged() is emitted once, for the page).
void replaceStandIn(QStackedWidget& stack, QWidget* standIn, QWidget* page);

} // namespace PageFactory

} // namespace Palier
