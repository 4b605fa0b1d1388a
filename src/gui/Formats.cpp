// SPDX-License-Identifier: GPL-3.0-or-later
#include "Formats.h"

#include <QLocale>

namespace Palier::Formats {

QString amount(qint64 cents)
{
    const int decimals = cents % 100 == 0 ? 0 : 2;
    return QLocale().toCurrencyString(double(cents) / 100.0, QStringLiteral("€"), decimals);
}

QString shortDate(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace Palier::Formats
