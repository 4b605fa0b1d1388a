// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/DemoInstruction.h"

#include "db/Database.h"
#include "prerequisites/Prerequisites.h"
#include "workflow/Labels.h"
#include "workflow/StateChange.h"
#include "workflow/Workflow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>

#include <array>
#include <cmath>

namespace Palier {

namespace {

constexpr std::array<const char*, 2> Authors{"referent.fictif1", "referent.fictif2"};

constexpr std::array<const char*, 5> IrrecevableReasons{
    "Dossier incomplet : plan de financement absent (motif fictif)",
    "Dossier déposé hors délai, après la clôture de l'AMI (motif fictif)",
    "Engagement de l'éditeur à la certification HN Quality manquant (motif fictif)",
    "Projet hors du périmètre du domaine choisi (motif fictif)",
    "Délibération de l'instance de gouvernance non jointe (motif fictif)",
};

/// Why a file would go where a reason is required (except irrecevable, drawn from the list above).
QString demoReason(const QString& toState)
{
    if (toState == QLatin1String("en_instruction")) {
        return QStringLiteral("Pièces complémentaires reçues, instruction reprise (motif fictif)");
    }
    if (toState == QLatin1String("non_retenu")) {
        return QStringLiteral("Projet moins prioritaire au regard de la feuille de route régionale (motif fictif)");
    }
    if (toState == QLatin1String("abandonne")) {
        return QStringLiteral("Projet abandonné par l'établissement (motif fictif)");
    }
    return QStringLiteral("Motif fictif de démonstration");
}

struct DemoLabel
{
    const char* name;
    const char* color;
    int percent; ///< share of the files it fits that get it
};
constexpr std::array<DemoLabel, 3> DemoLabels{{
    {"À discuter", "#E67E22", 12},
    {"Dossier complet", "#27AE60", 35},
    {"Priorité GHT", "#2980B9", 20},
}};

class DemoInstruction
{
    Q_DECLARE_TR_FUNCTIONS(Palier::DemoInstruction)

public:
    DemoInstruction(const Database& db, quint32 seed)
        : m_db(db)
        , m_rng(seed ^ 0x5EED4u) // not the generator's own sequence
    {}

    Result<void> run();

private:
    Result<void> fillIndicators();
    double indicatorValue(const PrerequisiteIndicator& indicator, bool reached);
    void computePaths(const Workflow& workflow);
    Result<void> replayHistory(const Workflow& workflow);
    Result<void> moveToIrrecevable(const Workflow& workflow);
    Result<void> putLabels();
    QDateTime workingTimeAfter(const QDateTime& after, int minDays, int maxDays);
    QString author() { return QString::fromLatin1(Authors[m_rng.bounded(int(Authors.size()))]); }

    const Database& m_db;
    QRandomGenerator m_rng;
    QHash<QString, QStringList> m_paths; ///< state → the states a file goes through from “Reçu” to reach it
};

QDateTime DemoInstruction::workingTimeAfter(const QDateTime& after, int minDays, int maxDays)
{
    const QDate day = after.date().addDays(minDays + m_rng.bounded(maxDays - minDays + 1));
    return QDateTime(day, QTime(8, 0).addSecs(m_rng.bounded(10 * 3600)), Qt::UTC);
}

double DemoInstruction::indicatorValue(const PrerequisiteIndicator& indicator, bool reached)
{
    const double target = indicator.target;
    switch (indicator.valueType) {
    case IndicatorValueType::Boolean:
        return reached ? target : 1 - target;
    case IndicatorValueType::Count:
        return reached ? target + m_rng.bounded(5) : m_rng.bounded(std::max(1, int(std::ceil(target))));
    case IndicatorValueType::Ratio:
        break;
    }
    if (reached) {
        return std::min(100.0, target + m_rng.bounded(std::max(1, int((100 - target) * 10) + 1)) / 10.0);
    }
    return std::floor(target * (40 + m_rng.bounded(55)) / 10) / 10.0; // 40 % to 94 % of the target
}

Result<void> DemoInstruction::fillIndicators()
{
    Result<QList<Prerequisite>> prerequisites = campaignPrerequisites(m_db);
    if (!prerequisites) {
        return prerequisites.error();
    }
    QList<PrerequisiteIndicator> indicators;
    for (const Prerequisite& p : prerequisites.value()) {
        indicators.append(p.indicators);
    }
    QSqlQuery establishments(m_db.connection());
    setSequentialReading(establishments);
    if (!establishments.exec(QStringLiteral("SELECT id FROM establishment ORDER BY id"))) {
        return sqlError(tr("Cannot read the demo establishments."), establishments);
    }
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT INTO indicator_value (establishment_id, indicator_id, value, measured_on, "
                                  "evidence) VALUES (?, ?, ?, ?, ?)"));
    while (establishments.next() && !indicators.isEmpty()) {
        // One establishment in five misses one or two indicators: no value, or a value under the target.
        QHash<int, bool> faulty; // indicator position → the value is missing (true) or not reached (false)
        if (m_rng.bounded(100) < 20) {
            const int count = 1 + int(m_rng.bounded(2));
            while (faulty.size() < std::min<qsizetype>(count, indicators.size())) {
                faulty.insert(int(m_rng.bounded(int(indicators.size()))), m_rng.bounded(2) == 0);
            }
        }
        const QDate measuredOn = QDate(2019, 1, 7).addDays(m_rng.bounded(170));
        for (int i = 0; i < int(indicators.size()); ++i) {
            const PrerequisiteIndicator& indicator = indicators.at(i);
            const bool reached = !faulty.contains(i);
            const bool cannotMiss = indicator.valueType != IndicatorValueType::Boolean && indicator.target <= 0;
            if (!reached && (faulty.value(i) || cannotMiss)) {
                continue; // no value: “not filled in”
            }
            const double value = indicatorValue(indicator, reached);
            if (Result<void> valid = validateIndicatorValue(indicator.code, indicator.valueType, value); !valid) {
                return valid;
            }
            insert.addBindValue(establishments.value(0).toLongLong());
            insert.addBindValue(indicator.id);
            insert.addBindValue(value);
            insert.addBindValue(measuredOn.toString(Qt::ISODate));
            insert.addBindValue(indicator.valueType == IndicatorValueType::Boolean
                                    ? QStringLiteral("Document interne daté et signé (fictif)")
                                    : QStringLiteral("Auto-évaluation oSIS 2019 (fictive)"));
            if (!insert.exec()) {
                return sqlError(tr("Cannot write the demo indicator values."), insert);
            }
        }
    }
    return {};
}

void DemoInstruction::computePaths(const Workflow& workflow)
{
    // Shortest paths from “Reçu”, avoiding the transitions that need a reason whenever another way exists.
    const QString start = QStringLiteral("recu");
    QHash<QString, int> cost{{start, 0}};
    m_paths.insert(start, {});
    for (bool changed = true; changed;) {
        changed = false;
        for (const StateTransition& t : workflow.transitions()) {
            if (!cost.contains(t.from)) {
                continue;
            }
            const int through = cost.value(t.from) + (t.requiresReason ? 100 : 1);
            if (!cost.contains(t.to) || through < cost.value(t.to)) {
                cost.insert(t.to, through);
                m_paths.insert(t.to, m_paths.value(t.from) + QStringList{t.to});
                changed = true;
            }
        }
    }
}

Result<void> DemoInstruction::replayHistory(const Workflow& workflow)
{
    // The generator draws each file's state; here each one gets there through the workflow, with its history.
    QSqlQuery files(m_db.connection());
    if (!files.exec(QStringLiteral("SELECT c.id, c.state, c.submitted_on FROM candidature c WHERE c.state <> 'recu' "
                                   "AND NOT EXISTS (SELECT 1 FROM candidature_history h WHERE h.candidature_id = c.id) "
                                   "ORDER BY c.id"))) {
        return sqlError(tr("Cannot read the demo candidatures."), files);
    }
    QList<std::tuple<qint64, QString, QDate>> todo;
    while (files.next()) {
        todo.append({files.value(0).toLongLong(), files.value(1).toString(),
                     QDate::fromString(files.value(2).toString(), Qt::ISODate)});
    }
    QSqlQuery reset(m_db.connection());
    reset.prepare(QStringLiteral("UPDATE candidature SET state = 'recu', state_reason = NULL WHERE id = ?"));
    for (const auto& [id, state, submitted] : std::as_const(todo)) {
        if (!m_paths.contains(state)) {
            continue; // a state the workflow cannot reach from “Reçu”: left as drawn
        }
        reset.addBindValue(id);
        if (!reset.exec()) {
            return sqlError(tr("Cannot write the demo history."), reset);
        }
        QDateTime at(submitted.isValid() ? submitted : QDate(2019, 6, 30), QTime(12, 0), Qt::UTC);
        QString from = QStringLiteral("recu");
        for (const QString& to : m_paths.value(state)) {
            const StateTransition* transition = workflow.transition(from, to);
            QString reason;
            if (transition && transition->requiresReason) {
                reason = to == QLatin1String("irrecevable")
                             ? QString::fromUtf8(IrrecevableReasons[m_rng.bounded(int(IrrecevableReasons.size()))])
                             : demoReason(to);
            }
            at = workingTimeAfter(at, 1, 12);
            Result<TransitionReport> moved = applyStateChange(m_db, workflow, {id}, to, reason, author(), at);
            if (!moved) {
                return moved.error();
            }
            from = to;
        }
    }
    return {};
}

Result<void> DemoInstruction::moveToIrrecevable(const Workflow& workflow)
{
    QSqlQuery files(m_db.connection());
    if (!files.exec(QStringLiteral("SELECT c.id, c.submitted_on, (SELECT max(h.changed_at) FROM candidature_history h "
                                   "WHERE h.candidature_id = c.id) FROM candidature c "
                                   "WHERE c.state IN ('recu', 'recevable') ORDER BY c.id"))) {
        return sqlError(tr("Cannot read the demo candidatures."), files);
    }
    QList<std::pair<qint64, QDateTime>> candidates;
    while (files.next()) {
        const QDate submitted = QDate::fromString(files.value(1).toString(), Qt::ISODate);
        const QDateTime last =
            files.isNull(2) ? QDateTime(submitted.isValid() ? submitted : QDate(2019, 6, 30), QTime(12, 0), Qt::UTC)
                            : QDateTime::fromString(files.value(2).toString(), Qt::ISODate);
        candidates.append({files.value(0).toLongLong(), last});
    }
    const int count = std::min(int(candidates.size()), std::max(2, int(candidates.size()) / 15));
    for (int i = 0; i < count; ++i) {
        const auto [id, last] = candidates.takeAt(m_rng.bounded(int(candidates.size())));
        const QString reason = QString::fromUtf8(IrrecevableReasons[m_rng.bounded(int(IrrecevableReasons.size()))]);
        Result<TransitionReport> moved = applyStateChange(m_db, workflow, {id}, QStringLiteral("irrecevable"), reason,
                                                          author(), workingTimeAfter(last, 3, 20));
        if (!moved) {
            return moved.error();
        }
    }
    return {};
}

Result<void> DemoInstruction::putLabels()
{
    QList<qint64> labelIds;
    for (const DemoLabel& label : DemoLabels) {
        Result<Label> created = createLabel(m_db, QString::fromUtf8(label.name), QString::fromLatin1(label.color));
        if (!created) {
            return created.error();
        }
        labelIds.append(created->id);
    }
    QSqlQuery files(m_db.connection());
    if (!files.exec(QStringLiteral("SELECT c.id, c.state, e.ght_code IS NOT NULL FROM candidature c "
                                   "JOIN establishment e ON e.id = c.establishment_id ORDER BY c.id"))) {
        return sqlError(tr("Cannot read the demo candidatures."), files);
    }
    QList<std::tuple<qint64, QString, bool>> all;
    while (files.next()) {
        all.append({files.value(0).toLongLong(), files.value(1).toString(), files.value(2).toBool()});
    }
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT INTO candidature_label (candidature_id, label_id) VALUES (?, ?)"));
    for (const auto& [id, state, inGht] : std::as_const(all)) {
        const bool instructing = state == QLatin1String("en_instruction") || state == QLatin1String("instruit");
        const std::array<bool, 3> fits{instructing || state == QLatin1String("recevable"), instructing, inGht};
        for (int l = 0; l < int(DemoLabels.size()); ++l) {
            if (!fits.at(l) || int(m_rng.bounded(100)) >= DemoLabels.at(l).percent) {
                continue;
            }
            insert.addBindValue(id);
            insert.addBindValue(labelIds.at(l));
            if (!insert.exec()) {
                return sqlError(tr("Cannot write the demo labels."), insert);
            }
        }
    }
    return {};
}

Result<void> DemoInstruction::run()
{
    if (Result<void> r = fillIndicators(); !r) {
        return r;
    }
    Result<Workflow> workflow = Workflow::load(m_db);
    if (!workflow) {
        return workflow.error();
    }
    computePaths(workflow.value());
    if (Result<void> r = replayHistory(workflow.value()); !r) {
        return r;
    }
    if (Result<void> r = moveToIrrecevable(workflow.value()); !r) {
        return r;
    }
    return putLabels();
}

} // namespace

Result<void> addDemoInstruction(const Database& db, quint32 seed)
{
    return DemoInstruction(db, seed).run();
}

} // namespace Palier
