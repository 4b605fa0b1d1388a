// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLogModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Palier {

namespace {

QString valueText(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined()) {
        return QStringLiteral("∅");
    }
    if (value.isDouble()) {
        return QLocale().toString(value.toDouble(), 'g', 12);
    }
    return value.toVariant().toString();
}

/// What the entity is, in the user's words; an entity of a later Palier shows as stored.
QString entityName(const QString& entity)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("candidature"), QT_TRANSLATE_NOOP("Palier::AuditLogModel", "Application")},
        {QStringLiteral("score"), QT_TRANSLATE_NOOP("Palier::AuditLogModel", "Score")},
        {QStringLiteral("scoring_grid"), QT_TRANSLATE_NOOP("Palier::AuditLogModel", "Scoring grid")},
        {QStringLiteral("criterion"), QT_TRANSLATE_NOOP("Palier::AuditLogModel", "Criterion and weight")},
        {QStringLiteral("indicator_value"), QT_TRANSLATE_NOOP("Palier::AuditLogModel", "Indicator value")},
        {QStringLiteral("candidature_label"), QT_TRANSLATE_NOOP("Palier::AuditLogModel", "Label on an application")},
        {QStringLiteral("setting"), QT_TRANSLATE_NOOP("Palier::AuditLogModel", "Setting")},
        {QStringLiteral("roadmap"), QT_TRANSLATE_NOOP("Palier::AuditLogModel", "Roadmap")},
        {QStringLiteral("envelope_year"), QT_TRANSLATE_NOOP("Palier::AuditLogModel", "Envelope of a year")},
        {QStringLiteral("roadmap_axis"), QT_TRANSLATE_NOOP("Palier::AuditLogModel", "Priority axis")},
        {QStringLiteral("roadmap_share"), QT_TRANSLATE_NOOP("Palier::AuditLogModel", "Planned split")},
        {QStringLiteral("forfait"), QT_TRANSLATE_NOOP("Palier::AuditLogModel", "Forfait")},
        {QStringLiteral("amount_override"), QT_TRANSLATE_NOOP("Palier::AuditLogModel", "Amount set by hand")},
        {QStringLiteral("preselection_run"), QT_TRANSLATE_NOOP("Palier::AuditLogModel", "Preselection version")},
        {QStringLiteral("letter_template"), QT_TRANSLATE_NOOP("Palier::AuditLogModel", "Letter template")},
        {QStringLiteral("letter"), QT_TRANSLATE_NOOP("Palier::AuditLogModel", "Letter")},
    };
    const char* name = names.value(entity);
    return name ? QCoreApplication::translate("Palier::AuditLogModel", name) : entity;
}

} // namespace

Result<void> AuditLogModel::load(const Database& db, int limit)
{
    Result<QList<AuditEntry>> entries = auditEntries(db, {}, std::nullopt, limit);
    if (!entries) {
        return entries.error();
    }
    beginResetModel();
    m_entries = std::move(entries).value();
    endResetModel();
    return {};
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogModel::describeChange(const AuditEntry& entry)
{
    const QJsonObject before = QJsonDocument::fromJson(entry.before.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(entry.after.toUtf8()).object();
    QStringList parts;
    if (entry.action == QLatin1String("update")) {
        for (auto it = after.begin(); it != after.end(); ++it) {
            if (before.value(it.key()) != it.value()) {
                parts.append(tr("%1: %2 → %3").arg(it.key(), valueText(before.value(it.key())), valueText(it.value())));
            }
        }
    } else {
        const QJsonObject& row = entry.action == QLatin1String("insert") ? after : before;
        for (auto it = row.begin(); it != row.end(); ++it) {
            parts.append(tr("%1: %2").arg(it.key(), valueText(it.value())));
        }
    }
    return parts.join(QStringLiteral("; "));
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    const AuditEntry& entry = m_entries.at(index.row());
    switch (Column(index.column())) {
    case When:
        return QLocale().toString(QDateTime::fromString(entry.at, Qt::ISODateWithMs).toLocalTime(),
                                  QLocale::ShortFormat);
    case User:
        return entry.user.isEmpty() ? tr("(outside Palier)") : entry.user;
    case Entity:
        return entityName(entry.entity);
    case Id:
        return entry.entityId;
    case Action:
        if (entry.action == QLatin1String("insert")) {
            return tr("Created");
        }
        return entry.action == QLatin1String("update") ? tr("Changed") : tr("Deleted");
    case Change:
        return describeChange(entry);
    case Reason:
        return entry.reason;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case When:
        return tr("When");
    case User:
        return tr("Who");
    case Entity:
        return tr("What");
    case Id:
        return tr("Number");
    case Action:
        return tr("Action");
    case Change:
        return tr("Change");
    case Reason:
        return tr("Reason");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Palier
