// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>

/// The keys of the import fields (ImportField::key): the words stored in profiles and written in reports.
namespace Palier::ImportKeys {

// Establishments (and the FINESS column of candidatures).
inline constexpr QLatin1String FinessEt("finess_et");
inline constexpr QLatin1String FinessEj("finess_ej");
inline constexpr QLatin1String Name("name");
inline constexpr QLatin1String LegalStatus("legal_status");
inline constexpr QLatin1String CategoryCode("category_code");
inline constexpr QLatin1String CategoryLabel("category_label");
inline constexpr QLatin1String SphCode("sph_code");   ///< FINESS "codesph": relation to the public hospital service
inline constexpr QLatin1String SphLabel("sph_label"); ///< FINESS "libsph"
inline constexpr QLatin1String MftLabel("mft_label"); ///< FINESS "libmft": how the tariffs are set
inline constexpr QLatin1String Department("department");
inline constexpr QLatin1String Region("region");
inline constexpr QLatin1String Siret("siret");
inline constexpr QLatin1String Address("address");
inline constexpr QLatin1String StreetNumber("street_number");
inline constexpr QLatin1String StreetType("street_type");
inline constexpr QLatin1String StreetName("street_name");
inline constexpr QLatin1String StreetComplement("street_complement");
inline constexpr QLatin1String Locality("locality");
inline constexpr QLatin1String PostalCode("postal_code");
inline constexpr QLatin1String RoutingLine("routing_line"); ///< "13005 MARSEILLE": postal code and town
inline constexpr QLatin1String Town("town");
inline constexpr QLatin1String GhtCode("ght_code");
/// The size class of the programme's forfait grid: free text such as "S1" or "petit".
inline constexpr QLatin1String SizeClass("size_class");

// GHTs.
inline constexpr QLatin1String Code("code");
inline constexpr QLatin1String ShortName("short_name");

// Candidatures.
inline constexpr QLatin1String Domain("domain");
inline constexpr QLatin1String Title("title");
inline constexpr QLatin1String RequestedAmount("requested_amount");
inline constexpr QLatin1String Vendor("vendor");
inline constexpr QLatin1String PlannedStart("planned_start");
inline constexpr QLatin1String PlannedEnd("planned_end");
inline constexpr QLatin1String SubmittedOn("submitted_on");
inline constexpr QLatin1String State("state");

// Indicator values (prerequisites and domains) and scores; both also read FinessEt, scores Domain.
inline constexpr QLatin1String Indicator("indicator");
inline constexpr QLatin1String Value("value");
inline constexpr QLatin1String MeasuredOn("measured_on");
inline constexpr QLatin1String Evidence("evidence");
inline constexpr QLatin1String Criterion("criterion");
inline constexpr QLatin1String Evaluator("evaluator");
inline constexpr QLatin1String Comment("comment");
// Usage declarations per period (also FinessEt, Indicator, Value).
inline constexpr QLatin1String Period("period");
inline constexpr QLatin1String DeclaredOn("declared_on");

} // namespace Palier::ImportKeys
