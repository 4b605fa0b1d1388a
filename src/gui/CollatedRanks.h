// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace Palier {

/// The rank of each of the rows listed in `order`, sorted by `less`: 0 for the first, one more at each row `less`
/// puts after the one before it, so that equal rows share a rank. A view sorts on the ranks (integers) instead of
/// comparing its values again at every step of every sort.
template <typename Less>
QList<int> ranksOfSorted(const QList<int>& order, Less less)
{
    QList<int> ranks(order.size());
    int rank = 0;
    for (qsizetype i = 0; i < order.size(); ++i) {
        rank += i > 0 && less(order.at(i - 1), order.at(i)) ? 1 : 0;
        ranks[order.at(i)] = rank;
    }
    return ranks;
}

/// The rank of each text in the order of the default locale (QString::localeAwareCompare's), equal texts sharing a
/// rank: the texts are collated once, by one sort. (ICU's comparison stops at the first difference: cheaper here
/// than building a sort key per text.)
QList<int> collatedRanks(const QStringList& texts);

/// The ranks collatedRanks() gives, for the `count` first texts in the locale's order and those equal to the last of
/// them only (-1 for the others): the first rows of a page need no more, at a fraction of the comparisons.
QList<int> firstCollatedRanks(const QStringList& texts, qsizetype count);

} // namespace Palier
