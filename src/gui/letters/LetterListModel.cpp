// SPDX-License-Identifier: GPL-3.0-or-later
#include "LetterListModel.h"

#include "Formats.h"

#include <QBrush>
#include <QColor>

namespace Palier {

Result<void> LetterListModel::load(const Database& db)
{
    Result<LetterContext> context = loadLetterContext(db);
    if (!context) {
        clear();
        return context.error();
    }
    setRows(std::move(context->cases));
    return {};
}

QString LetterListModel::countText(int shown, int total) const
{
    return shown == total ? tr("%Ln letter(s)", nullptr, total) : tr("%1 of %Ln letter(s)", nullptr, total).arg(shown);
}

QString LetterListModel::rowName(int row) const
{
    return rowAt(row).name;
}

qint64 LetterListModel::recordId(int row) const
{
    return rowAt(row).establishmentId;
}

QString LetterListModel::statusText(const LetterCase& letter)
{
    if (!letter.problems.isEmpty()) {
        return tr("Not ready: %1").arg(letter.problems.join(QStringLiteral("; ")));
    }
    if (letter.lastSentAt.isValid()) {
        return tr("Sent on %1 (version %2)")
            .arg(Formats::shortDate(letter.lastSentAt.toLocalTime().date()))
            .arg(letter.lastVersion);
    }
    if (letter.lastVersion > 0) {
        return tr("Generated on %1 (version %2), not sent")
            .arg(Formats::shortDate(letter.lastGeneratedAt.toLocalTime().date()))
            .arg(letter.lastVersion);
    }
    return tr("To generate");
}

QString LetterListModel::filesText(const LetterCase& letter)
{
    QStringList parts;
    for (const LetterFile& f : letter.files) {
        QString decision;
        switch (f.decision) {
        case FileDecision::Retenu:
            decision = tr("selected");
            break;
        case FileDecision::ListeAttente:
            decision = tr("waiting list");
            break;
        case FileDecision::NonRetenu:
            decision = tr("not selected");
            break;
        case FileDecision::AwaitingDgos:
            decision = tr("awaiting DGOS");
            break;
        }
        parts.append(QStringLiteral("%1 %2").arg(f.domainCode, decision));
    }
    return parts.join(QStringLiteral(", "));
}

QVariant LetterListModel::rowData(const LetterCase& row, Column column, int role) const
{
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole) {
        switch (column) {
        case Column::Finess:
            return row.finess;
        case Column::Establishment:
            return row.name;
        case Column::Letter:
            return letterKindLabel(row.kind);
        case Column::Files:
            return filesText(row);
        case Column::Amount:
            if (role == SortRole) {
                return row.totalCents;
            }
            return row.kind == LetterKind::Retenu ? Formats::amount(row.totalCents) : QString();
        case Column::Status:
            return statusText(row);
        case Column::Count:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && column == Column::Amount) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ForegroundRole && column == Column::Status && !row.problems.isEmpty()) {
        return QBrush(QColor(0xb0, 0x30, 0x20));
    }
    if (role == Qt::ToolTipRole && column == Column::Status) {
        return statusText(row);
    }
    return {};
}

QVariant LetterListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return RowTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Column::Finess:
        return tr("FINESS");
    case Column::Establishment:
        return tr("Establishment");
    case Column::Letter:
        return tr("Letter");
    case Column::Files:
        return tr("Files");
    case Column::Amount:
        return tr("Amount granted");
    case Column::Status:
        return tr("Status");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace Palier
