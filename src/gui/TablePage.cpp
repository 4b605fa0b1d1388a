// SPDX-License-Identifier: GPL-3.0-or-later
#include "TablePage.h"
#include "ui_TablePage.h"

#include "DatabaseTableModel.h"
#include "Pages.h"
#include "SearchFilterProxyModel.h"

#include <QAction>
#include <QHeaderView>

namespace Palier {

namespace {

constexpr int MinimumFittedWidth = 130;
constexpr double MainColumnWeight = 2.0;

/// Shares `available` pixels between columns that want `wanted`: a column that fits keeps its width, the others
/// share what is left in proportion to their weight, never below MinimumFittedWidth (the view scrolls then).
QList<int> fairWidths(const QList<int>& wanted, const QList<double>& weights, int available)
{
    QList<bool> fixed(wanted.size(), false);
    for (;;) {
        int remaining = available;
        double weight = 0;
        for (qsizetype i = 0; i < wanted.size(); ++i) {
            if (fixed[i]) {
                remaining -= wanted[i];
            } else {
                weight += weights[i];
            }
        }
        const double share = weight > 0 ? remaining / weight : 0;
        bool changed = false;
        for (qsizetype i = 0; i < wanted.size(); ++i) {
            if (!fixed[i] && wanted[i] <= share * weights[i]) {
                fixed[i] = changed = true;
            }
        }
        if (!changed) {
            QList<int> widths = wanted;
            for (qsizetype i = 0; i < wanted.size(); ++i) {
                if (!fixed[i]) {
                    widths[i] = qMin(wanted[i], qMax(MinimumFittedWidth, int(share * weights[i])));
                }
            }
            return widths;
        }
    }
}

} // namespace

TablePage::TablePage(const QString& title, DatabaseTableModel* model, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TablePage>())
    , m_model(model)
    , m_proxy(new SearchFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_model->setParent(this);
    m_ui->titleLabel->setText(title);
    m_ui->titleLabel->setFont(Pages::titleFont(m_ui->titleLabel->font()));
    m_ui->messageLabel->hide();

    m_ui->searchLineEdit->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
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
    m_ui->tableView->setModel(m_proxy);
    m_ui->tableView->horizontalHeader()->setSectionsMovable(true);
    m_ui->tableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_proxy, &SearchFilterProxyModel::setSearchText);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TablePage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TablePage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TablePage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TablePage::updateCount);
    updateCount();
}

TablePage::~TablePage() = default;

bool TablePage::reload(const Database* db)
{
    m_ui->messageLabel->hide();
    if (!db) {
        m_model->clear();
        return true;
    }
    if (Result<void> loaded = m_model->load(*db); !loaded) {
        showError(loaded.error().message);
        return false;
    }
    fitColumns();
    return true;
}

void TablePage::setMainColumn(int column)
{
    m_mainColumn = column;
    m_ui->tableView->sortByColumn(column, Qt::AscendingOrder);
}

void TablePage::updateCount()
{
    m_ui->countLabel->setText(m_model->countText(m_proxy->rowCount(), m_model->rowCount()));
}

void TablePage::fitColumns()
{
    // The view has its real width only once shown: until then, fit when the page first shows.
    m_columnsToFit = !isVisible();
    if (m_columnsToFit) {
        return;
    }
    QHeaderView* header = m_ui->tableView->horizontalHeader();
    m_ui->tableView->resizeColumnsToContents();
    QList<int> wanted;
    QList<double> weights;
    for (int column = 0; column < header->count(); ++column) {
        wanted.append(header->sectionSize(column));
        weights.append(column == m_mainColumn ? MainColumnWeight : 1.0);
    }
    const QList<int> widths = fairWidths(wanted, weights, m_ui->tableView->viewport()->width());
    for (int column = 0; column < header->count(); ++column) {
        header->resizeSection(column, widths[column]);
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
