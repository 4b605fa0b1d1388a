// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrerequisitesModel.h"

#include <QColor>
#include <QLocale>

namespace Palier {

Result<void> PrerequisitesModel::load(const Database* db, qint64 establishmentId)
{
    beginResetModel();
    m_db = db;
    m_establishmentId = establishmentId;
    m_rows.clear();
    m_data = {};
    Result<EstablishmentPrerequisites> read = db && establishmentId >= 0
                                                  ? establishmentPrerequisites(*db, establishmentId)
                                                  : Result<EstablishmentPrerequisites>(EstablishmentPrerequisites{});
    if (read) {
        m_data = read.value();
        for (const PrerequisiteAssessment& prerequisite : std::as_const(m_data.prerequisites)) {
            for (const IndicatorAssessment& indicator : prerequisite.indicators) {
                m_rows.append({prerequisite.code, QStringLiteral("%1 – %2").arg(prerequisite.code, prerequisite.label),
                               indicator});
            }
        }
    }
    endResetModel();
    if (!read) {
        return read.error();
    }
    return {};
}

int PrerequisitesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PrerequisitesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QColor PrerequisitesModel::statusColor(IndicatorStatus status)
{
    switch (status) {
    case IndicatorStatus::Reached:
        return QColor(QStringLiteral("#1b5e20"));
    case IndicatorStatus::NotReached:
        return QColor(QStringLiteral("#b71c1c"));
    case IndicatorStatus::Missing:
        break;
    }
    return QColor(QStringLiteral("#757575"));
}

QString PrerequisitesModel::display(const Row& row, Column column) const
{
    const IndicatorAssessment& a = row.assessment;
    const bool boolean = a.indicator.valueType == IndicatorValueType::Boolean;
    const auto number = [boolean](double value) {
        return boolean ? (value != 0 ? tr("yes") : tr("no")) : QLocale().toString(value, 'g', 6);
    };
    switch (column) {
    case Column::Prerequisite:
        return row.prerequisite;
    case Column::Indicator:
        return QStringLiteral("%1 %2").arg(a.indicator.code, a.indicator.label);
    case Column::Value:
        return a.value ? number(*a.value) : QString();
    case Column::Target:
        return number(a.indicator.target);
    case Column::Status:
        return indicatorStatusLabel(a.status);
    case Column::Count:
        break;
    }
    return {};
}

QVariant PrerequisitesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        // The codes keep the panel narrow; the tooltip gives the whole names.
        if (column == Column::Prerequisite) {
            return row.prerequisiteCode;
        }
        return display(row, column);
    case Qt::ToolTipRole:
        return display(row, column);
    case Qt::EditRole:
        if (column == Column::Value) {
            return row.assessment.value ? QVariant(*row.assessment.value) : QVariant(QString());
        }
        return display(row, column);
    case Qt::ForegroundRole:
        return column == Column::Status ? QVariant(statusColor(row.assessment.status)) : QVariant();
    case Qt::TextAlignmentRole:
        return column == Column::Value || column == Column::Target
                   ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    default:
        return {};
    }
}

QVariant PrerequisitesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(section)) {
    case Column::Prerequisite:
        return tr("Prerequisite");
    case Column::Indicator:
        return tr("Indicator");
    case Column::Value:
        return tr("Value");
    case Column::Target:
        return tr("Target");
    case Column::Status:
        return tr("Status");
    case Column::Count:
        break;
    }
    return {};
}

Qt::ItemFlags PrerequisitesModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && Column(index.column()) == Column::Value && m_db) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

bool PrerequisitesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !m_db || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        Column(index.column()) != Column::Value) {
        return false;
    }
    const QString code = m_rows.at(index.row()).assessment.indicator.code;
    const QString text = value.toString().trimmed();
    Result<void> written;
    if (text.isEmpty()) {
        written = clearIndicatorValue(*m_db, m_establishmentId, code);
    } else {
        bool ok = false;
        double number = value.toDouble(&ok);
        if (!ok) {
            number = QLocale().toDouble(text, &ok);
        }
        if (!ok) {
            Q_EMIT writeFailed(tr("“%1” is not a number.").arg(text));
            return false;
        }
        written = setIndicatorValue(*m_db, m_establishmentId, code, {number, QDate::currentDate(), {}});
    }
    if (!written) {
        Q_EMIT writeFailed(written.error().message);
        return false;
    }
    // The status of the prerequisite and the eligibility may change with one value: read them again.
    if (Result<void> reloaded = load(m_db, m_establishmentId); !reloaded) {
        Q_EMIT writeFailed(reloaded.error().message);
    }
    return true;
}

} // namespace Palier
