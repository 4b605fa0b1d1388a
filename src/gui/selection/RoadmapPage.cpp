// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoadmapPage.h"

#include "ForfaitGridDialog.h"
#include "Formats.h"
#include "MessageBox.h"
#include "MilestoneDialog.h"
#include "RoadmapCommand.h"
#include "RoadmapDialog.h"
#include "RoadmapModel.h"
#include "db/Database.h"
#include "selection/RoadmapExport.h"
#include "selection/Selection.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

namespace Palier {

RoadmapPage::RoadmapPage(const QString& title, QWidget* parent)
    : TablePage(title, new RoadmapModel, parent)
    , m_roadmap(static_cast<RoadmapModel*>(model()))
    , m_text(new QTextBrowser(this))
    , m_editAction(new QAction(tr("Edit the &Roadmap…"), this))
    , m_addMilestoneAction(new QAction(tr("&Add a Milestone…"), this))
    , m_editMilestoneAction(new QAction(tr("Edit the &Milestone…"), this))
    , m_removeMilestoneAction(new QAction(tr("Remove the Milestone"), this))
    , m_forfaitAction(new QAction(tr("&Forfait Grid…"), this))
{
    setMainColumn(int(RoadmapModel::Column::Date));
    tableView()->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_text->setObjectName(QStringLiteral("roadmapTextBrowser"));
    m_text->setAccessibleName(tr("Roadmap summary"));
    m_text->setOpenLinks(false);
    m_text->setMinimumWidth(380);
    addSideWidget(m_text);
    auto* exportButton = new QPushButton(tr("&Export…"), this);
    exportButton->setObjectName(QStringLiteral("exportRoadmapButton"));
    exportButton->setToolTip(tr("The roadmap as a PDF or an OpenDocument text the ARS can send"));
    connect(exportButton, &QPushButton::clicked, this, &RoadmapPage::exportDocument);
    addHeaderWidget(exportButton);
    const QList<std::tuple<QAction*, QString, QString>> actions{
        // added right after the title, so in reverse order
        {m_removeMilestoneAction, QStringLiteral("removeMilestoneAction"),
         tr("Removes the selected milestone of the ARS (the programme’s stay)")},
        {m_editMilestoneAction, QStringLiteral("editMilestoneAction"),
         tr("Changes the date or label of the selected milestone of the ARS")},
        {m_addMilestoneAction, QStringLiteral("addMilestoneAction"), tr("Adds a milestone of the ARS to the calendar")},
        {m_forfaitAction, QStringLiteral("forfaitGridAction"),
         tr("The forfait granted per size class of establishment and domain")},
        {m_editAction, QStringLiteral("editRoadmapAction"),
         tr("Edits the correspondent, the envelope, the axes, the planned split and the strategy")}};
    for (const auto& [action, name, tip] : actions) {
        action->setObjectName(name);
        action->setToolTip(tip);
        auto* toolButton = new QToolButton(this);
        toolButton->setDefaultAction(action);
        addHeaderWidget(toolButton);
    }
    connect(m_editAction, &QAction::triggered, this, &RoadmapPage::editRoadmap);
    connect(m_forfaitAction, &QAction::triggered, this, &RoadmapPage::editForfaitGrid);
    connect(m_addMilestoneAction, &QAction::triggered, this, [this] { editMilestone(true); });
    connect(m_editMilestoneAction, &QAction::triggered, this, [this] { editMilestone(false); });
    connect(m_removeMilestoneAction, &QAction::triggered, this, [this] {
        if (const Milestone* milestone = currentMilestone()) {
            removeMilestone(milestone->id);
        }
    });
    connect(tableView(), &QTableView::doubleClicked, this, [this] {
        if (m_editMilestoneAction->isEnabled()) {
            editMilestone(false);
        }
    });
    connect(this, &TablePage::currentRecordChanged, this, &RoadmapPage::updateActions);
    connect(this, &TablePage::reloaded, this, &RoadmapPage::refresh);
    updateActions();
}

const Milestone* RoadmapPage::currentMilestone() const
{
    const QList<qint64> ids = selectedRecordIds();
    const int row = ids.isEmpty() ? -1 : m_roadmap->rowOf(ids.constFirst());
    return row < 0 ? nullptr : &m_roadmap->milestone(row);
}

void RoadmapPage::updateActions()
{
    const bool writable = database() && !database()->isReadOnly();
    const Milestone* milestone = currentMilestone();
    const bool ars = writable && milestone && milestone->source == QLatin1String("ars");
    m_editAction->setEnabled(writable);
    m_forfaitAction->setEnabled(database() != nullptr); // shown read-only on a read-only database
    m_addMilestoneAction->setEnabled(writable);
    m_editMilestoneAction->setEnabled(ars);
    m_removeMilestoneAction->setEnabled(ars);
}

void RoadmapPage::readAgain()
{
    if (!database()) {
        return;
    }
    if (Result<void> loaded = m_roadmap->load(*database()); !loaded) {
        showMessage(loaded.error().message);
    }
    refresh();
}

bool RoadmapPage::push(const QString& text, std::function<Result<void>(bool)> write)
{
    auto written = std::make_shared<bool>(false);
    undoStack()->push(new RoadmapCommand(text, std::move(write), [this, text, written](const Result<void>& result) {
        *written = result.ok();
        if (!result) {
            MessageBox::showError(this, text, result.error());
        }
        readAgain();
    })); // applies it; a failed command is obsolete, and the stack deletes it
    return *written;
}

bool RoadmapPage::applyRoadmap(const Roadmap& roadmap)
{
    if (!database()) {
        return false;
    }
    const Roadmap before = m_roadmap->roadmap();
    const Database* db = database();
    return push(tr("Edit the roadmap"),
                [db, before, roadmap](bool forward) { return saveRoadmap(*db, forward ? roadmap : before); });
}

qint64 RoadmapPage::addMilestone(const Milestone& milestone)
{
    if (!database()) {
        return 0;
    }
    const Database* db = database();
    auto id = std::make_shared<qint64>(0);
    const bool added = push(tr("Add a milestone"), [db, milestone, id](bool forward) -> Result<void> {
        if (!forward) {
            return Palier::removeMilestone(*db, *id);
        }
        Milestone again = milestone;
        again.id = *id; // a redo after an undo takes the same id back
        Result<qint64> written = Palier::addMilestone(*db, again);
        if (!written) {
            return written.error();
        }
        *id = written.value();
        return {};
    });
    return added ? *id : 0;
}

bool RoadmapPage::changeMilestone(const Milestone& milestone)
{
    const int row = m_roadmap->rowOf(milestone.id);
    if (!database() || row < 0) {
        return false;
    }
    const Database* db = database();
    const Milestone before = m_roadmap->milestone(row);
    return push(tr("Edit a milestone"),
                [db, before, milestone](bool forward) { return updateMilestone(*db, forward ? milestone : before); });
}

bool RoadmapPage::removeMilestone(qint64 id)
{
    const int row = m_roadmap->rowOf(id);
    if (!database() || row < 0) {
        return false;
    }
    const Database* db = database();
    const Milestone before = m_roadmap->milestone(row);
    return push(tr("Remove a milestone"), [db, before](bool forward) -> Result<void> {
        if (forward) {
            return Palier::removeMilestone(*db, before.id);
        }
        Result<qint64> written = Palier::addMilestone(*db, before);
        return written ? Result<void>() : Result<void>(written.error());
    });
}

void RoadmapPage::editRoadmap()
{
    if (!database()) {
        return;
    }
    Result<QList<RoadmapDomain>> domains = loadRoadmapDomains(*database());
    if (!domains) {
        MessageBox::showError(this, tr("Edit the Roadmap"), domains.error());
        return;
    }
    RoadmapDialog dialog(m_roadmap->roadmap(), domains.value(), this);
    if (dialog.exec() == QDialog::Accepted) {
        applyRoadmap(dialog.roadmap());
    }
}

void RoadmapPage::editMilestone(bool adding)
{
    const Milestone* current = currentMilestone();
    if (!database() || (!adding && !current)) {
        return;
    }
    MilestoneDialog dialog(adding ? Milestone{QDate::currentDate(), {}, QStringLiteral("ars")} : *current, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (adding) {
        if (const qint64 id = addMilestone(dialog.milestone())) {
            selectRecord(id);
        }
    } else {
        changeMilestone(dialog.milestone());
    }
}

void RoadmapPage::exportDocument()
{
    if (!database()) {
        return;
    }
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the Roadmap"), QDir::home().filePath(tr("roadmap.pdf")),
                                     tr("PDF documents (*.pdf);;OpenDocument texts (*.odt)"));
    if (path.isEmpty()) {
        return;
    }
    if (Result<QString> written = exportRoadmap(*database(), path, QDate::currentDate()); !written) {
        MessageBox::showError(this, tr("Cannot Export the Roadmap"), written.error());
    }
}

QString RoadmapPage::roadmapHtml() const
{
    const Roadmap& r = m_roadmap->roadmap();
    if (!database()) {
        return {};
    }
    const auto escaped = [](const QString& text) { return text.toHtmlEscaped(); };
    QString html =
        QStringLiteral("<h3>%1</h3><p>%2</p>")
            .arg(tr("Correspondent"), r.correspondent.isEmpty() ? tr("not named yet") : escaped(r.correspondent));
    html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(tr("Envelope"), Formats::amount(r.envelopeCents));
    if (!r.envelopePerYear.isEmpty()) {
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
        for (auto it = r.envelopePerYear.cbegin(); it != r.envelopePerYear.cend(); ++it) {
            html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                        .arg(it.key())
                        .arg(Formats::amount(it.value()));
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Priority axes"));
    if (r.axes.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("No axis yet."));
    }
    for (int n = 0; n < r.axes.size(); ++n) {
        const RoadmapAxis& axis = r.axes.at(n);
        html += QStringLiteral("<p><b>%1. %2</b> (%3)<br>%4</p>")
                    .arg(n + 1)
                    .arg(escaped(axis.title), axis.domains.join(QStringLiteral(", ")), escaped(axis.description));
    }
    html += QStringLiteral("<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"3\"><tr><th align=\"left\">%2</th>"
                           "<th>%3</th><th>%4</th><th>%5</th></tr>")
                .arg(tr("Planned split"), tr("Share"), tr("Planned"), tr("Minimum"), tr("Maximum"));
    for (const RoadmapShare& share : r.shares) {
        const auto value = [&share, &r](const std::optional<double>& v) {
            if (!v) {
                return QStringLiteral("—");
            }
            const QString text = share.percent ? tr("%1 % (%2)")
                                                     .arg(QLocale().toString(*v, 'f', 1),
                                                          Formats::amount(shareCents(share, *v, r.envelopeCents)))
                                               : Formats::amount(qint64(*v));
            // Qt lays out the narrow no-break space of French numbers as a break opportunity: a plain no-break
            // space keeps "2 823 600 €" on one line.
            return QString(text).replace(QChar(0x202F), QChar(0x00A0));
        };
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\" nowrap>%2</td><td align=\"right\" nowrap>%3</td>"
                               "<td align=\"right\" nowrap>%4</td></tr>")
                    .arg(share.kind == QuotaKind::Domain ? share.code : SelectionTexts::statusName(share.code),
                         value(share.planned), value(share.min), value(share.max));
    }
    html += QStringLiteral("</table>") + forfaitHtml();
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Strategy for the financing lever"));
    html += r.strategyHtml.isEmpty() ? QStringLiteral("<p>%1</p>").arg(tr("Not written yet.")) : r.strategyHtml;
    return html;
}

void RoadmapPage::refresh()
{
    m_forfaitGrid = {};
    m_coverage = {};
    if (database()) {
        Result<ForfaitGrid> grid = loadForfaitGrid(*database());
        Result<SizeClassCoverage> coverage = loadSizeClassCoverage(*database());
        if (!grid || !coverage) {
            showMessage((grid ? coverage.error() : grid.error()).message);
        } else {
            m_forfaitGrid = grid.value();
            m_coverage = coverage.value();
        }
    }
    m_text->setHtml(roadmapHtml());
    updateActions();
}

bool RoadmapPage::applyForfaitGrid(const QList<ForfaitCell>& cells)
{
    if (!database()) {
        return false;
    }
    // What is in the database now, not what the page last read: that is what an undo must give back.
    Result<ForfaitGrid> current = loadForfaitGrid(*database());
    if (!current) {
        MessageBox::showError(this, tr("Edit the forfait grid"), current.error());
        return false;
    }
    const QList<ForfaitCell> before = current->cells;
    const Database* db = database();
    return push(tr("Edit the forfait grid"),
                [db, before, cells](bool forward) { return replaceForfaitGrid(*db, forward ? cells : before); });
}

void RoadmapPage::editForfaitGrid()
{
    if (!database()) {
        return;
    }
    refresh(); // the grid as it is now
    ForfaitGridDialog dialog(*database(), m_forfaitGrid, m_coverage, this);
    if (dialog.exec() == QDialog::Accepted && !database()->isReadOnly() && dialog.isChanged()) {
        applyForfaitGrid(dialog.cells());
    }
}

QString RoadmapPage::forfaitHtml() const
{
    const ForfaitGrid& grid = m_forfaitGrid;
    QString html = QStringLiteral("<h3><a name=\"forfait\"></a>%1</h3>").arg(tr("Forfait grid"));
    const QStringList classes = grid.sizeClasses();
    const auto nowrap = [](QString text) { return text.replace(QChar(0x202F), QChar(0x00A0)); };
    if (classes.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("No forfait yet: every file gets the amount it requests, between %1 and %2.")
                             .arg(nowrap(Formats::amount(grid.forfaitMinCents)),
                                  nowrap(Formats::amount(grid.forfaitMaxCents))));
    } else {
        // In thousands of euros, so that seven domains fit beside the calendar.
        html +=
            QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\"><tr><th align=\"left\">%1</th>").arg(tr("k€"));
        for (const QString& domain : grid.domains) {
            html += QStringLiteral("<th align=\"right\">%1</th>").arg(domain);
        }
        html += QStringLiteral("</tr>");
        for (const QString& sizeClass : classes) {
            html += QStringLiteral("<tr><td>%1 (%2)</td>")
                        .arg(sizeClass.toHtmlEscaped())
                        .arg(m_coverage.establishments(sizeClass));
            for (const QString& domain : grid.domains) {
                const std::optional<qint64> amount = grid.amount(sizeClass, domain);
                html +=
                    QStringLiteral("<td align=\"right\">%1</td>")
                        .arg(amount ? QLocale().toString(double(*amount) / 100000.0, 'f', *amount % 100000 == 0 ? 0 : 1)
                                    : QStringLiteral("—"));
            }
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<p>%1</p>")
                .arg(m_coverage.withoutClass == 0
                         ? tr("Every establishment has a size class.")
                         : tr("%Ln establishment(s) without a size class get the amount they request.", nullptr,
                              m_coverage.withoutClass));
    return html;
}

} // namespace Palier
