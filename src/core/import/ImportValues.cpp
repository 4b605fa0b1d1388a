// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportValues.h"

#include "model/ReferenceData.h"

#include <QRegularExpression>

#include <algorithm>

namespace Palier::ImportValues {

namespace {

/// Appends `c` folded: lower case, without its accent; ligatures spelt out.
void appendFolded(QString& out, QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) {
        out.append(c.toLower());
        return;
    }
    if (u == 0x0153 || u == 0x0152) { // œ Œ
        out.append(QLatin1String("oe"));
        return;
    }
    if (u == 0x00E6 || u == 0x00C6) { // æ Æ
        out.append(QLatin1String("ae"));
        return;
    }
    const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
    for (QChar d : decomposed) {
        if (d.category() != QChar::Mark_NonSpacing) {
            out.append(d.toLower());
        }
    }
}

QString withoutLeadingArticle(const QString& folded)
{
    for (const char* article : {"la ", "le ", "l "}) {
        if (folded.startsWith(QLatin1String(article))) {
            return folded.mid(qsizetype(qstrlen(article)));
        }
    }
    return folded;
}

} // namespace

bool isDigits(QStringView text)
{
    if (text.isEmpty()) {
        return false;
    }
    for (QChar c : text) {
        if (c < u'0' || c > u'9') {
            return false;
        }
    }
    return true;
}

QString cleanText(const QString& text)
{
    // Whether anything is to be done, in one pass: printable ASCII, nearly every character of every cell, costs two
    // comparisons.
    const auto* const begin = reinterpret_cast<const char16_t*>(text.constData());
    const char16_t* const end = begin + text.size();
    bool needsWork = false;
    bool afterSpace = true; // a space first is a leading space
    for (const char16_t* p = begin; p != end; ++p) {
        const char16_t u = *p;
        if (u > u' ' && u < 0x7F) {
            afterSpace = false;
        } else if (u == u' ') {
            if (afterSpace) {
                needsWork = true;
                break;
            }
            afterSpace = true;
        } else if (QChar::isSpace(u) || isInvisible(QChar(u))) {
            needsWork = true;
            break;
        } else {
            afterSpace = false;
        }
    }
    needsWork = needsWork || (!text.isEmpty() && afterSpace); // a trailing space
    if (!needsWork) {
        return text; // the common case: shared, no copy
    }
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (QChar c : text) {
        if (isInvisible(c)) {
            continue;
        }
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(u' ');
            pendingSpace = false;
        }
        out.append(c);
    }
    return out;
}

QString foldKey(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.isLetterOrNumber()) {
            appendFolded(out, c);
        }
    }
    return out;
}

QString foldWords(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (QChar c : text) {
        if (!c.isLetterOrNumber()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(u' ');
            pendingSpace = false;
        }
        appendFolded(out, c);
    }
    return out;
}

std::optional<QDate> parseDate(QStringView text, bool allowSerial)
{
    const QString s = cleanText(text.toString());
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ]\\d{1,2}:\\d{2}.*)?$"));
    static const QRegularExpression french(
        QStringLiteral("^(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})(?: \\d{1,2}:\\d{2}(?::\\d{2})?)?$"));
    QDate date;
    if (const QRegularExpressionMatch m = iso.match(s); m.hasMatch()) {
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    } else if (const QRegularExpressionMatch f = french.match(s); f.hasMatch()) {
        date = QDate(f.captured(4).toInt(), f.captured(3).toInt(), f.captured(1).toInt());
    } else if (allowSerial) {
        static const QRegularExpression serial(QStringLiteral("^(\\d{4,5})(?:\\.0+)?$"));
        if (const QRegularExpressionMatch n = serial.match(s); n.hasMatch()) {
            const int days = n.captured(1).toInt();
            // 1 January 1955 to 31 December 2119: the days a spreadsheet date of this domain can hold.
            if (days >= 20090 && days <= 80358) {
                date = QDate(1899, 12, 30).addDays(days);
            }
        }
    }
    if (!date.isValid() || date.year() < 1900 || date.year() > 2199) {
        return std::nullopt;
    }
    return date;
}

QString regionCode(QStringView text)
{
    const QString s = cleanText(text.toString());
    static const QRegularExpression code(QStringLiteral("^(\\d{1,2})(?:$|[^\\d])"));
    const ReferenceData& reference = ReferenceData::instance();
    if (const QRegularExpressionMatch m = code.match(s); m.hasMatch()) {
        const QString candidate = m.captured(1).rightJustified(2, u'0');
        return reference.region(candidate) ? candidate : QString();
    }
    const QString folded = withoutLeadingArticle(foldWords(s));
    if (folded.isEmpty()) {
        return {};
    }
    for (const Region& region : reference.regions()) {
        if (withoutLeadingArticle(foldWords(region.name)) == folded) {
            return region.code;
        }
    }
    return {};
}

QString departmentCode(QStringView text)
{
    const QString s = cleanText(text.toString()).toUpper();
    static const QRegularExpression code(QStringLiteral("^(\\d{1,3}|2A|2B|9[A-FJ])(?:$|[^\\dA-Z])"));
    const ReferenceData& reference = ReferenceData::instance();
    if (const QRegularExpressionMatch m = code.match(s); m.hasMatch()) {
        QString candidate = m.captured(1);
        if (candidate.size() == 1) {
            candidate.prepend(u'0');
        }
        for (const Department& d : reference.departments()) {
            if (d.code == candidate || d.saeCode == candidate) {
                return d.code;
            }
        }
        return {};
    }
    const QString folded = foldWords(s);
    for (const Department& d : reference.departments()) {
        if (!folded.isEmpty() && foldWords(d.name) == folded) {
            return d.code;
        }
    }
    return {};
}

QString domainCode(QStringView text)
{
    const QString s = cleanText(text.toString()).toUpper();
    static const QRegularExpression numbered(QStringLiteral("^D?\\s*0*(\\d{1,2})(?:$|[^\\d.,])"));
    if (const QRegularExpressionMatch m = numbered.match(s); m.hasMatch()) {
        return QLatin1Char('D') + m.captured(1);
    }
    return s;
}

PostalTown splitRoutingLine(QStringView line)
{
    // Parsed by hand: the FINESS extract has one on each of its 100,000 lines.
    const QStringView s = line.trimmed();
    if (s.size() < 7 || !isDigits(s.first(5)) || s.at(5) != u' ') {
        return {};
    }
    QStringView town = s.mid(6).trimmed();
    // "MARSEILLE CEDEX 10": CEDEX and its number route mail, the town is MARSEILLE.
    qsizetype end = town.size();
    while (end > 0 && town.at(end - 1).isDigit()) {
        --end;
    }
    const QStringView beforeNumber = town.first(end).trimmed();
    if (beforeNumber.endsWith(u" CEDEX", Qt::CaseInsensitive)) {
        town = beforeNumber.chopped(6).trimmed();
    }
    if (town.isEmpty()) {
        return {};
    }
    return {s.first(5).toString(), cleanText(town.toString())};
}

PostalCode parsePostalCode(QStringView text)
{
    QString digits;
    for (QChar c : text) {
        if (!c.isSpace() && !isInvisible(c)) {
            digits.append(c);
        }
    }
    if (!isDigits(digits)) {
        return {};
    }
    if (digits.size() == 5) {
        return {digits, false};
    }
    if (digits.size() == 4 && digits.front() != u'0') {
        return {QLatin1Char('0') + digits, true};
    }
    return {};
}

QString stripFinessPrefix(const QString& name, QStringView finess)
{
    if (finess.isEmpty() || !name.startsWith(finess)) {
        return name;
    }
    QStringView rest = QStringView(name).mid(finess.size()).trimmed();
    if (rest.isEmpty() || (rest.front() != u'-' && rest.front() != u'\u2013' && rest.front() != u':')) {
        return name;
    }
    rest = rest.mid(1).trimmed();
    return rest.isEmpty() ? name : rest.toString();
}

QString compactSiret(const QString& text)
{
    if (!std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace() || isInvisible(c); })) {
        return text; // shared, no copy
    }
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace() && !isInvisible(c)) {
            out.append(c);
        }
    }
    return out;
}

} // namespace Palier::ImportValues
