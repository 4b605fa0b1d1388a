// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreviewModel.h"

namespace Palier {

namespace {

/// "A", "B", … "Z", "AA": the letters a spreadsheet gives column `column` (0-based).
QString columnLetters(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26) {
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    }
    return letters;
}

} // namespace

void PreviewModel::setPreview(const TablePreview& preview)
{
    beginResetModel();
    m_preview = preview;
    m_columns = int(m_preview.header.size());
    for (const SourceRow& row : std::as_const(m_preview.rows)) {
        m_columns = qMax(m_columns, int(row.cells.size()));
    }
    endResetModel();
}

int PreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int PreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant PreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        return m_preview.rows.at(index.row()).cells.value(index.column());
    }
    return {};
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::ToolTipRole && orientation == Qt::Vertical && section >= 0 && section < rowCount()) {
        return tr("Line %1 of the file").arg(m_preview.rows.at(section).line);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (orientation == Qt::Vertical) {
        return section >= 0 && section < rowCount() ? QVariant(m_preview.rows.at(section).line) : QVariant();
    }
    if (section < 0 || section >= m_columns) {
        return {};
    }
    const QString name = m_preview.header.value(section).trimmed();
    return name.isEmpty() ? genericColumnName(section) : name;
}

QStringList PreviewModel::columnNames() const
{
    QStringList names;
    for (int column = 0; column < m_columns; ++column) {
        names.append(headerData(column, Qt::Horizontal).toString());
    }
    return names;
}

QString PreviewModel::genericColumnName(int column)
{
    return tr("Column %1 (%2)").arg(column + 1).arg(columnLetters(column));
}

} // namespace Palier
