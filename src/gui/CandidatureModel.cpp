// SPDX-License-Identifier: GPL-3.0-or-later
// The model of the candidatures page: its columns, editing and display. Its reading is in
// CandidatureModelReading.cpp.
#include "CandidatureModel.h"

#include "CandidatureFlags.h"
#include "CollatedRanks.h"
#include "Formats.h"
#include "db/Database.h"

#include <QColor>
#include <QFutureWatcher>
#include <QSqlError>
#include <QSqlQuery>

namespace Palier {

namespace {

QString sqlColumn(CandidatureColumn column)
{
    switch (column) {
    case CandidatureColumn::Title:
        return QStringLiteral("title");
    case CandidatureColumn::Requested:
        return QStringLiteral("requested_cents");
    case CandidatureColumn::State:
        return QStringLiteral("state");
    case CandidatureColumn::Submitted:
        return QStringLiteral("submitted_on");
    case CandidatureColumn::Vendor:
        return QStringLiteral("vendor");
    case CandidatureColumn::PlannedStart:
        return QStringLiteral("planned_start");
    case CandidatureColumn::PlannedEnd:
        return QStringLiteral("planned_end");
    case CandidatureColumn::Establishment:
    case CandidatureColumn::Domain:
    case CandidatureColumn::Eligible:
    case CandidatureColumn::Labels:
    case CandidatureColumn::Count:
        break;
    }
    return {};
}

/// The value bound for a column: ISO dates, whole cents, NULL for an empty optional value.
QVariant sqlValue(CandidatureColumn column, const QVariant& value)
{
    switch (column) {
    case CandidatureColumn::Requested:
        return value.toLongLong();
    case CandidatureColumn::Submitted:
    case CandidatureColumn::PlannedStart:
    case CandidatureColumn::PlannedEnd: {
        const QDate date = value.toDate();
        return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
    }
    default: {
        const QString text = value.toString().trimmed();
        return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
    }
    }
}

} // namespace

CandidatureModel::CandidatureModel(QObject* parent)
    : RowTableModel(parent)
{}

CandidatureModel::~CandidatureModel()
{
    stopLoading();
    stopEligibility();
}

bool CandidatureModel::isEligible(int row) const
{
    return row >= 0 && row < rowCount() && m_eligible.value(rowAt(row).establishmentId, false);
}

Result<void> CandidatureModel::updateRecord(const Database& db, qint64 id, const QList<FieldValue>& values)
{
    QStringList assignments;
    for (const FieldValue& value : values) {
        assignments.append(sqlColumn(Column(value.column)) + QLatin1String(" = ?"));
    }
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("UPDATE candidature SET %1 WHERE id = ?").arg(assignments.join(QStringLiteral(", "))));
    for (const FieldValue& value : values) {
        query.addBindValue(sqlValue(Column(value.column), value.value));
    }
    query.addBindValue(id);
    if (!query.exec()) {
        return sqlError(tr("Cannot save the changes to this application."), query);
    }
    return {};
}

QString CandidatureModel::countText(int shown, int total) const
{
    if (m_loading) {
        return shown == total
                   ? tr("%L1 of %Ln application(s), reading the others…", "", m_expectedRows).arg(total)
                   : tr("%L1 shown, %L2 of %Ln application(s) read…", "", m_expectedRows).arg(shown).arg(total);
    }
    if (shown == total) {
        return tr("%Ln application(s)", "", total);
    }
    return tr("%1 of %Ln application(s)", "", total).arg(shown);
}

QString CandidatureModel::rowName(int row) const
{
    const CandidatureRow& candidature = rowAt(row);
    return QStringLiteral("%1 – %2").arg(candidature.establishmentName, candidature.domainCode);
}

qint64 CandidatureModel::recordId(int row) const
{
    return row >= 0 && row < rowCount() ? rowAt(row).id : -1;
}

QString CandidatureModel::versionedTable() const
{
    return QStringLiteral("candidature");
}

qint64 CandidatureModel::recordVersion(int row) const
{
    return row >= 0 && row < rowCount() ? rowAt(row).version : -1;
}

bool CandidatureModel::isColumnEditable(int column) const
{
    // The state changes only through the workflow (Instruction page), which checks the transition and keeps
    // it in the file's history.
    return Column(column) != Column::State && !sqlColumn(Column(column)).isEmpty();
}

QString CandidatureModel::invalidReason(int column, const QVariant& value) const
{
    switch (Column(column)) {
    case Column::Title:
        return value.toString().trimmed().isEmpty() ? tr("The title cannot be empty.") : QString();
    case Column::Requested: {
        bool ok = false;
        const qint64 cents = value.toLongLong(&ok);
        return !ok || cents < 0 ? tr("The requested amount must be zero or more.") : QString();
    }
    case Column::State:
        return value.toString().isEmpty() ? tr("Choose a state.") : QString();
    default:
        return {};
    }
}

QVariant CandidatureModel::editValue(const CandidatureRow& row, Column column) const
{
    switch (column) {
    case Column::Requested:
        return row.requestedCents;
    case Column::State:
        return row.stateCode;
    case Column::Submitted:
        return row.submittedOn;
    case Column::PlannedStart:
        return row.plannedStart;
    case Column::PlannedEnd:
        return row.plannedEnd;
    default:
        return display(row, column);
    }
}

QVariant CandidatureModel::rowData(const CandidatureRow& row, Column column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case SortRole:
        return sortKey(row, column);
    case Qt::EditRole:
        return editValue(row, column);
    case Qt::ToolTipRole:
        // The whole text, since narrow columns cut it, with the vendor under the title.
        if (column == Column::Title && !row.vendor.isEmpty()) {
            return QStringLiteral("%1\n%2").arg(row.title, tr("Vendor: %1").arg(row.vendor));
        }
        if (column == Column::Eligible && m_eligibilityPending) {
            return tr("The eligibility of the establishments is being computed.");
        }
        if (column == Column::Eligible && !m_eligibilityError.isEmpty()) {
            return m_eligibilityError;
        }
        return display(row, column);
    case Qt::TextAlignmentRole:
        if (column == Column::Requested) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::ForegroundRole:
        if (column == Column::Eligible && !m_eligibilityPending && m_eligibilityError.isEmpty()) {
            return QColor(m_eligible.value(row.establishmentId) ? QStringLiteral("#1b5e20")
                                                                : QStringLiteral("#b71c1c"));
        }
        return {};
    case Qt::DecorationRole:
        if (column == Column::Labels && !row.labels.isEmpty()) {
            return QColor(row.labels.constFirst().color);
        }
        return {};
    default:
        return {};
    }
}

QVariant CandidatureModel::display(const CandidatureRow& row, Column column) const
{
    switch (column) {
    case Column::Establishment:
        return row.establishment;
    case Column::Domain:
        return QStringLiteral("%1 – %2").arg(row.domainCode, row.domainLabel);
    case Column::Title:
        return row.title;
    case Column::Requested:
        return Formats::amount(row.requestedCents);
    case Column::Eligible:
        if (m_eligibilityPending) {
            return QStringLiteral("…");
        }
        if (!m_eligibilityError.isEmpty()) {
            return QString();
        }
        return m_eligible.value(row.establishmentId) ? tr("Eligible") : tr("Not eligible");
    case Column::State:
        return row.state;
    case Column::Labels: {
        QStringList names;
        for (const Label& label : row.labels) {
            names.append(label.name);
        }
        return names.join(QStringLiteral(", "));
    }
    case Column::Submitted:
        return Formats::shortDate(row.submittedOn);
    case Column::Vendor:
        return row.vendor;
    case Column::PlannedStart:
        return Formats::shortDate(row.plannedStart);
    case Column::PlannedEnd:
        return Formats::shortDate(row.plannedEnd);
    case Column::Count:
        break;
    }
    return {};
}

QVariant CandidatureModel::sortKey(const CandidatureRow& row, Column column) const
{
    switch (column) {
    case Column::Establishment:
        return row.establishmentRank;
    case Column::Eligible:
        // Eligible first, as their label sorts in both languages; nothing known yet: empty, first.
        if (m_eligibilityPending || !m_eligibilityError.isEmpty()) {
            return {};
        }
        return m_eligible.value(row.establishmentId) ? 0 : 1;
    case Column::Domain:
        return row.domainOrder;
    case Column::Requested:
        return row.requestedCents;
    case Column::State:
        return row.stateOrder;
    case Column::Submitted:
        return row.submittedOn;
    case Column::PlannedStart:
        return row.plannedStart;
    case Column::PlannedEnd:
        return row.plannedEnd;
    default:
        return display(row, column);
    }
}

QVariant CandidatureModel::data(const QModelIndex& index, int role) const
{
    if (role == SortRole && index.isValid() && index.model() == this && !index.parent().isValid()) {
        switch (Column(index.column())) {
        case Column::Title:
        case Column::Labels:
        case Column::Vendor:
            return textRank(index.row(), Column(index.column()));
        default:
            break;
        }
    }
    return RowTableModel::data(index, role);
}

int CandidatureModel::textRank(int row, Column column) const
{
    auto ranks = m_textRanks.constFind(int(column));
    if (ranks == m_textRanks.cend()) {
        QStringList texts;
        texts.reserve(rowCount());
        for (int i = 0; i < rowCount(); ++i) {
            texts.append(display(rowAt(i), column).toString());
        }
        ranks = m_textRanks.insert(int(column), collatedRanks(texts));
    }
    return ranks->value(row);
}

QVariant CandidatureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(section)) {
    case Column::Establishment:
        return tr("Establishment");
    case Column::Domain:
        return tr("Domain");
    case Column::Title:
        return tr("Title");
    case Column::Requested:
        return tr("Requested");
    case Column::Eligible:
        return tr("Eligibility");
    case Column::Labels:
        return tr("Labels");
    case Column::State:
        return tr("State");
    case Column::Submitted:
        return tr("Submitted");
    case Column::Vendor:
        return tr("Vendor");
    case Column::PlannedStart:
        return tr("Planned Start");
    case Column::PlannedEnd:
        return tr("Planned End");
    case Column::Count:
        break;
    }
    return {};
}

QString CandidatureModel::stateLabel(const QString& code, const QString& fallback)
{
    if (code == QLatin1String("recu")) {
        return tr("Received");
    }
    if (code == QLatin1String("recevable")) {
        return tr("Admissible");
    }
    if (code == QLatin1String("irrecevable")) {
        return tr("Inadmissible");
    }
    if (code == QLatin1String("en_instruction")) {
        return tr("Under review");
    }
    if (code == QLatin1String("instruit")) {
        return tr("Reviewed");
    }
    return fallback.isEmpty() ? code : fallback;
}

} // namespace Palier
