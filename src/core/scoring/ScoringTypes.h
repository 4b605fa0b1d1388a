// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Palier {

/// One criterion of a scoring grid: each evaluator scores it on a whole-number scale; its weight sets its share of
/// the total.
struct Criterion
{
    QString code; ///< one word, unique in its grid; scores refer to it, so they survive a new grid version
    QString label;
    double weight = 1; ///< 0 or more; only the ratios between the weights of a grid matter
    int scaleMin = 0;
    int scaleMax = 4;
    QStringList levels; ///< one descriptor per level, from scaleMin to scaleMax

    int levelCount() const { return scaleMax - scaleMin + 1; }
    bool operator==(const Criterion&) const = default;
};

/// The scoring grid of one domain in one version. A stored version never changes: editing makes a new one.
struct ScoringGrid
{
    QString domainCode;
    QString domainLabel;
    int version = 0; ///< 1 for the programme's default grid; 0 for a grid not stored yet
    QDateTime createdAt;
    QString author;
    QString note;
    QList<Criterion> criteria; ///< in display order; the first one breaks ties of the total

    /// The index of the criterion `code` in `criteria`, or -1.
    qsizetype indexOf(QStringView code) const
    {
        for (qsizetype i = 0; i < criteria.size(); ++i) {
            if (criteria.at(i).code == code) {
                return i;
            }
        }
        return -1;
    }
};

/// Someone who scores candidatures; several evaluators score separately.
struct Evaluator
{
    qint64 id = 0;
    QString name;
};

/// One evaluator's score on one criterion of one candidature.
struct Score
{
    QString criterionCode;
    qint64 evaluatorId = 0;
    QString evaluatorName;
    int value = 0;
    QString comment;
    qint64 rowVersion = 0; ///< the version of the score row as read (RowVersion.h), for an edit to name it
};

/// A candidature as the ranking sees it: who it is, what breaks its ties, and every score it received.
struct CandidatureScores
{
    qint64 candidatureId = 0;
    QString finess; ///< FINESS ET of the establishment
    QString establishment;
    QString state;     ///< workflow state code, e.g. "instruit"
    QDate submittedOn; ///< may be invalid: an unknown date ranks after every known one
    QList<Score> scores;
};

/// A domain's current grid and its candidatures to rank (see loadDomainScores()).
struct DomainScores
{
    ScoringGrid grid;
    QList<CandidatureScores> candidatures; ///< at least one score each on a criterion of the grid
    QList<qint64> unscored;                ///< in instruction (or later) but without any score yet
};

/// How the scores of several evaluators on one criterion make one value.
enum class ConsensusMethod {
    Mean,  ///< the arithmetic mean
    Median ///< the middle value; with an even count, the mean of the two middle values
};

/// The campaign's scoring settings (table `setting`, keys "scoring.consensus" and "scoring.spread_threshold").
struct ScoringSettings
{
    ConsensusMethod consensus = ConsensusMethod::Mean;
    /// A criterion is flagged for discussion when (highest − lowest) / (scaleMax − scaleMin) is above this.
    double spreadThreshold = 0.5;
};

/// How one criterion contributes to a candidature's total: one line of the explanation.
struct CriterionResult
{
    QString code;
    double weight = 0;
    std::optional<double> consensus; ///< nothing when no evaluator scored this criterion
    int evaluators = 0;              ///< how many scored it
    int lowest = 0;
    int highest = 0;
    double spread = 0; ///< (highest − lowest) / (scaleMax − scaleMin), from 0 to 1
    bool spreadFlagged = false;
    double normalised = 0; ///< (consensus − scaleMin) / (scaleMax − scaleMin); 0 when missing
    double maxPoints = 0;  ///< weight / sum of the weights × 100: what the criterion can bring to the total
    double points = 0;     ///< normalised × maxPoints: what it brings
};

/// What placed a candidature after the one ranked just before it.
enum class TieBreak {
    None,           ///< ranked first
    Total,          ///< a lower total
    FirstCriterion, ///< same total, lower consensus on the grid's first criterion
    SubmissionDate, ///< same again, submitted later (or no date)
    Id              ///< same again: the lower candidature id goes first, so that the order is always the same
};

/// One line of a domain's ranking, with its explanation.
struct RankedCandidature
{
    int rank = 0; ///< 1 for the best; every rank is distinct (ties are broken)
    qint64 candidatureId = 0;
    QString finess;
    QString establishment;
    QString state;
    QDate submittedOn;
    double total = 0;     ///< 0 to 100: the sum of the criteria's points
    bool complete = true; ///< every criterion has at least one score
    QStringList missing;  ///< codes of the criteria nobody scored (each counted at its scale minimum)
    bool flagged = false; ///< some criterion's spread is above the threshold: to discuss
    TieBreak decidedBy = TieBreak::None;
    QList<CriterionResult> criteria; ///< in grid order
};

} // namespace Palier
