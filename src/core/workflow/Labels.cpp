// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/Labels.h"

#include "db/Database.h"
#include "db/RowVersion.h"
#include "workflow/StateChange.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace Palier {

namespace {

struct LabelText
{
    Q_DECLARE_TR_FUNCTIONS(Palier::Labels)
};

Result<QList<Label>> readLabels(QSqlQuery& query)
{
    QList<Label> labels;
    while (query.next()) {
        labels.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    }
    // “À discuter” next to “A…”, not after “Z”, whatever the locale of the C library (C in scripts and tests).
    const auto key = [](const QString& name) {
        QString folded;
        for (const QChar c : name.normalized(QString::NormalizationForm_D)) {
            if (c.category() != QChar::Mark_NonSpacing) {
                folded.append(c);
            }
        }
        return folded.toCaseFolded();
    };
    std::sort(labels.begin(), labels.end(), [&](const Label& a, const Label& b) {
        const int order = key(a.name).compare(key(b.name));
        return order != 0 ? order < 0 : a.name < b.name;
    });
    return labels;
}

/// Checks a new name for the label `selfId` (0 for a new label) against the rules and the other labels.
Result<QString> checkName(const Database& db, const QString& name, qint64 selfId)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return Error{QStringLiteral("label.name-empty"), LabelText::tr("A label needs a name."), {}};
    }
    if (trimmed.size() > MaxLabelNameLength) {
        return Error{QStringLiteral("label.name-too-long"),
                     LabelText::tr("The label name “%1” is too long: keep it to %2 characters.")
                         .arg(trimmed)
                         .arg(MaxLabelNameLength),
                     {}};
    }
    Result<QList<Label>> labels = listLabels(db);
    if (!labels) {
        return labels.error();
    }
    for (const Label& other : labels.value()) {
        if (other.id != selfId && other.name.compare(trimmed, Qt::CaseInsensitive) == 0) {
            return Error{QStringLiteral("label.duplicate"),
                         LabelText::tr("A label named “%1” already exists. Choose another name.").arg(other.name),
                         {}};
        }
    }
    return trimmed;
}

Result<QString> checkColor(const QString& color)
{
    if (!isValidLabelColor(color)) {
        return Error{QStringLiteral("label.bad-color"),
                     LabelText::tr("“%1” is not a colour: write it #RRGGBB in hexadecimal, e.g. #2980B9.").arg(color),
                     {}};
    }
    return color.toUpper();
}

Error unknownLabel(qint64 labelId)
{
    return {QStringLiteral("label.unknown"),
            LabelText::tr("The label %1 no longer exists; it may have been deleted.").arg(labelId),
            {}};
}

/// Runs `query`, which changes the label `labelId`; error "label.unknown" when no row was changed.
Result<void> execOnLabel(QSqlQuery& query, qint64 labelId, const QString& failure)
{
    if (!query.exec()) {
        return sqlError(failure, query);
    }
    if (query.numRowsAffected() == 0) {
        return unknownLabel(labelId);
    }
    return {};
}

Result<void> requireLabel(const Database& db, qint64 labelId)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM label WHERE id = ?"));
    query.addBindValue(labelId);
    if (!query.exec()) {
        return sqlError(LabelText::tr("Cannot read the labels."), query);
    }
    return query.next() ? Result<void>() : Result<void>(unknownLabel(labelId));
}

/// Attaches (or detaches) the label to every file, all or nothing.
Result<int> setLabel(const Database& db, qint64 labelId, const QList<qint64>& candidatureIds, bool attach)
{
    TransactionGuard transaction(db);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    if (Result<void> exists = requireLabel(db, labelId); !exists) {
        return exists.error();
    }
    Result<QList<WorkflowFile>> files = loadWorkflowFiles(db, candidatureIds);
    if (!files) {
        return files.error();
    }
    QSqlQuery query(db.connection());
    query.prepare(attach ? QStringLiteral("INSERT INTO candidature_label (candidature_id, label_id) VALUES (?, ?) "
                                          "ON CONFLICT DO NOTHING")
                         : QStringLiteral("DELETE FROM candidature_label WHERE candidature_id = ? AND label_id = ?"));
    int changed = 0;
    for (const WorkflowFile& file : files.value()) {
        query.addBindValue(file.id);
        query.addBindValue(labelId);
        if (!query.exec()) {
            return sqlError(LabelText::tr("Cannot change the labels of the file %1.").arg(file.id), query);
        }
        changed += query.numRowsAffected() > 0 ? 1 : 0;
    }
    if (Result<void> committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return changed;
}

} // namespace

bool isValidLabelColor(const QString& color)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    return pattern.match(color).hasMatch();
}

Result<QList<Label>> listLabels(const Database& db)
{
    QSqlQuery query(db.connection());
    setSequentialReading(query);
    if (!query.exec(QStringLiteral("SELECT id, name, color FROM label"))) {
        return sqlError(LabelText::tr("Cannot read the labels."), query);
    }
    return readLabels(query);
}

Result<Label> createLabel(const Database& db, const QString& name, const QString& color)
{
    Result<QString> checkedName = checkName(db, name, 0);
    if (!checkedName) {
        return checkedName.error();
    }
    Result<QString> checkedColor = checkColor(color);
    if (!checkedColor) {
        return checkedColor.error();
    }
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("INSERT INTO label (name, color) VALUES (?, ?)"));
    query.addBindValue(checkedName.value());
    query.addBindValue(checkedColor.value());
    if (!query.exec()) {
        return sqlError(LabelText::tr("Cannot create the label “%1”.").arg(checkedName.value()), query);
    }
    return Label{query.lastInsertId().toLongLong(), checkedName.value(), checkedColor.value()};
}

namespace {

/// Runs `query` (an UPDATE of the label `labelId`); with an expected version, in a transaction that it confirms
/// (RowVersion.h): a colleague's change made since the version was read refuses it with "db.conflict".
Result<void> updateLabel(const Database& db, QSqlQuery& query, qint64 labelId, std::optional<qint64> expectedVersion,
                         const QString& failure)
{
    if (!expectedVersion) {
        return execOnLabel(query, labelId, failure);
    }
    TransactionGuard guard(db);
    if (!guard.started()) {
        return guard.started().error();
    }
    if (Result<void> done = execOnLabel(query, labelId, failure); !done) {
        return done;
    }
    if (Result<qint64> confirmed = confirmUpdatedVersion(db, QStringLiteral("label"), labelId, *expectedVersion);
        !confirmed) {
        return confirmed.error();
    }
    return guard.commit();
}

} // namespace

Result<void> renameLabel(const Database& db, qint64 labelId, const QString& name, std::optional<qint64> expectedVersion)
{
    Result<QString> checked = checkName(db, name, labelId);
    if (!checked) {
        return checked.error();
    }
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("UPDATE label SET name = ? WHERE id = ?"));
    query.addBindValue(checked.value());
    query.addBindValue(labelId);
    return updateLabel(db, query, labelId, expectedVersion,
                       LabelText::tr("Cannot rename the label “%1”.").arg(checked.value()));
}

Result<void> recolorLabel(const Database& db, qint64 labelId, const QString& color,
                          std::optional<qint64> expectedVersion)
{
    Result<QString> checked = checkColor(color);
    if (!checked) {
        return checked.error();
    }
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("UPDATE label SET color = ? WHERE id = ?"));
    query.addBindValue(checked.value());
    query.addBindValue(labelId);
    return updateLabel(db, query, labelId, expectedVersion, LabelText::tr("Cannot change the colour of the label."));
}

Result<void> deleteLabel(const Database& db, qint64 labelId)
{
    // candidature_label rows go with it (ON DELETE CASCADE).
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("DELETE FROM label WHERE id = ?"));
    query.addBindValue(labelId);
    return execOnLabel(query, labelId, LabelText::tr("Cannot delete the label."));
}

Result<int> labelUsage(const Database& db, qint64 labelId)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM candidature_label WHERE label_id = ?"));
    query.addBindValue(labelId);
    if (!query.exec() || !query.next()) {
        return sqlError(LabelText::tr("Cannot read the labels."), query);
    }
    return query.value(0).toInt();
}

Result<int> attachLabel(const Database& db, qint64 labelId, const QList<qint64>& candidatureIds)
{
    return setLabel(db, labelId, candidatureIds, true);
}

Result<int> detachLabel(const Database& db, qint64 labelId, const QList<qint64>& candidatureIds)
{
    return setLabel(db, labelId, candidatureIds, false);
}

Result<QList<Label>> labelsOf(const Database& db, qint64 candidatureId)
{
    QSqlQuery query(db.connection());
    setSequentialReading(query);
    query.prepare(QStringLiteral("SELECT l.id, l.name, l.color FROM label l "
                                 "JOIN candidature_label cl ON cl.label_id = l.id WHERE cl.candidature_id = ?"));
    query.addBindValue(candidatureId);
    if (!query.exec()) {
        return sqlError(LabelText::tr("Cannot read the labels of the file %1.").arg(candidatureId), query);
    }
    return readLabels(query);
}

Result<QHash<qint64, QList<qint64>>> labelIdsByCandidature(const Database& db)
{
    QSqlQuery query(db.connection());
    setSequentialReading(query);
    if (!query.exec(QStringLiteral("SELECT candidature_id, label_id FROM candidature_label "
                                   "ORDER BY candidature_id, label_id"))) {
        return sqlError(LabelText::tr("Cannot read the labels."), query);
    }
    QHash<qint64, QList<qint64>> result;
    while (query.next()) {
        result[query.value(0).toLongLong()].append(query.value(1).toLongLong());
    }
    return result;
}

} // namespace Palier
