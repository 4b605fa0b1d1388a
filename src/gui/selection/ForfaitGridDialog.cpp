// SPDX-License-Identifier: GPL-3.0-or-later
#include "ForfaitGridDialog.h"

#include "ForfaitGridModel.h"
#include "Formats.h"
#include "MessageBox.h"
#include "db/Database.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Palier {

namespace {

QPushButton* button(const QString& text, const QString& name, const QString& tip, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setToolTip(tip);
    return b;
}

/// The cells of a grid in a stable order, to compare two grids whatever order they were listed in.
QList<ForfaitCell> sorted(QList<ForfaitCell> cells)
{
    std::sort(cells.begin(), cells.end(), [](const ForfaitCell& a, const ForfaitCell& b) {
        return a.sizeClass != b.sizeClass ? a.sizeClass < b.sizeClass : a.domainCode < b.domainCode;
    });
    return cells;
}

} // namespace

ForfaitGridDialog::ForfaitGridDialog(const Database& db, const ForfaitGrid& grid, const SizeClassCoverage& coverage,
                                     QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_original(grid.cells)
    , m_model(new ForfaitGridModel(this))
    , m_table(new QTableView(this))
    , m_addButton(button(tr("&Add a Size Class"), QStringLiteral("addSizeClassButton"),
                         tr("Adds a row for a size class of establishments"), this))
    , m_removeButton(button(tr("&Remove the Size Class"), QStringLiteral("removeSizeClassButton"),
                            tr("Removes the selected size class and its amounts"), this))
    , m_importButton(button(tr("&Import a CSV File…"), QStringLiteral("importForfaitButton"),
                            tr("Replaces the table by a file with the columns size_class;domain;amount"), this))
    , m_coverage(new QLabel(this))
    , m_withoutClass(new QListWidget(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    const bool readOnly = db.isReadOnly();
    setWindowTitle(tr("Forfait Grid"));
    setObjectName(QStringLiteral("forfaitGridDialog"));
    m_model->setGrid(grid, coverage);
    m_model->setReadOnly(readOnly);

    m_table->setObjectName(QStringLiteral("forfaitGridTableView"));
    m_table->setAccessibleName(tr("Forfait grid"));
    m_table->setAccessibleDescription(
        tr("One row per size class of establishments, one column per domain, amounts in euros"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                      : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                            QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setMinimumSectionSize(84);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it

    auto* title = new QLabel(tr("Forfait per size class and domain, between %1 and %2 for this programme. An empty "
                                "cell has no forfait: its files get the amount they request, within these bounds.")
                                 .arg(Formats::amount(grid.forfaitMinCents), Formats::amount(grid.forfaitMaxCents))
                                 .replace(QChar(0x202F), QChar(0x00A0)),
                             this);
    title->setObjectName(QStringLiteral("forfaitGridIntroLabel"));
    title->setWordWrap(true);
    title->setBuddy(m_table);

    m_message->setObjectName(QStringLiteral("forfaitProblemsLabel"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::RichText);
    m_message->setAccessibleName(tr("Problems of the forfait grid"));

    if (readOnly) {
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
        for (QPushButton* b : {m_addButton, m_removeButton, m_importButton}) {
            b->setEnabled(false);
        }
    } else {
        m_buttons->setStandardButtons(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        const int row = m_model->addSizeClass();
        m_table->setCurrentIndex(m_model->index(row, int(ForfaitGridModel::Column::SizeClass)));
        m_table->setFocus();
        m_table->edit(m_table->currentIndex());
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        if (m_table->currentIndex().isValid()) {
            m_model->removeSizeClass(m_table->currentIndex().row());
        }
    });
    connect(m_importButton, &QPushButton::clicked, this, &ForfaitGridDialog::chooseFile);
    connect(m_model, &ForfaitGridModel::edited, this, [this] {
        m_editProblem = m_model->lastProblem();
        validate();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &ForfaitGridDialog::updateButtons);

    auto* gridButtons = new QHBoxLayout;
    gridButtons->addWidget(m_addButton);
    gridButtons->addWidget(m_removeButton);
    gridButtons->addStretch();
    gridButtons->addWidget(m_importButton);
    auto* left = new QVBoxLayout;
    left->addWidget(title);
    left->addWidget(m_table, 1);
    left->addLayout(gridButtons);
    auto* panel = createCoveragePanel();
    auto* body = new QHBoxLayout;
    body->addLayout(left, 1);
    body->addWidget(panel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    setTabOrder(m_table, m_addButton);
    setTabOrder(m_addButton, m_removeButton);
    setTabOrder(m_removeButton, m_importButton);
    setTabOrder(m_importButton, m_withoutClass);
    setTabOrder(m_withoutClass, m_buttons);
    resize(1140, 580);
    validate();
}

QWidget* ForfaitGridDialog::createCoveragePanel()
{
    auto* panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("forfaitCoveragePanel"));
    panel->setFixedWidth(300);
    const SizeClassCoverage& coverage = m_model->coverage();
    const ForfaitGrid& grid = m_model->grid();
    auto* heading = new QLabel(tr("<b>Establishments without a size class</b>"), panel);
    m_coverage->setObjectName(QStringLiteral("withoutSizeClassLabel"));
    m_coverage->setWordWrap(true);
    QStringList notInGrid;
    const QStringList classes = grid.sizeClasses();
    for (const SizeClassCoverage::Count& count : coverage.classes) {
        if (!classes.contains(count.sizeClass)) {
            notInGrid.append(QStringLiteral("%1 (%2)").arg(count.sizeClass).arg(count.establishments));
        }
    }
    QString text =
        coverage.withoutClass == 0
            ? tr("Every establishment has a size class.")
            : tr("%Ln establishment(s) have no size class: their files get the amount they request, between %1 and "
                 "%2. Give them one by importing the registry with its size classes.",
                 nullptr, coverage.withoutClass)
                  .arg(Formats::amount(grid.forfaitMinCents), Formats::amount(grid.forfaitMaxCents))
                  .replace(QChar(0x202F), QChar(0x00A0));
    if (!notInGrid.isEmpty()) {
        text += QStringLiteral("\n\n") +
                tr("Size classes the grid does not have yet: %1.").arg(notInGrid.join(QStringLiteral(", ")));
    }
    m_coverage->setText(text);
    m_withoutClass->setObjectName(QStringLiteral("withoutSizeClassListWidget"));
    m_withoutClass->setAccessibleName(tr("Establishments without a size class"));
    m_withoutClass->setTextElideMode(Qt::ElideRight);
    m_withoutClass->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (const QString& name : coverage.withoutClassNames) {
        auto* item = new QListWidgetItem(name, m_withoutClass);
        item->setToolTip(name);
    }
    if (coverage.withoutClass > coverage.withoutClassNames.size()) {
        m_withoutClass->addItem(
            tr("… and %Ln more", nullptr, int(coverage.withoutClass - coverage.withoutClassNames.size())));
    }
    m_withoutClass->setVisible(coverage.withoutClass > 0);
    heading->setBuddy(m_withoutClass);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_coverage);
    layout->addWidget(m_withoutClass, 1);
    if (coverage.withoutClass == 0) {
        layout->addStretch(1);
    }
    return panel;
}

QList<ForfaitCell> ForfaitGridDialog::cells() const
{
    return m_model->cells();
}

bool ForfaitGridDialog::isChanged() const
{
    return sorted(m_model->cells()) != sorted(m_original);
}

void ForfaitGridDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a Forfait Grid"), QDir::homePath(),
                                                      tr("CSV files (*.csv *.txt);;Excel workbooks (*.xlsx)"));
    if (!path.isEmpty()) {
        importFile(path);
    }
}

bool ForfaitGridDialog::importFile(const QString& path)
{
    Result<ForfaitFile> file = readForfaitFile(m_db, path);
    if (!file) {
        MessageBox::showError(this, tr("Cannot Import the Forfait Grid"), file.error());
        return false;
    }
    if (!file->check.ok()) {
        QStringList lines;
        for (const ForfaitIssue& issue : std::as_const(file->check.errors)) {
            lines.append(ForfaitTexts::where(issue) + issue.message);
        }
        MessageBox::warning(this, tr("Cannot Import the Forfait Grid"),
                            tr("%1 was not imported: %Ln line(s) to correct first. The grid is unchanged.\n\n%2",
                               nullptr, int(file->check.errors.size()))
                                .arg(QFileInfo(path).fileName(), lines.mid(0, 12).join(u'\n')),
                            lines.join(u'\n'));
        return false;
    }
    m_model->setCells(file->cells);
    return true;
}

void ForfaitGridDialog::validate()
{
    const ForfaitCheck check = checkForfaitCells(m_model->grid(), m_model->cells(), m_model->coverage());
    m_problems.clear();
    m_warnings.clear();
    if (!m_editProblem.isEmpty()) {
        m_problems.append(m_editProblem);
    }
    for (const ForfaitIssue& issue : check.errors) {
        m_problems.append(issue.message);
    }
    for (const ForfaitIssue& issue : check.warnings) {
        m_warnings.append(issue.message);
    }
    QStringList html;
    for (const QString& problem : std::as_const(m_problems)) {
        html.append(QStringLiteral("<span style=\"color:#b91c1c\">%1</span>").arg(problem.toHtmlEscaped()));
    }
    // Warnings are many when the grid is new: the first three, then a count.
    for (int i = 0; i < int(m_warnings.size()) && i < 3; ++i) {
        html.append(QStringLiteral("<span style=\"color:#92400e\">%1</span>").arg(m_warnings.at(i).toHtmlEscaped()));
    }
    if (m_warnings.size() > 3) {
        html.append(QStringLiteral("<span style=\"color:#92400e\">%1</span>")
                        .arg(tr("… and %Ln more warning(s).", nullptr, int(m_warnings.size() - 3))));
    }
    if (m_db.isReadOnly()) {
        html.prepend(tr("The database is open read-only: the grid is only shown."));
    }
    m_message->setText(html.join(QStringLiteral("<br>")));
    m_message->setVisible(!html.isEmpty());
    updateButtons();
}

void ForfaitGridDialog::updateButtons()
{
    const bool writable = !m_db.isReadOnly();
    m_removeButton->setEnabled(writable && m_table->currentIndex().isValid());
    if (QPushButton* save = m_buttons->button(QDialogButtonBox::Save)) {
        // A refused edit leaves the table as it was: only the grid's own errors keep it from being saved.
        save->setEnabled(writable && checkForfaitCells(m_model->grid(), m_model->cells()).ok() && isChanged());
    }
}

} // namespace Palier
