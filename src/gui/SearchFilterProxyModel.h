// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace Palier {

/// Filters the rows of a table on a search text and sorts them as a French reader expects.
/// Every word of the search must appear in some column of the row; case and accents do not matter
/// ("cote" finds "Côte"). Text columns sort with QString::localeAwareCompare, numbers and dates by value.
class SearchFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SearchFilterProxyModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;

    QString searchText() const { return m_searchText; }
    void setSearchText(const QString& text);

    /// Lower case, without accents, ligatures spelled out ("Œuvre Côté" → "oeuvre cote"): what the search compares.
    static QString fold(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString rowText(int sourceRow, const QModelIndex& sourceParent) const;

    QString m_searchText;
    QStringList m_words;
    /// The folded text of each source row, computed once: typing a letter re-filters every row.
    mutable QHash<int, QString> m_rowTexts;
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace Palier
