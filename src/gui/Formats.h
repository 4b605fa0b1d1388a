// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

/// How amounts and dates read in the GUI, in the default QLocale (French formats for a French UI).
namespace Palier::Formats {

/// "250 000 €"; cents are shown only when there are some ("1 234,50 €").
QString amount(qint64 cents);

/// "30/09/2019"; empty for an invalid date.
QString shortDate(const QDate& date);

} // namespace Palier::Formats
