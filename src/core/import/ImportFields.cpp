// SPDX-License-Identifier: GPL-3.0-or-later
// The fields of each kind of import, and how known headers map themselves onto them.
#include "ImportText.h"
#include "import/ImportColumns.h"
#include "import/ImportKeys.h"
#include "import/ImportValues.h"
#include "import/Importer.h"

namespace Palier {

namespace {

struct FieldSpec
{
    QLatin1String key;
    const char* label; ///< QT_TRANSLATE_NOOP'd in the context Palier::Importer
    bool required;
    /// Headers that name this field, folded (ImportValues::foldKey), best first.
    QList<const char*> aliases;
};

// The aliases of the FINESS number of an establishment, shared by establishments and candidatures.
#define PALIER_FINESS_ET_ALIASES                                                                                       \
    "finesset", "fi", "finess", "nofinesset", "nfinesset", "numfinesset", "numerofinesset", "numerofiness", "nfiness", \
        "nofiness", "numfiness", "finessgeographique", "finessetablissement", "finessdeletablissement", "codefiness",  \
        "etablissementfiness"

/// The establishment a row is about, by its FINESS number: the key of the candidature, indicator and score imports.
FieldSpec establishmentFinessSpec()
{
    return {ImportKeys::FinessEt,
            QT_TRANSLATE_NOOP("Palier::Importer", "FINESS number of the establishment"),
            true,
            {PALIER_FINESS_ET_ALIASES}};
}

/// The domain of a candidature, by code or label (candidature and score imports).
FieldSpec domainSpec()
{
    return {ImportKeys::Domain,
            QT_TRANSLATE_NOOP("Palier::Importer", "Domain"),
            true,
            {"domain", "domaine", "codedomaine", "domainefonctionnel", "domaineprioritaire", "domainecode"}};
}

const QList<FieldSpec>& establishmentSpecs()
{
    using namespace ImportKeys;
    static const QList<FieldSpec> specs{
        {FinessEt, QT_TRANSLATE_NOOP("Palier::Importer", "FINESS number (site)"), true, {PALIER_FINESS_ET_ALIASES}},
        {FinessEj,
         QT_TRANSLATE_NOOP("Palier::Importer", "FINESS number (legal entity)"),
         false,
         {"finessej", "fiej", "nofinessej", "nfinessej", "numfinessej", "numerofinessej", "finessjuridique",
          "finessentitejuridique"}},
        {Name,
         QT_TRANSLATE_NOOP("Palier::Importer", "Name"),
         true,
         {"name", "rs", "raisonsociale", "nom", "nometablissement", "denomination", "libelle", "etablissement",
          "rslongue"}},
        {LegalStatus,
         QT_TRANSLATE_NOOP("Palier::Importer", "Legal status"),
         false,
         {"legalstatus", "stjr", "statutjuridique", "statut", "status", "categoriejuridique"}},
        {CategoryCode,
         QT_TRANSLATE_NOOP("Palier::Importer", "FINESS category"),
         false,
         {"categorycode", "cat", "categetab", "categorie", "codecategorie", "categoriefiness",
          "categoriedetablissement"}},
        {CategoryLabel,
         QT_TRANSLATE_NOOP("Palier::Importer", "Category label"),
         false,
         {"categorylabel", "libcategetab", "libellecategorie", "libellecategoriedetablissement"}},
        {Department,
         QT_TRANSLATE_NOOP("Palier::Importer", "Department (checked against the FINESS number)"),
         false,
         {"department", "dep", "departement", "codedepartement", "dept"}},
        {Region,
         QT_TRANSLATE_NOOP("Palier::Importer", "Region (checked against the department)"),
         false,
         {"region", "reg", "coderegion"}},
        {Siret, QT_TRANSLATE_NOOP("Palier::Importer", "SIRET"), false, {"siret", "sir", "nosiret", "numerosiret"}},
        {Address, QT_TRANSLATE_NOOP("Palier::Importer", "Address"), false, {"address", "adresse", "adressecomplete"}},
        {StreetNumber,
         QT_TRANSLATE_NOOP("Palier::Importer", "Street number"),
         false,
         {"streetnumber", "numvoie", "numvoi", "numerovoie", "numerodevoie"}},
        {StreetType,
         QT_TRANSLATE_NOOP("Palier::Importer", "Street type"),
         false,
         {"streettype", "typvoie", "typvoi", "typevoie", "typedevoie"}},
        {StreetName,
         QT_TRANSLATE_NOOP("Palier::Importer", "Street"),
         false,
         {"streetname", "voie", "nomvoi", "nomvoie", "libellevoie", "rue"}},
        {StreetComplement,
         QT_TRANSLATE_NOOP("Palier::Importer", "Street complement"),
         false,
         {"streetcomplement", "compvoie", "complementvoie", "complementadresse"}},
        {Locality,
         QT_TRANSLATE_NOOP("Palier::Importer", "Locality or PO box"),
         false,
         {"locality", "lieuditbp", "lieudit", "bp", "boitepostale"}},
        {PostalCode,
         QT_TRANSLATE_NOOP("Palier::Importer", "Postal code"),
         false,
         {"postalcode", "cpo", "codepostal", "cp"}},
        {RoutingLine,
         QT_TRANSLATE_NOOP("Palier::Importer", "Postal code and town (one line)"),
         false,
         {"routingline", "ligneacheminement"}},
        {Town, QT_TRANSLATE_NOOP("Palier::Importer", "Town"), false, {"town", "nomcom", "commune", "ville", "libcom"}},
        {GhtCode, QT_TRANSLATE_NOOP("Palier::Importer", "GHT code"), false, {"ghtcode", "codeght", "ght"}},
        {SphCode,
         QT_TRANSLATE_NOOP("Palier::Importer", "Public hospital service code (FINESS)"),
         false,
         {"sphcode", "codesph"}},
        {SphLabel,
         QT_TRANSLATE_NOOP("Palier::Importer", "Public hospital service label (FINESS)"),
         false,
         {"sphlabel", "libsph"}},
        {MftLabel, QT_TRANSLATE_NOOP("Palier::Importer", "Tariff mode label (FINESS)"), false, {"mftlabel", "libmft"}},
        {SizeClass,
         QT_TRANSLATE_NOOP("Palier::Importer", "Size class (forfait grid)"),
         false,
         {"sizeclass", "taille", "classedetaille", "classetaille", "categoriedetaille"}},
    };
    return specs;
}

const QList<FieldSpec>& ghtSpecs()
{
    using namespace ImportKeys;
    static const QList<FieldSpec> specs{
        {Code, QT_TRANSLATE_NOOP("Palier::Importer", "GHT code"), true, {"code", "codeght", "ghtcode", "ght"}},
        {ShortName,
         QT_TRANSLATE_NOOP("Palier::Importer", "Short name"),
         false,
         {"shortname", "nomcourtght", "nomcourt", "sigle", "nomabrege"}},
        {Name,
         QT_TRANSLATE_NOOP("Palier::Importer", "Name"),
         true,
         {"name", "nomcompletght", "nomcomplet", "nomght", "nom", "libelleght", "libelle"}},
        {Region,
         QT_TRANSLATE_NOOP("Palier::Importer", "Region (checked against the code)"),
         false,
         {"region", "reg", "coderegion"}},
    };
    return specs;
}

const QList<FieldSpec>& candidatureSpecs()
{
    using namespace ImportKeys;
    static const QList<FieldSpec> specs{
        establishmentFinessSpec(),
        domainSpec(),
        {Title,
         QT_TRANSLATE_NOOP("Palier::Importer", "Project title"),
         true,
         {"title", "titre", "intitule", "intituleduprojet", "titreduprojet", "projet", "nomduprojet",
          "libelleduprojet"}},
        {RequestedAmount,
         QT_TRANSLATE_NOOP("Palier::Importer", "Requested amount (euros)"),
         true,
         {"requestedamount", "montantdemande", "montant", "montantsollicite", "montantdemandeeneuros", "montanteur",
          "amount", "aidedemandee", "financementdemande"}},
        {Vendor,
         QT_TRANSLATE_NOOP("Palier::Importer", "Vendor or solution"),
         false,
         {"vendor", "editeur", "fournisseur", "solution", "editeursolution", "solutionediteur", "industriel"}},
        {PlannedStart,
         QT_TRANSLATE_NOOP("Palier::Importer", "Planned start"),
         false,
         {"plannedstart", "datedebutprevue", "datededebutprevue", "debutprevu", "datedebut", "datededebut", "debut",
          "demarrage"}},
        {PlannedEnd,
         QT_TRANSLATE_NOOP("Palier::Importer", "Planned end"),
         false,
         {"plannedend", "datefinprevue", "datedefinprevue", "finprevue", "datefin", "datedefin", "fin"}},
        {SubmittedOn,
         QT_TRANSLATE_NOOP("Palier::Importer", "Submission date"),
         false,
         {"submittedon", "datedepot", "datededepot", "depot", "datesoumission", "datedesoumission", "datedereception",
          "datereception"}},
        {State,
         QT_TRANSLATE_NOOP("Palier::Importer", "State"),
         false,
         {"state", "etat", "statut", "statutdudossier", "etatdudossier"}},
    };
    return specs;
}

const QList<FieldSpec>& indicatorSpecs()
{
    using namespace ImportKeys;
    static const QList<FieldSpec> specs{
        establishmentFinessSpec(),
        {Indicator,
         QT_TRANSLATE_NOOP("Palier::Importer", "Indicator code"),
         true,
         {"indicator", "indicateur", "codeindicateur", "indicatorcode", "code", "codeprerequis"}},
        {Value,
         QT_TRANSLATE_NOOP("Palier::Importer", "Value"),
         true,
         {"value", "valeur", "valeurindicateur", "resultat", "mesure"}},
        {MeasuredOn,
         QT_TRANSLATE_NOOP("Palier::Importer", "Measured on"),
         false,
         {"measuredon", "date", "datemesure", "datedemesure", "datedelamesure", "datevaleur", "datedeclaration"}},
        {Evidence,
         QT_TRANSLATE_NOOP("Palier::Importer", "Evidence"),
         false,
         {"evidence", "preuve", "justificatif", "piecejustificative", "source", "commentaire"}},
    };
    return specs;
}

const QList<FieldSpec>& scoreSpecs()
{
    using namespace ImportKeys;
    static const QList<FieldSpec> specs{
        establishmentFinessSpec(),
        domainSpec(),
        {Criterion,
         QT_TRANSLATE_NOOP("Palier::Importer", "Criterion code"),
         true,
         {"criterion", "critere", "codecritere", "criterioncode", "criterecode"}},
        {Evaluator,
         QT_TRANSLATE_NOOP("Palier::Importer", "Evaluator"),
         true,
         {"evaluator", "evaluateur", "evaluatrice", "nomevaluateur", "evaluateurnom", "instructeur"}},
        {Value, QT_TRANSLATE_NOOP("Palier::Importer", "Score"), true, {"value", "score", "note", "valeur", "notation"}},
        {Comment,
         QT_TRANSLATE_NOOP("Palier::Importer", "Comment"),
         false,
         {"comment", "commentaire", "remarque", "observation", "observations"}},
    };
    return specs;
}

const QList<FieldSpec>& declarationSpecs()
{
    using namespace ImportKeys;
    static const QList<FieldSpec> specs{
        establishmentFinessSpec(),
        {Indicator,
         QT_TRANSLATE_NOOP("Palier::Importer", "Indicator code"),
         true,
         {"indicator", "indicateur", "codeindicateur", "indicatorcode", "code"}},
        {Period,
         QT_TRANSLATE_NOOP("Palier::Importer", "Period (2021, 2021-06, 2021-T2, 2021-S1)"),
         true,
         {"period", "periode", "periodedeclaration", "periodededeclaration", "trimestre", "mois", "annee"}},
        {Value,
         QT_TRANSLATE_NOOP("Palier::Importer", "Value"),
         true,
         {"value", "valeur", "valeurdeclaree", "valeurindicateur", "resultat", "mesure"}},
        {DeclaredOn,
         QT_TRANSLATE_NOOP("Palier::Importer", "Declared on"),
         false,
         {"declaredon", "datedeclaration", "datededeclaration", "datedesaisie", "datesaisie", "date"}},
    };
    return specs;
}

#undef PALIER_FINESS_ET_ALIASES

const QList<FieldSpec>& specsOf(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Ghts:
        return ghtSpecs();
    case ImportKind::Candidatures:
        return candidatureSpecs();
    case ImportKind::Indicators:
        return indicatorSpecs();
    case ImportKind::Scores:
        return scoreSpecs();
    case ImportKind::Declarations:
        return declarationSpecs();
    case ImportKind::Establishments:
        break;
    }
    return establishmentSpecs();
}

} // namespace

QString importKindCode(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Ghts:
        return QStringLiteral("ght");
    case ImportKind::Candidatures:
        return QStringLiteral("candidatures");
    case ImportKind::Indicators:
        return QStringLiteral("indicators");
    case ImportKind::Scores:
        return QStringLiteral("scores");
    case ImportKind::Declarations:
        return QStringLiteral("declarations");
    case ImportKind::Establishments:
        break;
    }
    return QStringLiteral("establishments");
}

std::optional<ImportKind> importKindFromCode(QStringView code)
{
    for (ImportKind kind : {ImportKind::Establishments, ImportKind::Ghts, ImportKind::Candidatures,
                            ImportKind::Indicators, ImportKind::Scores, ImportKind::Declarations}) {
        if (code.compare(importKindCode(kind), Qt::CaseInsensitive) == 0) {
            return kind;
        }
    }
    return std::nullopt;
}

QList<ImportField> importFields(ImportKind kind)
{
    QList<ImportField> fields;
    for (const FieldSpec& spec : specsOf(kind)) {
        fields.append({QString(spec.key), Importer::tr(spec.label), spec.required});
    }
    return fields;
}

ColumnMapping guessColumnMapping(ImportKind kind, const TableFormat& format, const QStringList& header)
{
    if (format.kind == TableFormat::Kind::FinessExtract && kind == ImportKind::Establishments) {
        return finessExtractMapping();
    }
    QStringList folded;
    folded.reserve(header.size());
    for (const QString& h : header) {
        folded.append(ImportValues::foldKey(h));
    }
    ColumnMapping mapping;
    QList<bool> taken(header.size(), false);
    for (const FieldSpec& spec : specsOf(kind)) {
        for (const char* alias : spec.aliases) {
            const qsizetype column = folded.indexOf(QLatin1String(alias));
            if (column >= 0 && !taken.at(column)) {
                mapping.insert(QString(spec.key), int(column));
                taken[column] = true;
                break;
            }
        }
    }
    return mapping;
}

QStringList missingRequiredFields(ImportKind kind, const ColumnMapping& mapping)
{
    QStringList missing;
    for (const FieldSpec& spec : specsOf(kind)) {
        if (spec.required && mapping.value(QString(spec.key), -1) < 0) {
            missing.append(Importer::tr(spec.label));
        }
    }
    return missing;
}

QString fieldLabel(ImportKind kind, QStringView key)
{
    for (const FieldSpec& spec : specsOf(kind)) {
        if (spec.key == key) {
            return Importer::tr(spec.label);
        }
    }
    return key.toString();
}

} // namespace Palier
