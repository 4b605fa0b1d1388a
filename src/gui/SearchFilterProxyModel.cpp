// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchFilterProxyModel.h"

#include "CollatedRanks.h"

#include <QCollator>
#include <QRegularExpression>

#include <algorithm>
#include <cstring>
#include <numeric>
#include <optional>
#include <vector>

namespace Palier {

SearchFilterProxyModel::SearchFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    connect(this, &QSortFilterProxyModel::sortRoleChanged, this, [this] {
        m_sortRanks.clear();
        m_lastRanks = nullptr;
    });
    connect(this, &QSortFilterProxyModel::filterRoleChanged, this, [this] { m_rowTexts.clear(); });
}

void SearchFilterProxyModel::setSourceModel(QAbstractItemModel* model)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_sourceConnections)) {
        disconnect(connection);
    }
    m_sourceConnections.clear();
    forgetRows();
    // Connected before the base class connects its own handlers, so that the cache is dropped before the
    // base class filters the changed rows again.
    if (model) {
        const auto forget = [this] { forgetRows(); };
        m_sourceConnections = {
            connect(model, &QAbstractItemModel::dataChanged, this, forget),
            connect(model, &QAbstractItemModel::modelReset, this, forget),
            connect(model, &QAbstractItemModel::layoutChanged, this, forget),
            connect(model, &QAbstractItemModel::rowsInserted, this, forget),
            connect(model, &QAbstractItemModel::rowsRemoved, this, forget),
            connect(model, &QAbstractItemModel::rowsMoved, this, forget),
            connect(model, &QAbstractItemModel::columnsInserted, this, forget),
            connect(model, &QAbstractItemModel::columnsRemoved, this, forget),
            connect(model, &QAbstractItemModel::columnsMoved, this, forget),
        };
    }
    m_flatSource = qobject_cast<QAbstractTableModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void SearchFilterProxyModel::forgetRows()
{
    m_rowTexts.clear();
    m_sortRanks.clear();
    m_lastRanks = nullptr;
    m_shown.clear();
}

void SearchFilterProxyModel::refilter(bool narrowing)
{
    // Qt's invalidateFilter() tells the view of every run of rows that comes or goes, and the view's header walks
    // its sections for each: typing a letter in a table of 100,000 rows that hid tens of thousands of runs took
    // seconds. invalidate() is one layout change instead, but sorts the rows shown again. So the new filter is
    // computed here first for every row, and the cheaper of the two is chosen from how many rows change.
    const QAbstractItemModel* model = m_flatSource ? sourceModel() : nullptr;
    if (!model) {
        invalidate();
        return;
    }
    const size_t rows = size_t(model->rowCount());
    if (m_shown.size() != rows) {
        m_shown.assign(rows, Unknown);
    }
    size_t changes = 0;
    for (size_t row = 0; row < rows; ++row) {
        const signed char before = m_shown[row];
        // One more letter typed (or one more word): a row the search hid stays hidden, unsearched.
        const signed char now = narrowing && before == Hidden ? Hidden : rowPasses(int(row), {}) ? Shown : Hidden;
        changes += before != now ? 1 : 0;
        m_shown[row] = now;
    }
    constexpr size_t FewChanges = 64;
    if (changes <= FewChanges) {
        invalidateFilter(); // reads m_shown: no row is searched again, the order is kept
    } else {
        invalidate();
    }
}

void SearchFilterProxyModel::setSearchText(const QString& text)
{
    if (text == m_searchText) {
        return;
    }
    m_searchText = text;
    static const QRegularExpression separators(QStringLiteral("\\s+"));
    const QStringList before = m_words;
    m_words = fold(text).split(separators, Qt::SkipEmptyParts);
    // One more letter typed (or one more word): every row the search hid stays hidden, only the rows it showed
    // are searched again.
    bool narrower = !before.isEmpty() && before.size() <= m_words.size();
    for (qsizetype i = 0; narrower && i < before.size(); ++i) {
        narrower = m_words.at(i).contains(before.at(i));
    }
    m_wordBytes.clear();
    for (const QString& word : std::as_const(m_words)) {
        m_wordBytes.append(word.toUtf8());
    }
    refilter(narrower);
}

void SearchFilterProxyModel::setColumnFilter(int column, const QString& text)
{
    if (text == m_columnFilters.value(column)) {
        return;
    }
    static const QRegularExpression separators(QStringLiteral("\\s+"));
    const QStringList words = fold(text).split(separators, Qt::SkipEmptyParts);
    if (text.isEmpty()) {
        m_columnFilters.remove(column);
    } else {
        m_columnFilters.insert(column, text);
    }
    if (words.isEmpty()) {
        m_columnWords.remove(column);
    } else {
        QList<QByteArray> bytes;
        for (const QString& word : words) {
            bytes.append(word.toUtf8());
        }
        m_columnWords.insert(column, bytes);
    }
    refilter(false);
}

void SearchFilterProxyModel::clearColumnFilters()
{
    if (m_columnFilters.isEmpty()) {
        return;
    }
    m_columnFilters.clear();
    m_columnWords.clear();
    refilter(false);
}

QString SearchFilterProxyModel::fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            break;
        default:
            if (c == u'œ' || c == u'Œ') {
                folded += QStringLiteral("oe");
            } else if (c == u'æ' || c == u'Æ') {
                folded += QStringLiteral("ae");
            } else if (c == u'’' || c == u'‘') {
                folded += u'\'';
            } else {
                folded += c.toCaseFolded();
            }
        }
    }
    return folded;
}

void SearchFilterProxyModel::setExactFilter(int column, const QVariant& value)
{
    m_exactColumn = value.isValid() ? column : -1;
    m_exactValue = value;
    refilter(false);
}

namespace {

/// Whether `text` holds `word`: glibc's memmem on the folded UTF-8, which a substring of valid UTF-8 matches
/// exactly. Half the bytes of UTF-16 and a search made for it: filtering 100,000 rows is most of a keystroke.
bool contains(QByteArrayView text, const QByteArray& word)
{
    return ::memmem(text.data(), size_t(text.size()), word.constData(), size_t(word.size())) != nullptr;
}

} // namespace

bool SearchFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid() || !m_flatSource) {
        return rowPasses(sourceRow, sourceParent);
    }
    if (m_shown.size() != size_t(sourceModel()->rowCount())) {
        m_shown.assign(size_t(sourceModel()->rowCount()), Unknown);
    }
    signed char& shown = m_shown[size_t(sourceRow)];
    if (shown == Unknown) {
        shown = rowPasses(sourceRow, sourceParent) ? Shown : Hidden;
    }
    return shown == Shown;
}

bool SearchFilterProxyModel::rowPasses(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_exactColumn >= 0 &&
        sourceModel()->index(sourceRow, m_exactColumn, sourceParent).data(Qt::EditRole) != m_exactValue) {
        return false;
    }
    if (m_words.isEmpty() && m_columnWords.isEmpty()) {
        return true;
    }
    RowText uncached; // a row of a tree: a row number does not name it, it is not cached
    const RowText& text = sourceParent.isValid() ? uncached : rowText(sourceRow);
    if (sourceParent.isValid()) {
        for (int column = 0; column < sourceModel()->columnCount(sourceParent); ++column) {
            if (column > 0) {
                uncached.joined += '\n';
            }
            uncached.joined +=
                fold(sourceModel()->index(sourceRow, column, sourceParent).data(filterRole()).toString()).toUtf8();
            uncached.ends.append(uncached.joined.size());
        }
    }
    for (auto it = m_columnWords.cbegin(); it != m_columnWords.cend(); ++it) {
        const QByteArrayView cell = cellOf(text, it.key());
        if (!std::all_of(it->cbegin(), it->cend(), [cell](const QByteArray& word) { return contains(cell, word); })) {
            return false;
        }
    }
    return std::all_of(m_wordBytes.cbegin(), m_wordBytes.cend(),
                       [&text](const QByteArray& word) { return contains(text.joined, word); });
}

const SearchFilterProxyModel::RowText& SearchFilterProxyModel::rowText(int sourceRow) const
{
    const QAbstractItemModel* model = sourceModel();
    if (m_rowTexts.size() != size_t(model->rowCount())) {
        m_rowTexts.assign(size_t(model->rowCount()), {});
    }
    RowText& text = m_rowTexts[size_t(sourceRow)];
    if (!text.filled) {
        const int columns = model->columnCount();
        text.ends.reserve(columns);
        for (int column = 0; column < columns; ++column) {
            if (column > 0) {
                text.joined += '\n';
            }
            text.joined += fold(model->index(sourceRow, column).data(filterRole()).toString()).toUtf8();
            text.ends.append(text.joined.size());
        }
        text.filled = true;
    }
    return text;
}

QByteArrayView SearchFilterProxyModel::cellOf(const RowText& text, int column) const
{
    if (column < 0 || column >= text.ends.size()) {
        return {};
    }
    const qsizetype begin = column == 0 ? 0 : text.ends.at(column - 1) + 1;
    return QByteArrayView(text.joined).sliced(begin, text.ends.at(column) - begin);
}

namespace {

/// The order of two sort values: empty cells first, text in the locale's order, the rest by value.
bool valueLessThan(const QVariant& l, const QVariant& r)
{
    // Empty cells first, consistently, so that the order stays a strict weak ordering.
    if (!l.isValid() || !r.isValid()) {
        return !l.isValid() && r.isValid();
    }
    if (l.userType() == QMetaType::QString || r.userType() == QMetaType::QString) {
        return QString::localeAwareCompare(l.toString(), r.toString()) < 0;
    }
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}

} // namespace

const QList<int>& SearchFilterProxyModel::sortRanks(int column) const
{
    if (m_lastRanks && m_lastRanksColumn == column) {
        return *m_lastRanks; // a sort asks for the same column at each comparison
    }
    if (const auto found = m_sortRanks.constFind(column); found != m_sortRanks.cend()) {
        m_lastRanks = &*found;
        m_lastRanksColumn = column;
        return *found;
    }
    const QAbstractItemModel* model = sourceModel();
    const int rows = model->rowCount();
    QList<QVariant> values;
    values.reserve(rows);
    bool allText = true;
    for (int row = 0; row < rows; ++row) {
        values.append(model->index(row, column).data(sortRole()));
        allText = allText && (!values.last().isValid() || values.last().userType() == QMetaType::QString);
    }
    QList<int> order(rows);
    std::iota(order.begin(), order.end(), 0);
    QList<int> ranks;
    if (allText) {
        // Collation keys once per row, then byte comparisons: the locale's order of localeAwareCompare.
        const QCollator collator;
        std::vector<std::optional<QCollatorSortKey>> keys(static_cast<size_t>(rows));
        for (int row = 0; row < rows; ++row) {
            if (values.at(row).isValid()) {
                keys[size_t(row)] = collator.sortKey(values.at(row).toString());
            }
        }
        const auto less = [&keys](int a, int b) {
            const auto& l = keys[size_t(a)];
            const auto& r = keys[size_t(b)];
            if (!l || !r) {
                return !l && r;
            }
            return l->compare(*r) < 0;
        };
        std::stable_sort(order.begin(), order.end(), less);
        ranks = ranksOfSorted(order, less);
    } else {
        const auto less = [&values](int a, int b) { return valueLessThan(values.at(a), values.at(b)); };
        std::stable_sort(order.begin(), order.end(), less);
        ranks = ranksOfSorted(order, less);
    }
    m_lastRanks = &*m_sortRanks.insert(column, ranks);
    m_lastRanksColumn = column;
    return *m_lastRanks;
}

bool SearchFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    // A flat table's indexes have no parent: asking would be two virtual calls per comparison.
    if (m_flatSource && left.column() == right.column() && left.model() == m_flatSource) {
        const QList<int>& ranks = sortRanks(left.column());
        return ranks.at(left.row()) < ranks.at(right.row());
    }
    return valueLessThan(left.data(sortRole()), right.data(sortRole()));
}

} // namespace Palier
