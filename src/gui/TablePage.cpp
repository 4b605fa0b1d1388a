// SPDX-License-Identifier: GPL-3.0-or-later
#include "TablePage.h"
#include "ui_TablePage.h"

#include "DatabaseTableModel.h"
#include "DetailForm.h"
#include "FilterHeaderView.h"
#include "Pages.h"
#include "SearchFilterProxyModel.h"
#include "SvgIcon.h"
#include "TableColumns.h"
#include "TableItemDelegate.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>

namespace Palier {

namespace {
constexpr int FormStretch = 0;
constexpr int TableStretch = 1;

/// The header's widgets are inserted first, so created in the reverse order of the screen, and the tool bar moves
/// them in the focus chain as they show: Tab follows the screen, the header's widgets from left to right, then the
/// search field on their right, the table and the filters of its columns.
void orderTabs(QToolBar* bar, QWidget* search, QTableView* table)
{
    QWidgetList row;
    for (QAction* each : bar->actions()) {
        if (QWidget* next = bar->widgetForAction(each); next && next->window() == search->window()) {
            row.append(next);
        }
    }
    QWidget* previous = search->previousInFocusChain();
    while (row.contains(previous)) {
        previous = previous->previousInFocusChain();
    }
    for (QWidget* next : std::as_const(row)) {
        QWidget::setTabOrder(previous, next);
        previous = next;
    }
    QWidget::setTabOrder(previous, search);
    QWidget::setTabOrder(search, table);
    previous = table;
    for (QLineEdit* filter : table->horizontalHeader()->findChildren<QLineEdit*>(Qt::FindDirectChildrenOnly)) {
        QWidget::setTabOrder(previous, filter);
        previous = filter;
    }
}

/// The tool bar takes back the widgets it had put under its » button as it grows, which moves them to the end of
/// the focus chain: the order is set again once it has.
class HeaderTabOrder : public QObject
{
public:
    HeaderTabOrder(QToolBar* bar, QWidget* search, QTableView* table)
        : QObject(bar)
        , m_bar(bar)
        , m_search(search)
        , m_table(table)
    {
        bar->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_bar && event->type() == QEvent::ChildAdded) {
            QMetaObject::invokeMethod(
                this, [this] { orderTabs(m_bar, m_search, m_table); }, Qt::QueuedConnection);
        }
        return false;
    }

private:
    QToolBar* m_bar;
    QWidget* m_search;
    QTableView* m_table;
};
} // namespace

TablePage::TablePage(const QString& title, DatabaseTableModel* model, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TablePage>())
    , m_model(model)
    , m_proxy(new SearchFilterProxyModel(this))
    , m_header(new FilterHeaderView(this))
    , m_undoStack(new QUndoStack(this))
{
    m_ui->setupUi(this);
    m_model->setParent(this);
    m_ui->titleLabel->setText(title);
    m_ui->searchLineEdit->setAccessibleName(tr("Search %1").arg(title));
    m_ui->tableView->setAccessibleName(title);
    m_ui->titleLabel->setFont(Pages::titleFont(m_ui->titleLabel->font()));
    m_ui->messageLabel->hide();
    m_undoStack->setObjectName(QStringLiteral("undoStack"));

    m_ui->searchLineEdit->addAction(svgIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    auto* findAction = new QAction(this);
    findAction->setObjectName(QStringLiteral("findAction"));
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(findAction);
    connect(findAction, &QAction::triggered, this, [this] {
        m_ui->searchLineEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchLineEdit->selectAll();
    });

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DatabaseTableModel::SortRole);
    m_ui->tableView->setItemDelegate(new TableItemDelegate(m_ui->tableView));
    setupHeader(); // before the model: the form's header would lay its sections out for it, then be replaced
    m_ui->tableView->setModel(m_proxy);
    m_ui->tableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_proxy, &SearchFilterProxyModel::setSearchText);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TablePage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TablePage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TablePage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TablePage::updateCount);
    connect(m_ui->tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TablePage::currentRowChanged);
    connect(m_model, &DatabaseTableModel::writeFailed, this, &TablePage::showError);
    updateCount();
}

TablePage::~TablePage() = default;

void TablePage::setupHeader()
{
    // The header made by the form is replaced by one with a filter line under each column.
    m_ui->tableView->setHorizontalHeader(m_header);
    m_header->setStretchLastSection(true);
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    m_columns = new TableColumns(m_ui->tableView, m_header);
    connect(m_header, &FilterHeaderView::filterChanged, m_proxy, &SearchFilterProxyModel::setColumnFilter);
    connect(m_header, &QWidget::customContextMenuRequested, this, &TablePage::showHeaderMenu);
    connect(m_ui->tableView->horizontalScrollBar(), &QScrollBar::valueChanged, m_header,
            &FilterHeaderView::adjustFilterPositions);
}

void TablePage::showHeaderMenu(const QPoint& position)
{
    QMenu* menu = m_columns->createMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_header->mapToGlobal(position));
}

bool TablePage::reload(const Database* db)
{
    const qint64 current = m_form ? m_model->recordId(m_form->currentRow()) : -1;
    if (m_form) {
        m_form->setCurrentRow(-1); // saves what was typed, into the database it was typed for
        m_form->setDatabase(nullptr);
    }
    m_undoStack->clear();
    m_database = db;
    m_ui->messageLabel->hide();
    if (!db) {
        m_model->clear();
        Q_EMIT reloaded();
        return true;
    }
    if (Result<void> loaded = m_model->load(*db); !loaded) {
        showError(loaded.error().message);
        Q_EMIT reloaded();
        return false;
    }
    if (m_form) {
        m_form->setDatabase(db);
        if (!selectRecord(current) && m_proxy->rowCount() > 0) {
            m_ui->tableView->setCurrentIndex(m_proxy->index(0, m_mainColumn));
        }
    }
    if (!m_form && m_proxy->rowCount() > 0 && !m_ui->tableView->currentIndex().isValid()) {
        m_ui->tableView->setCurrentIndex(m_proxy->index(0, m_mainColumn));
    }
    fitColumns();
    Q_EMIT reloaded();
    return true;
}

bool TablePage::refresh()
{
    if (!m_database || (m_form && m_form->isModified())) {
        return false;
    }
    QTableView* view = m_ui->tableView;
    const QList<qint64> selected = selectedRecordIds();
    const QModelIndex currentIndex = m_proxy->mapToSource(view->currentIndex());
    const qint64 current = currentIndex.isValid() ? m_model->recordId(currentIndex.row()) : -1;
    const int vertical = view->verticalScrollBar()->value();
    const int horizontal = view->horizontalScrollBar()->value();
    if (m_form) {
        m_form->setCurrentRow(-1);       // off the row first: nothing typed to save (see above)
        m_form->setDatabase(m_database); // its choices may have changed too
    }
    if (Result<void> loaded = m_model->load(*m_database); !loaded) {
        showError(loaded.error().message);
        Q_EMIT reloaded();
        return false;
    }
    const auto viewIndex = [this](qint64 id, int column) {
        const int row = id < 0 ? -1 : m_model->rowOfRecord(id);
        return row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, column));
    };
    QItemSelection selection;
    for (const qint64 id : selected) {
        if (const QModelIndex index = viewIndex(id, 0); index.isValid()) {
            selection.select(index, index);
        }
    }
    if (const QModelIndex index = viewIndex(current, qMax(0, currentIndex.column())); index.isValid()) {
        view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    }
    view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->verticalScrollBar()->setValue(vertical);
    view->horizontalScrollBar()->setValue(horizontal);
    Q_EMIT reloaded();
    return true;
}

void TablePage::setMainColumn(int column)
{
    m_mainColumn = column;
    m_columns->setMainColumn(column);
    m_ui->tableView->sortByColumn(column, Qt::AscendingOrder);
}

void TablePage::setHiddenByDefault(const QList<int>& columns)
{
    m_columns->setHiddenByDefault(columns);
}

void TablePage::restoreColumns(const QString& settingsKey)
{
    m_columns->restore(settingsKey);
    m_splitterKey = settingsKey + QLatin1String("Splitter");
    m_ui->contentSplitter->restoreState(QSettings().value(m_splitterKey).toByteArray());
}

void TablePage::resetColumns()
{
    m_columns->reset();
}

void TablePage::setColumnVisible(int column, bool visible)
{
    m_columns->setColumnVisible(column, visible);
}

void TablePage::setDetailForm(DetailForm* form)
{
    m_form = form;
    m_ui->contentSplitter->addWidget(form);
    m_ui->contentSplitter->setStretchFactor(0, TableStretch);
    m_ui->contentSplitter->setStretchFactor(1, FormStretch);
    form->setModel(m_model, m_undoStack);
    form->setDatabase(m_database);
    connect(form, &DetailForm::problem, this, &TablePage::showError);
    connect(form, &DetailForm::saved, this, [this] { showMessage(QString()); });
    connect(m_ui->contentSplitter, &QSplitter::splitterMoved, this, [this] {
        if (!m_splitterKey.isEmpty()) {
            QSettings().setValue(m_splitterKey, m_ui->contentSplitter->saveState());
        }
    });
}

bool TablePage::selectRecord(qint64 id)
{
    const int row = id < 0 ? -1 : m_model->rowOfRecord(id);
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, m_mainColumn));
    if (!index.isValid()) {
        return false;
    }
    m_ui->tableView->setCurrentIndex(index);
    m_ui->tableView->scrollTo(index);
    return true;
}

void TablePage::currentRowChanged()
{
    const QModelIndex current = m_proxy->mapToSource(m_ui->tableView->currentIndex());
    if (m_form) {
        m_form->setCurrentRow(current.isValid() ? current.row() : -1);
    }
    Q_EMIT currentRecordChanged(current.isValid() ? m_model->recordId(current.row()) : -1);
}

QTableView* TablePage::tableView() const
{
    return m_ui->tableView;
}

QList<qint64> TablePage::selectedRecordIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_ui->tableView->selectionModel()->selectedRows()) {
        ids.append(m_model->recordId(m_proxy->mapToSource(index).row()));
    }
    if (ids.isEmpty() && m_ui->tableView->currentIndex().isValid()) {
        ids.append(m_model->recordId(m_proxy->mapToSource(m_ui->tableView->currentIndex()).row()));
    }
    return ids;
}

void TablePage::addHeaderWidget(QWidget* widget)
{
    // A tool bar rather than a row of buttons: on a narrow screen the actions that do not fit go under its »
    // button instead of widening the window past the screen.
    if (!m_headerBar) {
        m_headerBar = new QToolBar(this);
        m_headerBar->setObjectName(QStringLiteral("headerToolBar"));
        m_headerBar->setMovable(false);
        m_headerBar->setFloatable(false);
        m_headerBar->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        m_headerBar->setStyleSheet(QStringLiteral("QToolBar { border: none; spacing: 6px; }"));
        m_ui->headerLayout->insertWidget(1, m_headerBar, 1);
        new HeaderTabOrder(m_headerBar, m_ui->searchLineEdit, m_ui->tableView);
    }
    const bool hidden = widget->isHidden();
    QAction* action = m_headerBar->insertWidget(m_headerBar->actions().value(0), widget);
    action->setVisible(!hidden);
    orderTabs(m_headerBar, m_ui->searchLineEdit, m_ui->tableView);
}

void TablePage::setHeaderWidgetVisible(QWidget* widget, bool visible)
{
    // In a tool bar, a widget is shown and hidden through its action (QToolBar::insertWidget).
    const QList<QAction*> actions = m_headerBar ? m_headerBar->actions() : QList<QAction*>();
    for (QAction* action : actions) {
        if (m_headerBar->widgetForAction(action) == widget) {
            action->setVisible(visible);
            break;
        }
    }
    widget->setVisible(visible); // at once, even before the tool bar lays itself out again
    if (m_headerBar) {
        orderTabs(m_headerBar, m_ui->searchLineEdit, m_ui->tableView);
    }
}

void TablePage::addSideWidget(QWidget* widget)
{
    m_ui->contentSplitter->addWidget(widget);
    m_ui->contentSplitter->setStretchFactor(0, TableStretch);
    m_ui->contentSplitter->setStretchFactor(m_ui->contentSplitter->count() - 1, FormStretch);
}

void TablePage::showMessage(const QString& message)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
}

void TablePage::updateCount()
{
    m_ui->countLabel->setText(m_model->countText(m_proxy->rowCount(), m_model->rowCount()));
}

void TablePage::fitColumns()
{
    // The view has its real width only once shown: until then, fit when the page first shows.
    m_columnsToFit = !isVisible();
    if (!m_columnsToFit) {
        m_columns->fit();
    }
}

void TablePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_columnsToFit) {
        fitColumns();
    }
}

void TablePage::showError(const QString& message)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->show();
}

} // namespace Palier
