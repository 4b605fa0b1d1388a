// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchFilterProxyModel.h"

#include <QRegularExpression>

#include <algorithm>

namespace Palier {

SearchFilterProxyModel::SearchFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{}

void SearchFilterProxyModel::setSourceModel(QAbstractItemModel* model)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_sourceConnections)) {
        disconnect(connection);
    }
    m_sourceConnections.clear();
    m_rowCells.clear();
    // Connected before the base class connects its own handlers, so that the cache is dropped before the
    // base class filters the changed rows again.
    if (model) {
        const auto forget = [this] { m_rowCells.clear(); };
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
    QSortFilterProxyModel::setSourceModel(model);
}

void SearchFilterProxyModel::setSearchText(const QString& text)
{
    if (text == m_searchText) {
        return;
    }
    m_searchText = text;
    static const QRegularExpression separators(QStringLiteral("\\s+"));
    m_words = fold(text).split(separators, Qt::SkipEmptyParts);
    invalidateFilter();
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
        m_columnWords.insert(column, words);
    }
    invalidateFilter();
}

void SearchFilterProxyModel::clearColumnFilters()
{
    if (m_columnFilters.isEmpty()) {
        return;
    }
    m_columnFilters.clear();
    m_columnWords.clear();
    invalidateFilter();
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
    invalidateFilter();
}

bool SearchFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_exactColumn >= 0 &&
        sourceModel()->index(sourceRow, m_exactColumn, sourceParent).data(Qt::EditRole) != m_exactValue) {
        return false;
    }
    if (m_words.isEmpty() && m_columnWords.isEmpty()) {
        return true;
    }
    const QStringList cells = rowCells(sourceRow, sourceParent);
    for (auto it = m_columnWords.cbegin(); it != m_columnWords.cend(); ++it) {
        const QString cell = cells.value(it.key());
        if (!std::all_of(it->cbegin(), it->cend(), [&cell](const QString& word) { return cell.contains(word); })) {
            return false;
        }
    }
    // One line per cell, so that a word never matches across two columns.
    const QString row = cells.join(u'\n');
    return std::all_of(m_words.cbegin(), m_words.cend(), [&row](const QString& word) { return row.contains(word); });
}

QStringList SearchFilterProxyModel::rowCells(int sourceRow, const QModelIndex& sourceParent) const
{
    // Only the rows of a flat table are cached: a row number does not name a row of a tree.
    const bool cached = !sourceParent.isValid();
    if (cached) {
        if (const auto found = m_rowCells.constFind(sourceRow); found != m_rowCells.cend()) {
            return *found;
        }
    }
    const QAbstractItemModel* model = sourceModel();
    QStringList cells;
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        cells.append(fold(model->index(sourceRow, column, sourceParent).data(filterRole()).toString()));
    }
    if (cached) {
        m_rowCells.insert(sourceRow, cells);
    }
    return cells;
}

bool SearchFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    // Empty cells first, consistently, so that the order stays a strict weak ordering.
    if (!l.isValid() || !r.isValid()) {
        return !l.isValid() && r.isValid();
    }
    if (l.userType() == QMetaType::QString || r.userType() == QMetaType::QString) {
        return QString::localeAwareCompare(l.toString(), r.toString()) < 0;
    }
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}

} // namespace Palier
