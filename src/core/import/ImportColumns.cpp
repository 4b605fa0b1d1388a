// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportColumns.h"

#include "ImportText.h"
#include "import/ImportKeys.h"

namespace Palier {

ColumnMapping finessExtractMapping()
{
    using namespace ImportKeys;
    const QStringList names = finessExtractColumns();
    const auto at = [&](const char* name) { return int(names.indexOf(QLatin1String(name))); };
    // The short name (rs), as the SAE and most lists use, rather than rslongue: importing the extract after
    // the SAE file does not rename every establishment. `commune` is an INSEE code: the town comes from
    // ligneacheminement.
    return {
        {QString(FinessEt), at("nofinesset")},
        {QString(FinessEj), at("nofinessej")},
        {QString(Name), at("rs")},
        {QString(StreetNumber), at("numvoie")},
        {QString(StreetType), at("typvoie")},
        {QString(StreetName), at("voie")},
        {QString(StreetComplement), at("compvoie")},
        {QString(Locality), at("lieuditbp")},
        {QString(Department), at("departement")},
        {QString(RoutingLine), at("ligneacheminement")},
        {QString(CategoryCode), at("categetab")},
        {QString(CategoryLabel), at("libcategetab")},
        {QString(Siret), at("siret")},
        {QString(MftLabel), at("libmft")},
        {QString(SphCode), at("codesph")},
        {QString(SphLabel), at("libsph")},
    };
}

QString columnName(const TableFormat& format, const QStringList& header, int column)
{
    if (column < 0) {
        return {};
    }
    if (column < header.size() && !header.at(column).trimmed().isEmpty()) {
        return header.at(column).trimmed();
    }
    if (format.kind == TableFormat::Kind::FinessExtract && column < finessExtractColumns().size()) {
        return finessExtractColumns().at(column);
    }
    if (format.kind == TableFormat::Kind::Xlsx) {
        QString letters;
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.prepend(QChar(u'A' + (n - 1) % 26));
        }
        return letters;
    }
    return Importer::tr("column %1").arg(column + 1);
}

} // namespace Palier
