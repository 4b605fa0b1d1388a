// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <vector>

namespace Palier {

/// Filters the rows of a table on a search text and on per-column filters, and sorts them as a French reader
/// expects. Every word of the search must appear in some column of the row, and every word of a column's filter
/// in that column; case and accents do not matter ("cote" finds "Côte"). Text columns sort with
/// QString::localeAwareCompare, numbers and dates by value.
class SearchFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SearchFilterProxyModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;

    QString searchText() const { return m_searchText; }
    void setSearchText(const QString& text);

    /// The filter of the source column `column`; an empty text removes it.
    QString columnFilter(int column) const { return m_columnFilters.value(column); }
    void setColumnFilter(int column, const QString& text);
    /// Keeps only the rows whose source `column` holds exactly `value` in Qt::EditRole (a state code); an invalid
    /// value removes this filter.
    void setExactFilter(int column, const QVariant& value);

    /// Removes every column filter (the search stays).
    void clearColumnFilters();

    /// Lower case, without accents, ligatures spelled out ("Œuvre Côté" → "oeuvre cote"): what the search compares.
    static QString fold(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    /// Filters again; `narrowing`: the new search only narrows the last one (its hidden rows stay hidden).
    void refilter(bool narrowing);
    /// Drops what is computed from the source's rows (their folded text, the sort ranks).
    void forgetRows();

    /// The folded cells of a source row in UTF-8, joined by '\n' (so that a word never matches across two
    /// columns), and where each cell ends in it.
    struct RowText
    {
        QByteArray joined;
        QList<qsizetype> ends;
        bool filled = false;
    };
    const RowText& rowText(int sourceRow) const;
    /// filterAcceptsRow() without what it remembers of the last search.
    bool rowPasses(int sourceRow, const QModelIndex& sourceParent) const;
    QByteArrayView cellOf(const RowText& text, int column) const;
    /// The rank of each source row in the order of `column` (equal values, equal ranks), computed once per column
    /// with collation keys: a sort then compares integers, not locale-aware strings read through QVariant.
    const QList<int>& sortRanks(int column) const;

    int m_exactColumn = -1;
    QVariant m_exactValue;

    QString m_searchText;
    QStringList m_words;
    QList<QByteArray> m_wordBytes; ///< the folded words in UTF-8
    QHash<int, QString> m_columnFilters;
    QHash<int, QList<QByteArray>> m_columnWords; ///< folded, UTF-8
    /// The folded text of each source row, computed once: typing a letter re-filters every row.
    mutable std::vector<RowText> m_rowTexts;
    /// Whether each source row of a table passes the current filter, as far as known.
    enum : signed char { Unknown = -1, Hidden = 0, Shown = 1 };
    mutable std::vector<signed char> m_shown;
    /// The source model when it is a table (rows without children): its rows are cached by row number.
    const QAbstractTableModel* m_flatSource = nullptr;
    mutable QHash<int, QList<int>> m_sortRanks; ///< source column → rank of each source row
    mutable const QList<int>* m_lastRanks = nullptr;
    mutable int m_lastRanksColumn = -1;
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace Palier
