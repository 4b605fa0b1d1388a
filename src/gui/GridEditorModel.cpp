// SPDX-License-Identifier: GPL-3.0-or-later
#include "GridEditorModel.h"

#include <QLocale>

#include <algorithm>

namespace Palier {

void GridEditorModel::setCriteria(const QList<Criterion>& criteria)
{
    beginResetModel();
    m_criteria = criteria;
    endResetModel();
    Q_EMIT criteriaChanged();
}

void GridEditorModel::fitLevels(Criterion& criterion)
{
    const int count = qBound(0, criterion.levelCount(), MaxScaleLevels);
    while (criterion.levels.size() > count) {
        criterion.levels.removeLast();
    }
    while (criterion.levels.size() < count) {
        criterion.levels.append(QString());
    }
}

int GridEditorModel::addCriterion(int row)
{
    const int at = row < 0 || row >= m_criteria.size() ? int(m_criteria.size()) : row + 1;
    Criterion criterion;
    int number = int(m_criteria.size()) + 1;
    const auto taken = [this](const QString& code) {
        return std::any_of(m_criteria.cbegin(), m_criteria.cend(), [&](const Criterion& c) { return c.code == code; });
    };
    while (taken(QStringLiteral("C%1").arg(number))) {
        ++number;
    }
    criterion.code = QStringLiteral("C%1").arg(number);
    criterion.label = tr("New criterion");
    fitLevels(criterion);
    beginInsertRows({}, at, at);
    m_criteria.insert(at, criterion);
    endInsertRows();
    Q_EMIT criteriaChanged();
    return at;
}

bool GridEditorModel::removeCriterion(int row)
{
    if (row < 0 || row >= m_criteria.size()) {
        return false;
    }
    beginRemoveRows({}, row, row);
    m_criteria.removeAt(row);
    endRemoveRows();
    Q_EMIT criteriaChanged();
    return true;
}

bool GridEditorModel::moveCriterion(int row, int delta)
{
    const int to = row + delta;
    if (row < 0 || row >= m_criteria.size() || to < 0 || to >= m_criteria.size() || delta == 0) {
        return false;
    }
    // beginMoveRows wants the row before which the moved one lands, in the old numbering.
    if (!beginMoveRows({}, row, row, {}, delta > 0 ? to + 1 : to)) {
        return false;
    }
    m_criteria.move(row, to);
    endMoveRows();
    Q_EMIT criteriaChanged();
    return true;
}

QStringList GridEditorModel::levels(int row) const
{
    return row < 0 || row >= m_criteria.size() ? QStringList() : m_criteria.at(row).levels;
}

void GridEditorModel::setLevels(int row, const QStringList& levels)
{
    if (row < 0 || row >= m_criteria.size()) {
        return;
    }
    Criterion& criterion = m_criteria[row];
    criterion.levels = levels;
    fitLevels(criterion);
    for (QString& level : criterion.levels) {
        level = level.trimmed();
    }
    const QModelIndex cell = index(row, int(Column::Levels));
    Q_EMIT dataChanged(cell, cell);
    Q_EMIT criteriaChanged();
}

QString GridEditorModel::faultText() const
{
    const std::optional<GridFault> found = fault();
    if (!found) {
        return {};
    }
    if (found->criterion < 0 || found->criterion >= m_criteria.size()) {
        return found->what;
    }
    return tr("Criterion %1 (%2): %3").arg(found->criterion + 1).arg(m_criteria.at(found->criterion).code, found->what);
}

int GridEditorModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_criteria.size());
}

int GridEditorModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant GridEditorModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Criterion& criterion = m_criteria.at(index.row());
    const auto column = Column(index.column());
    if (role == Qt::TextAlignmentRole) {
        return column == Column::Code || column == Column::Label
                   ? QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && column == Column::Levels) {
        QStringList lines;
        for (int i = 0; i < criterion.levels.size(); ++i) {
            lines.append(QStringLiteral("%1 – %2").arg(criterion.scaleMin + i).arg(criterion.levels.at(i)));
        }
        return lines.join(u'\n');
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole) {
        return {};
    }
    switch (column) {
    case Column::Code:
        return criterion.code;
    case Column::Label:
        return criterion.label;
    case Column::Weight:
        return role == Qt::EditRole ? QVariant(criterion.weight) : QVariant(QLocale().toString(criterion.weight));
    case Column::ScaleMin:
        return criterion.scaleMin;
    case Column::ScaleMax:
        return criterion.scaleMax;
    case Column::Levels: {
        const auto described = std::count_if(criterion.levels.cbegin(), criterion.levels.cend(),
                                             [](const QString& level) { return !level.trimmed().isEmpty(); });
        return tr("%1 of %2").arg(described).arg(criterion.levelCount());
    }
    case Column::Count:
        break;
    }
    return {};
}

QVariant GridEditorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (orientation == Qt::Vertical) {
        return section + 1;
    }
    switch (Column(section)) {
    case Column::Code:
        return tr("Code");
    case Column::Label:
        return tr("Label");
    case Column::Weight:
        return tr("Weight");
    case Column::ScaleMin:
        return tr("Minimum");
    case Column::ScaleMax:
        return tr("Maximum");
    case Column::Levels:
        return tr("Descriptors");
    case Column::Count:
        break;
    }
    return {};
}

Qt::ItemFlags GridEditorModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && Column(index.column()) != Column::Levels) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

bool GridEditorModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return false;
    }
    Criterion& criterion = m_criteria[index.row()];
    bool ok = true;
    switch (Column(index.column())) {
    case Column::Code:
        criterion.code = value.toString().trimmed();
        break;
    case Column::Label:
        criterion.label = value.toString().trimmed();
        break;
    case Column::Weight: {
        const double weight = value.toDouble(&ok);
        if (!ok || weight < 0) {
            return false;
        }
        criterion.weight = weight;
        break;
    }
    case Column::ScaleMin:
    case Column::ScaleMax: {
        const int bound = value.toInt(&ok);
        if (!ok) {
            return false;
        }
        (Column(index.column()) == Column::ScaleMin ? criterion.scaleMin : criterion.scaleMax) = bound;
        fitLevels(criterion);
        break;
    }
    case Column::Levels:
    case Column::Count:
        return false;
    }
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), int(Column::Count) - 1));
    Q_EMIT criteriaChanged();
    return true;
}

} // namespace Palier
