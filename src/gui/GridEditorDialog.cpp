// SPDX-License-Identifier: GPL-3.0-or-later
#include "GridEditorDialog.h"

#include "Formats.h"
#include "GridEditorModel.h"
#include "scoring/GridStore.h"
#include "workflow/Workflow.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Palier {

namespace {

QPushButton* sideButton(const QString& text, const QString& name, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setAutoDefault(false);
    return button;
}

} // namespace

GridEditorDialog::GridEditorDialog(const Database& db, const QString& domainCode, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_model(new GridEditorModel(this))
    , m_domainComboBox(new QComboBox(this))
    , m_versionLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
    , m_view(new QTableView(this))
    , m_levelsLabel(new QLabel(this))
    , m_levelsEdit(new QPlainTextEdit(this))
    , m_faultLabel(new QLabel(this))
    , m_noteLineEdit(new QLineEdit(this))
{
    setWindowTitle(tr("Scoring Grid"));
    m_domainComboBox->setObjectName(QStringLiteral("domainComboBox"));
    m_versionLabel->setObjectName(QStringLiteral("versionLabel"));
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();
    m_view->setObjectName(QStringLiteral("criteriaView"));
    m_view->setAccessibleName(tr("Criteria"));
    m_levelsEdit->setObjectName(QStringLiteral("levelsEdit"));
    m_levelsEdit->setTabChangesFocus(true);
    m_levelsEdit->setMaximumHeight(m_levelsEdit->fontMetrics().lineSpacing() * 7);
    m_faultLabel->setObjectName(QStringLiteral("faultLabel"));
    m_faultLabel->setWordWrap(true);
    m_faultLabel->setStyleSheet(QStringLiteral("QLabel { color: #9a3412; }"));
    m_noteLineEdit->setObjectName(QStringLiteral("noteLineEdit"));
    m_noteLineEdit->setPlaceholderText(tr("Why the grid changes (kept with the version)"));

    auto* top = new QHBoxLayout;
    auto* domainLabel = new QLabel(tr("&Domain:"), this);
    domainLabel->setBuddy(m_domainComboBox);
    top->addWidget(domainLabel);
    top->addWidget(m_domainComboBox);
    top->addWidget(m_versionLabel, 1);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTabKeyNavigation(false);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(int(GridEditorModel::Column::Label), QHeaderView::Stretch);

    auto* side = new QVBoxLayout;
    auto* addButton = sideButton(tr("&Add"), QStringLiteral("addButton"), this);
    m_removeButton = sideButton(tr("&Remove"), QStringLiteral("removeButton"), this);
    auto* upButton = sideButton(tr("Move &Up"), QStringLiteral("upButton"), this);
    auto* downButton = sideButton(tr("Move Do&wn"), QStringLiteral("downButton"), this);
    upButton->setToolTip(tr("Moves the criterion up (Ctrl+Up); the first criterion breaks ties of the total"));
    downButton->setToolTip(tr("Moves the criterion down (Ctrl+Down)"));
    QWidget* previous = m_view; // created after the fields below: Tab goes from the table to its buttons
    for (QPushButton* button : {addButton, m_removeButton, upButton, downButton}) {
        side->addWidget(button);
        QWidget::setTabOrder(previous, button);
        previous = button;
    }
    side->addStretch();
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_view, 1);
    middle->addLayout(side);

    m_levelsLabel->setBuddy(m_levelsEdit);
    auto* form = new QFormLayout;
    form->addRow(m_levelsLabel, m_levelsEdit);
    auto* noteLabel = new QLabel(tr("&Note:"), this);
    noteLabel->setBuddy(m_noteLineEdit);
    form->addRow(noteLabel, m_noteLineEdit);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_saveButton = buttons->addButton(tr("&Save as New Version"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_messageLabel);
    layout->addLayout(middle, 1);
    layout->addLayout(form);
    layout->addWidget(m_faultLabel);
    layout->addWidget(buttons);

    auto* upAction = new QAction(this);
    upAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    auto* downAction = new QAction(this);
    downAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    m_view->addAction(upAction);
    m_view->addAction(downAction);
    for (QAction* action : {upAction, downAction}) {
        action->setShortcutContext(Qt::WidgetShortcut);
    }

    if (Result<QList<ScoringGrid>> grids = loadCurrentGrids(db); grids) {
        for (const ScoringGrid& grid : grids.value()) {
            m_domainComboBox->addItem(QStringLiteral("%1 – %2").arg(grid.domainCode, grid.domainLabel),
                                      grid.domainCode);
        }
    } else {
        showMessage(grids.error().message, true);
    }
    m_domainComboBox->setCurrentIndex(qMax(0, m_domainComboBox->findData(domainCode)));

    connect(m_domainComboBox, &QComboBox::currentIndexChanged, this, &GridEditorDialog::loadDomain);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &GridEditorDialog::currentRowChanged);
    connect(m_model, &GridEditorModel::criteriaChanged, this, &GridEditorDialog::criteriaEdited);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& topLeft) {
        if (topLeft.row() == m_view->currentIndex().row()) {
            currentRowChanged(); // a new scale changes the count of descriptors
        }
    });
    connect(m_levelsEdit, &QPlainTextEdit::textChanged, this, &GridEditorDialog::levelsEdited);
    connect(addButton, &QPushButton::clicked, this, &GridEditorDialog::addCriterion);
    connect(m_removeButton, &QPushButton::clicked, this, &GridEditorDialog::removeCriterion);
    connect(upButton, &QPushButton::clicked, this, [this] { moveCriterion(-1); });
    connect(downButton, &QPushButton::clicked, this, [this] { moveCriterion(1); });
    connect(upAction, &QAction::triggered, this, [this] { moveCriterion(-1); });
    connect(downAction, &QAction::triggered, this, [this] { moveCriterion(1); });
    connect(m_saveButton, &QPushButton::clicked, this, &GridEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(900, 560);
    loadDomain();
}

void GridEditorDialog::loadDomain()
{
    m_messageLabel->hide();
    const Result<ScoringGrid> grid = loadCurrentGrid(m_db, m_domainComboBox->currentData().toString());
    if (!grid) {
        m_model->setCriteria({});
        m_versionLabel->clear();
        showMessage(grid.error().message, true);
        return;
    }
    m_model->setCriteria(grid->criteria);
    m_versionLabel->setText(tr("Version %1, by %2 on %3")
                                .arg(grid->version)
                                .arg(grid->author, Formats::shortDate(grid->createdAt.toLocalTime().date())));
    m_noteLineEdit->clear();
    if (m_model->rowCount() > 0) {
        m_view->setCurrentIndex(m_model->index(0, int(GridEditorModel::Column::Label)));
    }
    currentRowChanged();
}

void GridEditorDialog::currentRowChanged()
{
    const int row = m_view->currentIndex().row();
    const QList<Criterion>& criteria = m_model->criteria();
    m_loading = true;
    if (row < 0 || row >= criteria.size()) {
        m_levelsLabel->setText(tr("Level descriptors:"));
        m_levelsEdit->clear();
        m_levelsEdit->setEnabled(false);
    } else {
        const Criterion& criterion = criteria.at(row);
        m_levelsLabel->setText(tr("&Levels of %1 (one line per level, %2 to %3):")
                                   .arg(criterion.code)
                                   .arg(criterion.scaleMin)
                                   .arg(criterion.scaleMax));
        m_levelsLabel->setWordWrap(true);
        if (m_levelsEdit->toPlainText() != criterion.levels.join(u'\n')) {
            m_levelsEdit->setPlainText(criterion.levels.join(u'\n'));
        }
        m_levelsEdit->setEnabled(true);
    }
    m_removeButton->setEnabled(row >= 0);
    m_loading = false;
}

void GridEditorDialog::levelsEdited()
{
    if (m_loading) {
        return;
    }
    const int row = m_view->currentIndex().row();
    m_loading = true; // setLevels() pads or cuts: the text stays as typed
    m_model->setLevels(row, m_levelsEdit->toPlainText().split(u'\n'));
    m_loading = false;
}

void GridEditorDialog::criteriaEdited()
{
    const QString fault = m_model->faultText();
    m_faultLabel->setText(fault.isEmpty() ? QString() : tr("Cannot save yet: %1").arg(fault));
    m_saveButton->setEnabled(fault.isEmpty());
}

void GridEditorDialog::addCriterion()
{
    const int row = m_model->addCriterion(m_view->currentIndex().row());
    m_view->setCurrentIndex(m_model->index(row, int(GridEditorModel::Column::Code)));
    m_view->setFocus();
}

void GridEditorDialog::removeCriterion()
{
    const int row = m_view->currentIndex().row();
    if (m_model->removeCriterion(row) && m_model->rowCount() > 0) {
        m_view->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1), 0));
    }
    currentRowChanged();
}

void GridEditorDialog::moveCriterion(int delta)
{
    const QModelIndex current = m_view->currentIndex();
    if (m_model->moveCriterion(current.row(), delta)) {
        m_view->setCurrentIndex(m_model->index(current.row() + delta, current.column()));
    }
}

bool GridEditorDialog::save()
{
    if (m_model->fault()) {
        criteriaEdited();
        return false;
    }
    const QString domain = m_domainComboBox->currentData().toString();
    const Result<int> version =
        saveGrid(m_db, domain, m_model->criteria(), currentAuthor(), m_noteLineEdit->text().trimmed());
    if (!version) {
        showMessage(version.error().message, true);
        return false;
    }
    loadDomain();
    showMessage(tr("The %1 grid is now at version %2.").arg(domain).arg(version.value()), false);
    Q_EMIT gridSaved(domain, version.value());
    return true;
}

void GridEditorDialog::showMessage(const QString& message, bool error)
{
    m_messageLabel->setStyleSheet(
        error ? QStringLiteral("QLabel { background: #fdecea; color: #611a15; border: 1px solid #f1b0ab; "
                               "border-radius: 4px; padding: 6px; }")
              : QStringLiteral("QLabel { background: #e8f5e9; color: #1b5e20; border: 1px solid #a5d6a7; "
                               "border-radius: 4px; padding: 6px; }"));
    m_messageLabel->setText(message);
    m_messageLabel->show();
}

} // namespace Palier
