// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoGenerator.h"

#include "campaign/Campaign.h"
#include "db/Database.h"
#include "followup/DemoFollowUp.h"
#include "letters/DemoLetters.h"
#include "model/Identifiers.h"
#include "model/ReferenceData.h"
#include "scoring/DemoScores.h"
#include "selection/DemoSelection.h"
#include "workflow/DemoInstruction.h"

#include <QCoreApplication>
#include <QDate>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>

#include <array>

namespace Palier {

namespace {

// Shares of the national figures (DOMAIN.md): establishments preselected by status, responses by domain.
struct StatusProfile
{
    const char* status;
    int weight;
    const char* categoryCode;
    const char* categoryLabel;
    const char* namePattern; ///< %1: the fictitious town
};
constexpr std::array<StatusProfile, 5> StatusProfiles{{
    {"public", 42, "355", "Centre Hospitalier (C.H.)", "Centre hospitalier fictif de %1"},
    {"public", 5, "101", "Centre Hospitalier Régional (C.H.R.)", "CHU fictif de %1"},
    {"prive_lucratif", 30, "365", "Etablissement de Soins Pluridisciplinaire", "Clinique fictive de %1"},
    {"prive_non_lucratif", 22, "365", "Etablissement de Soins Pluridisciplinaire",
     "Hôpital privé fictif (ESPIC) de %1"},
    {"clcc", 1, "131", "Centre de Lutte Contre le Cancer", "Institut fictif de cancérologie de %1"},
}};

// Responses by domain: D2 25 %, D6 19 % (DOMAIN.md); the other five share the rest.
constexpr std::array<int, 7> DomainWeights{14, 25, 12, 10, 10, 19, 10};

constexpr std::array<const char*, 7> DomainProjects{
    "Partage des résultats d'imagerie et de biologie",
    "Déploiement du dossier patient informatisé et alimentation du DMP",
    "Informatisation du circuit du médicament",
    "Agenda partagé et programmation des ressources",
    "Entrepôt de données et pilotage médico-économique",
    "Messagerie sécurisée et échanges avec la ville",
    "Portail patient et services en ligne",
};

constexpr std::array<const char*, 40> TownRoots{
    "Valbrune",        "Montclair",   "Roquebelle",     "Fontclare",    "Beaulieu-les-Pins", "Saint-Aubrac",
    "Castelnoir",      "Val-d'Ambre", "Mirabel",        "Pontvieux",    "Lavandières",       "Clairefont",
    "Rochemaure",      "Bellerive",   "Aiguebelle",     "Sainte-Olive", "Cabrières",         "Sauvelade",
    "Montfleury",      "Caderousse",  "Peyrolles",      "Lauzières",    "Saint-Véran",       "Valgrise",
    "Estagnol",        "Brusquet",    "Sorgues-Vieil",  "Malaure",      "Cassenoue",         "Roumanille",
    "Vauclaire",       "Gréoux-Neuf", "Lurs-la-Plaine", "Tourvieille",  "Mandelieu-Haut",    "Beauregard",
    "Salernes-Fictif", "Auriolles",   "Cazeneuve",      "Pierrelongue"};
constexpr std::array<const char*, 8> TownSuffixes{"",          "-le-Haut",   "-sur-Mer", "-en-Provence",
                                                  "-la-Forêt", "-les-Bains", "-Village", "-le-Vieux"};

constexpr std::array<const char*, 6> Vendors{"Éditeur fictif Alpha", "Éditeur fictif Bêta",    "Éditeur fictif Gamma",
                                             "Éditeur fictif Delta", "Éditeur fictif Epsilon", "Éditeur fictif Zêta"};

struct StateShare
{
    const char* state;
    int weight;
};
constexpr std::array<StateShare, 5> StateShares{
    {{"recu", 10}, {"recevable", 15}, {"irrecevable", 5}, {"en_instruction", 30}, {"instruit", 40}}};

template <typename Container, typename WeightOf>
int pickWeighted(QRandomGenerator& rng, const Container& items, WeightOf weightOf)
{
    int total = 0;
    for (const auto& item : items) {
        total += weightOf(item);
    }
    int draw = int(rng.bounded(total));
    for (int i = 0; i < int(items.size()); ++i) {
        draw -= weightOf(items[i]);
        if (draw < 0) {
            return i;
        }
    }
    return int(items.size()) - 1;
}

QString digits(QRandomGenerator& rng, int count)
{
    QString result;
    result.reserve(count);
    for (int i = 0; i < count; ++i) {
        result.append(QChar(u'0' + rng.bounded(10)));
    }
    return result;
}

/// A FINESS number of the department, unique in `used`.
QString newFiness(QRandomGenerator& rng, const Department& department, QSet<QString>& used)
{
    for (;;) {
        const QString prefix = department.finessPrefix + digits(rng, 8 - int(department.finessPrefix.size()));
        const QString finess = Identifiers::finessWithKey(prefix);
        if (!used.contains(finess)) {
            used.insert(finess);
            return finess;
        }
    }
}

/// A SIRET with valid keys: SIREN (8 digits + key) and NIC (4 digits + key over all 14).
QString newSiret(QRandomGenerator& rng, bool isPublic)
{
    QString siren = (isPublic ? QStringLiteral("26") : QStringLiteral("3")) + digits(rng, isPublic ? 6 : 7);
    siren.append(QChar(u'0' + Identifiers::luhnKey(siren)));
    const QString withoutKey = siren + digits(rng, 4);
    return withoutKey + QChar(u'0' + Identifiers::luhnKey(withoutKey));
}

struct DomainRow
{
    qint64 id;
    QString code;
};

class Generator
{
    Q_DECLARE_TR_FUNCTIONS(Palier::Generator)

public:
    Generator(const Database& db, const DemoOptions& options)
        : m_db(db)
        , m_options(options)
        , m_rng(options.seed)
    {}

    Result<DemoSummary> run(const CampaignInfo& campaign);

private:
    Result<void> loadDomains(const QString& programmeCode);
    Result<void> insertGhts(const QList<Department>& departments);
    Result<void> insertEstablishments(const QList<Department>& departments, int count);
    Result<void> insertCandidatures(int count);
    QString fictitiousTown();

    const Database& m_db;
    DemoOptions m_options;
    QRandomGenerator m_rng;
    QList<DomainRow> m_domains;
    QHash<QString, QStringList> m_ghtsByRegion;
    QList<qint64> m_establishments;
    QList<QString> m_establishmentStatus;
    DemoSummary m_summary;
};

QString Generator::fictitiousTown()
{
    return QString::fromUtf8(TownRoots[m_rng.bounded(int(TownRoots.size()))]) +
           QString::fromUtf8(TownSuffixes[m_rng.bounded(int(TownSuffixes.size()))]);
}

Result<void> Generator::loadDomains(const QString& programmeCode)
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT d.id, d.code FROM domain d JOIN programme p ON p.id = d.programme_id WHERE p.code = ? "
                       "ORDER BY d.sort_order"));
    query.addBindValue(programmeCode);
    if (!query.exec()) {
        return sqlError(tr("Cannot read the domains of the programme."), query);
    }
    while (query.next()) {
        m_domains.append({query.value(0).toLongLong(), query.value(1).toString()});
    }
    if (m_domains.isEmpty()) {
        return Error{QStringLiteral("demo.no-domain"), tr("The programme of this campaign has no domain."), {}};
    }
    return {};
}

Result<void> Generator::insertGhts(const QList<Department>& departments)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO ght (code, short_name, name, region_code) VALUES (?, ?, ?, ?)"));
    QHash<QString, int> perRegion;
    for (const Department& department : departments) {
        // GHT codes: INSEE region code + "1" + two digits (DOMAIN.md); one fictitious GHT per department.
        const int number = ++perRegion[department.regionCode];
        const QString code =
            department.regionCode + QLatin1Char('1') + QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0'));
        query.addBindValue(code);
        query.addBindValue(QStringLiteral("GHT-F%1").arg(department.code));
        query.addBindValue(QStringLiteral("GHT fictif %1").arg(department.name));
        query.addBindValue(department.regionCode);
        if (!query.exec()) {
            return sqlError(tr("Cannot write the demo GHTs."), query);
        }
        m_ghtsByRegion[department.code].append(code);
    }
    return {};
}

Result<void> Generator::insertEstablishments(const QList<Department>& departments, int count)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO establishment (finess_et, finess_ej, name, legal_status, category_code, category_label, "
        "department_code, ght_code, siret, address, postal_code, town) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSet<QString> usedFiness;
    QSet<QString> usedNames;
    for (int i = 0; i < count; ++i) {
        const Department& department = departments.at(i % departments.size());
        const StatusProfile& profile =
            StatusProfiles[pickWeighted(m_rng, StatusProfiles, [](const StatusProfile& p) { return p.weight; })];
        const bool isPublic = QLatin1String(profile.status) == QLatin1String("public");
        QString town = fictitiousTown();
        QString name = QString::fromUtf8(profile.namePattern).arg(town);
        for (int n = 2; usedNames.contains(name); ++n) {
            name = QString::fromUtf8(profile.namePattern).arg(town) + QStringLiteral(" %1").arg(n);
        }
        usedNames.insert(name);
        const QString et = newFiness(m_rng, department, usedFiness);
        const QString ej = newFiness(m_rng, department, usedFiness);
        const QString postalPrefix = department.code.startsWith(QLatin1String("2"))
                                         ? QStringLiteral("20")
                                         : department.code.left(department.code.size() == 3 ? 3 : 2);
        query.addBindValue(et);
        query.addBindValue(ej);
        query.addBindValue(name);
        query.addBindValue(QString::fromLatin1(profile.status));
        query.addBindValue(QString::fromLatin1(profile.categoryCode));
        query.addBindValue(QString::fromUtf8(profile.categoryLabel));
        query.addBindValue(department.code);
        query.addBindValue(isPublic ? QVariant(m_ghtsByRegion.value(department.code).value(0)) : QVariant());
        query.addBindValue(newSiret(m_rng, isPublic));
        query.addBindValue(QStringLiteral("%1 avenue des Tilleuls (adresse fictive)").arg(1 + m_rng.bounded(120)));
        query.addBindValue(postalPrefix + digits(m_rng, 5 - int(postalPrefix.size())));
        query.addBindValue(town.toUpper());
        if (!query.exec()) {
            return sqlError(tr("Cannot write the demo establishments."), query);
        }
        m_establishments.append(query.lastInsertId().toLongLong());
        m_establishmentStatus.append(QString::fromLatin1(profile.status));
    }
    m_summary.establishments = count;
    return {};
}

Result<void> Generator::insertCandidatures(int count)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO candidature (establishment_id, domain_id, title, requested_cents, vendor, planned_start, "
        "planned_end, submitted_on, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSet<QPair<int, int>> taken;
    const int domainCount = int(m_domains.size());
    const QDate amiOpens(2019, 3, 15);
    for (int i = 0; i < count; ++i) {
        int domain = 0;
        int establishment = 0;
        do {
            domain = domainCount == int(DomainWeights.size())
                         ? pickWeighted(m_rng, DomainWeights, [](int w) { return w; })
                         : int(m_rng.bounded(domainCount));
            establishment = int(m_rng.bounded(int(m_establishments.size())));
        } while (taken.contains({establishment, domain}));
        taken.insert({establishment, domain});

        // Forfaits of 40 k€ to 700 k€ (DOMAIN.md), larger for public hospitals and the DPI domain.
        const bool isPublic = m_establishmentStatus.at(establishment) == QLatin1String("public");
        const int maxThousands = (isPublic ? 500 : 250) + (m_domains.at(domain).code == QLatin1String("D2") ? 200 : 0);
        const qint64 euros = 1000LL * (40 + m_rng.bounded(maxThousands - 40 + 1));
        const QDate submitted = amiOpens.addDays(m_rng.bounded(108)); // up to 30 June 2019, the AMI's close
        const QDate start = QDate(2019, 10, 1).addMonths(m_rng.bounded(15));
        const QString projectTitle = domainCount == int(DomainProjects.size())
                                         ? QString::fromUtf8(DomainProjects[domain])
                                         : QStringLiteral("Projet %1").arg(m_domains.at(domain).code);
        query.addBindValue(m_establishments.at(establishment));
        query.addBindValue(m_domains.at(domain).id);
        query.addBindValue(projectTitle + QStringLiteral(" (projet fictif)"));
        query.addBindValue(euros * 100);
        query.addBindValue(QString::fromUtf8(Vendors[m_rng.bounded(int(Vendors.size()))]));
        query.addBindValue(start.toString(Qt::ISODate));
        query.addBindValue(start.addMonths(12 + m_rng.bounded(25)).toString(Qt::ISODate));
        query.addBindValue(submitted.toString(Qt::ISODate));
        query.addBindValue(QString::fromLatin1(
            StateShares[pickWeighted(m_rng, StateShares, [](const StateShare& s) { return s.weight; })].state));
        if (!query.exec()) {
            return sqlError(tr("Cannot write the demo candidatures."), query);
        }
    }
    m_summary.candidatures = count;
    return {};
}

Result<DemoSummary> Generator::run(const CampaignInfo& campaign)
{
    const bool national = m_options.scale == DemoScale::National;
    const QList<Department> departments = national ? ReferenceData::instance().departments()
                                                   : ReferenceData::instance().departmentsOf(campaign.regionCode);
    // National: about 3,000 establishments and the 6,589 files of 2019; a region: about 110 and 130.
    const int establishments = national ? 3000 : 105 + int(m_rng.bounded(11));
    const int candidatures = national ? 6589 : 125 + int(m_rng.bounded(11));
    if (Result<void> r = loadDomains(campaign.programmeCode); !r) {
        return r.error();
    }
    if (Result<void> r = insertGhts(departments); !r) {
        return r.error();
    }
    if (Result<void> r = insertEstablishments(departments, establishments); !r) {
        return r.error();
    }
    if (Result<void> r = insertCandidatures(candidatures); !r) {
        return r.error();
    }
    return m_summary;
}

} // namespace

Result<DemoSummary> generateDemo(const Database& db, const DemoOptions& options)
{
    Result<CampaignInfo> campaign = loadCampaign(db);
    if (!campaign && campaign.error().code == QLatin1String("campaign.none")) {
        campaign = createCampaign(db, options.regionCode, QStringLiteral("hopen-2019"));
    }
    if (!campaign) {
        return campaign.error();
    }
    QSqlQuery existing(db.connection());
    if (!existing.exec(QStringLiteral("SELECT (SELECT count(*) FROM establishment) + (SELECT count(*) FROM ght)")) ||
        !existing.next()) {
        return sqlError(Generator::tr("Cannot read the database."), existing);
    }
    if (existing.value(0).toLongLong() > 0) {
        return Error{
            QStringLiteral("demo.not-empty"),
            Generator::tr("The database already holds establishments: demo data goes into a new, empty database "
                          "only."),
            db.path()};
    }
    existing.finish();

    TransactionGuard transaction(db);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    Generator generator(db, options);
    Result<DemoSummary> summary = generator.run(campaign.value());
    if (!summary) {
        return summary;
    }
    // The later stages of the referent's year, each written by the module that owns it.
    if (Result<void> instructed = addDemoInstruction(db, options.seed); !instructed) {
        return instructed.error();
    }
    if (Result<void> scored = addDemoScores(db, options.seed); !scored) {
        return scored.error();
    }
    if (Result<void> selected = addDemoSelection(db, options.seed); !selected) {
        return selected.error();
    }
    if (Result<void> notified = addDemoLetters(db, options.seed); !notified) {
        return notified.error();
    }
    if (Result<void> followed = options.followUp ? addDemoFollowUp(db, options.seed) : Result<void>(); !followed) {
        return followed.error();
    }
    if (Result<void> committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return summary;
}

} // namespace Palier
