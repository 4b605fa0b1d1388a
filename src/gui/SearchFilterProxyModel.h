// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSortFilterProxyModel>
#include <QStringList>

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
    int m_exactColumn = -1;
    QVariant m_exactValue;
    QStringList rowCells(int sourceRow, const QModelIndex& sourceParent) const;

    QString m_searchText;
    QStringList m_words;
    QHash<int, QString> m_columnFilters;
    QHash<int, QStringList> m_columnWords;
    /// The folded cells of each source row, computed once: typing a letter re-filters every row.
    mutable QHash<int, QStringList> m_rowCells;
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace Palier
