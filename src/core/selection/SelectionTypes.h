// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The preselection as values: the files that compete, the parameters of a run and what it decided. No database
// here, so that both methods are pure functions and testable on made-up instances.

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Palier {

/// One file that competes for the envelope: instructed, scored, with the amount it would be granted.
struct SelectionCandidate
{
    qint64 id = 0; ///< candidature id
    qint64 establishmentId = 0;
    QString finess;
    QString establishment;
    QString domainCode;
    QString status;     ///< legal status code: public, prive_lucratif, prive_non_lucratif, clcc
    QString department; ///< department code, may be empty
    QString state;      ///< workflow state code
    double score = 0;   ///< ranking total, 0 to 100
    int domainRank = 0; ///< rank in its domain's ranking, 1 for the best
    qint64 amountCents = 0;
    int seedYear = 0;  ///< year of the amorçage payment (the selection year)
    int usageYear = 0; ///< year of the usage payment
    qint64 seedCents = 0;
    qint64 usageCents = 0;
    QString ght; ///< GHT code of the establishment, may be empty
};

/// What a quota bounds: a domain's files or a legal status's files.
enum class QuotaKind { Domain, Status };

/// A bound on the amount granted to a domain or a status; a percentage is of the envelope.
struct Quota
{
    QuotaKind kind = QuotaKind::Domain;
    QString code; ///< domain code ("D2") or status code ("public")
    std::optional<qint64> minCents;
    std::optional<qint64> maxCents;

    /// "D2" or "status:public": the key of the CLI and of parameters_json.
    QString key() const;
};

enum class SelectionMethod { RankFill, Optimal };

/// Everything a run needs to be reproduced.
struct SelectionParameters
{
    SelectionMethod method = SelectionMethod::RankFill;
    qint64 envelopeCents = 0;
    QHash<int, qint64> envelopePerYear; ///< year → cap on the payments due that year; empty: none
    QList<Quota> quotas;
    bool weightByDomain = false;          ///< optimal: maximise score × domain weight instead of the score
    QHash<QString, double> domainWeights; ///< domain code → weight (1 when missing)
    QSet<qint64> forcedIn;
    QSet<qint64> forcedOut;
    bool coverDepartments = false;       ///< optimal: at least one file per department that has candidates
    double waitingListMinScore = 50;     ///< left-out files scoring at least this go to the waiting list
    double timeLimitSeconds = 10;        ///< optimal: GLPK's time limit
    bool coverGhts = false;              ///< at least one file per GHT that has candidates
    QHash<qint64, QString> forceReasons; ///< candidature id → why the referent forced it in or out
};

/// The decision on one file.
struct SelectionItem
{
    qint64 candidatureId = 0;
    bool selected = false;
    QString decision;       ///< preselectionne, liste_attente, non_retenu
    qint64 amountCents = 0; ///< granted when selected
    double score = 0;
    int domainRank = 0;
    QString reason; ///< translated: why it was left out (empty when selected)
};

/// What a method decided, with how sure it is.
struct SelectionResult
{
    SelectionMethod method = SelectionMethod::RankFill;
    QList<SelectionItem> items; ///< one per candidate, in the candidates' order
    double totalScore = 0;      ///< Σ score of the selected files (unweighted)
    double objective = 0;       ///< what was maximised (score or score × weight)
    qint64 totalCents = 0;
    QString solverStatus; ///< optimal, feasible, rule, infeasible
    std::optional<double> gap;
    QStringList warnings; ///< translated: minimums not reached by rank-fill, time limit…
    qint64 elapsedMs = 0;
};

/// "rank" or "optimal".
QString methodCode(SelectionMethod method);
std::optional<SelectionMethod> methodFromCode(const QString& code);

} // namespace Palier
