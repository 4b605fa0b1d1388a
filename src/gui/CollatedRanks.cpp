// SPDX-License-Identifier: GPL-3.0-or-later
#include "CollatedRanks.h"

#include <QCollator>

#include <algorithm>
#include <numeric>

namespace Palier {

QList<int> collatedRanks(const QStringList& texts)
{
    const QCollator collator;
    const auto less = [&](int a, int b) { return collator.compare(texts.at(a), texts.at(b)) < 0; };
    QList<int> order(texts.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), less);
    return ranksOfSorted(order, less);
}

QList<int> firstCollatedRanks(const QStringList& texts, qsizetype count)
{
    if (count >= texts.size()) {
        return collatedRanks(texts);
    }
    const QCollator collator;
    const auto less = [&](int a, int b) { return collator.compare(texts.at(a), texts.at(b)) < 0; };
    QList<int> order(texts.size());
    std::iota(order.begin(), order.end(), 0);
    // Before the boundary, nothing greater than it; after, nothing less: the head is the texts before it and those
    // equal to it, which share its rank.
    std::nth_element(order.begin(), order.begin() + (count - 1), order.end(), less);
    const QString boundary = texts.at(order.at(count - 1));
    const auto headEnd = std::partition(order.begin() + count, order.end(),
                                        [&](int i) { return collator.compare(texts.at(i), boundary) == 0; });
    std::sort(order.begin(), headEnd, less);
    QList<int> ranks(texts.size(), -1);
    int rank = 0;
    for (auto it = order.begin(); it != headEnd; ++it) {
        if (it != order.begin() && less(*(it - 1), *it)) {
            ++rank;
        }
        ranks[*it] = rank;
    }
    return ranks;
}

} // namespace Palier
