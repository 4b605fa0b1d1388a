// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExplanationText.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace Palier {

namespace {

QString number(double value, int decimals = 1)
{
    return QLocale().toString(value, 'f', decimals);
}

QString weightText(double weight)
{
    return QLocale().toString(weight, 'g', 4);
}

constexpr auto FlagStyle = "color:#9a3412; background:#ffedd5;";

} // namespace

QString ExplanationText::consensusName(ConsensusMethod method)
{
    return method == ConsensusMethod::Median ? tr("median") : tr("mean");
}

QString ExplanationText::tieBreakSentence(TieBreak tieBreak)
{
    switch (tieBreak) {
    case TieBreak::None:
        return tr("First of its domain.");
    case TieBreak::Total:
        return tr("Ranked after the file before it by a lower total.");
    case TieBreak::FirstCriterion:
        return tr("Same total as the file before it: ranked after it by a lower score on the first criterion.");
    case TieBreak::SubmissionDate:
        return tr("Same total and first criterion as the file before it: ranked after it as submitted later.");
    case TieBreak::Id:
        return tr("Same total, first criterion and submission date as the file before it: ranked after it by "
                  "its number, so that the order never changes.");
    }
    return {};
}

QString ExplanationText::html(const ScoringGrid& grid, const CandidatureScores& file, const RankedCandidature& ranked,
                              int rankCount, const ScoringSettings& settings)
{
    QString out;
    out += QStringLiteral("<p><b>%1</b><br>%2</p>")
               .arg(tr("Total %1 / 100").arg(number(ranked.total)), tr("Rank %1 of %2 in %3 (grid version %4)")
                                                                        .arg(ranked.rank)
                                                                        .arg(rankCount)
                                                                        .arg(grid.domainCode.toHtmlEscaped())
                                                                        .arg(grid.version));

    QStringList flags;
    QStringList disagreements;
    for (const CriterionResult& result : ranked.criteria) {
        if (result.spreadFlagged) {
            disagreements.append(tr("%1 (%2 to %3)").arg(result.code).arg(result.lowest).arg(result.highest));
        }
    }
    if (!disagreements.isEmpty()) {
        flags.append(tr("To discuss: the evaluators disagree by more than %1 % of the scale on %2.")
                         .arg(number(settings.spreadThreshold * 100, 0), disagreements.join(QStringLiteral(", "))));
    }
    if (!ranked.missing.isEmpty()) {
        flags.append(tr("Incomplete: nobody scored %1; counted at the scale minimum, the total can only rise.")
                         .arg(ranked.missing.join(QStringLiteral(", "))));
    }
    // An evaluator who scored the file but not every criterion of it.
    QStringList evaluators;
    for (const Score& score : file.scores) {
        if (!evaluators.contains(score.evaluatorName)) {
            evaluators.append(score.evaluatorName);
        }
    }
    for (const QString& evaluator : std::as_const(evaluators)) {
        QStringList gaps;
        for (const Criterion& criterion : grid.criteria) {
            const bool scored = std::any_of(file.scores.cbegin(), file.scores.cend(), [&](const Score& score) {
                return score.evaluatorName == evaluator && score.criterionCode == criterion.code;
            });
            if (!scored) {
                gaps.append(criterion.code);
            }
        }
        if (!gaps.isEmpty()) {
            flags.append(tr("%1 has not scored %2 yet.").arg(evaluator, gaps.join(QStringLiteral(", "))));
        }
    }
    for (const QString& flag : std::as_const(flags)) {
        out +=
            QStringLiteral("<p style=\"%1\">&nbsp;⚠ %2&nbsp;</p>").arg(QLatin1String(FlagStyle), flag.toHtmlEscaped());
    }

    out += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" style=\"border-collapse:collapse;\""
                          " width=\"100%\"><tr><th align=\"left\">%1</th><th align=\"right\">%2</th>"
                          "<th align=\"right\">%3</th><th align=\"right\">%4</th></tr>")
               .arg(tr("Criterion"), tr("Weight"), tr("Consensus"), tr("Points"));
    for (qsizetype i = 0; i < grid.criteria.size() && i < ranked.criteria.size(); ++i) {
        const Criterion& criterion = grid.criteria.at(i);
        const CriterionResult& result = ranked.criteria.at(i);
        // Each evaluator's value on one line, each comment on its own line below.
        QStringList values;
        QStringList comments;
        for (const Score& score : file.scores) {
            if (score.criterionCode != criterion.code) {
                continue;
            }
            // Rich text: the translation keeps the tags around %2.
            values.append(
                tr("%1: <b>%2</b>", "evaluator: score").arg(score.evaluatorName.toHtmlEscaped()).arg(score.value));
            if (!score.comment.isEmpty()) {
                comments.append(tr("%1: <i>“%2”</i>", "evaluator: comment")
                                    .arg(score.evaluatorName.toHtmlEscaped(), score.comment.toHtmlEscaped()));
            }
        }
        const QString style =
            result.spreadFlagged ? QStringLiteral(" style=\"%1\"").arg(QLatin1String(FlagStyle)) : QString();
        out += QStringLiteral("<tr%1><td><b>%2</b> <small>%3</small></td><td align=\"right\">%4</td>"
                              "<td align=\"right\">%5</td><td align=\"right\">%6</td></tr>")
                   .arg(style, criterion.code.toHtmlEscaped(), criterion.label.toHtmlEscaped(),
                        weightText(criterion.weight),
                        result.consensus ? tr("%1 on %2–%3")
                                               .arg(number(*result.consensus))
                                               .arg(criterion.scaleMin)
                                               .arg(criterion.scaleMax)
                                         : QStringLiteral("–"),
                        tr("%1 / %2").arg(number(result.points), number(result.maxPoints)));
        const QString scores = values.isEmpty() ? tr("not scored") : values.join(QStringLiteral(" · "));
        out +=
            QStringLiteral("<tr%1><td colspan=\"4\">%2%3</td></tr>")
                .arg(style, scores,
                     comments.isEmpty() ? QString() : QStringLiteral("<br>") + comments.join(QStringLiteral("<br>")));
    }
    out += QStringLiteral("<tr><td colspan=\"3\"><b>%1</b></td><td align=\"right\"><b>%2</b></td></tr></table>")
               .arg(tr("Total"), tr("%1 / 100").arg(number(ranked.total)));
    out += QStringLiteral("<p><small>%1 %2</small></p>")
               .arg(tr("Consensus: the %1 of the evaluators' scores; each criterion brings weight / sum of the "
                       "weights × 100 × (consensus − minimum) / (maximum − minimum) points.")
                        .arg(consensusName(settings.consensus))
                        .toHtmlEscaped(),
                    tieBreakSentence(ranked.decidedBy).toHtmlEscaped());
    return out;
}

} // namespace Palier
