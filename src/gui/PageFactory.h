// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Pages.h"

class QWidget;

namespace Palier {

/// Builds the widget of each page: the table pages with their model, detail form and remembered columns, a
/// placeholder for the pages still to come.
namespace PageFactory {

/// A new page widget named after `page` ("establishmentsTablePage", "rolesPlaceholderPage").
QWidget* create(Page page);

} // namespace PageFactory

} // namespace Palier
