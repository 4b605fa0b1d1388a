// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ExcelNumbers.h"

#include <QDate>

#include <cmath>

namespace Palier::ExcelNumbers {

FormatKind builtinFormatKind(int numFmtId)
{
    if (numFmtId >= 14 && numFmtId <= 17) {
        return FormatKind::Date;
    }
    if (numFmtId == 22) {
        return FormatKind::DateTime;
    }
    if ((numFmtId >= 18 && numFmtId <= 21) || (numFmtId >= 45 && numFmtId <= 47)) {
        return FormatKind::Time;
    }
    return FormatKind::Number;
}

FormatKind classifyFormatCode(QStringView code)
{
    bool date = false;
    bool time = false;
    qsizetype i = 0;
    while (i < code.size()) {
        const QChar c = code[i];
        if (c == u';') {
            break; // the first section (positive numbers) decides
        }
        if (c == u'"') {
            const qsizetype close = code.indexOf(u'"', i + 1);
            i = close < 0 ? code.size() : close + 1;
            continue;
        }
        if (c == u'\\' || c == u'_' || c == u'*') {
            i += 2;
            continue;
        }
        if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i + 1);
            const QStringView inside = code.mid(i + 1, close < 0 ? 0 : close - i - 1);
            // [h], [mm], [ss]: elapsed time; [Red], [$-40C], [>=100]: not date parts.
            if (!inside.isEmpty() &&
                (inside[0] == u'h' || inside[0] == u'H' || inside[0] == u's' || inside[0] == u'S' ||
                 ((inside[0] == u'm' || inside[0] == u'M') && inside.size() <= 2))) {
                time = true;
            }
            i = close < 0 ? code.size() : close + 1;
            continue;
        }
        switch (c.toLower().unicode()) {
        case u'y':
        case u'd':
            date = true;
            break;
        case u'h':
        case u's':
            time = true;
            break;
        default:
            break;
        }
        ++i;
    }
    if (date) {
        return time ? FormatKind::DateTime : FormatKind::Date;
    }
    return time ? FormatKind::Time : FormatKind::Number;
}

QString formatStoredNumber(const QString& stored, FormatKind kind, bool date1904)
{
    if (kind == FormatKind::Number) {
        return stored;
    }
    bool ok = false;
    const double serial = stored.toDouble(&ok);
    constexpr double LastDay = 2958465.0; // 9999-12-31
    if (!ok || !std::isfinite(serial) || serial < 0 || serial >= LastDay + 1) {
        return stored;
    }
    qint64 days = qint64(std::floor(serial));
    qint64 seconds = std::llround((serial - double(days)) * 86400.0);
    if (seconds >= 86400) {
        ++days;
        seconds -= 86400;
    }
    const QString clock =
        QStringLiteral("%1:%2:%3")
            .arg(kind == FormatKind::Time ? seconds / 3600 + days * 24 : seconds / 3600, 2, 10, QLatin1Char('0'))
            .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (kind == FormatKind::Time) {
        return clock;
    }
    // Day 0 of the 1900 system is 1900-01-00; Excel also counts 1900-02-29 (day 60), which never was, so
    // from day 61 on the epoch is 1899-12-30, before it 1899-12-31.
    static const qint64 epoch1900 = QDate(1899, 12, 30).toJulianDay();
    static const qint64 epoch1904 = QDate(1904, 1, 1).toJulianDay();
    qint64 julian = 0;
    if (date1904) {
        julian = epoch1904 + days;
    } else {
        julian = days >= 61 ? epoch1900 + days : epoch1900 + days + 1;
    }
    const QString day = QDate::fromJulianDay(julian).toString(Qt::ISODate);
    if (kind == FormatKind::DateTime && seconds != 0) {
        return day + u' ' + clock;
    }
    return day;
}

} // namespace Palier::ExcelNumbers
