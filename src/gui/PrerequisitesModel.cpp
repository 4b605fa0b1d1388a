// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrerequisitesModel.h"

#include "ConflictDialog.h"
#include "Formats.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QLocale>
#include <QPushButton>

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
    const IndicatorAssessment& read = m_rows.at(index.row()).assessment;
    const StoredIndicatorValue base{read.value, read.measuredOn, read.evidence, read.version};
    StoredIndicatorValue mine = base;
    const QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        mine = {};
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
        // A new value is measured today; the evidence given with the value stays.
        mine.value = number;
        mine.measuredOn = QDate::currentDate();
    }
    const std::optional<IndicatorValueInput> input =
        mine.value
            ? std::optional<IndicatorValueInput>(IndicatorValueInput{*mine.value, mine.measuredOn, mine.evidence})
            : std::nullopt;
    StoredIndicatorValue now;
    const Result<qint64> written =
        writeIndicatorValue(*m_db, m_establishmentId, read.indicator.code, input, base.version, &now);
    if (!written && written.error().code == QLatin1String("db.conflict")) {
        // Nothing written: the panel shows the value as someone else left it, and once the editor is closed, the
        // dialog shows both for the user to choose.
        Conflict conflict{m_establishmentId, read.indicator, base, mine, now};
        reload();
        QMetaObject::invokeMethod(
            this, [this, conflict] { resolveConflict(conflict); }, Qt::QueuedConnection);
        return false;
    }
    if (!written) {
        Q_EMIT writeFailed(written.error().message);
        return false;
    }
    // The status of the prerequisite and the eligibility may change with one value: read them again.
    reload();
    return true;
}

void PrerequisitesModel::reload()
{
    if (Result<void> reloaded = load(m_db, m_establishmentId); !reloaded) {
        Q_EMIT writeFailed(reloaded.error().message);
    }
}

QString PrerequisitesModel::valueText(const PrerequisiteIndicator& indicator, const std::optional<double>& value) const
{
    if (!value) {
        return tr("(not filled in)");
    }
    if (indicator.valueType == IndicatorValueType::Boolean) {
        return *value != 0 ? tr("yes") : tr("no");
    }
    return QLocale().toString(*value, 'g', 6);
}

namespace {

bool sameValue(const StoredIndicatorValue& a, const StoredIndicatorValue& b)
{
    return a.value == b.value && a.measuredOn == b.measuredOn && a.evidence.trimmed() == b.evidence.trimmed();
}

} // namespace

void PrerequisitesModel::resolveConflict(Conflict conflict)
{
    const auto evidenceText = [](const QString& evidence) {
        return evidence.trimmed().isEmpty() ? tr("(none)") : evidence.trimmed();
    };
    for (;;) {
        if (!m_db || sameValue(conflict.mine, conflict.theirs)) {
            Q_EMIT conflictResolved(false); // someone else entered just what the user wanted
            return;
        }
        const StoredIndicatorValue& base = conflict.base;
        const StoredIndicatorValue& mine = conflict.mine;
        const StoredIndicatorValue& theirs = conflict.theirs;
        // Each part that differs between theirs and the user's, with who changed it since the panel was read. The
        // date a value was measured goes with it.
        const auto measured = [this, &conflict](const StoredIndicatorValue& v) {
            const QString value = valueText(conflict.indicator, v.value);
            return v.value && v.measuredOn.isValid()
                       ? tr("%1, measured on %2").arg(value, Formats::shortDate(v.measuredOn))
                       : value;
        };
        QList<ConflictDialog::Field> fields;
        const bool showValue = mine.value != theirs.value || mine.measuredOn != theirs.measuredOn;
        if (showValue) {
            fields.append({tr("Value"), theirs.value ? QVariant(*theirs.value) : QVariant(),
                           mine.value ? QVariant(*mine.value) : QVariant(), measured(theirs), measured(mine),
                           base.value != theirs.value || base.measuredOn != theirs.measuredOn,
                           base.value != mine.value || base.measuredOn != mine.measuredOn});
        }
        const bool showEvidence = mine.value && theirs.value && mine.evidence.trimmed() != theirs.evidence.trimmed();
        if (showEvidence) {
            fields.append({tr("Evidence"), theirs.evidence.trimmed(), mine.evidence.trimmed(),
                           evidenceText(theirs.evidence), evidenceText(mine.evidence),
                           base.evidence.trimmed() != theirs.evidence.trimmed(),
                           base.evidence.trimmed() != mine.evidence.trimmed()});
        }
        const LastChange last = lastIndicatorValueChange(*m_db, conflict.establishmentId, conflict.indicator.code);
        const QString name = m_data.establishmentId == conflict.establishmentId
                                 ? tr("%1 – %2").arg(m_data.name, conflict.indicator.code)
                                 : conflict.indicator.code;
        ConflictDialog dialog(name, last.user, last.at, fields, qobject_cast<QWidget*>(QObject::parent()));
        if (auto* buttons = dialog.findChild<QDialogButtonBox*>()) {
            buttons->button(QDialogButtonBox::Cancel)
                ->setToolTip(tr("Save nothing: the panel shows the value as it is in the database now"));
        }
        if (dialog.run() != QDialog::Accepted || !m_db) {
            Q_EMIT conflictResolved(false); // the panel shows theirs already
            return;
        }
        StoredIndicatorValue chosen = theirs;
        if (showValue && dialog.keepsYours(0)) {
            chosen = mine; // the user's value, with its date and evidence
            if (showEvidence && !dialog.keepsYours(1)) {
                chosen.evidence = theirs.evidence;
            }
        } else if (showEvidence && dialog.keepsYours(showValue ? 1 : 0)) {
            chosen.evidence = mine.evidence;
        }
        chosen.version = theirs.version;
        if (sameValue(chosen, theirs)) {
            Q_EMIT conflictResolved(true);
            return; // theirs kept: nothing to write
        }
        const std::optional<IndicatorValueInput> input =
            chosen.value ? std::optional<IndicatorValueInput>(
                               IndicatorValueInput{*chosen.value, chosen.measuredOn, chosen.evidence})
                         : std::nullopt;
        StoredIndicatorValue now;
        const Result<qint64> written =
            writeIndicatorValue(*m_db, conflict.establishmentId, conflict.indicator.code, input, theirs.version, &now);
        if (written || written.error().code != QLatin1String("db.conflict")) {
            if (m_establishmentId == conflict.establishmentId) {
                reload();
            }
            if (!written) {
                Q_EMIT writeFailed(written.error().message);
            }
            Q_EMIT conflictResolved(bool(written));
            return;
        }
        // Changed once more while the dialog was open: the choices are compared with the newest value.
        if (m_establishmentId == conflict.establishmentId) {
            reload();
        }
        conflict.base = theirs;
        conflict.mine = chosen;
        conflict.theirs = now;
    }
}

} // namespace Palier
