// SPDX-License-Identifier: GPL-3.0-or-later
#include "ForfaitGridModel.h"

#include "Formats.h"
#include "import/ImportValues.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace Palier {

namespace {

constexpr int FirstDomain = int(ForfaitGridModel::Column::FirstDomain);

} // namespace

ForfaitGridModel::ForfaitGridModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ForfaitGridModel::setGrid(const ForfaitGrid& grid, const SizeClassCoverage& coverage)
{
    beginResetModel();
    m_grid = grid;
    m_coverage = coverage;
    m_rows.clear();
    for (const QString& sizeClass : grid.sizeClasses()) {
        Row row{sizeClass, {}};
        for (const QString& domain : std::as_const(grid.domains)) {
            row.amounts.append(grid.amount(sizeClass, domain));
        }
        m_rows.append(row);
    }
    endResetModel();
}

void ForfaitGridModel::setCells(const QList<ForfaitCell>& cells)
{
    ForfaitGrid grid = m_grid;
    grid.cells = cells;
    setGrid(grid, m_coverage);
    emit edited();
}

QList<ForfaitCell> ForfaitGridModel::cells() const
{
    QList<ForfaitCell> cells;
    for (const Row& row : m_rows) {
        for (int d = 0; d < int(row.amounts.size()); ++d) {
            if (row.amounts.at(d)) {
                cells.append({row.sizeClass, m_grid.domains.at(d), *row.amounts.at(d)});
            }
        }
    }
    return cells;
}

void ForfaitGridModel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
}

int ForfaitGridModel::addSizeClass()
{
    // "S5" after "S4", "T3" after "T2"; "S1" to start with.
    QString name = QStringLiteral("S1");
    if (!m_rows.isEmpty()) {
        static const QRegularExpression numbered(QStringLiteral("^(.*?)(\\d+)$"));
        const QRegularExpressionMatch match = numbered.match(m_rows.constLast().sizeClass);
        const QString prefix = match.hasMatch() ? match.captured(1) : m_rows.constLast().sizeClass + u' ';
        int number = match.hasMatch() ? match.captured(2).toInt() + 1 : 2;
        const auto taken = [this](const QString& candidate) {
            return std::any_of(m_rows.cbegin(), m_rows.cend(),
                               [&candidate](const Row& row) { return row.sizeClass == candidate; });
        };
        do {
            name = prefix + QString::number(number++);
        } while (taken(name));
    }
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_rows.append({name, QList<std::optional<qint64>>(m_grid.domains.size())});
    endInsertRows();
    emit edited();
    return row;
}

void ForfaitGridModel::removeSizeClass(int row)
{
    if (row < 0 || row >= rowCount()) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    emit edited();
}

QString ForfaitGridModel::domainOf(int column) const
{
    return m_grid.domains.value(column - FirstDomain);
}

int ForfaitGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ForfaitGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstDomain + int(m_grid.domains.size());
}

bool ForfaitGridModel::outsideBounds(qint64 cents) const
{
    return m_grid.forfaitMaxCents > 0 && (cents < m_grid.forfaitMinCents || cents > m_grid.forfaitMaxCents);
}

QString ForfaitGridModel::amountText(qint64 cents) const
{
    // What the editor starts from: "150000" or "150000,50", never grouped, so that it reads back as typed.
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(double(cents) / 100.0, 'f', cents % 100 == 0 ? 0 : 2);
}

QVariant ForfaitGridModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    if (index.column() == int(Column::SizeClass)) {
        if (role == Qt::DisplayRole || role == Qt::EditRole) {
            return row.sizeClass;
        }
        if (role == Qt::ToolTipRole) {
            return tr("The size class as the establishments’ records give it; double-click to rename it");
        }
        return {};
    }
    if (index.column() == int(Column::Establishments)) {
        const int count = m_coverage.establishments(row.sizeClass);
        if (role == Qt::DisplayRole) {
            return QLocale().toString(count);
        }
        if (role == Qt::TextAlignmentRole) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        if (role == Qt::ToolTipRole) {
            return tr("%Ln establishment(s) of this size class", nullptr, count);
        }
        if (role == Qt::ForegroundRole && count == 0) {
            return QBrush(QColor(0x92, 0x40, 0x0e));
        }
        return {};
    }
    const int domain = index.column() - FirstDomain;
    const std::optional<qint64> amount = row.amounts.value(domain);
    switch (role) {
    case Qt::DisplayRole:
        // Qt lays out the narrow no-break space of French numbers as a break opportunity.
        return amount ? Formats::amount(*amount).replace(QChar(0x202F), QChar(0x00A0)) : QStringLiteral("—");
    case Qt::EditRole:
        return amount ? amountText(*amount) : QString();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (!amount) {
            return QBrush(QColor(0x6b, 0x72, 0x80));
        }
        return outsideBounds(*amount) ? QBrush(QColor(0x92, 0x40, 0x0e)) : QVariant();
    case Qt::BackgroundRole:
        return amount && outsideBounds(*amount) ? QBrush(QColor(0xfe, 0xf3, 0xc7)) : QVariant();
    case Qt::ToolTipRole:
        if (!amount) {
            return tr("No forfait for %1 in %2: the files get the amount they request, between %3 and %4")
                .arg(row.sizeClass, m_grid.domains.value(domain), Formats::amount(m_grid.forfaitMinCents),
                     Formats::amount(m_grid.forfaitMaxCents));
        }
        if (outsideBounds(*amount)) {
            return tr("Outside the programme’s forfait bounds (%1 to %2): check the amount")
                .arg(Formats::amount(m_grid.forfaitMinCents), Formats::amount(m_grid.forfaitMaxCents));
        }
        return {};
    case Qt::AccessibleTextRole:
        return amount ? Formats::amount(*amount) : tr("no forfait");
    default:
        return {};
    }
}

bool ForfaitGridModel::setSizeClass(int row, const QString& text)
{
    const QString name = normalizedSizeClass(text);
    if (name.isEmpty()) {
        m_lastProblem = tr("A size class needs a name, e.g. S2.");
        return false;
    }
    for (int other = 0; other < rowCount(); ++other) {
        if (other != row && m_rows.at(other).sizeClass == name) {
            m_lastProblem = tr("The grid already has the size class %1.").arg(name);
            return false;
        }
    }
    m_rows[row].sizeClass = name;
    return true;
}

bool ForfaitGridModel::setAmount(int row, int domain, const QString& text)
{
    if (text.trimmed().isEmpty() || text.trimmed() == QStringLiteral("—")) {
        m_rows[row].amounts[domain] = std::nullopt;
        return true;
    }
    const ImportValues::Amount amount = ImportValues::parseAmount(text);
    switch (amount.problem) {
    case ImportValues::AmountProblem::None:
        m_rows[row].amounts[domain] = amount.cents;
        return true;
    case ImportValues::AmountProblem::Negative:
        m_lastProblem = tr("A forfait cannot be negative: give an amount of 0 or more.");
        return false;
    case ImportValues::AmountProblem::Ambiguous:
        m_lastProblem = tr("“%1” can be read two ways: write it without a thousands separator, e.g. 250000 or "
                           "250,5.")
                            .arg(text);
        return false;
    default:
        m_lastProblem = tr("“%1” is not an amount in euros: write it like 150000 or 150 000,50.").arg(text);
        return false;
    }
}

bool ForfaitGridModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable)) {
        return false;
    }
    m_lastProblem.clear();
    const QString text = value.toString();
    const bool accepted = index.column() == int(Column::SizeClass)
                              ? setSizeClass(index.row(), text)
                              : setAmount(index.row(), index.column() - FirstDomain, text);
    if (!accepted) {
        emit edited(); // the problem is shown
        return false;
    }
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), columnCount() - 1));
    emit edited();
    return true;
}

QVariant ForfaitGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::DisplayRole) {
        if (section == int(Column::SizeClass)) {
            return tr("Size class");
        }
        if (section == int(Column::Establishments)) {
            return tr("Establishments");
        }
        return m_grid.domains.value(section - FirstDomain);
    }
    if (role == Qt::ToolTipRole && section >= FirstDomain) {
        return tr("Forfait of domain %1 in euros").arg(m_grid.domains.value(section - FirstDomain));
    }
    return {};
}

Qt::ItemFlags ForfaitGridModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_readOnly && index.column() != int(Column::Establishments)) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

} // namespace Palier
