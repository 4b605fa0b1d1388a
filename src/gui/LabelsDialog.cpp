// SPDX-License-Identifier: GPL-3.0-or-later
#include "LabelsDialog.h"
#include "ConflictDialog.h"
#include "db/RowVersion.h"
#include "ui_LabelsDialog.h"

#include "MessageBox.h"
#include "workflow/Labels.h"

#include <QColorDialog>
#include <QInputDialog>
#include <QPixmap>
#include <QPushButton>

namespace Palier {

namespace {

constexpr int SwatchSize = 14;
constexpr int IdRole = Qt::UserRole;
constexpr int ColorRole = Qt::UserRole + 1;
constexpr int VersionRole = Qt::UserRole + 2; ///< the label's row_version when its name and colour were read

/// The label's row_version, or 0 when it cannot be read (a save on 0 is then refused as a conflict and read again).
qint64 labelVersion(const Database& db, qint64 id)
{
    const Result<qint64> version = rowVersion(db, QStringLiteral("label"), id);
    return version ? version.value() : 0;
}

QIcon swatch(const QColor& color)
{
    QPixmap pixmap(SwatchSize, SwatchSize);
    pixmap.fill(color);
    return QIcon(pixmap);
}

} // namespace

LabelsDialog::LabelsDialog(const Database& db, const QList<qint64>& ids, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LabelsDialog>())
    , m_db(db)
    , m_ids(ids)
{
    m_ui->setupUi(this);
    m_ui->messageLabel->hide();
    m_ui->labelsListWidget->setAccessibleName(tr("Labels"));
    m_ui->newLabelLineEdit->setAccessibleName(tr("New label"));
    m_ui->summaryLabel->setText(tr("Labels of the %Ln file(s) selected:", "", int(ids.size())));
    setNewColor(QColor(QStringLiteral("#1E88E5")));
    connect(m_ui->createPushButton, &QPushButton::clicked, this, &LabelsDialog::createLabel);
    connect(m_ui->newLabelLineEdit, &QLineEdit::returnPressed, this, &LabelsDialog::createLabel);
    connect(m_ui->colorPushButton, &QPushButton::clicked, this, &LabelsDialog::chooseColor);
    connect(m_ui->renamePushButton, &QPushButton::clicked, this, &LabelsDialog::renameCurrent);
    connect(m_ui->recolorPushButton, &QPushButton::clicked, this, &LabelsDialog::recolorCurrent);
    connect(m_ui->deletePushButton, &QPushButton::clicked, this, &LabelsDialog::deleteCurrent);
    connect(m_ui->labelsListWidget, &QListWidget::currentItemChanged, this, &LabelsDialog::updateButtons);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LabelsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &LabelsDialog::reject);
    load();
    updateButtons();
}

LabelsDialog::~LabelsDialog() = default;

void LabelsDialog::load()
{
    Result<QList<Label>> labels = listLabels(m_db);
    if (!labels) {
        showError(labels.error().message);
        return;
    }
    QHash<qint64, int> counts; // label id → how many selected files have it
    for (qint64 id : std::as_const(m_ids)) {
        if (Result<QList<Label>> own = labelsOf(m_db, id); own) {
            for (const Label& label : own.value()) {
                ++counts[label.id];
            }
        }
    }
    for (const Label& label : labels.value()) {
        const int count = counts.value(label.id);
        addItem(label, count == 0 ? Qt::Unchecked : count == m_ids.size() ? Qt::Checked : Qt::PartiallyChecked);
    }
}

void LabelsDialog::addItem(const Label& label, Qt::CheckState state)
{
    auto* item = new QListWidgetItem(swatch(QColor(label.color)), label.name, m_ui->labelsListWidget);
    item->setData(IdRole, label.id);
    item->setData(ColorRole, QColor(label.color));
    item->setData(VersionRole, labelVersion(m_db, label.id));
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(state);
    m_initial.insert(item, state);
}

bool LabelsDialog::setLabelChecked(const QString& name, bool checked)
{
    const QList<QListWidgetItem*> items = m_ui->labelsListWidget->findItems(name, Qt::MatchExactly);
    if (items.isEmpty()) {
        return false;
    }
    items.constFirst()->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return true;
}

void LabelsDialog::setNewColor(const QColor& color)
{
    m_newColor = color;
    m_ui->colorPushButton->setIcon(swatch(color));
    m_ui->colorPushButton->setText(color.name().toUpper());
}

void LabelsDialog::chooseColor()
{
    const QColor color = QColorDialog::getColor(m_newColor, this, tr("Label Colour"));
    if (color.isValid()) {
        setNewColor(color);
    }
}

void LabelsDialog::createLabel()
{
    Result<Label> created =
        Palier::createLabel(m_db, m_ui->newLabelLineEdit->text().trimmed(), m_newColor.name().toUpper());
    if (!created) {
        showError(created.error().message);
        return;
    }
    m_ui->messageLabel->hide();
    m_ui->newLabelLineEdit->clear();
    addItem(created.value(), Qt::Unchecked);
    // A label made for these files is meant for them.
    m_ui->labelsListWidget->item(m_ui->labelsListWidget->count() - 1)->setCheckState(Qt::Checked);
}

QListWidgetItem* LabelsDialog::itemNamed(const QString& name) const
{
    const QList<QListWidgetItem*> items = m_ui->labelsListWidget->findItems(name, Qt::MatchExactly);
    return items.isEmpty() ? nullptr : items.constFirst();
}

void LabelsDialog::updateButtons()
{
    const bool any = m_ui->labelsListWidget->currentItem() != nullptr;
    for (QPushButton* button : {m_ui->renamePushButton, m_ui->recolorPushButton, m_ui->deletePushButton}) {
        button->setEnabled(any);
    }
}

bool LabelsDialog::renameLabel(const QString& name, const QString& newName)
{
    QListWidgetItem* item = itemNamed(name);
    if (!item) {
        return false;
    }
    return changeLabel(item, LabelPart::Name, newName.trimmed(), [this, item](const QVariant& value, qint64 version) {
        const Result<void> renamed =
            Palier::renameLabel(m_db, item->data(IdRole).toLongLong(), value.toString(), version);
        if (renamed) {
            item->setText(value.toString());
        }
        return renamed;
    });
}

bool LabelsDialog::recolorLabel(const QString& name, const QColor& color)
{
    QListWidgetItem* item = itemNamed(name);
    if (!item || !color.isValid()) {
        return false;
    }
    return changeLabel(item, LabelPart::Colour, color.name().toUpper(),
                       [this, item](const QVariant& value, qint64 version) {
                           const Result<void> recolored =
                               Palier::recolorLabel(m_db, item->data(IdRole).toLongLong(), value.toString(), version);
                           if (recolored) {
                               const QColor chosen(value.toString());
                               item->setIcon(swatch(chosen));
                               item->setData(ColorRole, chosen);
                           }
                           return recolored;
                       });
}

bool LabelsDialog::changeLabel(QListWidgetItem* item, LabelPart part, const QVariant& wanted,
                               const std::function<Result<void>(const QVariant&, qint64)>& write)
{
    const qint64 id = item->data(IdRole).toLongLong();
    QVariant value = wanted;
    for (;;) {
        const Result<void> written = write(value, item->data(VersionRole).toLongLong());
        if (written) {
            item->setData(VersionRole, labelVersion(m_db, id));
            m_ui->messageLabel->hide();
            return true;
        }
        if (written.error().code != QLatin1String("db.conflict")) {
            showError(written.error().message);
            return false;
        }
        // A colleague changed the label since it was read: both values, the user chooses.
        Result<QList<Label>> labels = listLabels(m_db);
        const auto current =
            labels ? std::find_if(labels->cbegin(), labels->cend(), [id](const Label& l) { return l.id == id; })
                   : QList<Label>::const_iterator();
        if (!labels || current == labels->cend()) {
            showError(labels ? tr("Someone else deleted this label meanwhile.") : labels.error().message);
            return false;
        }
        const QString theirs = part == LabelPart::Name ? current->name : current->color;
        const QString field = part == LabelPart::Name ? tr("Name") : tr("Colour");
        item->setText(current->name);
        item->setIcon(swatch(QColor(current->color)));
        item->setData(ColorRole, QColor(current->color));
        item->setData(VersionRole, labelVersion(m_db, id));
        if (theirs == value.toString()) {
            return true; // the colleague made the same change
        }
        const LastChange last = lastChange(m_db, QStringLiteral("label"), id);
        ConflictDialog dialog(tr("Label “%1”").arg(current->name), last.user, last.at,
                              {{field, theirs, value, theirs, value.toString(), true, true}}, this);
        if (dialog.run() != QDialog::Accepted || !dialog.keepsYours(0)) {
            return false; // theirs stays, and is shown
        }
    }
}

bool LabelsDialog::deleteLabel(const QString& name)
{
    QListWidgetItem* item = itemNamed(name);
    if (!item) {
        return false;
    }
    const qint64 labelId = item->data(IdRole).toLongLong();
    const Result<int> usage = labelUsage(m_db, labelId);
    if (!usage) {
        showError(usage.error().message);
        return false;
    }
    const QString question =
        usage.value() == 0
            ? tr("Delete the label “%1”? No file carries it.").arg(name)
            : tr("Delete the label “%1”? It is taken off the %Ln file(s) that carry it.", "", usage.value()).arg(name);
    if (MessageBox::question(this, tr("Delete the Label"), question) != QMessageBox::Yes) {
        return false;
    }
    if (const Result<void> deleted = Palier::deleteLabel(m_db, labelId); !deleted) {
        showError(deleted.error().message);
        return false;
    }
    m_ui->messageLabel->hide();
    m_initial.remove(item);
    delete item;
    updateButtons();
    return true;
}

void LabelsDialog::renameCurrent()
{
    QListWidgetItem* item = m_ui->labelsListWidget->currentItem();
    if (!item) {
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename the Label"), tr("New name of “%1”:").arg(item->text()),
                                               QLineEdit::Normal, item->text(), &ok);
    if (ok && name != item->text()) {
        renameLabel(item->text(), name);
    }
}

void LabelsDialog::recolorCurrent()
{
    QListWidgetItem* item = m_ui->labelsListWidget->currentItem();
    if (!item) {
        return;
    }
    const QColor color =
        QColorDialog::getColor(item->data(ColorRole).value<QColor>(), this, tr("Colour of “%1”").arg(item->text()));
    if (color.isValid()) {
        recolorLabel(item->text(), color);
    }
}

void LabelsDialog::deleteCurrent()
{
    if (QListWidgetItem* item = m_ui->labelsListWidget->currentItem()) {
        deleteLabel(item->text());
    }
}

void LabelsDialog::accept()
{
    for (auto it = m_initial.cbegin(); it != m_initial.cend(); ++it) {
        const Qt::CheckState state = it.key()->checkState();
        if (state == it.value() || state == Qt::PartiallyChecked) {
            continue;
        }
        const qint64 labelId = it.key()->data(IdRole).toLongLong();
        const Result<int> done =
            state == Qt::Checked ? attachLabel(m_db, labelId, m_ids) : detachLabel(m_db, labelId, m_ids);
        if (!done) {
            showError(done.error().message);
            return;
        }
    }
    QDialog::accept();
}

void LabelsDialog::showError(const QString& message)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->show();
}

} // namespace Palier
