// SPDX-License-Identifier: GPL-3.0-or-later
// One row of an establishment file: the key, the values, and the problems in words the user can act on.
#include "import/EstablishmentImport.h"

#include "ImportText.h"
#include "import/ImportKeys.h"
#include "import/ImportValues.h"
#include "import/LegalStatus.h"
#include "model/Identifiers.h"
#include "model/ReferenceData.h"

#include <QRegularExpression>

namespace Palier::EstablishmentData {

namespace {

// The fields read from the source, in the order of fieldColumns().
enum Field {
    FFinessEt,
    FFinessEj,
    FName,
    FStatus,
    FCategoryCode,
    FCategoryLabel,
    FSphCode,
    FSphLabel,
    FMftLabel,
    FDepartment,
    FRegion,
    FSiret,
    FAddress,
    FStreetNumber,
    FStreetType,
    FStreetName,
    FStreetComplement,
    FLocality,
    FPostalCode,
    FRoutingLine,
    FTown,
    FGht,
    FSizeClass,
};

/// The longest size class kept: the classes of a forfait grid are short words ("S1", "petit").
constexpr qsizetype MaxSizeClass = 20;

bool isDigits(const QString& text, qsizetype size)
{
    if (text.size() != size) {
        return false;
    }
    for (QChar c : text) {
        if (c < u'0' || c > u'9') {
            return false;
        }
    }
    return true;
}

QString joined(std::initializer_list<QString> parts, QLatin1String separator)
{
    QString out;
    for (const QString& part : parts) {
        if (!part.isEmpty()) {
            if (!out.isEmpty()) {
                out += separator;
            }
            out += part;
        }
    }
    return out;
}

const Department* departmentOf(const QString& finess, const Lookup& lookup)
{
    const bool overseas = finess.startsWith(QLatin1String("97")) || finess.startsWith(QLatin1String("98"));
    return lookup.byPrefix.value(finess.left(overseas ? 4 : 2), nullptr);
}

/// `compute(key)` through `cache`.
template <typename Compute>
QString cached(QHash<QString, QString>& cache, const QString& key, Compute compute)
{
    auto it = cache.constFind(key);
    if (it == cache.constEnd()) {
        it = cache.insert(key, compute(key));
    }
    return it.value();
}

QString statusOf(const QString& text, Lookup& lookup)
{
    return cached(lookup.statusTexts, text, [](const QString& t) { return LegalStatusRules::fromText(t); });
}

void readCategory(RowView& row, RowValues& out)
{
    QString code = row.text(FCategoryCode);
    QString label = row.text(FCategoryLabel);
    static const QRegularExpression codeAndLabel(QStringLiteral("^(\\d{3})\\s*[-–:]\\s*(.+)$"));
    if (const QRegularExpressionMatch m = codeAndLabel.match(code); m.hasMatch()) {
        code = m.captured(1);
        if (label.isEmpty()) {
            label = m.captured(2);
        }
    }
    if (!code.isEmpty() && !isDigits(code, 3)) {
        row.warn(FCategoryCode, Importer::tr("“%1” is not a FINESS category: a category is a 3-digit code such as "
                                             "355 (centre hospitalier). The category was not imported.")
                                    .arg(code));
        code.clear();
    }
    out.values[CCategoryCode] = code;
    out.values[CCategoryLabel] = label;
}

void readPlace(RowView& row, const Department* department, Lookup& lookup, RowValues& out)
{
    if (const QString text = row.text(FDepartment); !text.isEmpty() && department) {
        const QString code =
            cached(lookup.departmentTexts, text, [](const QString& t) { return ImportValues::departmentCode(t); });
        if (code.isEmpty()) {
            row.warn(FDepartment, Importer::tr("“%1” is not a department code. The department is taken from the "
                                               "FINESS number.")
                                      .arg(text));
        } else if (code != department->code) {
            row.warn(FDepartment, Importer::tr("The department %1 does not match FINESS number %2, which belongs to "
                                               "department %3. Palier keeps %3: check the number and the department.")
                                      .arg(text, out.finess, department->code));
        }
    }
    if (const QString text = row.text(FRegion); !text.isEmpty()) {
        const QString code = ImportValues::regionCode(text);
        if (code.isEmpty()) {
            row.warn(FRegion, Importer::tr("“%1” is not a region. Write its INSEE code, e.g. 84, or its name; the "
                                           "region is taken from the department anyway.")
                                  .arg(text));
        } else if (department && code != department->regionCode) {
            row.warn(FRegion, Importer::tr("The region %1 does not match department %2, which is in region %3. "
                                           "Palier keeps region %3: check the file.")
                                  .arg(text, department->code, department->regionCode));
        }
    }
}

void readAddress(RowView& row, RowValues& out)
{
    out.values[CAddress] = row.text(FAddress);
    if (out.values[CAddress].isEmpty()) {
        const QString street =
            joined({row.text(FStreetNumber), row.text(FStreetType), row.text(FStreetName)}, QLatin1String(" "));
        out.values[CAddress] = joined({street, row.text(FStreetComplement), row.text(FLocality)}, QLatin1String(", "));
    }
    QString postal = row.text(FPostalCode);
    QString town = row.text(FTown);
    int postalField = FPostalCode;
    if (const QString routing = row.text(FRoutingLine); !routing.isEmpty() && (postal.isEmpty() || town.isEmpty())) {
        const ImportValues::PostalTown split = ImportValues::splitRoutingLine(routing);
        if (split.postalCode.isEmpty()) {
            row.warn(FRoutingLine, Importer::tr("“%1” does not start with a 5-digit postal code. The postal code "
                                                "and town were not taken from it.")
                                       .arg(routing));
        } else {
            if (postal.isEmpty()) {
                postal = split.postalCode;
                postalField = FRoutingLine;
            }
            if (town.isEmpty()) {
                town = split.town;
            }
        }
    }
    if (!postal.isEmpty()) {
        const ImportValues::PostalCode code = ImportValues::parsePostalCode(postal);
        if (code.code.isEmpty()) {
            row.warn(postalField, Importer::tr("“%1” is not a postal code (5 digits). The postal code was not "
                                               "imported.")
                                      .arg(postal));
        } else if (code.padded) {
            row.warn(postalField, Importer::tr("Postal code %1 has 4 digits: a spreadsheet probably dropped its "
                                               "leading zero. It was recorded as %2; format the column as text "
                                               "next time.")
                                      .arg(postal, code.code));
        }
        out.values[CPostalCode] = code.code;
    }
    out.values[CTown] = town;
}

void readStatus(RowView& row, const Lookup::Existing* existing, Lookup& lookup, RowValues& out)
{
    const QString text = row.text(FStatus);
    QString status = text.isEmpty() ? QString() : statusOf(text, lookup);
    if (!text.isEmpty() && status.isEmpty()) {
        const QString reason = Importer::tr("“%1” is not a legal status. Write Public, Privé lucratif, Privé non "
                                            "lucratif (or ESPIC) or CLCC, or the SAE codes 1, 2 or 3.")
                                   .arg(text);
        if (existing) {
            row.warn(FStatus, reason + QLatin1Char(' ') + Importer::tr("The status already recorded was kept."));
        } else {
            row.reject(FStatus, reason);
        }
        return;
    }
    if (text.isEmpty()) {
        const QChar separator(u'\x1F');
        const QString key = out.values[CCategoryCode] + separator + row.text(FSphCode) + separator +
                            row.text(FSphLabel) + separator + row.text(FMftLabel);
        status = cached(lookup.statusAttributes, key, [](const QString& k) {
            const QList<QStringView> parts = QStringView(k).split(u'\x1F');
            return LegalStatusRules::fromFinessAttributes(parts.at(0), parts.at(1), parts.at(2), parts.at(3));
        });
    }
    if (status.isEmpty()) {
        if (existing) {
            return; // keeps its status
        }
        if (row.isMapped(FStatus)) {
            row.reject(FStatus, Importer::tr("The legal status of this new establishment is missing. Write Public, "
                                             "Privé lucratif, Privé non lucratif (or ESPIC) or CLCC."));
        } else {
            row.reject(FFinessEt,
                       Importer::tr("The file gives no legal status, and the FINESS category and public hospital "
                                    "service code of %1 do not tell it (they only identify public hospitals and "
                                    "ESPIC). Import the SAE identity file or a list with a status column first: "
                                    "this file then updates the establishment.")
                           .arg(out.finess));
        }
        return;
    }
    // A file without categories keeps the category already recorded for the CLCC rule.
    const QString category = !out.values[CCategoryCode].isEmpty()
                                 ? out.values[CCategoryCode]
                                 : (existing ? existing->values[CCategoryCode] : QString());
    out.values[CStatus] = LegalStatusRules::applyClccRule(status, category);
}

} // namespace

FieldColumns fieldColumns(const ColumnMapping& mapping)
{
    namespace K = ImportKeys;
    return FieldColumns(
        mapping, {K::FinessEt,   K::FinessEj,     K::Name,       K::LegalStatus, K::CategoryCode,     K::CategoryLabel,
                  K::SphCode,    K::SphLabel,     K::MftLabel,   K::Department,  K::Region,           K::Siret,
                  K::Address,    K::StreetNumber, K::StreetType, K::StreetName,  K::StreetComplement, K::Locality,
                  K::PostalCode, K::RoutingLine,  K::Town,       K::GhtCode,     K::SizeClass});
}

RowValues readRow(RowView& row, Lookup& lookup)
{
    RowValues out;
    const QString finess = row.text(FFinessEt);
    if (const QString error = Identifiers::finessError(finess); !error.isEmpty()) {
        row.reject(FFinessEt, error);
    } else {
        out.finess = finess;
    }
    out.values[CName] = ImportValues::stripFinessPrefix(row.text(FName), finess);
    if (out.values[CName].isEmpty()) {
        row.reject(FName, Importer::tr("The name of the establishment is missing. Fill it in: an establishment "
                                       "cannot be recorded without one."));
    }
    if (out.finess.isEmpty()) {
        return out;
    }
    const Lookup::Existing* existing = nullptr;
    if (const auto it = lookup.existing.constFind(finess); it != lookup.existing.constEnd()) {
        existing = &it.value();
    }

    if (const QString ej = row.text(FFinessEj); !ej.isEmpty()) {
        if (const QString error = Identifiers::finessError(ej); !error.isEmpty()) {
            row.warn(FFinessEj, error + QLatin1Char(' ') + Importer::tr("The legal entity number was not imported."));
        } else {
            out.values[CFinessEj] = ej;
        }
    }
    readCategory(row, out);
    const Department* department = departmentOf(finess, lookup);
    if (department && lookup.departments.contains(department->code)) {
        out.values[CDepartment] = department->code;
    } else {
        row.warn(FFinessEt, Importer::tr("FINESS number %1 does not start with the code of a department Palier "
                                         "knows. The establishment was imported without a department.")
                                .arg(finess));
        department = nullptr;
    }
    readPlace(row, department, lookup, out);
    if (row.isMapped(FSiret)) {
        const QString siret = ImportValues::compactSiret(row.text(FSiret));
        if (const QString error = Identifiers::siretError(siret); !error.isEmpty()) {
            row.warn(FSiret, error + QLatin1Char(' ') + Importer::tr("The SIRET was not imported."));
        } else {
            out.values[CSiret] = siret;
        }
    }
    readAddress(row, out);
    if (const QString ght = row.text(FGht); !ght.isEmpty()) {
        if (!isDigits(ght, 5)) {
            row.warn(FGht,
                     Importer::tr("“%1” is not a GHT code (5 digits, e.g. 84101). The GHT was not imported.").arg(ght));
        } else if (!lookup.ghts.contains(ght)) {
            row.warn(FGht, Importer::tr("GHT %1 is not in this database. Import the GHT list first; the "
                                        "establishment was imported without its GHT.")
                               .arg(ght));
        } else {
            out.values[CGht] = ght;
        }
    }
    if (const QString size = row.text(FSizeClass); !size.isEmpty()) {
        if (size.size() > MaxSizeClass) {
            row.warn(FSizeClass, Importer::tr("“%1” is too long for a size class (at most %2 characters, such as S1 "
                                              "or petit, as in the forfait grid). The size class was not imported.")
                                     .arg(size)
                                     .arg(MaxSizeClass));
        } else {
            out.values[CSizeClass] = size;
        }
    }
    readStatus(row, existing, lookup, out);
    for (int c = 0; c < ColumnCount; ++c) {
        if (!out.values[c].isEmpty()) {
            out.provided |= 1u << c;
        }
    }
    return out;
}

} // namespace Palier::EstablishmentData
