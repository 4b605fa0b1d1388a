// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartCard.h"

#include "DashboardDelegate.h"
#include "DashboardTableModel.h"
#include "MessageBox.h"
#include "Pages.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QStackedWidget>
#include <QSvgGenerator>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Palier {

namespace {
constexpr int ChartMinimumHeight = 280;
constexpr int ResizePrecisionRows = 50;
} // namespace

ChartCard::ChartCard(const QString& name, const QString& title, DashboardTableModel* model, const MakeChart& makeChart,
                     QWidget* parent)
    : QFrame(parent)
    , m_model(model)
    , m_title(new QLabel(title, this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
{
    setObjectName(name + QLatin1String("Card"));
    setFrameShape(QFrame::StyledPanel);
    m_title->setFont(Pages::sectionFont(m_title->font()));
    m_title->setObjectName(name + QLatin1String("TitleLabel"));
    m_title->setWordWrap(true);

    m_table->setObjectName(name + QLatin1String("TableView"));
    m_table->setAccessibleName(title);
    m_table->setModel(model);
    m_table->setItemDelegate(new DashboardDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Fitting the columns reads the first rows only: the payments of a national database run to thousands.
    m_table->horizontalHeader()->setResizeContentsPrecision(ResizePrecisionRows);
    connect(model, &QAbstractItemModel::modelReset, m_table, [this] { m_table->resizeColumnsToContents(); });

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    if (makeChart) {
        m_chartView = makeChart([this](int row) { Q_EMIT rowClicked(row); }, this);
    }
    if (m_chartView) {
        m_chartView->setObjectName(name + QLatin1String("ChartView"));
        m_chartView->setMinimumHeight(ChartMinimumHeight);
        m_stack->addWidget(m_chartView);

        m_tableButton = new QToolButton(this);
        m_tableButton->setObjectName(name + QLatin1String("TableButton"));
        m_tableButton->setText(tr("Table"));
        m_tableButton->setToolTip(tr("Show the figures of the chart as a table"));
        m_tableButton->setCheckable(true);
        connect(m_tableButton, &QToolButton::toggled, this, &ChartCard::showTable);
        header->addWidget(m_tableButton);

        auto* exportButton = new QToolButton(this);
        exportButton->setObjectName(name + QLatin1String("ExportButton"));
        exportButton->setText(tr("Export"));
        exportButton->setPopupMode(QToolButton::InstantPopup);
        auto* menu = new QMenu(exportButton);
        QAction* png = menu->addAction(tr("Export as PNG image…"));
        png->setObjectName(name + QLatin1String("ExportPngAction"));
        QAction* svg = menu->addAction(tr("Export as SVG drawing…"));
        svg->setObjectName(name + QLatin1String("ExportSvgAction"));
        connect(png, &QAction::triggered, this, [this] { chooseExport(QStringLiteral("png")); });
        connect(svg, &QAction::triggered, this, [this] { chooseExport(QStringLiteral("svg")); });
        exportButton->setMenu(menu);
        header->addWidget(exportButton);
        m_chartView->setAccessibleName(title);
        // Screen order: the header's buttons, then the chart or the table under them.
        setTabOrder(m_tableButton, exportButton);
        setTabOrder(exportButton, m_chartView);
        setTabOrder(m_chartView, m_table);
        // The same menu on a right click on the chart.
        m_chartView->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(m_chartView, &QWidget::customContextMenuRequested, this,
                [this, menu](const QPoint& position) { menu->popup(m_chartView->mapToGlobal(position)); });
    } else {
        m_table->setMinimumHeight(ChartMinimumHeight);
    }
    m_stack->addWidget(m_table);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
}

void ChartCard::setTitle(const QString& title)
{
    m_title->setText(title);
    m_table->setAccessibleName(title);
    if (m_chartView) {
        m_chartView->setAccessibleName(title);
    }
}

void ChartCard::showTable(bool table)
{
    m_stack->setCurrentWidget(table || !m_chartView ? static_cast<QWidget*>(m_table) : m_chartView);
    if (m_tableButton && m_tableButton->isChecked() != table) {
        m_tableButton->setChecked(table);
    }
}

Result<void> ChartCard::exportChart(const QString& path) const
{
    const auto failed = [&path](const QString& detail) {
        return Error{QStringLiteral("dashboard.export"),
                     tr("Cannot write the chart to “%1”. Check that the folder exists and that you may write in it.")
                         .arg(QDir::toNativeSeparators(path)),
                     detail};
    };
    if (!m_chartView) {
        return failed(QStringLiteral("card without chart"));
    }
    // A chart hidden behind its table still has the size of the card: that is what is drawn.
    QSize size = m_chartView->size();
    if (size.width() < 100 || size.height() < 100) {
        size = QSize(800, 500);
        m_chartView->resize(size);
    }
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(m_title->text());
        QPainter painter;
        if (!painter.begin(&generator)) {
            return failed(QStringLiteral("QSvgGenerator could not open the file"));
        }
        m_chartView->render(&painter);
        painter.end();
        if (QFileInfo(path).size() <= 0) {
            return failed(QStringLiteral("empty SVG file"));
        }
        return {};
    }
    if (!m_chartView->grab().save(path, "PNG")) {
        return failed(QStringLiteral("QPixmap::save failed"));
    }
    return {};
}

void ChartCard::chooseExport(const QString& format)
{
    const bool svg = format == QLatin1String("svg");
    const QString fileName = objectName().remove(QLatin1String("Card")) + QLatin1Char('.') + format;
    QString path = QFileDialog::getSaveFileName(this, tr("Export the Chart"), QDir::home().filePath(fileName),
                                                svg ? tr("SVG drawings (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QLatin1Char('.') + format, Qt::CaseInsensitive)) {
        path += QLatin1Char('.') + format;
    }
    if (Result<void> written = exportChart(path); !written) {
        MessageBox::showError(this, tr("Cannot Export the Chart"), written.error());
    }
}

} // namespace Palier
