// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "selection/ForfaitGrid.h"

#include <QAbstractTableModel>

#include <optional>

namespace Palier {

/// The forfait grid being edited: one row per size class, its establishments, then one column per domain of the
/// programme, amounts in euros (typed the French way, shown as "150 000 €"). An empty cell has no forfait: its files
/// get the amount they request, within the programme's bounds. An amount outside those bounds is shown in amber with
/// the reason in its tooltip; what cannot be accepted is refused by setData() with lastProblem() saying why.
class ForfaitGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { SizeClass, Establishments, FirstDomain };

    explicit ForfaitGridModel(QObject* parent = nullptr);

    /// Shows `grid` (its domains and bounds too) with the establishments of each size class.
    void setGrid(const ForfaitGrid& grid, const SizeClassCoverage& coverage);
    /// Replaces the amounts (size classes follow) without changing the domains.
    void setCells(const QList<ForfaitCell>& cells);
    /// The amounts as the table holds them, by row then domain.
    QList<ForfaitCell> cells() const;
    const ForfaitGrid& grid() const { return m_grid; }
    const SizeClassCoverage& coverage() const { return m_coverage; }

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    /// Adds a size class named after the last one ("S5" after "S4"); its row.
    int addSizeClass();
    void removeSizeClass(int row);
    /// The domain code of `column`, or empty for the first two columns.
    QString domainOf(int column) const;
    /// Why the last setData() was refused (translated); empty when it was accepted.
    QString lastProblem() const { return m_lastProblem; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    /// An amount or a size class changed (not emitted by setGrid()).
    void edited();

private:
    struct Row
    {
        QString sizeClass;
        QList<std::optional<qint64>> amounts; ///< one per domain
    };
    bool outsideBounds(qint64 cents) const;
    QString amountText(qint64 cents) const;
    bool setSizeClass(int row, const QString& text);
    bool setAmount(int row, int domain, const QString& text);

    ForfaitGrid m_grid;
    SizeClassCoverage m_coverage;
    QList<Row> m_rows;
    bool m_readOnly = false;
    QString m_lastProblem;
};

} // namespace Palier
