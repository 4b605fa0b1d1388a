// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreselectionPage.h"

#include "Formats.h"
#include "MessageBox.h"
#include "Pages.h"
#include "PreselectionModel.h"
#include "db/Database.h"
#include "selection/DgosExport.h"
#include "selection/RunStore.h"
#include "selection/Selection.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Palier {

PreselectionPage::PreselectionPage(const QString& title, QWidget* parent)
    : TablePage(title, new PreselectionModel, parent)
    , m_preselection(static_cast<PreselectionModel*>(model()))
    , m_summary(new QLabel(this))
    , m_versions(new QListWidget(this))
    , m_saveRankAction(new QAction(tr("Save &Rank-fill Version"), this))
    , m_saveOptimalAction(new QAction(tr("Save &Optimal Version"), this))
    , m_sealAction(new QAction(tr("&Export for DGOS…"), this))
    , m_forceInAction(new QAction(tr("Force &In…"), this))
    , m_forceOutAction(new QAction(tr("Force O&ut…"), this))
    , m_releaseAction(new QAction(tr("Re&lease"), this))
    , m_coverDepartments(new QCheckBox(tr("At least one file per &department"), this))
    , m_coverGhts(new QCheckBox(tr("At least one file per &GHT"), this))
{
    setMainColumn(int(PreselectionModel::Column::Establishment));
    setHiddenByDefault({int(PreselectionModel::Column::Status)});
    tableView()->setEditTriggers(QAbstractItemView::NoEditTriggers);
    const QList<std::pair<QAction*, QString>> actions{
        {m_sealAction, tr("Checks the selected version, seals it and writes the DGOS file (XLSX and CSV)")},
        {m_saveOptimalAction, tr("Saves the optimal selection as a new numbered version")},
        {m_saveRankAction, tr("Saves the rank-fill selection as a new numbered version")}};
    for (const auto& [action, tip] : actions) { // added right after the title, so in reverse order
        action->setToolTip(tip);
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        addHeaderWidget(button);
    }
    m_saveRankAction->setObjectName(QStringLiteral("saveRankFillVersionAction"));
    m_saveOptimalAction->setObjectName(QStringLiteral("saveOptimalVersionAction"));
    m_sealAction->setObjectName(QStringLiteral("exportForDgosAction"));
    m_summary->setObjectName(QStringLiteral("preselectionSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_versions->setObjectName(QStringLiteral("versionsListWidget"));
    m_versions->setAccessibleName(tr("Versions"));
    m_versions->setWordWrap(true);

    auto* side = new QWidget(this);
    auto* layout = new QVBoxLayout(side);
    auto* versionsTitle = new QLabel(tr("Versions"), side);
    versionsTitle->setFont(Pages::sectionFont(versionsTitle->font()));
    layout->addWidget(m_summary);
    layout->addWidget(createChoices());
    layout->addWidget(versionsTitle);
    layout->addWidget(m_versions, 1);
    addSideWidget(side);

    connect(m_saveRankAction, &QAction::triggered, this, [this] { saveVersion(SelectionMethod::RankFill); });
    connect(m_saveOptimalAction, &QAction::triggered, this, [this] { saveVersion(SelectionMethod::Optimal); });
    connect(m_sealAction, &QAction::triggered, this, [this] { sealVersion(currentVersion()); });
    connect(m_versions, &QListWidget::currentRowChanged, this, [this] { m_sealAction->setEnabled(currentVersion()); });
    connect(this, &TablePage::reloaded, this, &PreselectionPage::refresh);
    connect(&m_watcher, &QFutureWatcher<SelectionResult>::finished, this, &PreselectionPage::optimumFinished);
    connect(m_preselection, &PreselectionModel::parametersChanged, this, [this] {
        startOptimum();
        updateSummary();
    });
    refresh();
}

QWidget* PreselectionPage::createChoices()
{
    auto* box = new QWidget(this);
    auto* title = new QLabel(tr("Before running the methods"), box);
    title->setFont(Pages::sectionFont(title->font()));
    const QList<std::tuple<QAction*, QString, QString>> actions{
        {m_forceInAction, QStringLiteral("forceInAction"),
         tr("Both methods take the selected files whatever their rank (a reason is asked)")},
        {m_forceOutAction, QStringLiteral("forceOutAction"),
         tr("Both methods leave the selected files out (a reason is asked)")},
        {m_releaseAction, QStringLiteral("releaseForcingAction"),
         tr("The selected files compete again by their rank")}};
    auto* layout = new QGridLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title, 0, 0, 1, 3);
    int column = 0;
    for (const auto& [action, name, tip] : actions) {
        action->setObjectName(name);
        action->setToolTip(tip);
        auto* button = new QToolButton(box);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        layout->addWidget(button, 1, column++);
    }
    m_coverDepartments->setObjectName(QStringLiteral("coverDepartmentsCheckBox"));
    m_coverGhts->setObjectName(QStringLiteral("coverGhtsCheckBox"));
    m_coverDepartments->setToolTip(tr("Each department with a competing file gets one selected file at least"));
    m_coverGhts->setToolTip(tr("Each GHT with a competing file gets one selected file at least"));
    layout->addWidget(m_coverDepartments, 2, 0, 1, 3);
    layout->addWidget(m_coverGhts, 3, 0, 1, 3);
    setTabOrder(m_coverDepartments, m_coverGhts);
    setTabOrder(m_coverGhts, m_versions);
    connect(m_forceInAction, &QAction::triggered, this, [this] { askAndForce(true); });
    connect(m_forceOutAction, &QAction::triggered, this, [this] { askAndForce(false); });
    connect(m_releaseAction, &QAction::triggered, this, [this] { forceFiles(selectedRecordIds(), std::nullopt); });
    for (QCheckBox* check : {m_coverDepartments, m_coverGhts}) {
        connect(check, &QCheckBox::toggled, this,
                [this] { m_preselection->setCoverage(m_coverDepartments->isChecked(), m_coverGhts->isChecked()); });
    }
    return box;
}

void PreselectionPage::askAndForce(bool in)
{
    const QList<qint64> ids = selectedRecordIds();
    if (ids.isEmpty()) {
        return;
    }
    const int count = int(ids.size());
    const QString question = in ? tr("Why must %Ln file(s) be selected whatever their rank?", nullptr, count)
                                : tr("Why must %Ln file(s) be left out?", nullptr, count);
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, in ? tr("Force In") : tr("Force Out"), question, QLineEdit::Normal, QString(), &ok);
    if (ok) {
        forceFiles(ids, in, reason);
    }
}

bool PreselectionPage::forceFiles(const QList<qint64>& ids, std::optional<bool> in, const QString& reason)
{
    if (ids.isEmpty()) {
        return false;
    }
    if (in && reason.trimmed().isEmpty()) {
        showMessage(tr("Give a reason to force files in or out: it is recorded with the version."));
        return false;
    }
    showMessage({});
    for (qint64 id : ids) {
        m_preselection->setForced(id, in, reason);
    }
    return true;
}

QString PreselectionPage::parametersText(const SelectionParameters& p)
{
    QStringList lines;
    QList<qint64> ids = p.forcedIn.values();
    std::sort(ids.begin(), ids.end());
    for (qint64 id : ids) {
        lines.append(tr("File %1 forced in: %2").arg(id).arg(p.forceReasons.value(id)));
    }
    ids = p.forcedOut.values();
    std::sort(ids.begin(), ids.end());
    for (qint64 id : ids) {
        lines.append(tr("File %1 forced out: %2").arg(id).arg(p.forceReasons.value(id)));
    }
    if (p.coverDepartments) {
        lines.append(tr("At least one file per department"));
    }
    if (p.coverGhts) {
        lines.append(tr("At least one file per GHT"));
    }
    return lines.isEmpty() ? tr("No file forced, no coverage asked.") : lines.join(QLatin1Char('\n'));
}

PreselectionPage::~PreselectionPage()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void PreselectionPage::refresh()
{
    listVersions();
    startOptimum();
    updateSummary();
}

void PreselectionPage::startOptimum()
{
    m_cancel = true;
    m_watcher.waitForFinished();
    m_cancel = false;
    m_saveOptimalAction->setEnabled(false);
    if (m_preselection->candidates().isEmpty()) {
        return;
    }
    SelectionParameters parameters = m_preselection->parameters();
    parameters.method = SelectionMethod::Optimal;
    const QList<SelectionCandidate> candidates = m_preselection->candidates();
    m_watcher.setFuture(
        QtConcurrent::run([this, candidates, parameters] { return optimise(candidates, parameters, &m_cancel); }));
}

void PreselectionPage::optimumFinished()
{
    if (m_watcher.future().resultCount() > 0 && !m_cancel) {
        m_preselection->setOptimal(m_watcher.result());
        m_saveOptimalAction->setEnabled(database() && !database()->isReadOnly());
    }
    updateSummary();
    Q_EMIT optimumReady();
}

void PreselectionPage::updateSummary()
{
    const SelectionParameters& p = m_preselection->parameters();
    const SelectionResult& filled = m_preselection->rankFillResult();
    const auto line = [](const QString& name, const SelectionResult& r) {
        int count = 0;
        for (const SelectionItem& item : r.items) {
            count += item.selected ? 1 : 0;
        }
        return tr("<b>%1</b>: %Ln file(s), score %2, %3", nullptr, count)
            .arg(name, QLocale().toString(r.totalScore, 'f', 2), Formats::amount(r.totalCents));
    };
    QStringList lines{tr("Envelope: <b>%1</b>").arg(Formats::amount(p.envelopeCents)), line(tr("Rank-fill"), filled)};
    if (const std::optional<SelectionResult>& best = m_preselection->optimalResult()) {
        const QString status = best->solverStatus == QLatin1String("optimal")
                                   ? tr("proven optimal")
                                   : (best->solverStatus == QLatin1String("feasible")
                                          ? tr("not proven, gap %1 %").arg(best->gap.value_or(0) * 100, 0, 'f', 2)
                                          : tr("no selection meets the constraints"));
        lines.append(line(tr("Optimal"), *best) + QStringLiteral(" (%1)").arg(status));
        lines.append(tr("%Ln file(s) decided differently, highlighted.", nullptr, m_preselection->differences()));
    } else if (solving()) {
        lines.append(tr("Solving the optimum…"));
    }
    if (!p.forcedIn.isEmpty() || !p.forcedOut.isEmpty()) {
        lines.append(
            tr("Forced in: %1, forced out: %2 (column “Forced”).").arg(p.forcedIn.size()).arg(p.forcedOut.size()));
    }
    for (const QString& warning : filled.warnings) {
        lines.append(QStringLiteral("<i>%1</i>").arg(warning.toHtmlEscaped()));
    }
    m_summary->setText(lines.join(QStringLiteral("<br>")));
    m_saveRankAction->setEnabled(database() && !database()->isReadOnly() && !filled.items.isEmpty());
}

void PreselectionPage::listVersions()
{
    m_versions->clear();
    if (!database()) {
        return;
    }
    Result<QList<RunSummary>> runs = listRuns(*database());
    if (!runs) {
        showMessage(runs.error().message);
        return;
    }
    for (const RunSummary& run : runs.value()) {
        QString state = run.currentSealed() ? tr("sealed") : (run.sealed() ? tr("superseded") : tr("draft"));
        auto* item = new QListWidgetItem(
            tr("Version %1 — %2, %3 — %4, score %5")
                .arg(run.id)
                .arg(run.method == SelectionMethod::Optimal ? tr("optimal") : tr("rank-fill"), state,
                     Formats::amount(run.totalCents), QLocale().toString(run.totalScore, 'f', 2)),
            m_versions);
        item->setData(Qt::UserRole, run.id);
        item->setToolTip(parametersText(run.parameters));
        if (run.currentSealed()) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
    }
    m_sealAction->setEnabled(currentVersion() > 0);
}

qint64 PreselectionPage::currentVersion() const
{
    const QListWidgetItem* item = m_versions->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

qint64 PreselectionPage::saveVersion(SelectionMethod method)
{
    if (!database()) {
        return 0;
    }
    SelectionParameters parameters = m_preselection->parameters();
    parameters.method = method;
    const bool optimal = method == SelectionMethod::Optimal;
    if (optimal && !m_preselection->optimalResult()) {
        return 0;
    }
    const SelectionResult& result = optimal ? *m_preselection->optimalResult() : m_preselection->rankFillResult();
    Result<qint64> saved = saveRun(*database(), parameters, result, {});
    if (!saved) {
        MessageBox::showError(this, tr("Save Version"), saved.error());
        return 0;
    }
    listVersions();
    m_versions->setCurrentRow(0);
    return saved.value();
}

bool PreselectionPage::sealVersion(qint64 version, const QString& path)
{
    if (!database() || version <= 0) {
        return false;
    }
    Result<Readiness> readiness = checkReadiness(*database(), version, QDate::currentDate());
    if (!readiness) {
        MessageBox::showError(this, tr("Export for DGOS"), readiness.error());
        return false;
    }
    QStringList lines;
    if (readiness->deadline.isValid()) {
        const QString date = QLocale().toString(readiness->deadline, QStringLiteral("d MMMM yyyy"));
        lines.append(
            readiness->daysLeft >= 0
                ? tr("DGOS deadline: %1, %Ln day(s) left.", nullptr, int(readiness->daysLeft)).arg(date)
                : tr("DGOS deadline: %1, passed %Ln day(s) ago.", nullptr, int(-readiness->daysLeft)).arg(date));
    }
    for (const ReadinessIssue& issue : readiness->issues) {
        lines.append((issue.blocking ? tr("Blocking: %1") : tr("Warning: %1")).arg(issue.message));
    }
    if (readiness->blocked()) {
        MessageBox::warning(this, tr("Export for DGOS"), tr("Version %1 cannot be sealed yet.").arg(version),
                            lines.join(QLatin1Char('\n')));
        return false;
    }
    if (MessageBox::question(this, tr("Export for DGOS"),
                             tr("Seal version %1 and write the DGOS file? A sealed version can no longer change; the "
                                "files move to their decisions.\n\n%2")
                                 .arg(version)
                                 .arg(lines.join(QLatin1Char('\n')))) != QMessageBox::Yes) {
        return false;
    }
    const QString target =
        path.isEmpty() ? QFileDialog::getSaveFileName(this, tr("Export for DGOS"),
                                                      QDir::home().filePath(tr("preselection-v%1.xlsx").arg(version)),
                                                      tr("Excel workbook (*.xlsx)"))
                       : path;
    if (target.isEmpty()) {
        return false;
    }
    Result<SealReport> report = sealAndExport(*database(), version, target, {});
    if (!report) {
        MessageBox::showError(this, tr("Export for DGOS"), report.error());
        return false;
    }
    showMessage(tr("Version %1 sealed; %2 and %3 written.")
                    .arg(version)
                    .arg(QDir::toNativeSeparators(report->xlsxPath), QDir::toNativeSeparators(report->csvPath)));
    reload(database());
    return true;
}

} // namespace Palier
