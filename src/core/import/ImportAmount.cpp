// SPDX-License-Identifier: GPL-3.0-or-later
// Amounts in euros as French users and spreadsheets write them, to whole cents.
#include "import/ImportValues.h"

#include <QRegularExpression>

#include <cmath>

namespace Palier::ImportValues {

namespace {

int parseSmallInt(QStringView digits)
{
    int value = 0;
    for (QChar c : digits) {
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

/// `text` without separators between groups of three digits; empty when the groups are malformed.
QString ungroup(QStringView text, QChar separator)
{
    const QList<QStringView> groups = text.split(separator);
    QString digits;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QStringView g = groups.at(i);
        if (!isDigits(g) || (i > 0 && g.size() != 3) || (i == 0 && g.size() > 3)) {
            return {};
        }
        digits += g;
    }
    return digits;
}

} // namespace

Amount parseAmount(QStringView text)
{
    QString s;
    s.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace() && !isInvisible(c) && c != u'\'' && c != u'\u2019') {
            s.append(c);
        }
    }
    for (const char* currency : {"euros", "euro", "eur", "€"}) {
        const QString symbol = QString::fromUtf8(currency);
        if (s.endsWith(symbol, Qt::CaseInsensitive)) {
            s.chop(symbol.size());
            break;
        }
        if (s.startsWith(symbol, Qt::CaseInsensitive)) {
            s.remove(0, symbol.size());
            break;
        }
    }
    if (s.isEmpty()) {
        return {0, AmountProblem::Empty};
    }
    bool negative = false;
    if (s.front() == u'-' || s.front() == u'\u2212') {
        negative = true;
        s.remove(0, 1);
    } else if (s.front() == u'+') {
        s.remove(0, 1);
    }

    // A spreadsheet's scientific notation ("2.5E+05"): exact as long as it lands on whole cents.
    static const QRegularExpression scientific(QStringLiteral("^\\d+([.,]\\d+)?[eE][+-]?\\d+$"));
    QString integerPart;
    QString fraction;
    bool floatNoise = false;
    if (scientific.match(s).hasMatch()) {
        floatNoise = true;
    } else {
        const qsizetype commas = s.count(u',');
        const qsizetype dots = s.count(u'.');
        for (QChar c : std::as_const(s)) {
            if (!(c >= u'0' && c <= u'9') && c != u',' && c != u'.') {
                return {0, AmountProblem::NotANumber};
            }
        }
        QChar decimal;
        QChar grouping;
        if (commas > 0 && dots > 0) {
            decimal = s.lastIndexOf(u',') > s.lastIndexOf(u'.') ? QChar(u',') : QChar(u'.');
            grouping = decimal == u',' ? QChar(u'.') : QChar(u',');
            if (s.count(decimal) != 1) {
                return {0, AmountProblem::NotANumber};
            }
        } else if (commas == 1 || dots == 1) {
            decimal = commas == 1 ? QChar(u',') : QChar(u'.');
        } else if (commas > 1 || dots > 1) {
            grouping = commas > 1 ? QChar(u',') : QChar(u'.');
        }
        const qsizetype point = decimal.isNull() ? -1 : s.indexOf(decimal);
        const QStringView whole = point < 0 ? QStringView(s) : QStringView(s).left(point);
        fraction = point < 0 ? QString() : s.mid(point + 1);
        integerPart = grouping.isNull() ? whole.toString() : ungroup(whole, grouping);
        if ((integerPart.isEmpty() && fraction.isEmpty()) || (!integerPart.isEmpty() && !isDigits(integerPart)) ||
            (!fraction.isEmpty() && !isDigits(fraction)) || (point >= 0 && fraction.isEmpty())) {
            return {0, AmountProblem::NotANumber};
        }
        if (grouping.isNull() && fraction.size() == 3 && integerPart.size() <= 3 && !integerPart.isEmpty() &&
            integerPart != QLatin1String("0")) {
            return {0, AmountProblem::Ambiguous}; // "250,000": 250 euros in French, 250 thousand in English
        }
        if (fraction.size() > 2) {
            bool zeros = true;
            for (qsizetype i = 2; i < fraction.size(); ++i) {
                zeros = zeros && fraction.at(i) == u'0';
            }
            if (zeros) {
                fraction.truncate(2);
            } else if (decimal == u'.' && fraction.size() >= 8) {
                floatNoise = true; // 1234.5599999999999: a double written in full
            } else {
                return {0, AmountProblem::TooManyDecimals};
            }
        }
    }

    constexpr qint64 maxCents = Q_INT64_C(100000000000); // one billion euros
    qint64 cents = 0;
    if (floatNoise) {
        QString number = s;
        number.replace(u',', u'.');
        bool ok = false;
        const double value = number.toDouble(&ok) * 100.0;
        if (!ok || !std::isfinite(value)) {
            return {0, AmountProblem::NotANumber};
        }
        if (value > double(maxCents)) {
            return {0, AmountProblem::TooLarge};
        }
        const double rounded = std::round(value);
        if (std::abs(value - rounded) > 1e-4) {
            return {0, AmountProblem::TooManyDecimals};
        }
        cents = qint64(rounded);
    } else {
        qsizetype zeros = 0;
        while (zeros + 1 < integerPart.size() && integerPart.at(zeros) == u'0') {
            ++zeros;
        }
        integerPart.remove(0, zeros);
        if (integerPart.size() > 10) {
            return {0, AmountProblem::TooLarge};
        }
        cents = (integerPart.isEmpty() ? 0 : integerPart.toLongLong()) * 100;
        if (!fraction.isEmpty()) {
            cents += fraction.size() == 1 ? parseSmallInt(fraction) * 10 : parseSmallInt(fraction);
        }
        if (cents > maxCents) {
            return {0, AmountProblem::TooLarge};
        }
    }
    if (negative && cents != 0) {
        return {-cents, AmountProblem::Negative};
    }
    return {cents, AmountProblem::None};
}

std::optional<double> parseNumber(QStringView text)
{
    QString compact;
    compact.reserve(text.size());
    for (QChar c : text) {
        if (c.isSpace() || isInvisible(c)) {
            continue; // "1 234,5" with a normal, non-breaking or narrow space
        }
        compact.append(c == u',' ? u'.' : c);
    }
    if (compact.endsWith(u'%')) {
        compact.chop(1);
    }
    if (compact.isEmpty() || compact.count(u'.') > 1) {
        return std::nullopt;
    }
    for (QChar c : std::as_const(compact)) {
        if (!(c.isDigit() && c.unicode() < 0x80) && c != u'.' && c != u'-' && c != u'+' && c != u'e' && c != u'E') {
            return std::nullopt; // no "nan", "inf" or hexadecimal through toDouble()
        }
    }
    bool ok = false;
    const double value = compact.toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        return std::nullopt;
    }
    return value;
}

} // namespace Palier::ImportValues
