// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/LegalStatus.h"

#include "import/ImportValues.h"

#include <QRegularExpression>

namespace Palier::LegalStatusRules {

namespace {

bool has(const QString& folded, const char* words)
{
    return (QLatin1Char(' ') + folded + QLatin1Char(' '))
        .contains(QLatin1Char(' ') + QLatin1String(words) + QLatin1Char(' '));
}

} // namespace

QString fromText(QStringView text)
{
    const QString folded = ImportValues::foldWords(text);
    if (folded.isEmpty()) {
        return {};
    }
    if (folded == QLatin1String("1")) {
        return Public;
    }
    if (folded == QLatin1String("2")) {
        return PrivateForProfit;
    }
    if (folded == QLatin1String("3")) {
        return PrivateNonProfit;
    }
    // The SAE's "catr" groups: PUB2, PLU4, PNL5…
    static const QRegularExpression group(QStringLiteral("^(pub|plu|pnl)\\d*$"));
    if (const QRegularExpressionMatch m = group.match(folded); m.hasMatch()) {
        return m.captured(1) == QLatin1String("pub")   ? QString(Public)
               : m.captured(1) == QLatin1String("plu") ? QString(PrivateForProfit)
                                                       : QString(PrivateNonProfit);
    }
    if (has(folded, "clcc") || folded.contains(QLatin1String("lutte contre le cancer"))) {
        return Clcc;
    }
    // Non-profit first: "privé non lucratif" also contains "lucratif", "participant au service public" contains
    // "public".
    if (folded.contains(QLatin1String("non lucratif")) || has(folded, "espic") || has(folded, "psph") ||
        folded.contains(QLatin1String("interet collectif")) || folded.contains(QLatin1String("non commercial"))) {
        return PrivateNonProfit;
    }
    if (folded.contains(QLatin1String("lucratif")) || has(folded, "commercial")) {
        return PrivateForProfit;
    }
    if (has(folded, "prive")) {
        return {};
    }
    if (has(folded, "public") || has(folded, "publique")) {
        return Public;
    }
    return {};
}

QString fromFinessAttributes(QStringView categoryCode, QStringView sphCode, QStringView sphLabel, QStringView mftLabel)
{
    const QStringView category = categoryCode.trimmed();
    for (const char* publicCategory : {"101", "106", "114", "355"}) {
        if (category == QLatin1String(publicCategory)) {
            return Public;
        }
    }
    const QStringView sph = sphCode.trimmed();
    const QString sphWords = ImportValues::foldWords(sphLabel);
    if (sph == u"1" || sph == u"01" || (has(sphWords, "public") && !has(sphWords, "prive"))) {
        return Public;
    }
    if (ImportValues::foldWords(mftLabel).contains(QLatin1String("publics de sante"))) {
        return Public;
    }
    if (sph == u"6" || sph == u"06" || sphWords.contains(QLatin1String("interet collectif"))) {
        return applyClccRule(PrivateNonProfit, category);
    }
    return {};
}

QString applyClccRule(const QString& status, QStringView categoryCode)
{
    if (status == PrivateNonProfit && categoryCode.trimmed() == u"131") {
        return Clcc;
    }
    return status;
}

} // namespace Palier::LegalStatusRules
