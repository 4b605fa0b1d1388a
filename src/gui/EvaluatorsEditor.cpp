// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvaluatorsEditor.h"
#include "db/RowVersion.h"
#include <QSqlQuery>

#include "db/Database.h"
#include "scoring/ScoreStore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Palier {

namespace {
constexpr int IdRole = Qt::UserRole; ///< 0 for an evaluator added here
}

EvaluatorsEditor::EvaluatorsEditor(const Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_list(new QListWidget(this))
    , m_addButton(new QPushButton(tr("&Add"), this))
    , m_renameButton(new QPushButton(tr("Re&name"), this))
    , m_removeButton(new QPushButton(tr("Remo&ve"), this))
    , m_note(new QLabel(this))
{
    m_list->setObjectName(QStringLiteral("evaluatorsListWidget"));
    m_list->setAccessibleName(tr("Evaluators"));
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_addButton->setObjectName(QStringLiteral("addEvaluatorButton"));
    m_renameButton->setObjectName(QStringLiteral("renameEvaluatorButton"));
    m_removeButton->setObjectName(QStringLiteral("removeEvaluatorButton"));
    m_note->setObjectName(QStringLiteral("evaluatorNoteLabel"));
    m_note->setWordWrap(true);

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_renameButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_note);
    setTabOrder(m_list, m_addButton);
    setTabOrder(m_addButton, m_renameButton);
    setTabOrder(m_renameButton, m_removeButton);
    setFocusProxy(m_list);

    connect(m_addButton, &QPushButton::clicked, this, &EvaluatorsEditor::add);
    connect(m_renameButton, &QPushButton::clicked, this, &EvaluatorsEditor::rename);
    connect(m_removeButton, &QPushButton::clicked, this, &EvaluatorsEditor::remove);
    connect(m_list, &QListWidget::currentItemChanged, this, &EvaluatorsEditor::updateButtons);
    load();
}

void EvaluatorsEditor::load()
{
    m_list->clear();
    m_stored.clear();
    m_removed.clear();
    const Result<QList<Evaluator>> evaluators = loadEvaluators(m_db);
    const Result<QHash<qint64, int>> scores = scoreCountByEvaluator(m_db);
    if (!evaluators || !scores) {
        m_note->setText((evaluators ? scores.error() : evaluators.error()).message);
        setEnabled(false);
        return;
    }
    m_scores = scores.value();
    for (const Evaluator& evaluator : evaluators.value()) {
        m_stored.insert(evaluator.id, evaluator.name);
        const Result<qint64> version = rowVersion(m_db, QStringLiteral("evaluator"), evaluator.id);
        m_versions.insert(evaluator.id, version ? version.value() : 0);
        auto* item = new QListWidgetItem(evaluator.name, m_list);
        item->setData(IdRole, evaluator.id);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_list->setCurrentRow(0);
    updateButtons();
}

void EvaluatorsEditor::add()
{
    auto* item = new QListWidgetItem(tr("New evaluator"), m_list);
    item->setData(IdRole, 0);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_list->setCurrentItem(item);
    m_list->editItem(item);
}

void EvaluatorsEditor::rename()
{
    if (QListWidgetItem* item = m_list->currentItem()) {
        m_list->editItem(item);
    }
}

void EvaluatorsEditor::remove()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item || m_scores.value(item->data(IdRole).toLongLong()) > 0) {
        return;
    }
    if (const qint64 id = item->data(IdRole).toLongLong(); id != 0) {
        m_removed.append(id);
    }
    delete item;
    updateButtons();
}

void EvaluatorsEditor::updateButtons()
{
    const QListWidgetItem* item = m_list->currentItem();
    const int scores = item ? m_scores.value(item->data(IdRole).toLongLong()) : 0;
    m_renameButton->setEnabled(item != nullptr);
    m_removeButton->setEnabled(item != nullptr && scores == 0);
    m_note->setText(
        scores > 0
            ? tr("“%1” entered %Ln score(s): they can be renamed, not removed.", nullptr, scores).arg(item->text())
            : QString());
}

bool EvaluatorsEditor::hasChanges() const
{
    if (!m_removed.isEmpty()) {
        return true;
    }
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        const qint64 id = item->data(IdRole).toLongLong();
        if (id == 0 || m_stored.value(id) != item->text()) {
            return true;
        }
    }
    return false;
}

Result<void> EvaluatorsEditor::apply()
{
    if (!hasChanges()) {
        return {};
    }
    Result<void> done;
    {
        TransactionGuard transaction(m_db);
        done = transaction.started();
        if (done) {
            done = write();
        }
        if (done) {
            done = transaction.commit();
        }
    } // rolled back here when it failed
    if (!done && done.error().code == QLatin1String("db.conflict")) {
        done = renameConflict(m_conflict.first, m_conflict.second);
    }
    // Written, or refused because a colleague renamed an evaluator meanwhile: the list shows what is stored now.
    if (done || done.error().code == QLatin1String("db.conflict")) {
        load();
    }
    return done;
}

Error EvaluatorsEditor::renameConflict(qint64 id, const QString& yours) const
{
    // Both names said; the list, read again after the rollback, shows theirs for the user to rename again.
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT name FROM evaluator WHERE id = ?"));
    query.addBindValue(id);
    const QString theirs = query.exec() && query.next() ? query.value(0).toString() : QString();
    const LastChange last = lastChange(m_db, QStringLiteral("evaluator"), id);
    return Error{QStringLiteral("db.conflict"),
                 tr("%1 renamed the evaluator “%2” to “%3” while you were editing the list, and you named them “%4”. "
                    "Nothing was saved: the list now shows the names as they are; rename them again to keep yours.")
                     .arg(last.user.isEmpty() ? tr("Someone else") : last.user, m_stored.value(id), theirs, yours),
                 {}};
}

Result<void> EvaluatorsEditor::write()
{
    for (qint64 id : std::as_const(m_removed)) {
        if (Result<void> removed = removeEvaluator(m_db, id); !removed) {
            return removed;
        }
    }
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        const qint64 id = item->data(IdRole).toLongLong();
        if (id == 0) {
            if (Result<qint64> created = createEvaluator(m_db, item->text()); !created) {
                return created.error();
            }
        } else if (m_stored.value(id) != item->text()) {
            if (Result<void> renamed = renameEvaluator(m_db, id, item->text(), m_versions.value(id)); !renamed) {
                if (renamed.error().code == QLatin1String("db.conflict")) {
                    m_conflict = {id, item->text()}; // said once rolled back, with the name stored then
                }
                return renamed;
            }
        }
    }
    return {};
}

} // namespace Palier
