// SPDX-License-Identifier: GPL-3.0-or-later
#include "letters/LetterData.h"

#include "db/Database.h"
#include "prerequisites/Eligibility.h"

#include <QLocale>
#include <QSqlQuery>

namespace Palier {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Palier::LetterData)
};

const QLocale& french()
{
    static const QLocale locale(QLocale::French, QLocale::France);
    return locale;
}

struct SettingKey
{
    const char* key;
    QString Letterhead::*field;
};

const SettingKey TextSettings[] = {
    {"letters.ars_name", &Letterhead::arsName},
    {"letters.ars_address", &Letterhead::address},
    {"letters.town", &Letterhead::town},
    {"letters.signatory", &Letterhead::signatory},
    {"letters.signatory_title", &Letterhead::signatoryTitle},
};

std::optional<FileDecision> decisionOf(const QString& state)
{
    if (state == QLatin1String("valide_dgos") || state == QLatin1String("notifie") ||
        state == QLatin1String("en_cours") || state == QLatin1String("termine")) {
        return FileDecision::Retenu;
    }
    if (state == QLatin1String("liste_attente")) {
        return FileDecision::ListeAttente;
    }
    if (state == QLatin1String("non_retenu")) {
        return FileDecision::NonRetenu;
    }
    if (state == QLatin1String("preselectionne")) {
        return FileDecision::AwaitingDgos;
    }
    return std::nullopt;
}

bool hasTable(const Database& db, const QString& name)
{
    QSqlQuery query(db.connection());
    query.prepare(tableExistsQuery(db.dialect()));
    query.addBindValue(name);
    return query.exec() && query.next();
}

/// The amount granted to each file: from the most recent sealed version that decided it. A later version may
/// hold only the files still competing when it ran (the others were decided and notified by then).
Result<QHash<qint64, qint64>> sealedAmounts(const Database& db)
{
    QHash<qint64, qint64> amounts;
    if (!hasTable(db, QStringLiteral("preselection_item"))) {
        return amounts;
    }
    QSqlQuery query(db.connection());
    setSequentialReading(query);
    if (!query.exec(QStringLiteral("SELECT i.candidature_id, i.amount_cents, i.selected FROM preselection_item i "
                                   "JOIN preselection_run r ON r.id = i.run_id "
                                   "WHERE r.sealed_at IS NOT NULL ORDER BY r.id"))) {
        return sqlError(Text::tr("The amounts of the sealed preselection could not be read."), query);
    }
    while (query.next()) {
        const qint64 candidature = query.value(0).toLongLong();
        if (query.value(2).toBool()) {
            amounts.insert(candidature, query.value(1).toLongLong());
        } else {
            amounts.remove(candidature);
        }
    }
    return amounts;
}

QString formatTarget(const QString& type, double target)
{
    if (type == QLatin1String("boolean")) {
        return target != 0 ? QStringLiteral("oui") : QStringLiteral("non");
    }
    if (type == QLatin1String("ratio")) {
        return french().toString(target, 'g', 4) + QStringLiteral("\u00a0%");
    }
    return french().toString(target, 'g', 8);
}

Result<void> loadCampaign(const Database& db, LetterContext& context)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT c.region_code, c.first_year, c.last_year, p.code, p.name, "
                                   "p.seed_share_percent, p.usage_share_percent, r.name "
                                   "FROM campaign c JOIN programme p ON p.id = c.programme_id "
                                   "JOIN region r ON r.code = c.region_code"))) {
        return sqlError(Text::tr("The campaign could not be read."), query);
    }
    if (!query.next()) {
        return Error{QStringLiteral("letters.no-campaign"),
                     Text::tr("This database holds no campaign: create one before writing letters."),
                     {}};
    }
    context.regionCode = query.value(0).toString();
    context.campaignYear = query.value(1).toInt();
    context.lastYear = query.value(2).toInt();
    context.programmeCode = query.value(3).toString();
    context.programmeName = query.value(4).toString();
    context.seedSharePercent = query.value(5).toInt();
    context.usageSharePercent = query.value(6).toInt();
    if (context.head.arsName.isEmpty()) {
        context.head.arsName = QStringLiteral("Agence régionale de santé %1").arg(query.value(7).toString());
    }
    return {};
}

Result<QHash<QString, QList<UsageTarget>>> usageTargets(const Database& db)
{
    QHash<QString, QList<UsageTarget>> targets;
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT d.code, i.code, i.label, i.value_type, i.target FROM indicator i "
                                   "JOIN domain d ON d.id = i.domain_id WHERE i.kind = 'usage' ORDER BY i.code"))) {
        return sqlError(Text::tr("The usage indicators could not be read."), query);
    }
    while (query.next()) {
        targets[query.value(0).toString()].append({query.value(1).toString(), query.value(2).toString(),
                                                   formatTarget(query.value(3).toString(), query.value(4).toDouble())});
    }
    return targets;
}

Result<void> loadLastLetters(const Database& db, LetterContext& context, const QHash<qint64, qsizetype>& index)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT establishment_id, version, generated_at, sent_at FROM letter l WHERE "
                                   "version = (SELECT MAX(version) FROM letter m "
                                   "WHERE m.establishment_id = l.establishment_id)"))) {
        return sqlError(Text::tr("The letters already generated could not be read."), query);
    }
    while (query.next()) {
        const auto it = index.constFind(query.value(0).toLongLong());
        if (it == index.constEnd()) {
            continue;
        }
        LetterCase& c = context.cases[*it];
        c.lastVersion = query.value(1).toInt();
        c.lastGeneratedAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODate);
        c.lastSentAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODate);
    }
    return {};
}

void finishCase(LetterCase& c, const Letterhead& head, const EligibilityTable& eligibility,
                const QHash<QString, QList<UsageTarget>>& targets)
{
    bool retained = false;
    bool waiting = false;
    QStringList awaiting;
    for (const LetterFile& f : std::as_const(c.files)) {
        retained = retained || f.decision == FileDecision::Retenu;
        waiting = waiting || f.decision == FileDecision::ListeAttente;
        if (f.decision == FileDecision::AwaitingDgos) {
            awaiting.append(f.domainCode);
        } else if (f.decision == FileDecision::Retenu) {
            if (f.amountCents) {
                c.totalCents += *f.amountCents;
            } else {
                c.problems.append(Text::tr("file %1 (%2) is selected but has no amount in the sealed preselection")
                                      .arg(f.candidatureId)
                                      .arg(f.domainCode));
            }
            c.usageTargets.append(targets.value(f.domainCode));
        }
    }
    c.kind = retained ? LetterKind::Retenu : waiting ? LetterKind::ListeAttente : LetterKind::NonRetenu;
    if (!awaiting.isEmpty()) {
        c.problems.prepend(Text::tr("awaiting DGOS validation (%1)").arg(awaiting.join(QStringLiteral(", "))));
    }
    if (head.signatory.trimmed().isEmpty()) {
        c.problems.append(Text::tr("no signatory is set for the letters"));
    }
    if (const EligibilityRow* row = eligibility.find(c.establishmentId)) {
        c.eligible = row->eligible;
        for (qsizetype i = 0; i < eligibility.prerequisites.size() && i < row->prerequisites.size(); ++i) {
            if (row->prerequisites.at(i) != IndicatorStatus::Reached) {
                const Prerequisite& p = eligibility.prerequisites.at(i);
                c.missingPrerequisites.append(p.code + QStringLiteral(" — ") + p.label);
            }
        }
    }
}

} // namespace

QString LetterContext::referencePrefix() const
{
    const QString programme = programmeCode.section(u'-', 0, 0).toUpper();
    return QStringLiteral("ARS-%1/%2/%3").arg(regionCode, programme).arg(campaignYear);
}

QDate LetterContext::notificationDate() const
{
    return head.notificationDate.isValid() ? head.notificationDate : QDate::currentDate();
}

QDate LetterContext::usageDeadline() const
{
    return head.usageDeadline.isValid() ? head.usageDeadline : QDate(lastYear, 12, 31);
}

QString letterAmount(qint64 cents)
{
    return french().toCurrencyString(double(cents) / 100.0, QStringLiteral("€"), cents % 100 == 0 ? 0 : 2);
}

QString letterDate(const QDate& date)
{
    return french().toString(date, QStringLiteral("d MMMM yyyy"));
}

Result<Letterhead> loadLetterhead(const Database& db)
{
    Letterhead head;
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT key, value FROM setting WHERE key LIKE 'letters.%'"))) {
        return sqlError(Text::tr("The letter settings could not be read."), query);
    }
    while (query.next()) {
        const QString key = query.value(0).toString();
        const QString value = query.value(1).toString();
        for (const SettingKey& s : TextSettings) {
            if (key == QLatin1String(s.key)) {
                head.*s.field = value;
            }
        }
        if (key == QLatin1String("letters.notification_date")) {
            head.notificationDate = QDate::fromString(value, Qt::ISODate);
        } else if (key == QLatin1String("letters.usage_deadline")) {
            head.usageDeadline = QDate::fromString(value, Qt::ISODate);
        }
    }
    return head;
}

Result<void> saveLetterhead(const Database& db, const Letterhead& head)
{
    QList<std::pair<QString, QString>> values;
    for (const SettingKey& s : TextSettings) {
        values.append({QString::fromLatin1(s.key), head.*s.field});
    }
    values.append({QStringLiteral("letters.notification_date"), head.notificationDate.toString(Qt::ISODate)});
    values.append({QStringLiteral("letters.usage_deadline"), head.usageDeadline.toString(Qt::ISODate)});
    for (const auto& [key, value] : values) {
        QSqlQuery query(db.connection());
        if (value.trimmed().isEmpty()) {
            query.prepare(QStringLiteral("DELETE FROM setting WHERE key = ?"));
            query.addBindValue(key);
        } else {
            query.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
            query.addBindValue(key);
            query.addBindValue(value);
        }
        if (!query.exec()) {
            return sqlError(Text::tr("The letter settings could not be saved."), query);
        }
    }
    return {};
}

Result<LetterContext> loadLetterContext(const Database& db)
{
    LetterContext context;
    Result<Letterhead> head = loadLetterhead(db);
    if (!head) {
        return head.error();
    }
    context.head = head.value();
    if (Result<void> campaign = loadCampaign(db, context); !campaign) {
        return campaign.error();
    }
    Result<QHash<qint64, qint64>> amounts = sealedAmounts(db);
    Result<QHash<QString, QList<UsageTarget>>> targets = usageTargets(db);
    Result<EligibilityTable> eligibility = eligibilityTable(db);
    if (!amounts || !targets || !eligibility) {
        return !amounts ? amounts.error() : !targets ? targets.error() : eligibility.error();
    }
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral(
            "SELECT c.id, c.establishment_id, d.code, d.label, c.title, c.state, c.state_reason, e.finess_et, "
            "e.finess_ej, e.name, e.address, e.postal_code, e.town FROM candidature c "
            "JOIN establishment e ON e.id = c.establishment_id JOIN domain d ON d.id = c.domain_id "
            "WHERE c.state IN ('preselectionne', 'liste_attente', 'non_retenu', 'valide_dgos', 'notifie', "
            "'en_cours', 'termine') ORDER BY e.finess_et, d.sort_order, c.id"))) {
        return sqlError(Text::tr("The decisions on the files could not be read."), query);
    }
    QHash<qint64, qsizetype> index;
    while (query.next()) {
        const qint64 establishment = query.value(1).toLongLong();
        auto it = index.constFind(establishment);
        if (it == index.constEnd()) {
            LetterCase c;
            c.establishmentId = establishment;
            c.finess = query.value(7).toString();
            c.finessEj = query.value(8).toString();
            c.name = query.value(9).toString();
            c.address = query.value(10).toString();
            c.postalCode = query.value(11).toString();
            c.town = query.value(12).toString();
            it = index.insert(establishment, context.cases.size());
            context.cases.append(c);
        }
        LetterFile f;
        f.candidatureId = query.value(0).toLongLong();
        f.domainCode = query.value(2).toString();
        f.domainLabel = query.value(3).toString();
        f.title = query.value(4).toString();
        f.state = query.value(5).toString();
        f.reason = query.value(6).toString();
        f.decision = *decisionOf(f.state);
        if (f.decision == FileDecision::Retenu && amounts->contains(f.candidatureId)) {
            f.amountCents = amounts->value(f.candidatureId);
        }
        context.cases[*it].files.append(f);
    }
    for (LetterCase& c : context.cases) {
        finishCase(c, context.head, eligibility.value(), targets.value());
    }
    if (Result<void> last = loadLastLetters(db, context, index); !last) {
        return last.error();
    }
    return context;
}

} // namespace Palier
